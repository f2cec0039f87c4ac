"""Round en406: entity spans, countries and actors on real news — a preposition glued to a common word ends no
person's name, a word's own «و» stays on a name, «القطر» + a country adjective, a town noun inside an office's
role, armed-group leaders' countries, a think tank named like an EU body, listed hospitals (each with a
counter-case)."""

from conftest import analyze_news, entity_named, names_of_type

from rasd.doc import Mention
from rasd.entities.gazetteer import load
from rasd.entities.preptails import own_waw, preposition_tails
from rasd.text.normalize import norm_key


def test_preposition_and_common_word_end_a_persons_name() -> None:
    doc = analyze_news("ووصف موقف الصحف الإصلاحية من منتقدي زيارة فابيوس بالغوغائية وندد بمن يحاولون إغلاق فم الناس.")
    assert "فابيوس" in names_of_type(doc, "PERSON")
    assert not any("الغوغائية" in n for n in names_of_type(doc, "PERSON"))


def _person_over(doc, text: str) -> Mention:  # type: ignore[no-untyped-def]
    start = doc.text.index(text)
    return Mention(start, start + len(text), text, "PERSON", "model", norm_key(text), None, {})


def test_preposition_and_frequent_indefinite_word_end_a_persons_name() -> None:
    doc = analyze_news("وقال إن جاريد كوشنر بحضور الوفد أعلن الاتفاق. وكان اختيار هادي لبحاح نائبا له مفاجئا.")
    cut, kept = _person_over(doc, "جاريد كوشنر بحضور"), _person_over(doc, "هادي لبحاح")
    preposition_tails(doc, [cut, kept], load())
    assert cut.text == "جاريد كوشنر" and cut.attrs["cut_preposition"] == "بحضور"
    assert kept.text == "هادي لبحاح"  # (the counter-case: «ل» + a listed surname is left as it is)


def test_counter_surnames_that_begin_with_a_prepositions_letter_stay_whole() -> None:
    doc = analyze_news("وقال ستيفن بالمر إن الشركة تنمو. وقال فالنتين بالاخنيتشيف إن الاتحاد بريء. "
                       "ورئيس المجلس العلمي محمد كنون حضر الحفل.")
    persons = names_of_type(doc, "PERSON")
    assert "ستيفن بالمر" in persons
    assert "فالنتين بالاخنيتشيف" in persons
    assert "محمد كنون" in persons  # (ك + «نون»: too short a word to be read as one)


def test_own_waw_of_a_word_stays_on_the_taggers_name() -> None:
    doc = analyze_news("والأمر لا يقتصر على الموسيقى بل والأفلام الجديدة مثل فيلم «وداعا لينين» وما زال يعرض "
                       "في محطات التلفزيون.")
    assert "وداعا لينين" in [e.name for e in doc.entities]
    assert "داعا لينين" not in [e.name for e in doc.entities]


def test_counter_conjunction_waw_is_still_taken_off() -> None:
    gaz = load()
    assert own_waw("وداعا", gaz)
    assert not own_waw("والعراق", gaz)  # «و» + a word
    assert not own_waw("ولينين", gaz)  # «و» + a name: the whole is no word
    assert not own_waw("وسوريا", gaz)  # «و» + a listed place


def test_qutr_with_a_country_adjective_is_that_country() -> None:
    doc = analyze_news("وضرب للأبناء مثلاً حيًا، بأن كان القطر المصري هو القطر العربي الوحيد الذي يزوره في حياته.")
    egypt = entity_named(doc, "مصر")
    assert egypt.country == "EGY"
    assert any(doc.text[m.start : m.end] == "القطر المصري" for m in egypt.mentions)
    assert "القطر" not in [e.name for e in doc.entities]


def test_counter_qutr_alone_names_no_place_and_qatar_stays() -> None:
    doc = analyze_news("كان القطر العربي الوحيد الذي زاره. وزار أمير قطر الكويت أمس.")
    assert "القطر" not in [e.name for e in doc.entities]
    assert entity_named(doc, "قطر").country == "QAT"


def test_town_noun_inside_an_offices_role() -> None:
    doc = analyze_news("وأوضح النائب العام لمدينة ديار بكر، رمضان صولماز، أن «التحقيقات مستمرة».")
    e = entity_named(doc, "رمضان صولماز")
    assert e.roles == ["النائب العام لمدينة ديار بكر"]
    assert e.country == "TUR" and e.actor == "TURJUD"


def test_counter_listed_region_keeps_its_own_noun() -> None:
    doc = analyze_news("تعهد رئيس إقليم كردستان العراق مسعود بارزاني، أمس، بالانتقام من تنظيم «داعش».")
    assert "إقليم كردستان" in names_of_type(doc, "LOCATION")


def test_armed_group_leaders_have_their_country_and_keep_the_groups_code() -> None:
    doc = analyze_news("أعلنت «النصرة» أنها تتبع لقيادة أيمن الظواهري. وبايع مقاتلون أبو بكر البغدادي.")
    zawahiri = entity_named(doc, "أيمن الظواهري")
    assert (zawahiri.country, zawahiri.actor) == ("EGY", "IMGREB")
    baghdadi = entity_named(doc, "أبو بكر البغدادي")
    assert (baghdadi.country, baghdadi.actor) == ("IRQ", "IMGMUSISI")


def test_counter_leader_without_a_national_group_has_no_country() -> None:
    doc = analyze_news("وقالت الصحف إن أسامة بن لادن كان يقود التنظيم.")
    assert entity_named(doc, "أسامة بن لادن").country is None


def test_think_tank_named_like_the_european_council() -> None:
    doc = analyze_news("من جهتها، قالت إيلي غرانميه، من المجلس الأوروبي للعلاقات الخارجية: «لقد أدى الأوروبيون "
                       "ما عليهم». وقال دونالد تاسك رئيس المجلس الأوروبي إن القمة ناجحة.")
    assert entity_named(doc, "المجلس الأوروبي للعلاقات الخارجية").actor == "NGO"
    assert entity_named(doc, "المجلس الأوروبي").actor == "IGOEU"  # (the counter-case: the EU body itself)


def test_listed_hospital_keeps_its_country() -> None:
    doc = analyze_news("كما جاء من مستشفى شيبا في تل هشومير، أن حالة الأم رهام وابنها بالغة الصعوبة.")
    assert entity_named(doc, "مستشفى شيبا").country == "ISR"


def test_counter_unlisted_facility_is_still_read_with_its_head() -> None:
    doc = analyze_news("وقال الناطق بلسان مستشفى شيبا إن حالته مستقرة. ووصلت الطائرات إلى قاعدة العند الجوية أمس.")
    assert "قاعدة العند الجوية" in names_of_type(doc, "LOCATION")
    assert entity_named(doc, "مستشفى شيبا").latin.startswith("Sheba")


def test_leaders_the_dictionary_lacks_or_spells_otherwise() -> None:
    doc = analyze_news("وكان مودي ونظيرته البنغلادشية شيخة حسينة قد وقعا الاتفاق. وزعيم «فيلق بدر» هادي العامري "
                       "شيع القائد.")
    assert entity_named(doc, "شيخة حسينة").country == "BGD"
    assert entity_named(doc, "فيلق بدر").actor == "IRQMIL"


def test_lawyer_takes_the_country_of_the_articles_justice_bodies() -> None:
    doc = analyze_news("وأحبطت الشرطة البلجيكية المخطط في يناير الماضي. من جانبه، قال المحامي سباستيان كورتوا الذي "
                       "ترافع عن المتهمة إن الحكم قاس.")
    e = entity_named(doc, "سباستيان كورتوا")
    assert (e.country, e.actor) == ("BEL", "BELJUD")


def test_counter_lawyer_in_an_article_of_two_states_justice_takes_none() -> None:
    doc = analyze_news("وأحبطت الشرطة البلجيكية المخطط في يناير الماضي، بالتعاون مع الشرطة الفرنسية. من جانبه، قال "
                       "المحامي سباستيان كورتوا الذي ترافع عن المتهمة إن الحكم قاس.")
    assert entity_named(doc, "سباستيان كورتوا").country is None


def test_former_office_repeated_with_its_country_is_the_same_man() -> None:
    doc = analyze_news("وهذا يعني أنه تدرب في سوريا قبل محاولة اغتيال وزير الداخلية السابق محمد إبراهيم. في 5 سبتمبر "
                       "2013، جرت محاولة اغتيال إبراهيم. وعلى افتراض أن عشماوي تواطأ مع بدر في محاولة اغتيال وزير "
                       "الداخلية المصري السابق كما ربطت التحقيقات المصرية.")
    e = entity_named(doc, "محمد إبراهيم")
    assert e.country == "EGY"
    assert any(doc.text[m.start : m.end] == "وزير الداخلية المصري السابق" for m in e.mentions)


def test_counter_serving_office_with_a_country_is_not_the_minister_named_without_one() -> None:
    doc = analyze_news("وقال وزير الخارجية سامح شكري إن الحوار مستمر. والتقى وزير الخارجية الأميركي بالوفد أمس. وقال "
                       "وزير الداخلية محمد إبراهيم إن الأمن مستتب. واجتمع وزير الداخلية الفرنسي بنظرائه.")
    e = entity_named(doc, "محمد إبراهيم")
    assert e.country != "FRA"
    assert not any("الفرنسي" in doc.text[m.start : m.end] for m in e.mentions)


def test_armed_groups_and_party_of_one_country() -> None:
    doc = analyze_news("وقتل 6 من جماعة «أنصار بيت المقدس» في سيناء. وشنت الفصائل هجوما على منطقة خاضعة لسيطرة لواء "
                       "شهداء اليرموك. وقصفت المقاتلات مواقع «حزب الاتحاد الديمقراطي الكردي».")
    assert next(e for e in doc.entities if "أنصار بيت المقدس" in e.name).country == "EGY"
    assert entity_named(doc, "لواء شهداء اليرموك").actor == "SYRREB"
    assert entity_named(doc, "حزب الاتحاد الديمقراطي الكردي").country == "SYR"


def test_counter_jerusalem_named_bayt_al_maqdis_is_no_group() -> None:
    doc = analyze_news("وزار المصلون بيت المقدس أمس.")
    assert all(e.actor != "EGYREB" for e in doc.entities)
