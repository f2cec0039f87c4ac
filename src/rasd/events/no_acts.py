"""Round rv358 (split from ``clauses``): words that are no act here. A noun or a present verb of holding that tells
who holds a place («تحت سيطرة الحوثيين», «الخاضعة لسيطرة النظام», «المناطق التي تسيطر عليها المعارضة»: a state, not
an act of seizing), a meeting noun after «عالم/علم» (a discipline), an act noun after «رجل» (a quality), and a tour
«على» places or a round «من» something («جولاتها على المراكز الانتخابية», «جولة جديدة من التمويل»: no visit)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import bare, fw, fw_keys, keys_of, nkey
from .lexicon import Hit


STATE_BACK = 4  # words from a relative to the present verb it governs («التي ما زال الحوثيون يسيطرون»)
STATE_AHEAD = 10  # words from the present verb to «منذ» («يسيطر على المدينة منذ 2 أبريل»)


def held_state(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«تنظيم القاعدة الذي يسيطر على المدينة منذ ...», «المناطق التي تسيطر عليها المعارضة»: a present verb of
    holding or besieging (function words ``state_triggers``, entry ids) in a relative clause or with «منذ» tells
    who holds a place, a state, not an act of seizing. So does a noun of holding under a word of being held
    (``held_noun``)."""
    if hit.pos == "N" and hit.entry.id in fw("held_nouns"):  # («تخضع لحصار»: a siege still goes on)
        return held_noun(doc, hit, a, b)
    if hit.pos == "V" and doc.tokens[hit.i].text.endswith("ت") and hit.entry.id in fw("held_nouns") \
            and held_noun(doc, hit, a, b):
        return True  # «تحت سيطرت المقاومة»: «سيطرة» with «ت» for «ة», under a word of being held
    if hit.pos != "V" or hit.entry.id not in fw("state_triggers") or hit.cand.key[:1] not in ("ي", "ت"):
        return False
    before = range(max(a, hit.i - STATE_BACK), hit.i)  # («من» only right before it: else «من المواطنين»)
    if any(not keys_of(doc.tokens[t]).isdisjoint(fw("relatives")) for t in before) or (
            hit.i > a and doc.tokens[hit.i - 1].norm_key in fw("who_relatives")):
        return True
    return any(doc.tokens[t].norm_key == "منذ" for t in range(hit.j + 1, min(b, hit.j + 1 + STATE_AHEAD)))


HELD_AHEAD = 8  # words after «من سيطرة X» read for the «على» of an act of seizing («بعد أيام من سيطرة الكتيبة على»)


def held_noun(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«تحت سيطرة الحوثيين», «الخاضعة لسيطرة النظام», «مناطق سيطرة النظام», «تحرير عدن من سيطرة الحوثيين»: a
    noun of holding after a word of being held (function words ``under_words``), or in construct after «من» with
    no «على» + what is seized after it, says who holds a place: a state, not an act of seizing («تمكنت من
    السيطرة على», «بعد سيطرتها على المدينة» still are acts)."""
    if hit.i - 1 < a:
        return False
    prev = bare(doc.tokens[hit.i - 1].norm_key, "under_words")
    if prev in fw("under_words") or not keys_of(doc.tokens[hit.i - 1]).isdisjoint(fw("control_state_heads")):
        return True  # (round 94: control weakened, strengthened or compared, «إضعاف سيطرة», «أكثر سيطرة»: a state)
    if "ل" in hit.cand.proclitics and "ال" not in hit.cand.proclitics and _submitted(doc, hit, a):
        return True
    if prev != "من" or "ال" in hit.cand.proclitics:
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + HELD_AHEAD)):
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text):
            return True
        if key in ("على", "علي") or key.startswith(("عليه", "عليها", "عليهم")):
            return False
    return True


SUBMIT_BACK = 4  # words before «لسيطرة» read for a word of submission past what submits («خضوع ميناء المدينة لسيطرة»)


def _submitted(doc: Doc, hit: Hit, a: int) -> bool:
    """Round 94: «خضوع ميناء الحديدة لسيطرة الحوثيين»: «لـ» + a noun of holding after a word of submission
    (function words ``submission_words``) a few words before it, past the place that submits: who holds it."""
    for t in range(hit.i - 2, max(a, hit.i - 1 - SUBMIT_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare(doc.tokens[t].norm_key, "submission_words") in fw("submission_words"):
            return True
    return False


DISCIPLINE_HEADS = fw_keys("discipline_heads")
QUALITY_HEADS = frozenset(nkey(w) for w in ("رجل", "رجال"))
ROUND_OWNERS = fw_keys("round_owners")
ROUND_WINDOW = 14  # words back from «جولاتها» to the talks or elections its pronoun stands for


def not_an_act(doc: Doc, hit: Hit, a: int) -> bool:
    """Words that are no event here: a meeting noun after «عالم/علم» is a discipline («عالم الاجتماع»,
    «أستاذ علم الاجتماع»); an act noun after «رجل» (or coordinated with one that is) is a quality («رجل الحوار
    والمفاوضات»); a round whose pronoun stands for talks or elections named just before («الانتخابات التي كان
    يفترض أن تبدأ أولى جولاتها») is a round of those, no visit."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    prev = doc.tokens[hit.i - 1].norm_key
    if prev in DISCIPLINE_HEADS and hit.entry.code.startswith("04") and hit.cand.key.removeprefix("ال") == "اجتماع":
        return True
    if prev in QUALITY_HEADS or (doc.tokens[hit.i].norm_key.startswith("و") and hit.i - 2 >= a
                                 and doc.tokens[hit.i - 2].norm_key in QUALITY_HEADS):
        return True
    if hit.entry.code == "042" and hit.cand.key.startswith("جول") and _inspection_or_round(doc, hit):
        return True
    if hit.entry.code == "042" and hit.cand.key.startswith("جول") and doc.tokens[hit.j].norm_key.endswith(("ها", "هم")):
        return any(doc.tokens[t].norm_key.lstrip("و") in ROUND_OWNERS
                   for t in range(max(a, hit.i - ROUND_WINDOW), hit.i))
    return False


TOUR_AHEAD = 3  # words after «جولة» read for «على» (an inspection) or «من» (a round of something)
VISITS = fw_keys("visit_nouns")


def _inspection_or_round(doc: Doc, hit: Hit) -> bool:
    """«جولاتها على المراكز الانتخابية»: a tour «على» places is an inspection round, no visit abroad; «جولة جديدة
    من التمويل», «الجولة القادمة من جلسات الحوار»: a round of something, no travel («جولة ثانية من زيارات» is)."""
    stems = fw("sightseeing_stems")
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 2 + TOUR_AHEAD)):
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text):
            return False
        plain = key.removeprefix("و").removeprefix("ب").removeprefix("ل").removeprefix("ال")
        if any(plain.startswith(s) for s in stems):
            return True  # «جولة ضمن المعالم السياحية»: sightseeing, no visit (round 167)
        if t > hit.j + TOUR_AHEAD:
            continue
        if key in ("على", "علي"):
            return True
        if key == "من":
            nxt = doc.tokens[t + 1].text if t + 1 < len(doc.tokens) else ""
            return nxt != "" and not nxt[:1].isdigit() and nkey(nxt) not in VISITS  # («جولته من 6 إلى 8 أغسطس»)
    return False
