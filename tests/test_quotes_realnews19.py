"""Quote cues and speakers on constructions of real news, round 19: «تابع» with a noun of affairs is following
(«يتابع شؤون الحركة»), «رأي/رأيه» is the noun, a participle after «غير» or a verb of being is a predicate («غير
معلنة»), a cue with its object's pronoun after a relative is a thing announced («الشروط التي أعلنها»), and a body
whose name begins with «و» («وكالة») speaks on over a dropped subject."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_following_affairs_is_no_cue() -> None:
    doc = analyze_news("ويقول المحلل فهد الزهراني، وهو باحث يتابع أخبار الجماعة، إن قيادتها منقسمة.")
    assert quote_speakers(doc) == [("ويقول", "فهد الزهراني")]
    doc = analyze_news("وقال الخبير سامي العلي، الذي يتابع شؤون الحركة منذ سنوات، إن الانقسام يتعمق.")
    assert quote_speakers(doc) == [("وقال", "سامي العلي")]


def test_opinion_is_a_noun() -> None:
    doc = analyze_news("وتنشر الصحيفة كل أسبوع مقالة يعطي فيها رأيه أن الأزمة ستنتهي قريبا.")
    assert quote_speakers(doc) == []  # «في رأيه أن» is an opinion stated (round 20), «يعطي فيها رأيه» no cue
    doc = analyze_news("وقال الوزير خالد العمري في مقال رأي نشرته الصحيفة: «الحوار ضروري لحل الأزمة الحالية».")
    assert quote_speakers(doc) == [("وقال", "خالد العمري")]


def test_a_participle_as_a_predicate() -> None:
    doc = analyze_news("ورغم أن هذه الأهداف لم تعد معلنة بوضوح، فإنها لا تزال قائمة.")
    assert quote_speakers(doc) == []
    doc = analyze_news("وزار الوفد المدينة في زيارة غير معلنة أن الأمن مستتب.")
    assert quote_speakers(doc) == []


def test_a_thing_announced_in_a_relative_clause() -> None:
    doc = analyze_news("وقال الزعيم خالد المصري إن الشروط التي أعلنها الحزب سابقا لا تكفي، وإنما يجب أن تنفذ.")
    assert quote_speakers(doc) == [("وقال", "خالد المصري")]
    assert doc.text[doc.quotes[0].content.start : doc.quotes[0].content.end].endswith("أن تنفذ")
    doc = analyze_news("ونفى الجيش ما أعلنه المتمردون عن أن الحكومة تفرض حصارا.")
    assert [c for c, _ in quote_speakers(doc)] == ["أعلنه"]  # «ما أعلنه ... عن أن»: what they said


def test_an_agency_speaks_on_after_its_statement() -> None:
    doc = analyze_news("وقال زعيم المعارضة ليم كيت سيانج إن الحكومة فاسدة. وقالت وكالة مكافحة الفساد في بيان أمس "
                       "إن الأموال مرت بالحسابات. وأضافت أن التحقيقات مستمرة.")
    # (round 51: the agency named by what it fights is an organisation now: the speaker is that entity, not text)
    assert quote_speakers(doc)[1:] == [("وقالت", "وكالة مكافحة الفساد"), ("وأضافت", "وكالة مكافحة الفساد")]
