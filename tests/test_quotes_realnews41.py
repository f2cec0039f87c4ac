"""Quote speakers on constructions of real news, round 41: the office or command of a named one speaks for him
(«وقال مكتب فلان», «كشفت قيادة قوات X»); the bare «الحكومة»/«المحكمة» is the one government or court the article
named before (none where two are); the name after «التي تعرف باسم» is the described speaker, not one named
before; «ثم» before the verb opens the clause a participle hangs on; a definite title with no one quoted before is
the one person named with that title."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_the_office_of_a_person_speaks_for_him() -> None:
    doc = analyze_news("التقى رئيس الوزراء البريطاني ديفيد كاميرون نظيره أمس. وقال مكتب كاميرون إن لندن ستمول خطة الحراسة.")
    assert quote_speakers(doc) == [("وقال", "ديفيد كاميرون")]


def test_an_office_with_no_name_after_it_stays_unnamed() -> None:
    doc = analyze_news("وقال مكتب الإعلام إن الزيارة كانت ناجحة.")
    assert quote_speakers(doc) == [("وقال", "[مكتب الإعلام]")]


def test_the_command_of_a_force_is_that_force() -> None:
    doc = analyze_news("كشفت قيادة قوات التحالف العربي أمس أن طائرة هبطت اضطراريا قرب الحدود.")
    assert quote_speakers(doc) == [("كشفت", "قوات التحالف العربي")]


def test_the_bare_government_is_the_one_named_before() -> None:
    doc = analyze_news("أعلنت الحكومة الأسترالية خطة جديدة للطاقة أمس. وذكرت الحكومة أن القرار سيطبق العام المقبل.")
    assert quote_speakers(doc) == [("وذكرت", "الحكومة الأسترالية")]
    doc = analyze_news("أصدرت المحكمة الجنائية الدولية حكما أمس. وقالت المحكمة إن المتهم مذنب.")
    assert quote_speakers(doc) == [("وقالت", "المحكمة الجنائية الدولية")]


def test_two_governments_or_one_named_only_after_leave_it_unnamed() -> None:
    doc = analyze_news("أصدرت الحكومة الأسترالية والحكومة البريطانية بيانا مشتركا أمس. وذكرت الحكومة أن القرار نهائي.")
    assert quote_speakers(doc) == [("وذكرت", "[الحكومة]")]
    doc = analyze_news("وذكرت الحكومة أن القرار سيطبق قريبا. ورحبت الحكومة الأسترالية بالقرار.")
    assert quote_speakers(doc) == [("وذكرت", "[الحكومة]")]


def test_the_name_a_described_group_is_known_by_speaks() -> None:
    doc = analyze_news("هاجم تنظيم داعش مدينة حلب أمس. وقالت الجماعة السورية التي تعرف باسم «الفرقة 30»، إن مقاتلي "
                       "التنظيم هاجموا مقرها.")
    assert quote_speakers(doc) == [("وقالت", "الفرقة 30")]


def test_a_spokesman_in_the_name_of_someone_is_no_known_as() -> None:
    doc = analyze_news("وقال ناطق بلسان نتنياهو إن الحكومة لن توافق على الخطة.")
    assert quote_speakers(doc) == [("وقال", "[ناطق بلسان نتنياهو]")]


def test_then_before_the_verb_opens_the_participles_clause() -> None:
    doc = analyze_news("وتحدث سيرغي لافروف أمام الصحافيين أمس. ثم انتقد لافروف الخطة الغربية، قائلا: «نحن نرفض هذا».")
    assert quote_speakers(doc) == [("قائلا", "سيرغي لافروف")]


def test_a_title_with_no_one_quoted_before_is_its_one_holder() -> None:
    doc = analyze_news("التقت الصحيفة وزير الخارجية البريطاني فيليب هاموند في لندن. وصرح الوزير لصحيفة «الشرق الأوسط» "
                       "في معرض سؤال عن موقف الإيرانيين، قائلا، انه لا حوار الآن.")
    assert quote_speakers(doc) == [("قائلا", "فيليب هاموند")]


def test_a_title_two_people_named_before_hold_stays_unnamed() -> None:
    doc = analyze_news("التقى وزير الخارجية البريطاني فيليب هاموند وزير الخارجية الروسي سيرغي لافروف في لندن. وصرح "
                       "الوزير لصحيفة «الشرق الأوسط» في معرض سؤال عن موقف الإيرانيين، قائلا، انه لا حوار الآن.")
    assert quote_speakers(doc) == [("قائلا", "[الوزير]")]
