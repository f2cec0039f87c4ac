"""Round 264: the partner of a meeting whose parties are the coordinated subject of its holding verb («أجرى
السيسي وهادي مباحثات»: Hadi; see ``joint_meetings``), read by the stage where no partner was found.

Round 280: the partner of an act done together whose subject is a person and his counterpart («واجتمع وزير الخارجية
الأردني فلان ونظيره التركي فلان», «وكان رئيس الوزراء فلان ونظيرته النرويجية فلانة قد وقعا الاتفاق»): where the act
is a meeting, cooperation or agreement (CAMEO 03-05) with no target, the person named after «ونظيره» right after its
source (:func:`counterpart_partner`).

Round ev717: the second party of a coordinated subject after a two-sided verb (function words ``reciprocal_verbs``:
«وقعت إيران والوكالة الدولية للطاقة الذرية اتفاقا», «الاتفاقية التي وقعتها إيران والوكالة», «واتفقت مصر والسعودية
على»): the named conjunct right after the named source is the target, where no target that names a party (a name or an
actor phrase) was found (:func:`co_subject_partner`). A one-sided verb keeps both as doers («هاجمت إيران والعراق
مواقع»: no word of that list)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Token
from .acting import actor_phrase
from .chunks import Chunk, verb_key
from .forms import fw, keys_of
from .counterparts import counterpart_named
from .joint_meetings import joint_subject
from .lexicon import Hit

MEETING = "04"
TOGETHER = ("03", "04", "05")  # acts two sides do together: intent to cooperate, consult, cooperate diplomatically


def joint_partner(tokens: Sequence[Token], chunks: list[Chunk], hit: Hit, source: Chunk | None,
                  targets: list[Chunk] | None) -> list[Chunk] | None:
    """``targets``, or where there are none the «و» conjunct right after the source before a meeting noun (past a
    title: «والرئيس عبد ربه منصور هادي»), the object of a verb of holding (not «ويشارك X وY في اجتماع»: others')."""
    if targets or source is None or hit.pos != "N" or not hit.entry.code.startswith(MEETING) or source.j >= hit.i \
            or not joint_subject(tokens, hit.i):
        return targets
    nxt = next((c for c in chunks if c.i == source.j + 1), None)
    if nxt is None or not nxt.coord or nxt.prep is not None or nxt.j >= hit.i:
        return targets
    if nxt.entity is None and nxt.title:
        named = next((c for c in chunks if c.i == nxt.j + 1 and c.j < hit.i and c.entity is not None), None)
        return [named] if named is not None else targets
    return [nxt] if nxt.entity is None or nxt.entity != source.entity else targets  # («وهادي»: a phrase the names left)


def counterpart_partner(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk | None,
                        targets: list[Chunk] | None) -> list[Chunk] | None:
    """``targets``, or where there are none the person after «ونظيره (اليمني)» right after the source of an act
    done together (see the module; not a statement: «أعلن فلان ونظيره فلان أن» has no target)."""
    if source is None or source.entity is None or not hit.entry.code.startswith(TOGETHER):
        return targets
    nxt = next((c for c in chunks if c.i == source.j + 1), None)
    if nxt is None or not nxt.coord:
        return targets
    if targets:
        return co_subject_partner(doc, chunks, hit, source, nxt, targets)  # ev717: an unnamed object is no party
    other = counterpart_named(doc, chunks, nxt)
    return [other] if other is not None and other.entity != source.entity else co_subject_partner(
        doc, chunks, hit, source, nxt, targets)


def co_subject_partner(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk, nxt: Chunk,
                       targets: list[Chunk] | None) -> list[Chunk] | None:
    """``targets``, or the named conjunct ``nxt`` right after the named source written after a two-sided verb (the
    verb, less «و/ف» and a pronoun on it, in ``reciprocal_verbs``: «التي وقعتها إيران والوكالة»; past a title:
    «واجتمع الوزير فلان ووزير الخارجية الروسي فلان») where no target names a party (module docstring; not «وقعت
    إيران والعراق اتفاقا مع تركيا»: Turkey's)."""
    if nxt.entity is None and nxt.title and nxt.prep is None:
        nxt = next((c for c in chunks if c.i == nxt.j + 1 and c.prep is None and c.entity is not None), nxt)
    if hit.pos != "V" or source.i <= hit.i or nxt.prep is not None or nxt.entity in (None, source.entity):
        return targets
    if targets and any(actor_phrase(doc, t) for t in targets):
        return targets
    tok = doc.tokens[hit.i]
    if not ({verb_key(tok.text)} | keys_of(tok)) & fw("reciprocal_verbs"):
        return targets
    return [nxt]
