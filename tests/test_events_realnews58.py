"""Round 58 of real news: places and dates, second pass. A country a meeting is held with («مشاورات مع الأردن») is a
party, not the place; a place one came from («انطلاقا من قاعدة ... في جنوب تركيا», «قدموا من ... محافظة صعدة») or
of another act at the same time («وتزامنت هذه الغارات مع ضرب ... في ...») is not the act's place, nor is a place of
the act a verbal act speaks of («استنكرت القصف ... في شمال العراق»). A place word with «بـ» («بمدينة القطيف»), a site
before «العاصمة» («في أحد فنادق العاصمة أثينا»), a circumstance clause («قتل بينما كان يستقل سيارة في بلدة ...»)
and «وهو أول هجوم» after the act told say where. A year names no day or month, so an act placed in an earlier year
has no date (the output contract allows a day, a month or none): the year is found past a name in apposition or
fronted in a complement clause; a year after a noun trigger is that noun's act's, not the verb's before it."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_date as _date, news_place as _place


def _joined_place(text: str) -> str | None:
    """The place of the event one of whose triggers is «هجوم»."""
    doc = analyze_news(text)
    loc = event_with_trigger_at(doc, "هجوم").location
    return next((e.name for e in doc.entities if e.id == loc), None)


def test_a_country_met_with_is_a_party_not_the_place() -> None:
    assert _place("وأجرى وزير الخارجية مشاورات مع الأردن بشأن الأزمة.", "مشاورات") is None
    assert _place("وقال الوزير إن بلاده تجري مفاوضات مع اليونان حول الديون.", "مفاوضات") is None
    # a place visited still is where the visit went
    assert _place("وبدأ الوزير أمس زيارة رسمية للأردن.", "زيارة") == "الأردن"


def test_where_one_came_from_or_another_act_was_is_not_the_place() -> None:
    assert _place("وشنت الطائرات غارات على مواقع التنظيم انطلاقا من قاعدة إنجرليك في جنوب تركيا.", "غارات") is None
    assert _place("واقتحم مسلحون قدموا من معقلهم في محافظة صعدة مقر الاجتماع.", "واقتحم") is None
    # the act's own place before the origin still tells where
    assert _place("وشنت الطائرات غارات على مواقع التنظيم في سوريا انطلاقا من قاعدة إنجرليك في جنوب تركيا.",
                  "غارات") == "سوريا"
    assert _place("وتزامنت هذه الغارات مع ضرب مواقع الحزب في جنوب شرقي تركيا.", "الغارات") is None
    # the act after «مع» is at that place
    assert _place("وتزامنت هذه الغارات مع قصف مواقع الحزب في جنوب شرقي تركيا.", "قصف") == "تركيا"


def test_a_place_of_the_act_spoken_of_is_not_the_speech_place() -> None:
    text = "وتحفظت قطر على موقف الجامعة العربية التي استنكرت القصف التركي في شمال العراق."
    assert _place(text, "استنكرت") is None
    assert _place(text, "القصف") == "العراق"
    # a meeting the statement was made at is its occasion: its place is the statement's
    assert _place("وأكد الرئيس في لقاء صحافي في القصر الجمهوري في العاصمة نيقوسيا أنه سيعمل بلا توقف.",
                  "وأكد") == "نيقوسيا"


def test_places_said_with_a_place_word() -> None:
    assert _place("وفجر انتحاري نفسه في مسجد بمدينة القطيف صباح الجمعة.", "وفجر") == "القطيف"
    assert _place("واستمر اللقاء خمس ساعات في أحد أكبر فنادق العاصمة أثينا.", "اللقاء") == "أثينا"
    # a «بـ» place word that only locates the place before it tells less than that place
    assert _place("وأقدمت الجبهة في مدينة خان شيخون بريف إدلب الجنوبي على إعدام محام.", "إعدام") == "خان شيخون"
    # after a verbal act the «بـ» place word is of its object («العاملين ... بمحافظة عدن»)
    assert _place("وناشدت الحكومة العاملين في القطاع الصحي بمحافظة عدن العودة إلى المستشفيات.", "وناشدت") is None


def test_a_place_past_the_end_of_a_quotation_is_of_another_clause() -> None:
    said = "وذكر الوزير أن «الاجتماع تطرق إلى علاج الجرحى»، كاشفا عن تهيئة مستشفى الجمهورية بمحافظة عدن."
    assert _place(said, "الاجتماع") is None
    # a quoted phrase that goes on is no end of the clause
    assert _place("وقال المتمردون إن تصرفاتها «ستفسد أجواء مفاوضات السلام» المرتقبة في أديس أبابا.",
                  "مفاوضات") == "أديس أبابا"


def test_a_place_of_the_circumstance_is_where_the_act_was() -> None:
    assert _place("وقال المتحدث إن القيادي قتل بينما كان يستقل سيارة في بلدة سرمدا.", "قتل") == "سرمدا"
    # a «بينما» that opens a contrast without «كان» is another clause
    assert _place("وقال المتحدث إن القيادي قتل بينما نجا مرافقه في بلدة سرمدا.", "قتل") is None


def test_the_act_said_to_be_the_first_goes_on_with_the_scene() -> None:
    text = "وفجر انتحاري نفسه في مسجد بمدينة القطيف صباح الجمعة. وهو أول هجوم يستهدف المدينة."
    # (round ev485: «وهو أول هجوم» joins the bombing it classifies: one event, its triggers both)
    assert _joined_place(text) == "القطيف"
    # «وهو أول هجوم» opening the next paragraph still points back to it (round 216: events/same_attack.py) ...
    assert _joined_place(text.replace(". ", ".\n\n")) == "القطيف"
    # ... but another attack told in the next paragraph is not placed by the scene before
    other = "وفجر انتحاري نفسه في مسجد بمدينة القطيف صباح الجمعة.\n\nوفي سياق آخر، وقع هجوم على دورية للشرطة."
    assert _place(other, "هجوم") is None


def test_an_act_of_an_earlier_year_has_no_date() -> None:
    # the year past a name in apposition
    assert _date("ونشروا صورا للرئيس كما فعلوا قبيل اغتيالهم رئيس الوزراء الأسبق، إسحق رابين، في عام 1995.",
                 "اغتيالهم") is None
    assert _date("عندما هدد الرئيس السابق، محمود أحمدي نجاد، عام 2010 بمقاطعة المنتجات، سخر المواطنون.",
                 "هدد") is None
    # a year fronted in a complement clause
    assert _date("ويذكر أنه في عام 2006، قتلت غارة جوية أميركية الزرقاوي في شمال بغداد.", "قتلت") is None
    # a time right after a complementizer with no comma after it is no fronted time («أن اليوم التدريبي يبدأ»)
    assert _date("وأوضح أن اليوم التدريبي يبدأ صباحا، وأن المكاتب ستعقد اجتماعات مع مديري المدارس.",
                 "اجتماعات") is None


def test_a_year_after_a_noun_act_is_not_the_verbs() -> None:
    text = "وطالب المتظاهرون بمحاكمة المتهمين في اغتيال رئيس الوزراء الأسبق رفيق الحريري عام 2005."
    assert _date(text, "وطالب") == "2015-08-02"
    assert _date(text, "اغتيال") is None
    # a year after a word of time dates the act before it
    assert _date("وتصاعدت الكراهية لتصل إلى اشتباكات عنيفة من أجل السيطرة على المدينة بعد سقوط النظام في 2001.",
                 "اشتباكات") is None
