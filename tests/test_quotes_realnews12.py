"""Quote speakers in constructions of real news (twelfth round): an SVO subject set off from its verb by an
apposition between commas («النائب الألماني، فلان، المنتمي لحزب ...، أشار»); the person an apposition describes
before «، الذي» («فلان، مدير ...، الذي أكد»); a feminine participle after a masculine speaker («وقال المصدر إن
...، مشيرة») continues the feminine speaker of the sentence before, or no one; «بلاده» as the subject is the owner's
country or no one; a family name in «الـ...ي» right before the verb; and a plural verb with a dropped subject
continues the group that opened the sentence before («وحث الأعضاء ... . وأكدوا»)."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def test_an_apposition_between_commas_before_the_verb() -> None:
    doc = analyze("ويذكر أن نائب البرلمان عن حزب الأمة، سامح فهمي، المنتمي لحزب الأمة، أشار إلى أن الحكومة فشلت.")
    assert quote_speakers(doc) == [("أشار", "سامح فهمي")]


def test_an_apposition_with_no_closing_comma_after_a_title() -> None:
    doc = analyze("ويذكر أن نائب البرلمان الألماني، سامح فهمي، المنتمي لحزب اليسار الألماني المعارض أشار في "
                  "تصريحات لصحيفة إلى أنه يخطط للسفر.")
    assert quote_speakers(doc) == [("أشار", "سامح فهمي")]



def test_the_person_an_apposition_describes_before_a_relative() -> None:
    doc = analyze("وتحدثت الصحيفة مع أحمد عادل، مدير تجارب المطورين في «مايكروسوفت الشرق الأوسط»، الذي أكد أن "
                  "الشركة ابتكرت حلين.")
    assert quote_speakers(doc) == [("أكد", "أحمد عادل")]


def test_the_person_an_apposition_describes_after_a_preposition() -> None:
    doc = analyze("والتقى الوزير بأحمد عادل، مدير المستشفى، الذي أكد أن الوضع صعب.")
    assert quote_speakers(doc) == [("أكد", "أحمد عادل")]


def test_a_feminine_participle_after_a_masculine_source_continues_the_sources_before() -> None:
    doc = analyze("وفيما أشارت المصادر السورية إلى أن الحركة متعاونة، رأت أن الجبهة تعرقل العملية. وقال المصدر إنه "
                  "تم تدريب 54 مقاتلا، مشيرة إلى أن المجموعة دخلت الأراضي السورية.")
    assert quote_speakers(doc)[-1] == ("مشيرة", "[المصادر السورية]")


def test_a_feminine_participle_after_a_masculine_source_with_none_before_is_no_one() -> None:
    doc = analyze("قال سامح فهمي إن الحكومة ستعمل. وقال المصدر إنه تم تدريب 54 مقاتلا، مشيرة إلى أن المجموعة "
                  "دخلت الأراضي السورية.")
    assert quote_speakers(doc)[-1] == ("مشيرة", None)


def test_his_country_before_its_relative_is_that_state() -> None:
    doc = analyze("وأعاد الوزير سيرغي لافروف التأكيد على وجهة نظر بلاده التي ترى أن الخطر الرئيسي هو الإرهاب. "
                  "وزار لافروف روسيا.")
    assert quote_speakers(doc) == [("ترى", "روسيا")]


def test_his_country_as_the_subject_of_the_verb() -> None:
    doc = analyze("وقال وزير الخارجية الأميركي جون كيري إن بلاده ترى أن الحل سياسي في الولايات المتحدة.")
    assert quote_speakers(doc) == [("وقال", "جون كيري"), ("ترى", "الولايات المتحدة")]


def test_a_family_name_in_nisba_after_a_contrast_opener() -> None:
    doc = analyze("وقالت الناشطة ليلى حداد إن الحكومة فشلت، فيما الكربلائي قال إن المظاهرات تستغل سياسيا.")
    assert quote_speakers(doc) == [("وقالت", "ليلى حداد"), ("قال", "[الكربلائي]")]


def test_a_plural_verb_continues_the_members_of_the_sentence_before() -> None:
    doc = analyze("وحث الأعضاء جميع الأطراف على العمل من أجل السلام. وأكدوا أن الإرهاب عمل إجرامي.")
    assert quote_speakers(doc) == [("وأكدوا", "[الأعضاء]")]


def test_a_plural_verb_after_a_comma_continues_the_group_of_its_clause() -> None:
    doc = analyze("وناشد مواطنون من المدينة الحكومة السماح بدخول المواد الغذائية، وأكدوا أن وجود المسلحين محدود.")
    assert quote_speakers(doc) == [("وأكدوا", "[مواطنون]")]


def test_a_plural_verb_continues_the_witnesses_of_a_singular_verb() -> None:
    doc = analyze("وقال شهود عيان إن المسلحين فروا. وأضافوا أن الميليشيات بدأت النهب.")
    assert quote_speakers(doc) == [("وقال", "[شهود عيان]"), ("وأضافوا", "[شهود عيان]")]


def test_a_given_name_the_entity_layer_left_out_stands_for_the_person_after_it() -> None:
    doc = analyze("وفي وقت سابق من هذا الشهر، کشف حميد رضا محمدي، شقیق الناشطة الإيرانية، أن الوزارة وجهت إليها "
                  "تهمة. وقال للمركز إنه يعتقد أن الدافع سياسي.")
    # (round ents88: the entity layer now has the whole name, «حميد رضا» a Persian compound given name)
    assert quote_speakers(doc) == [("کشف", "حميد رضا محمدي"), ("وقال", "حميد رضا محمدي")]
