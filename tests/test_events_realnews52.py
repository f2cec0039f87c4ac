"""Round 52 of real news: arguments named in the sentence but left empty, and phrases that are no party. The sides
after «بين» when the first names a unit by the place in its genitive («بين وحدات شرق كردستان والجيش»); the
second conjunct of an agreement's subject («اتفقت مصر والولايات المتحدة»), not a country adjective after a dual;
the force after «لـ» of an attack («غارات لطائرات التحالف»); the sides of talks named past their topic («المحادثات
حول الائتلاف بين الحزبين»); a title, a comma and another office with its holder after a verb of meeting («التقى
الرئيس، وزير الخارجية فلان»: the holder is met); the count after «ما لا يقل عن» is the object, not «يقل»; a «للـ»
phrase after an indefinite word is whom aid is for; the subject of «تعرض» before an act of harm in «لـ» suffers
it; a masdar after a statement verb («وأكد استمرار إيران») is what is said, not who says it."""

from __future__ import annotations

from conftest import news_arg


def test_between_sides_past_a_name_in_the_genitive() -> None:
    text = "واندلعت اشتباكات بين وحدات شرق كردستان والجيش الإيراني في المنطقة."
    assert news_arg(text, "اشتباكات", "source") == "وحدات شرق كردستان"
    assert news_arg(text, "اشتباكات", "target") == "الجيش الإيراني"
    text = "واندلعت اشتباكات بين القوات الحكومية والمعارضة المسلحة."
    assert news_arg(text, "اشتباكات", "source") == "القوات الحكومية"


def test_the_second_conjunct_of_an_agreement_is_its_other_party() -> None:
    text = "واتفقت مصر والولايات المتحدة على استئناف المناورات."
    assert news_arg(text, "واتفقت", "source") == "مصر"
    assert news_arg(text, "واتفقت", "target") == "الولايات المتحدة"
    text = "واتفقت الحكومة والمعارضة على وقف إطلاق النار."
    assert news_arg(text, "واتفقت", "target") == "المعارضة"
    # a dual and its two country adjectives are one phrase, no conjunct of its own; since round 146 the two
    # countries it names are the two parties, as with «اتفقت مصر والولايات المتحدة» above
    assert news_arg("وقد اتفق الجانبان المصري واليمني على ذلك.", "اتفق", "source") == "مصر"
    assert news_arg("وقد اتفق الجانبان المصري واليمني على ذلك.", "اتفق", "target") == "اليمن"


def test_the_force_after_lam_strikes() -> None:
    text = "وشنت غارات لطائرات التحالف على مواقع التنظيم."
    assert news_arg(text, "وشنت", "source") == "طائرات التحالف"
    text = "وقتل مدنيون في قصف مدفعي لقوات النظام على البلدة."
    assert news_arg(text, "قصف", "source") == "قوات النظام"
    # a «لـ» phrase that names no force is none who strikes
    assert news_arg("وقتل مدنيون في قصف لأحياء المدينة.", "قصف", "source") == ""


def test_the_sides_of_talks_past_their_topic() -> None:
    text = "وبدأت المحادثات حول الائتلاف الحكومي بين حزب العدالة والتنمية وحزب الشعب الجمهوري."
    assert news_arg(text, "المحادثات", "source") == "حزب العدالة والتنمية"
    assert news_arg(text, "المحادثات", "target") == "حزب الشعب الجمهوري"
    text = "وجرت محادثات بشأن الأزمة بين روسيا والسعودية."
    assert news_arg(text, "محادثات", "target") == "السعودية"


def test_a_title_then_another_office_past_a_comma_is_met() -> None:
    text = "والتقى الرئيس، وزير الخارجية الأمريكي جون كيري في القصر."
    assert news_arg(text, "والتقى", "source") == "الرئيس"
    assert news_arg(text, "والتقى", "target") == "جون كيري"
    text = "واستقبل الملك، رئيس الوزراء العراقي حيدر العبادي."
    assert news_arg(text, "واستقبل", "target") == "حيدر العبادي"
    # the second office of a noun's genitive is the same man's
    text = "وأثارت زيارة نائب الرئيس، رئيس الوزراء خالد بحاح، إلى عدن الآمال."
    assert news_arg(text, "زيارة", "source") == "خالد بحاح"


def test_the_count_after_an_approximating_verb_is_the_object() -> None:
    assert news_arg("وقتل ما لا يقل عن عشرين شخصا في الهجوم.", "وقتل", "target") == "عشرين شخصا"
    assert news_arg("واعتقلت الشرطة ما يزيد على مئة متظاهر.", "واعتقلت", "target") == "مئة متظاهر"


def test_a_lam_phrase_after_an_indefinite_word_is_whom_aid_is_for() -> None:
    text = "وأعلنت بريطانيا تقديم مساعدات عسكرية للتحالف بقيادة السعودية."
    assert news_arg(text, "تقديم", "target") == "للتحالف"
    # (round 122: the people of a country helped is that country, no longer the bare phrase «للشعب اليمني»)
    assert news_arg("وأمر الملك بتقديم مساعدات عاجلة للشعب اليمني.", "بتقديم", "target") == "اليمن"


def test_the_subject_of_taarrada_suffers_the_harm() -> None:
    text = "وقلل المسؤولون من أهمية الفيديو الذي يظهر تعرض ابن القذافي للتعذيب."
    assert news_arg(text, "للتعذيب", "target") == "ابن القذافي"
    assert news_arg("ويتعرض السجناء للتعذيب في السجون.", "للتعذيب", "target") == "السجناء"
    assert news_arg("وتعرض مقر الحزب لهجوم بقذائف الهاون.", "لهجوم", "target") == "مقر الحزب"


def test_a_masdar_after_a_statement_verb_is_what_is_said() -> None:
    text = "ونفى المصدر ذلك، وأكد استمرار عمليات التمشيط في المناطق القريبة."
    assert news_arg(text, "وأكد", "source") == "المصدر"
    text = "وألقى المرشد علي خامنئي خطابا أمس. وأكد استمرار إيران بدعم حلفائها في المنطقة."
    # not «إيران», what is said; round 138: the dropped subject is the man the verb before named (not "" as before)
    assert news_arg(text, "وأكد", "source") == "المرشد علي خامنئي"
    # a named speaker after the verb still speaks
    assert news_arg("وأكد الجيش السوري سيطرته على البلدة.", "وأكد", "source") == "الجيش السوري"
