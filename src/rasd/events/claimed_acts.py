"""Round ev351: the doer of an act whose responsibility is claimed by a verb with no subject of its own said.

- «وتنشط الجماعة في شمال سيناء، حيث أعلنت مسؤوليتها عن الكثير من الهجمات»: a noun act of force right after «عن»
  (past a quantity: «الكثير من», «عدد من») that follows a claim noun («مسؤوليتها», function words ``claim_nouns``)
  after a claim verb («أعلنت», «تبنت») is the claimer's act: where the claim verb's own event has a source (the
  subject carried to it), that source did it. (``agents.claimant`` reads a subject said in the sentence; this is
  the one left when none is.) Not a claim denied («لم تعلن مسؤوليتها»).
- «أصدر فلان بيانا يهاجم فيه «داعش»»: a verb with no «و/ف» right after an indefinite statement noun
  (``statement_nouns``), with «فيه/فيها» after it, is a relative clause on the statement: its issuer, named right after
  the issuing verb (``issuing_verbs``) before the noun, acts (as ``quotes.statement_relative`` reads «بيانا يقول إن»),
  not an actor carried from before.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .arguments import Args
from .lexicon import Hit
from .motion_authors import motion_doer
from .said_self import self_speaker
from .word_tests import verb_key

CLAIM_REACH = 8  # tokens from the claim verb to the act
QUANTITY_WORDS = fw_keys("quantity_words")
CLAIMED_KINDS = ("ASSAULT", "COERCE", "FIGHT")


def told_doer(doc: Doc, hit: Hit, done: list[tuple[Hit, list[Event]]], sent_start: int, args: Args) -> str | None:
    """The source entity of ``hit``: the issuer of a statement the verb is a relative clause on («بيانا يهاجم فيه
    الحكومة»: the phrase after the verb, read as its subject, is its object: ``args`` is set so), else the subject
    read (``args.source``), else the claimer of the act («أعلنت مسؤوليتها عن الهجمات»)."""
    issuer = statement_issuer(doc, hit, sent_start)
    if issuer is not None:
        if args.source is not None and args.source.i > hit.j:
            args.targets = [args.source]
        args.source, args.passive = None, False
        return issuer
    motion, author = motion_doer(doc, hit, sent_start, args)  # round ev1003: «مشروع قرار يدعو»: its author or none
    if motion:
        return author
    return args.source.entity if args.source is not None else (  # ev608: «قالت إنها تولت التحقيق»: the speaker
        claimed_by(doc, hit, done, sent_start) or self_speaker(doc, hit, args, sent_start))


IN_IT = frozenset(nkey(w) for w in ("فيه", "فيها"))
ISSUER_REACH = 5  # tokens from the issuing verb to the statement noun


def statement_issuer(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """The entity named right after the issuing verb of the statement noun right before the verb ``hit`` («أصدر
    فلان بيانا يهاجم فيه»), or None."""
    n = hit.i - 1
    if hit.pos != "V" or n - 2 < sent_start or hit.j + 1 >= len(doc.tokens) or hit.cand.proclitics:
        return None
    if doc.tokens[hit.j + 1].norm_key not in IN_IT or doc.tokens[n].norm_key not in fw_keys("statement_nouns"):
        return None
    k = next((u for u in range(n - 1, max(sent_start - 1, n - 1 - ISSUER_REACH), -1)
              if verb_key(doc.tokens[u].text) in fw_keys("issuing_verbs")), None)
    if k is None or k + 1 >= n or any(doc.tokens[u].text in ("،", ",") for u in range(k + 1, n)):
        return None
    at, end = doc.tokens[k + 1].start, doc.tokens[n - 1].end
    return next((e.id for e in doc.entities for m in e.mentions if m.start == at and m.end <= end), None)


def claimed_by(doc: Doc, hit: Hit, done: list[tuple[Hit, list[Event]]], sent_start: int) -> str | None:
    """The source of the claim verb's event before the noun act ``hit`` («أعلنت مسؤوليتها عن الهجمات»), or None."""
    if hit.pos != "N" or hit.entry.plover not in CLAIMED_KINDS or not done:
        return None
    claim, events = done[-1]
    if not events or events[0].source is None or claim.j >= hit.i or hit.i - claim.j > CLAIM_REACH:
        return None
    k = verb_key(doc.tokens[claim.i].text)
    if not (k in fw("claim_verbs") or k in fw("report_verbs") and k.startswith(("اعلن", "يعلن", "تعلن"))):
        return None
    if claim.i > sent_start and doc.tokens[claim.i - 1].norm_key in fw("negations"):
        return None
    keys = [doc.tokens[t].norm_key for t in range(claim.j + 1, hit.i)]
    at = next((n for n, key in enumerate(keys) if key in fw_keys("claim_nouns")), None)
    if at is None or at + 1 >= len(keys) or keys[at + 1] != "عن":
        return None
    return events[0].source if all(key in QUANTITY_WORDS for key in keys[at + 2:]) else None
