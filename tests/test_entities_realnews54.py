"""Entities in news constructions, round 54 (organisations and names still missed): listed armed groups of Syria's
war, BRICS, the P5+1 (its «+» split by the tokenizer), a relief NGO and Morocco's employers; a numbered division or
brigade («الفرقة 30», «للفرقة 30», «اللواء 35 مدرع») is one armed unit; a quoted name after «عصابات» is a group, one
after a site's or paper's noun and its adjectives («الموقع المصري «...»») the medium, whole; a gate after «جهة» and
villages in a list after «بلدات» are places; a title's given name and a family name that is a common word
(«الحبيب الصيد»), two name words before «،» and a role, «X الله» + a surname before a role, and an unknown word and a
name word after a country adjective are persons; a bare king's title before the king is named links to him.
Counter-cases: «اللواء 30 عاما» (years), a quoted clause after «الموقع», «من باب الحرص», a list of common nouns
after «قرى», a surname before a common word («الجنرال دوستم الاعتماد») and a frequent word before «الله» stay none."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention, names_of_type


def _names(text: str, typ: str) -> list[str]:
    return names_of_type(analyze_news(text), typ)


# listed bodies

def test_syrian_armed_groups_are_listed() -> None:
    doc = analyze_news("واندلعت اشتباكات بين جبهة أنصار الدين وقوات الدفاع الوطني قرب غرفة عمليات فتح حلب.")
    assert (entity_of_mention(doc, "جبهة أنصار الدين").actor, entity_of_mention(doc, "قوات الدفاع الوطني").actor,
            entity_of_mention(doc, "غرفة عمليات فتح حلب").actor) == ("SYRREB", "SYRMIL", "SYRREB")


def test_brics_and_the_relief_committee() -> None:
    doc = analyze_news("وتضم مجموعة البريكس خمس دول. وقالت رئيسة لجنة الإغاثة الدولية إن المساعدات تأخرت.")
    assert (entity_of_mention(doc, "مجموعة البريكس").actor, entity_of_mention(doc, "لجنة الإغاثة الدولية").actor) \
        == ("IGO", "NGO")


def test_the_six_powers_by_their_figures() -> None:
    doc = analyze_news("وتوصلت إيران ومجموعة «5+1» إلى اتفاق. وأشادت دول (5+1) بالاتفاق في فيينا.")
    group = entity_of_mention(doc, "مجموعة «5+1»")
    assert group.actor == "IGO"
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.entity == group.id] == ["مجموعة «5+1»", "دول (5+1)"]


def test_moroccan_employers() -> None:
    doc = analyze_news("وينتخب ثمانية أعضاء من طرف الاتحاد العام لمقاولات المغرب.")
    assert entity_of_mention(doc, "الاتحاد العام لمقاولات المغرب").actor == "MARBUS"


# numbered units

def test_a_numbered_division_is_one_unit() -> None:
    text = "وخطف المسلحون عناصر من الفرقة 30 مشاة. وهاجموا مقرات تابعة للفرقة 30 قرب الحدود. وقتل قائد «الفرقة 30»."
    doc = analyze_news(text)
    unit = entity_of_mention(doc, "الفرقة 30 مشاة")
    assert unit.type == "ORGANIZATION"
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.entity == unit.id] \
        == ["الفرقة 30 مشاة", "لفرقة 30", "الفرقة 30"]


def test_a_brigade_and_its_arm() -> None:
    assert _names("وقصفت الطائرات معسكر اللواء 35 مدرع غرب المدينة.", "ORGANIZATION") == ["اللواء 35 مدرع"]


def test_years_after_a_rank_are_no_unit() -> None:
    assert _names("وخدم في اللواء 30 عاما قبل تقاعده.", "ORGANIZATION") == []


# quoted names

def test_a_quoted_name_after_gangs() -> None:
    assert _names("وهاجمت عصابات «تدفيع الثمن» قرية فلسطينية ليلا.", "ORGANIZATION") == ["تدفيع الثمن"]


def test_a_site_named_after_its_adjective() -> None:
    assert _names("وأشار الموقع المصري «الفجر الجديد»، إلى أن الوزير استقال.", "ORGANIZATION") == ["الفجر الجديد"]


def test_a_quoted_name_with_a_short_word_is_whole() -> None:
    assert _names("ونقل موقع «ميدل إيست آي» عن مصادر أن الهجوم وقع.", "ORGANIZATION") == ["ميدل إيست آي"]


def test_a_quoted_clause_after_a_site_is_no_name() -> None:
    assert _names("وكتب الموقع «إن الحكومة قررت الانسحاب» في تقرير.", "ORGANIZATION") == []


# places

def test_a_gate_after_side() -> None:
    doc = analyze_news("واقتحم المستوطنون المسجد من جهة باب المغاربة صباح أمس.")
    assert entity_of_mention(doc, "باب المغاربة").type == "LOCATION"


def test_out_of_care_is_no_gate() -> None:
    assert _names("وفعل ذلك من باب الحرص على الأمن.", "LOCATION") == []


def test_villages_in_a_list() -> None:
    names = _names("وقصف الطيران بلدات طعوم وسرمين وتفتناز في الريف الشمالي.", "LOCATION")
    assert {"طعوم", "سرمين", "تفتناز"} <= set(names)


def test_common_nouns_after_villages_are_no_places() -> None:
    assert _names("ووصلت القوات إلى قرى المحافظة ومدنها.", "LOCATION") == []


# persons

def test_a_family_name_that_is_a_common_word() -> None:
    assert _names("وزار رئيس الوزراء التونسي الحبيب الصيد بروكسل مؤخرا.", "PERSON") == ["الحبيب الصيد"]


def test_a_surname_before_a_common_word_stays_alone() -> None:
    text = "والتقى عبد الرشيد دوستم الوفد. وقال الجنرال دوستم الاعتماد على القوة خطأ."
    assert _names(text, "PERSON") == ["عبد الرشيد دوستم"]


def test_two_names_before_a_role() -> None:
    assert _names("وقرر الرئيس التمديد بعد التشاور مع الحبيب الصيد، رئيس الحكومة.", "PERSON") == ["الحبيب الصيد"]


def test_a_given_name_with_allah_before_a_role() -> None:
    assert _names("ونفى ذبيح الله مجاهد المتحدث باسم الحركة الخبر.", "PERSON") == ["ذبيح الله مجاهد"]


def test_a_frequent_word_before_allah_is_no_name() -> None:
    assert _names("وقال إن حزب الله مجاهد الذي يقاتل في سوريا.", "PERSON") == []


def test_an_unknown_word_and_a_name_after_a_country_adjective() -> None:
    doc = analyze_news("وقال عضو لجنة الأمن القومي الإيراني حقيقت بور إن اللقاء مستبعد.")
    assert entity_of_mention(doc, "حقيقت بور").type == "PERSON"


def test_a_bare_majesty_before_the_king_is_named() -> None:
    text = ("وقال الوزير: «لقاء جلالة الملك مع الأمير سيتناول القضايا العربية». "
            "ووصل الأمير تلبية لدعوة من العاهل الأردني الملك عبد الله الثاني بن الحسين.")
    doc = analyze_news(text)
    king = entity_of_mention(doc, "عبد الله الثاني بن الحسين")
    assert entity_of_mention(doc, "الملك") is king
