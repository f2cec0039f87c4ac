"""Round ev729: a past verb trigger of the 1st person plural inside quoted words is the speaker's act.

«نا» after a past verb is either its subject («we») or its object («us»): «قصفنا الجيش» is «the army bombed us»
as well as «we bombed the army». Read as «we» only where the spelling or the verb leaves no object reading:

- a defective verb of a derived form whose 3rd person ends in «ى»: «التقينا» (we met; «he met us» is «التقانا»),
  «أجرينا»; a short stem («نسينا»: he forgot us, «رمينا») is left alone;
- a verb that takes no object, so «نا» cannot be one: function words ``we_only_verbs`` («اجتمعنا مع», «اتفقنا على»,
  «بحثنا مع», «وقعنا اتفاقا»); never «استقبلنا الرئيس» (the president received us), «هاجمنا»;
- round ev822: a form written only for the 1st person, function words ``speaker_past_forms`` («زرنا», «زرت»: the
  short stem of «زار»; «زارنا» is «he visited us»).

Its subject is then the quote's speaker and the phrase after it its object: «قال الجبير: "التقينا الرئيس الروسي
في موسكو"» (al-Jubeir met Putin). Only inside a quote whose speaker is known (``inside_quote``).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from .lexicon import Hit, lexicon
from .speakers import inside_quote


def _same_verb(hit: Hit, key: str) -> bool:
    """Is ``key`` a past form of the verb entry of ``hit``?"""
    return any(e.id == hit.entry.id and pos == "V" for e, pos in lexicon().get(key, ()))


def _stem_key(doc: Doc, hit: Hit) -> str:
    """The key of the trigger token without its proclitics («والتقينا» → «التقينا»)."""
    key = doc.tokens[hit.i].norm_key
    for pro in hit.cand.proclitics:
        if key.startswith(pro):
            key = key[len(pro):]
    return key


def we_past(doc: Doc, hit: Hit) -> bool:
    """Is a past verb trigger inside a quote of a known speaker a «we» form that cannot be read «… us»
    (module docstring: «التقينا», «اجتمعنا»)?"""
    if hit.pos != "V" or inside_quote(doc, doc.tokens[hit.i].start) is None:
        return False
    word = _stem_key(doc, hit)
    if word == hit.cand.key and word in fw_keys("speaker_past_forms"):
        return True  # round ev822: «زرنا», «زرت»: a short stem, only «we» or «I» («he visited us» is «زارنا»)
    if not word.endswith("نا"):
        return False
    stem = word[:-2]
    if stem.endswith("ي") and len(stem) >= 4 and _same_verb(hit, stem):
        return True  # «التقينا»: the 3rd person «التقى» (key «التقي»)
    return stem == hit.cand.key and stem in fw_keys("we_only_verbs")
