"""Trigger words that tell no event, round 37 of real news: a protest under a ban («حظر الإضرابات»: the strikes
banned, none held); «الإرهاب بكل أشكاله ومظاهره» (its manifestations, no demonstration); an explosion that
follows a figurative one in its sentence («ثمن انفجار ظاهرة ... وتنتظر انفجارات هائلة») or that is awaited;
a bomb defused or seized («تفكيك 21 عبوة ناسفة»); an act needed («تحتاج لمحادثات»); a siege by a crisis («الأزمة
التي حاصرت المدينة»); observers who agree on a view («اتفق معظم المراقبين»); the bodies of the dead («جثث قتلاها»: ``body_words``); talks or meetings of any or all kinds with no one named
(«في كل المفاوضات», «أي مفاوضات»); an arrival with no visitor («ومن ثم الوصول إلى مأرب», «وصولا إلى أعزاز»:
troops or a route that reach a place make no visit). Function words: ``ban_heads``, ``awaited_heads``,
``defused_heads``, ``any_all_words``, ``violent_causes``, ``advance_words``, ``need_verbs``, ``opinion_holders``, ``body_words``. Round 39: a «طالب» that is a student
(«طالب في جامعة», «طالب قانون»: ``study_words``); a siege of people with ideas («حصار أصحاب الأفكار»:
``idea_words``); «البحث عن» (a search, no talks). Round 42 (``generic_act``): a masdar that names a kind of act,
none done: accepted as a principle («كانت تقبل بالتفاوض»: ``accept_verbs``), a strength for it («نقطة قوة للتفاوض»,
«ورقة ضغط للتفاوض»: ``strength_heads`` + ``strength_words``), its quality or nature («جودة الهجمات»:
``quality_heads``), the thing in itself («الزيارات بذاتها»: ``itself_words``), no longer so («لم يعد رفض»:
``no_longer_verbs``); and any act noun banned or prevented («لمنع سيطرة كردية», «حظر التظاهرات»: ``ban_heads``).
Round 43: a condemnation deserved («يستوجب الإدانة»: ``deserve_verbs``) or of a phenomenon, no one («إدانة الإرهاب»,
«إدانة العنف»: ``generic_evils`` right after it). Round 45: the verb of condemning a phenomenon («أدان الوزير
الإرهاب»); an act offered as an alternative («بديلا عن الاعتقال», «بدلا من توقيفه»: ``instead_words``); an agenda of
meetings («جدول أعمال الاجتماعات»: ``agenda_words``); a targeting of relations or an economy («استهداف العلاقات»:
``abstract_targets``); paired plurals of diplomacy with no one named («الزيارات واللقاءات»: ``diplomacy_plurals``).
Round 47: an inquiry word that names a body or achieves (see inquiry.py); bombs that security forces blow up in a
controlled way («فجرت قوات الأمن 199 عبوة ناسفة بعد العثور عليها», «تفكيك وتفجير عبوات»: ``security_words``,
``controlled_cues``, with no ``casualty_words`` in the sentence); a rhetorical «يكفي/كفى» + masdar («يكفي شجبا
واستنكارا»: ``enough_words``, now ``enough_pleas``); a threat after «مما» (a consequence, ``consequence_words``); the
wounded or dead among others («بينهم الكثير من الجرحى»: ``among_words``, ``partitive_quantifiers``). Round 49: a
finding, a step or a state of affairs that affirms or threatens («تقارير طبية تؤكد», «في خطوة تؤكد», «حالة من الاضطراب تهدد»:
``abstract_doers``; «مما يؤكد», «ما يهدد بانفجار»); a view agreed on («نتفق على أنّ داعش تهديد»); a statement or a
petition signed («وقعت على البيان»: ``signed_papers``); a habit («تنظم تظاهرات عندما يزور المسؤولون»: ``habitual_openers``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from .actors import visitor
from .adjectival import participle_adjective, suffered_state
from .arguments import Args
from .chunks import clause_stop
from .contacts import call_told_by_noun
from .dangers import abstract_doer_keys, doer_key, endangered
from .described import described
from .enough_pleas import enough_plea
from .evaluated import contained_pledge, judged_act
from .figurative import abstract_subject, figurative
from .forms import bare, fw, keys_of, nkey
from .inquiry import no_inquiry
from .lexicon import Hit
from .performative import gives_way, unexpressed
from .programmes import programme_named, views_not_shared
from .obligations import kept_pledge
from .owned_plurals import owned_pair
from .speeches import not_fought_or_spoken
from .stative import surrounding
from .topic_frames import distance_crossed, topic_act
from .unperformed import unperformed
from .victims import not_a_casualty
from .word_tests import bare_key_at, doc_token_keys, past_conjunction

MANIFESTATIONS = re.compile(r"مظاهر(?:ه|ها|هم|هما)$")  # «ومظاهره»: «مظاهر» + a pronoun, no «مظاهرة»
DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
DEVICE_REACH = 3  # words after an explosion read for the device that burst («انفجارات أخرى»: none; «انفجار عبوة»)
DEFUSED_BACK = 3  # words before a bomb word read for a defusing or seizing word («تفكيك 21 عبوة ناسفة»)
SEIZED_REACH = 2  # words after a bomb word read for its being seized or found («عبوات ناسفة ضبطتها»)
BOMBS = ("bombing", "explode")
IDEA_REACH = 3  # words after a siege noun read for ideas or opinions («حصار أصحاب الأفكار»)


def _before_in(doc: Doc, hit: Hit, a: int, words: str) -> bool:
    """Whether the word right before ``hit`` in its sentence is one of the function words ``words``."""
    return hit.i - 1 >= a and bare_key_at(doc, hit.i - 1, words) in fw(words)


IMPOSED_REACH = 3  # words from «إلزام» to the «بـ» masdar it governs, past those obliged («إلزام الموظفين بالتوقيع»)


def _imposed(doc: Doc, hit: Hit, a: int) -> bool:
    """Round 233: «فرض التوقيع على إقرار», «إلزام الموظفين بالتوقيع»: a masdar right after a word of imposing or
    obliging (``imposing_heads``), or in «بـ» past those obliged, is the duty laid on them, no act told."""
    if hit.pos != "N":
        return False
    if _before_in(doc, hit, a, "imposing_heads"):
        return True
    return "ب" in hit.cand.proclitics and any(
        bare_key_at(doc, t, "imposing_heads") in fw("imposing_heads") and not any(
            clause_stop(doc.tokens[u].text) for u in range(t + 1, hit.i)) for t in range(max(a, hit.i - IMPOSED_REACH), hit.i - 1))


def _device_after(doc: Doc, hit: Hit, b: int) -> bool:
    """A bomb, a charge, a car or a shell named in the few words after an explosion («انفجار عبوة ناسفة»)."""
    return any(bare_key_at(doc, t, "violent_causes") in fw("violent_causes")
               for t in range(hit.j + 1, min(b, hit.j + 1 + DEVICE_REACH)))


def _defused(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«تفكيك 21 عبوة ناسفة», «ضبط سيارة مفخخة»: the bomb word's phrase follows a word of defusing or seizing;
    round ev963: or a verb of defusing with its subject between («فككت القوات الأمنية عبوات ناسفة»), or the bomb
    word is followed by its own word of being seized or found in a sentence where no one is hurt («عبوات ناسفة
    عثرت عليها القوات», «العبوات المضبوطة»)."""
    for t in range(hit.i - 1, max(a, hit.i - PHRASE_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            break
        if t >= hit.i - DEFUSED_BACK and bare_key_at(doc, t, "defused_heads") in fw("defused_heads"):
            return True
        if bare_key_at(doc, t, "defusing_verbs") in fw("defusing_verbs"):
            return True
    return _seized_after(doc, hit.j, b, SEIZED_REACH) and _unhurt(doc, a, b)


def _seized_after(doc: Doc, j: int, b: int, reach: int) -> bool:
    """A word of being seized or found (``seized_bomb_words``) within ``reach`` words after token ``j``, in its
    clause («تفجير العبوات المضبوطة», «عبوات ناسفة ضبطتها»)."""
    for t in range(j + 1, min(b, j + 1 + reach)):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare_key_at(doc, t, "seized_bomb_words") in fw("seized_bomb_words"):
            return True
    return False


def _unhurt(doc: Doc, a: int, b: int) -> bool:
    """No word of a casualty (``casualty_words``) in the sentence (tokens ``a``..``b``)."""
    return not any(bare_key_at(doc, t, "casualty_words") in fw("casualty_words") for t in range(a, b))


def _market_sense(doc: Doc, a: int, b: int) -> bool:
    """Round ev963: a sentence (tokens ``a``..``b``) of trade or investment (``market_cues``) with no weapon, armed
    doer or casualty in it (``armed_blast_words``, ``weapon_nouns``, ``violent_causes``, ``casualty_words``)."""
    armed = ("armed_blast_words", "weapon_nouns", "violent_causes", "casualty_words")
    if any(bare_key_at(doc, t, *armed) in fw(w) for t in range(a, b) for w in armed):
        return False
    return any(bare_key_at(doc, t, "market_cues") in fw("market_cues") for t in range(a, b))


def _needed(doc: Doc, hit: Hit, a: int) -> bool:
    """«تحتاج لمحادثات», «بحاجة إلى مفاوضات»: an act noun after a word of need (``need_verbs``) and «لـ/إلى»."""
    k = hit.i - 1
    if "ل" not in hit.cand.proclitics:
        if k < a or doc.tokens[k].norm_key not in ("الى", "إلى", "الي"):
            return False
        k -= 1
    return k >= a and bare_key_at(doc, k, "need_verbs") in fw("need_verbs")


def _student(doc: Doc, hit: Hit, b: int) -> bool:
    """«طالب في جامعة», «طالب بكلية الطب», «طالب قانون»: a «طالب» with no proclitic whose next word (past «في» or
    a «بـ» on it) is a school, a university or a field of study (``study_words``) is the noun student."""
    if hit.cand.proclitics or hit.j + 1 >= b:
        return False
    t, key = hit.j + 1, doc.tokens[hit.j + 1].norm_key
    if key == "في" and t + 1 < b:
        key = doc.tokens[t + 1].norm_key
    elif key.startswith("ب") and key[1:] in fw("study_words"):
        key = key[1:]
    return key in fw("study_words")


def generic_act(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the masdar ``hit`` names a kind of act, none done (see the module's doc, round 42)."""
    pro = hit.cand.proclitics
    if "ب" in pro and _before_in(doc, hit, a, "accept_verbs"):
        return True  # «كانت تقبل بالتفاوض»
    if "ل" in pro and _before_in(doc, hit, a, "strength_words") and hit.i - 2 >= a and \
            bare_key_at(doc, hit.i - 2, "strength_heads") in fw("strength_heads"):
        return True  # «نقطة قوة للتفاوض»
    if set(pro) <= {"ال"} and _before_in(doc, hit, a, "quality_heads"):
        return True  # «جودة الهجمات»
    return hit.j + 1 < b and doc.tokens[hit.j + 1].norm_key in fw("itself_words")  # «الزيارات بذاتها»


OBJECT_REACH = 3  # words after a verb read for its object, past its subject («أدان الوزير الإرهاب»)


def _instead(doc: Doc, hit: Hit, a: int) -> bool:
    """«بديلا عن الاعتقال», «بدلا من توقيفه», «بدل الاعتقال»: an act offered as an alternative, none done."""
    if _before_in(doc, hit, a, "instead_words"):
        return True
    return hit.i - 2 >= a and doc.tokens[hit.i - 1].norm_key in ("عن", "من") and \
        bare_key_at(doc, hit.i - 2, "instead_words") in fw("instead_words")


def _agenda(doc: Doc, hit: Hit, a: int) -> bool:
    """«جدول أعمال الاجتماعات», «جدول المحادثات»: the agenda of meetings, none told."""
    if not hit.entry.code.startswith(("03", "04")):
        return False
    if _before_in(doc, hit, a, "agenda_words"):
        return True
    return hit.i - 2 >= a and doc.tokens[hit.i - 1].norm_key == nkey("أعمال") and \
        bare_key_at(doc, hit.i - 2, "agenda_words") in fw("agenda_words")


def _object_in(doc: Doc, hit: Hit, b: int, words: str) -> bool:
    """Whether the object of ``hit`` (right after a noun; for a verb within ``OBJECT_REACH`` words, past its
    subject) is one of the function words ``words``."""
    reach = 1 if hit.pos == "N" else OBJECT_REACH
    for t in range(hit.j + 1, min(b, hit.j + 1 + reach)):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare_key_at(doc, t, words) in fw(words):
            return True
    return False


BLAST_REACH = 4  # words around a detonation read for who sets it off («فجرت قوات الأمن», «تمكنت القوات من تفجير»)
BLASTS = ("detonate", "bombing")
BLAST_VERBS = frozenset(("فجر", "فجرت", "فجروا", "فجرا", "يفجر", "تفجر", "يفجرون"))
LIST_BACK = 24  # words before a joined detonation read for the «تمكن ... من» that opens its list («تمكنت من تدمير ...، وتفجير»)
PHRASE_BACK = 8  # words before a bomb word read for the detonation whose object it is («تفجير أربعة منازل و199 عبوة»)


def _blast_word(doc: Doc, t: int) -> bool:
    """A detonation word at token ``t`` («فجرت», «تفجير», «وتفجير»: the root «فجر» less an explosion «انفجار»)."""
    return any(k in BLAST_VERBS or k.removeprefix("ال").startswith("تفجير") for k in keys_of(doc.tokens[t]))


def _controlled(doc: Doc, i: int, j: int, a: int, b: int) -> bool:
    """«فجرت قوات الأمن 199 عبوة ناسفة بعد العثور عليها», «تفكيك وتفجير عبوات ناسفة», «تمكن خبراء المتفجرات من
    تفجير القنبلة»: a detonation (tokens ``i``..``j``) by security forces or bomb experts, or one joined to a defusing or with a finding
    or a safe way in its sentence, and no one hurt in it: bombs disposed of, no bombing."""
    keys = [bare(doc.tokens[t].norm_key, "casualty_words") for t in range(a, b)]
    if any(k in fw("casualty_words") for k in keys):
        return _listed_disposal(doc, i, j, a, b)
    near = range(max(a, i - BLAST_REACH), min(b, j + 1 + BLAST_REACH))
    if any(keys[t - a] in fw("defused_heads") for t in near):
        return True  # «تفكيك وتفجير», «وتفجير وإبطال»
    if _seized_after(doc, j, b, PHRASE_BACK) or _joined_defusing(doc, j, b):
        return True  # round ev963: «تفجير العبوات المضبوطة», «تفجير ثماني مركبات مفخخة للتنظيم وتفكيك ...»
    security = any(keys[t - a] in fw("security_words") for t in near)
    if security and any(k in fw("controlled_cues") for k in keys):
        return True  # (the experts' words are cues themselves)
    return _security_doer(doc, i, j, a, b) and any(
        bare_key_at(doc, t, "disposed_bombs") in fw("disposed_bombs") for t in _phrase_after(doc, j, b))


def _phrase_after(doc: Doc, j: int, b: int) -> range:
    """The tokens after token ``j`` within ``PHRASE_BACK`` words, up to a clause stop."""
    for t in range(j + 1, min(b, j + 1 + PHRASE_BACK)):
        if clause_stop(doc.tokens[t].text):
            return range(j + 1, t)
    return range(j + 1, min(b, j + 1 + PHRASE_BACK))


def _joined_defusing(doc: Doc, j: int, b: int) -> bool:
    """Round ev963: a word of defusing joined by «و» in the detonation's phrase («تفجير ثماني مركبات مفخخة
    لتنظيم داعش وتفكيك ...»): one list of bombs disposed of."""
    return any(doc.tokens[t].norm_key[:1] == "و" and bare_key_at(doc, t, "defused_heads") in fw("defused_heads")
               for t in _phrase_after(doc, j, b))


def _listed_disposal(doc: Doc, i: int, j: int, a: int, b: int) -> bool:
    """Round ev963: «القوات الأمنية تمكنت كذلك من تدمير أربعة منازل، وقتل قناص ...، وتفجير 199 عبوة ناسفة»: a
    detonation masdar joined by «و» to a list of what security forces managed (``_managed_by_forces``), bombs in its
    phrase and no casualty in its own clause (the list's other items may kill): bombs disposed of."""
    if not doc.tokens[i].norm_key.startswith("و") or not any(
            bare_key_at(doc, t, "disposed_bombs") in fw("disposed_bombs") for t in _phrase_after(doc, j, b)):
        return False
    lo = i
    while lo > a and not clause_stop(doc.tokens[lo - 1].text):
        lo -= 1
    if not _unhurt(doc, lo, _phrase_after(doc, j, b).stop):
        return False
    return any(doc.tokens[t].norm_key == "من" and _managed_by_forces(doc, t, a) for t in range(max(a, i - LIST_BACK), i))


def _managed_by_forces(doc: Doc, t: int, a: int) -> bool:
    """The «من» at token ``t`` follows «تمكن» (within two words: «تمكنت كذلك من») whose subject before it is
    security forces («القوات الأمنية تمكنت من»)."""
    for k in range(t - 1, max(a, t - 3) - 1, -1):
        if doc.tokens[k].norm_key.lstrip("وف").startswith("تمكن"):
            return any(bare_key_at(doc, s, "security_words") in fw("security_words")
                       for s in range(max(a, k - BLAST_REACH), k))
    return False


def _security_doer(doc: Doc, i: int, j: int, a: int, b: int) -> bool:
    """Round ev963: security forces that managed the detonation (tokens ``i``..``j``): the subject of «تمكن ... من»
    right before it («القوات الأمنية تمكنت من تفجير»; «وفجرت قوات الأمن العبوة» alone may be either: rv378)."""
    return i - 1 >= a and doc.tokens[i - 1].norm_key == "من" and _managed_by_forces(doc, i - 1, a)


def _disposed(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """A detonation disposing of bombs (``_controlled``), or a bomb word («ناسفة») in the phrase right after one."""
    if hit.entry.id == "detonate" or hit.entry.id == "bombing" and _blast_word(doc, hit.i):
        return _controlled(doc, hit.i, hit.j, a, b)
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(a, hit.i - PHRASE_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _blast_word(doc, t):
            return _controlled(doc, t, t, a, b)
    return False


def _among(doc: Doc, hit: Hit, a: int) -> bool:
    """«بينهم الكثير من الجرحى», «منهم عدد من القتلى»: a definite victim noun after «بينهم/منهم» (``among_words``)
    and a partitive quantifier with «من» («الكثير من»: ``partitive_quantifiers``) names people among others."""
    k = hit.i - 1
    if k - 2 < a or doc.tokens[k].norm_key != "من" or "ال" not in hit.cand.proclitics and \
            not hit.cand.key.startswith("ال"):
        return False
    return bare_key_at(doc, k - 1, "partitive_quantifiers") in fw("partitive_quantifiers") and \
        bare_key_at(doc, k - 2, "among_words") in fw("among_words")


DOER_BACK = 3  # words before a present verb of affirming or threatening read for its abstract subject
JOINED_BACK = 5  # words before a present verb in «و» read for the present verb it joins («تتعلق باختلاس أموال وتهدد»)
VIEW_REACH = 7  # words after «اتفق» read for «على أن», past a subject in apposition («اتفق شو، المتحدث باسمها، على أن»)
VIEW_OPENERS = ("ان", "أن", "أنّ", "انه", "أنه", "انها", "أنها", "انهم", "أنهم")


def _abstract_doer(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«تقارير طبية تؤكد تدهور حالتها», «في خطوة تؤكد استمرار», «حالة من الاضطراب تهدد بانقسام», «وتؤكد الأدلة»,
    «مما يؤكد أن»: a verb of affirming or threatening whose subject is a thing, a finding or a state of affairs
    (``abstract_doers``: right after the verb, or within ``DOER_BACK`` words before a present verb with no named
    subject after it) or a consequence («مما»): no actor states or threatens anything (CAMEO needs one)."""
    doers = abstract_doer_keys()
    if hit.j + 1 < b and doer_key(doc, hit.j + 1) in doers:
        return True  # «وتؤكد الأدلة», «ويهدد الصراع»
    if hit.entry.id == "affirm" and _before_in(doc, hit, a, "consequence_words"):
        return True  # «مما يؤكد أن»
    verb = doc.tokens[hit.i].norm_key.removeprefix("و").removeprefix("ف")
    if not verb.startswith(("ي", "ت")) or hit.j + 1 < b and any(
            m.start == doc.tokens[hit.j + 1].start for m in doc.mentions):
        return False  # (a past verb or one with a named subject after it: «وفي خطوة مفاجئة أكد الرئيس»)
    verb_at = hit.i
    if doc.tokens[hit.i].norm_key[:1] == "و":  # «فضيحة تتعلق باختلاس أموال وتهدد»: the subject of the verb it joins
        verb_at = next((t for t in range(hit.i - 1, max(a, hit.i - JOINED_BACK) - 1, -1)
                        if _present_at(doc, t) and not clause_stop(doc.tokens[t].text)), hit.i)
    for t in range(verb_at - 1, max(a, verb_at - DOER_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doer_key(doc, t) in doers:
            return t == verb_at - 1 or hit.j + 1 >= b or not doc.tokens[hit.j + 1].norm_key.startswith("ال")
    return False  # (past a word, a definite noun after the verb may be its subject: «وفي خطوة مفاجئة يؤكد الرئيس»)


def _view_agreed(doc: Doc, hit: Hit, b: int) -> bool:
    """«نتفق جميعا على أن داعش تهديد مشترك»: «اتفق على أنّ» + a nominal clause (no verb after «أن»: «اتفقا على أن
    يعقد الاجتماع» is an act agreed on) is a view shared, no accord."""
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + VIEW_REACH)):
        if doc.tokens[t].norm_key != nkey("على"):
            continue
        opener = doc.tokens[t + 1].text
        if nkey(opener) not in {nkey(w) for w in VIEW_OPENERS}:
            return False
        if "ّ" in opener or nkey(opener) != nkey("أن") or t + 2 >= b:
            return True  # «أنّ», «أنه»
        return not doc.tokens[t + 2].norm_key.startswith(("ي", "ت", "ن"))
    return False


def _paper_signed(doc: Doc, hit: Hit, b: int) -> bool:
    """«المنظمات التي وقعت على البيان», «وقع النواب على عريضة»: a statement, a petition or a letter signed
    (``signed_papers`` after «على», past the signers), no agreement."""
    if hit.j > hit.i and doc.tokens[hit.j].norm_key == nkey("على"):
        return hit.j + 1 < b and bare_key_at(doc, hit.j + 1, "signed_papers") in fw("signed_papers")
    for t in range(hit.j + 1, min(b - 1, hit.j + 5)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key == nkey("على"):
            return bare_key_at(doc, t + 1, "signed_papers") in fw("signed_papers")
    return False


HABIT_REACH = 15  # tokens after a present act read for «عندما/كلما» + a present verb («تنظم تظاهرات ... عندما يزور»)
HOLDER_BACK = 3  # tokens before a noun trigger read for the present verb that holds it


def _present_at(doc: Doc, t: int) -> bool:
    key = doc.tokens[t].norm_key
    key = past_conjunction(key, 4)
    return len(key) >= 4 and key[0] in ("ي", "ت", "ن") and not key.startswith(("تم", "تجا"))


def _to_come(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens ``a``..``b`` hold a word of plan, aim or wish or a future verb («يعتزم», «المقبل», «سيلتقي»)."""
    words = fw("planned") | fw("aims") | fw("wants")
    for t in range(a, b):
        key = doc.tokens[t].norm_key
        key = past_conjunction(key, 4)
        if key in words or key[:1] == "س" and len(key) >= 4 and key[1] in ("ي", "ت", "ن"):
            return True
    return False


def _habit_opener(doc: Doc, hit: Hit, a: int, b: int) -> int | None:
    """The token of «عندما/حينما/كلما» + a present verb after the present act ``hit`` in its sentence (see
    ``_habitual``), if any."""
    if hit.pos == "V":
        if not _present_at(doc, hit.i):
            return None
    else:
        held = False
        for t in range(hit.i - 1, max(a, hit.i - HOLDER_BACK) - 1, -1):
            if clause_stop(doc.tokens[t].text):
                break
            held = held or _present_at(doc, t)
        if not held:
            return None
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + HABIT_REACH)):
        if doc.tokens[t].text in (".", "؟", "?", "!", ":", "«", "»"):
            return None
        if bare_key_at(doc, t, "habitual_openers") in fw("habitual_openers"):
            return t if _present_at(doc, t + 1) and not _to_come(doc, a, t + 2) else None
    return None


def _habitual(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int) -> bool:
    """«الدول الأوروبية تنظم تظاهرات للمعارضة عندما يزور كبار المسؤولين»: an act in a present clause (a present verb
    trigger, or a noun a present verb holds) followed in its sentence by «عندما/حينما/كلما» + a present verb
    (``habitual_openers``), with no word of plan or future in the sentence up to it, is what happens whenever it
    does: a habit or a rule, no event told; so is the act of that present verb, and any act right after «كلما»."""
    if _habit_keys().isdisjoint(doc_token_keys(doc)):
        return False  # (no token may be one of ``habitual_openers``, with its «و/ف» or not: none opens a habit)
    if hit.i - 1 >= a and bare_key_at(doc, hit.i - 1, "habitual_openers") in fw("habitual_openers"):
        if doc.tokens[hit.i - 1].norm_key == nkey("كلما"):
            return True
        return any(h.j < hit.i - 1 and _habit_opener(doc, h, a, b) == hit.i - 1 for h in hits)
    return _habit_opener(doc, hit, a, b) is not None


@lru_cache(maxsize=1)
def _habit_keys() -> frozenset[str]:
    """Every key ``bare_key_at`` reads as one of ``habitual_openers``: the word, with «و» or «فـ» before it."""
    return frozenset(p + w for w in fw("habitual_openers") for p in ("", "و", "ف"))


OPTION_BACK = 4  # words before «أو» read for the «لـ» masdar of the first option («لقبول الاتفاق أو رفضه»)
OUTCOME_REACH = 3  # words after a promise read for the outcome it promises with «بـ» («وعده الواهم بالنصر»)


def not_told(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int) -> bool:
    """Whether the trigger ``hit`` of a sentence (tokens ``a``..``b``, its triggers ``hits``) tells no event (see
    the module's doc)."""
    if hit.entry.id in ("affirm", "threaten") and hit.pos == "V" and _abstract_doer(doc, hit, a, b) \
            or endangered(doc, hit, a, b):
        return True  # «تقارير طبية تؤكد», «حالة من الاضطراب تهدد بانقسام» (round 49); a danger (round 104)
    if judged_act(doc, hit, a, b) or contained_pledge(doc, hit, b) or topic_act(doc, hit, a) \
            or distance_crossed(doc, hit, b):  # round 264: «ينصب على غزو الأراضي», «يقتحم عدة أمتار»
        return True  # «وتعد السيطرة عليه أمرا حيويا», «التعهد الذي يتضمنه السند» (round 167)
    if programme_named(doc, hit, a) or views_not_shared(doc, hit, a):
        return True  # «برنامج البيت العائلي والزيارة الخارجية», «لا يتفقون على التفاصيل» (round 125)
    if hit.entry.id == "agree" and hit.pos == "V" and _view_agreed(doc, hit, b):
        return True  # «نتفق جميعا على أن داعش تهديد مشترك» (round 49)
    if hit.entry.id == "sign" and (_paper_signed(doc, hit, b) or _imposed(doc, hit, a)):
        return True  # «وقعت على البيان» (round 49); 233: «فرض التوقيع على إقرار»: the signing imposed, none told
    if hit.entry.id == "pledge" and any(bare(doc.tokens[t].norm_key[1:], "promised_outcomes") in fw(
            "promised_outcomes") for t in range(hit.j + 1, min(b, hit.j + 1 + OUTCOME_REACH))
            if doc.tokens[t].norm_key[:1] == "ب"):
        return True  # «وعده الواهم بالنصر»: an outcome promised, no pledge to act (round 51)
    if hit.i - 1 >= a and doc.tokens[hit.i - 1].norm_key == "او" and any(
            w.kind == "enclitic" for w in doc.tokens[hit.i].words) and any(
            doc.tokens[t].norm_key[:1] == "ل" for t in range(max(a, hit.i - OPTION_BACK), hit.i - 1)):
        return True  # «لقبول الاتفاق أو رفضه»: one of two options, neither taken (round 51)
    if unperformed(doc, hit, hits, a, b) or call_told_by_noun(hit, hits) or described(doc, hit, a, b) \
            or gives_way(doc, hit, hits, b) or unexpressed(doc, hit, b):  # (round 67: «صنفتها عدوانا يستهدف», «أعلن انتقاده»)
        return True  # «تهديدات بتفجير», «تحريض ... على قتل», «امتهنت الاحتجاج», «يزور ... كل عام» (round 53)
    if _habitual(doc, hit, hits, a, b) or not_fought_or_spoken(doc, hit, b):
        return True  # «الدول الأوروبية تنظم تظاهرات عندما يزور المسؤولون» (round 49)
    if no_inquiry(doc, hit, a, b) or (hit.entry.id in BLASTS and _disposed(doc, hit, a, b)) or surrounding(doc, hit, a, b) \
            or kept_pledge(doc, hit, a):  # round 72: «المستوطنات تحاصرها», «تلتزم إيران بتعهداتها»
        return True  # «مجلس التحقيق في حوادث الطيران», «فجرت قوات الأمن عبوات بعد العثور عليها» (round 47)
    if participle_adjective(doc, hit, a) or suffered_state(doc, hit, a, b):
        return True  # round ev1003: «الدعوى القضائية المطالبة بإلغاء», «عانت من التطرف والتفجيرات»
    if enough_plea(doc, hit, a):
        return True  # «يكفي شجبا واستنكارا»; round mn1017: «كفى لقتل البشر»
    if hit.entry.id == "threaten" and hit.pos == "V" and (_before_in(doc, hit, a, "consequence_words") or (
            hit.i - 1 >= a and doc.tokens[hit.i - 1].norm_key == "ما" and hit.j + 1 < b
            and doc.tokens[hit.j + 1].norm_key.startswith("ب"))):  # («ما يهدد بانفجار أزمة»: «ما» for «مما», round 49)
        return True  # «مما يهدد بانقسام»: a consequence that threatens, no threat made
    if hit.entry.id in ("wound", "kill") and hit.pos == "N" and (_among(doc, hit, a) or not_a_casualty(doc, hit, a)):
        return True  # «بينهم الكثير من الجرحى», «خدمات طبية للجرحى», «عدد القتلى»: people, no attack told (round 89)
    if hit.pos == "N" and (_before_in(doc, hit, a, "ban_heads") or generic_act(doc, hit, a, b)):
        return True  # «حظر الإضرابات», «منع التظاهرات», «لمنع سيطرة كردية»
    if not hit.cand.proclitics and _before_in(doc, hit, a, "no_longer_verbs") and hit.i - 2 >= a and \
            bare_key_at(doc, hit.i - 2, "negations") == "لم" and not doc.tokens[hit.i].norm_key.startswith(("ي", "ت")):
        return True  # «لم يعد رفض إنشاء»: a masdar (or its perfect look-alike) no longer so, no act («لم يعد يرفض»)
    if hit.entry.plover == "PROTEST" and hit.pos == "N":
        if MANIFESTATIONS.search(DIACRITICS.sub("", doc.tokens[hit.i].text)):
            return True
    if hit.entry.id in BOMBS and hit.pos == "N" and _defused(doc, hit, a, b):
        return True
    if hit.pos == "N" and _needed(doc, hit, a):
        return True
    if hit.entry.id == "condemn" and hit.pos == "N" and (_before_in(doc, hit, a, "deserve_verbs") or (
            hit.j + 1 < b and bare_key_at(doc, hit.j + 1, "generic_evils") in fw("generic_evils"))):
        return True  # «يستوجب الإدانة», «عن إدانة الإرهاب»: condemnation deserved or of a phenomenon, no one condemned
    if hit.entry.id == "condemn" and hit.pos == "V" and _object_in(doc, hit, b, "generic_evils"):
        return True  # «وأدان الوزير الإرهاب»: a phenomenon condemned, no one
    if hit.entry.id == "target" and _object_in(doc, hit, b, "abstract_targets"):
        return True  # «استهداف العلاقات بين البلدين», «تستهدف الاقتصاد»: no military targeting
    if hit.entry.id == "target" and _object_in(doc, hit, b, "market_targets") and _market_sense(doc, a, b):
        return True  # round ev963: «استهداف الشركات الأجنبية لجذب الاستثمارات»: a market aimed at, no force
    if hit.pos == "N" and (_instead(doc, hit, a) or _agenda(doc, hit, a)):
        return True  # «بديلا عن الاعتقال», «جدول أعمال الاجتماعات»
    if hit.entry.id == "kill" and hit.pos == "N" and _before_in(doc, hit, a, "body_words"):
        return True  # «جثث قتلاها», «انتشال جثث القتلى»: the dead, no killing told
    if hit.entry.id == "demand" and hit.pos == "V" and _student(doc, hit, b):
        return True  # «شودري طالب في جامعة لندن», «طالب قانون»: a student, no demand
    if hit.entry.id == "discuss_with" and hit.pos == "N" and hit.j + 1 < b and doc.tokens[hit.j + 1].norm_key == "عن":
        return True  # «البحث عن الفرص»: a search, no talks
    if hit.entry.id == "besiege" and hit.pos == "N" and any(
            bare_key_at(doc, t, "idea_words") in fw("idea_words") for t in range(hit.j + 1, min(b, hit.j + 1 + IDEA_REACH))):
        return True  # «حصار أصحاب الأفكار المتشددة»: people with ideas contained, no siege
    if hit.entry.id == "besiege" and hit.pos == "V" and abstract_subject(doc, hit, a, b):
        return True  # «الأزمة المالية التي حاصرت المدينة»
    if hit.entry.id == "agree" and hit.pos == "V" and any(
            bare_key_at(doc, t, "opinion_holders") in fw("opinion_holders") for t in range(hit.j + 1, min(b, hit.j + 3))):
        return True  # «اتفق معظم المراقبين على»: a view shared, no accord
    if hit.entry.id != "explode" or hit.pos != "N":
        return False
    if _before_in(doc, hit, a, "awaited_heads"):
        return True  # «تنتظر انفجارات», «بانتظار انفجارات»: awaited, none told
    return not _device_after(doc, hit, b) and any(
        h.entry.id == "explode" and h.j < hit.i and figurative(doc, h, b) for h in hits)


def _paired_plural(doc: Doc, hit: Hit, a: int) -> bool:
    """«الزيارات واللقاءات», «والاجتماعات والمشاورات»: a plural of diplomacy joined by «و» to another
    (``diplomacy_plurals``) and no phrase after the pair that says whose or which they are («مع النظراء», «التي
    تجري في القاهرة»: ``pair_tails``): kinds of contact, no one meeting."""
    if hit.i != hit.j or bare_key_at(doc, hit.i, "diplomacy_plurals") not in fw("diplomacy_plurals"):
        return False
    n = len(doc.tokens)

    def key(t: int) -> str:
        return doc.tokens[t].norm_key if t < n else ""

    if key(hit.j + 1)[:1] == "و" and key(hit.j + 1)[1:] in fw("diplomacy_plurals"):
        return key(hit.j + 2) not in fw("pair_tails")
    own = key(hit.i)
    return own[:1] == "و" and hit.i - 1 >= a and key(hit.i - 1).lstrip("و") in fw("diplomacy_plurals") \
        and key(hit.j + 1) not in fw("pair_tails")


def no_participants(doc: Doc, hit: Hit, args: Args, a: int) -> bool:
    """Talks or meetings of any or all kinds («في كل المفاوضات», «أي مفاوضات», «جميع الاجتماعات») with no one
    named as their party (no source or target entity); an arrival noun with no pronoun («الوصول إلى», «وصولا إلى») whose subject is no visitor
    (a person, a body, a state, a delegation) or that follows a military advance or a liberation in its sentence
    (``advance_words``: «بتمشيط وتحرير الضالع ومن ثم الوصول إلى»): troops, a front line or a route reach a place,
    no one visits. Round 233: a call («اتصل ... بفلان») with no named caller, or a news outlet's to a source
    («اتصلت «الصحيفة» بالوزير»: journalism, no contact between parties)."""
    if hit.entry.id == "call":
        ent = doc.entity(args.source.entity) if args.source is not None and args.source.entity is not None else None
        return ent is None or ent.attrs.get("kind") == "media"
    if hit.pos != "N":
        return False
    named = [c for c in (args.source, *(args.targets or [])) if c is not None and c.entity is not None]
    if hit.entry.code.startswith("04") and (_before_in(doc, hit, a, "any_all_words") or _paired_plural(doc, hit, a)
                                               or owned_pair(doc, hit, a)):  # «في خطاباته ولقاءاته» (round 104)
        return not named
    if hit.entry.id.startswith("arrive") and doc.tokens[hit.i].words[-1].kind != "enclitic":
        return not visitor(doc, args.source) or any(
            not keys_of(doc.tokens[t]).isdisjoint(fw("advance_words")) for t in range(a, hit.i))
    return False
