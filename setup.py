"""Build script: the metadata is in pyproject.toml; this file only adds the compiled modules.

A regular install (``pip install .``, a wheel) compiles the modules of the analysis path with mypyc (the core is
``mypy --strict``-clean, so mypyc can turn it into C): about 1.5x the speed of the same code interpreted, the same
output (``bench/snapshot.py`` checks it). An editable install (``pip install -e .``, the developers' set-up) stays
plain Python, so that an edit takes effect without a rebuild. ``RASD_COMPILE=0`` builds plain Python anyway; where
no C compiler is found the extensions, marked optional, are skipped and the plain modules run (``rasd --version``
says which).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent

# The modules the pipeline runs per article. Not compiled: the CLI, readers and renderers (run once per batch),
# training and evaluation code, and the stage registry (``pipeline.py``, which imports the stages by name).
COMPILED = [
    "doc.py",
    "temporal.py",
    "text/clean.py",
    "text/dateline.py",
    "text/normalize.py",
    "text/numbers.py",
    "text/clitics.py",
    "text/segment.py",
    "text/segmenter.py",
    "text/sentences.py",
    "time/anniversary.py",
    "time/calendar.py",
    "time/context.py",
    "time/durations.py",
    "time/components.py",
    "time/grammar.py",
    "time/dates.py",
    "time/years.py",
    "time/days.py",
    "time/positions.py",
    "time/lexicon.py",
    "time/periods.py",
    "time/glosses.py",
    "entities/acronyms.py",
    "time/bare_month.py",
    "entities/attach.py",
    "entities/attach_places.py",
    "entities/bodies.py",
    "entities/coref.py",
    "entities/crf.py",
    "entities/crf_features.py",
    "entities/crf_scores.py",
    "entities/decode.py",
    "entities/ensemble.py",
    "entities/gapname.py",
    "entities/gazetteer.py",
    "entities/headedbodies.py",
    "entities/agencies.py",
    "entities/listreadings.py",
    "entities/homeland.py",
    "entities/kinship.py",
    "entities/lookups.py",
    "entities/namerun.py",
    "entities/names.py",
    "entities/neural.py",
    "entities/orgmentions.py",
    "entities/namedbodies.py",
    "entities/recognize.py",
    "entities/reconcile.py",
    "entities/resolve.py",
    "entities/attributes.py",
    "entities/nationality.py",
    "entities/romanize.py",
    "entities/sport.py",
    "entities/stage.py",
    "entities/taggers.py",
    "entities/tagmentions.py",
    "entities/tagpersons.py",
    "entities/tagspans.py",
    "entities/trim.py",
    "entities/units.py",
    "entities/wordreadings.py",
    "entities/rolebodies.py",
    "events/actors.py",
    "events/acting.py",
    "events/agents.py",
    "events/arguments.py",
    "events/sources.py",
    "events/carry.py",
    "events/chunks.py",
    "events/word_tests.py",
    "events/clauses.py",
    "events/contacts.py",
    "events/doers.py",
    "events/parties.py",
    "events/figurative.py",
    "events/convictions.py",
    "events/embargo.py",
    "events/nonevents.py",
    "events/unperformed.py",
    "events/forms.py",
    "events/inquiry.py",
    "events/lexicon.py",
    "events/location.py",
    "events/modality.py",
    "events/dating.py",
    "events/modality_cues.py",
    "events/modality_may.py",
    "events/unsaid_time.py",
    "events/unfixed.py",
    "events/past_frames.py",
    "events/attack_doers.py",
    "events/interviews.py",
    "events/quoted_carry.py",
    "events/named.py",
    "events/when.py",
    "events/where.py",
    "events/where_topics.py",
    "events/where_more.py",
    "events/where_links.py",
    "events/said_when.py",
    "events/background.py",
    "events/objects.py",
    "events/passive.py",
    "events/phrases.py",
    "events/protest.py",
    "events/protests.py",
    "events/listed.py",
    "events/assaults.py",
    "events/attributed.py",
    "events/held.py",
    "events/mishaps.py",
    "events/described.py",
    "events/performative.py",
    "events/bombings.py",
    "events/unconventional.py",
    "events/lifting.py",
    "events/victims.py",
    "events/attempts.py",
    "events/openers.py",
    "events/obligations.py",
    "events/stative.py",
    "events/protocol.py",
    "events/meetings.py",
    "events/misplaced.py",
    "events/gathered.py",
    "events/gentilics.py",
    "events/verb_object.py",
    "events/nationals.py",
    "events/deadlines.py",
    "events/occasions.py",
    "events/possessed.py",
    "events/appositions.py",
    "events/agreement.py",
    "events/readings.py",
    "events/retold.py",
    "events/report_model.py",
    "events/specific.py",
    "events/stage.py",
    "events/duplicates.py",
    "events/visits.py",
    "events/subjects.py",
    "events/vso.py",
    "quotes/__init__.py",
    "quotes/accounts.py",
    "quotes/agencies.py",
    "quotes/apposition.py",
    "quotes/asides.py",
    "quotes/bounds.py",
    "quotes/carry.py",
    "quotes/contrast.py",
    "quotes/cues.py",
    "quotes/content.py",
    "quotes/continued.py",
    "quotes/edges.py",
    "quotes/fronted.py",
    "quotes/glued.py",
    "quotes/nearest.py",
    "quotes/nested.py",
    "quotes/predicated.py",
    "quotes/named_for.py",
    "quotes/runon.py",
    "quotes/tallies.py",
    "quotes/possessed.py",
    "quotes/objects.py",
    "quotes/pairs.py",
    "quotes/passive.py",
    "quotes/openers.py",
    "quotes/phrases.py",
    "quotes/agreement.py",
    "quotes/named.py",
    "quotes/clauses.py",
    "quotes/relatives.py",
    "quotes/speakers.py",
    "quotes/spokesmen.py",
    "quotes/spoken_of.py",
    "quotes/stops.py",
    "quotes/titled.py",
    "quotes/owners.py",
    "quotes/unnamed.py",
    "quotes/issuers.py",
    "quotes/untagged.py",
    "quotes/institutions.py",
    "quotes/demands.py",
    "quotes/tails.py",
    "quotes/retitled.py",
    "quotes/nouned.py",
    "quotes/through.py",
    "quotes/reports.py",
    "quotes/ends.py",
    "quotes/referred.py",
]


def _wanted() -> bool:
    if os.environ.get("RASD_COMPILE", "1").strip() in ("0", "no", "false"):
        return False
    # pip's PEP 660 editable build runs this script with the ``editable_wheel`` command; a wheel with ``bdist_wheel``
    return "editable_wheel" not in sys.argv and any(c in sys.argv for c in ("bdist_wheel", "build_ext", "build"))


def _extensions() -> list[object]:
    if not _wanted():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("rasd: mypyc is not installed; building plain Python", file=sys.stderr)
        return []
    # paths from the project root: mypy names the modules rasd.* (src has no __init__.py) and reads its settings
    # (strict, ignore_missing_imports) from pyproject.toml
    exts = mypycify([f"src/rasd/{m}" for m in COMPILED], opt_level="3")
    for ext in exts:
        ext.optional = True  # no compiler: a warning, and the plain modules run
    return list(exts)


setup(ext_modules=_extensions())
