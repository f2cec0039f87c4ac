"""Round ev612: an unvocalised «توقع» is «to expect» (توقّع) as often as «she signs» (تُوقّع). «وتوقع الوزير الإعلان
عن الاتفاق مع إيران» expects an announcement; no agreement is signed (057). A signing trigger written as a verb of
expecting (``expect_verbs``: «توقع», «وتوقع», «توقعت») is read by the first telling word after it, past its
subject, in its clause: «أن», a masdar or event noun it expects or «مزيدا» (``expected_acts``: «الإعلان»,
«التوصل», «حدوث», «ارتفاع») make it no signing; a document signed or the «على» before it (``signed_documents``:
«اتفاقية», «مذكرة», «عقدا», «على») keep it one («وتوقع وزير النفط على العقد», «وتوقع الوزارة اتفاقية»).
Where neither comes, the entry's reading stands."""

from __future__ import annotations

from ..doc import Doc
from .forms import bare, fw
from .lexicon import Hit
from .word_tests import clause_stop

SIGNING = "057"
READ_AHEAD = 6  # words after the verb read for its object, past a subject («وتوقع وزير النفط السعودي على ...»)


def expected_not_signed(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the signing verb ``hit`` (its sentence ends before token ``b``) is «to expect» (see the module):
    «وتوقع الوزير الإعلان عن الاتفاق» → True; «وتوقع الوزير على الاتفاقية» → False."""
    if hit.pos != "V" or hit.entry.code != SIGNING:
        return False
    key = doc.tokens[hit.i].norm_key
    if bare(key, "expect_verbs") not in fw("expect_verbs"):
        return False
    for t in range(hit.j + 1, min(b, len(doc.tokens), hit.j + 1 + READ_AHEAD)):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        word = tok.norm_key
        if word in fw("signed_documents"):
            return False
        if word in fw("expected_acts"):
            return True
    return False


__all__ = ["expected_not_signed"]
