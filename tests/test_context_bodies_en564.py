"""Round en564: a state's own body named with no country takes the one country its sentence names (where the article
names that one most), else the article's dominant country (:mod:`rasd.entities.contextbodies`); counter-cases: an
article about two countries evenly, a body that names its own country, an international body, a partner state
named in the body's sentence; a numbered field army of the home country is no other army (:mod:`rasd.events.army`)."""

from conftest import analyze_news, entity_named

from rasd.doc import Entity
from rasd.entities.contextbodies import body_sector


def _org(name: str) -> Entity:
    return Entity("E1", "ORGANIZATION", name, [name])


def test_body_takes_the_one_country_of_its_sentence() -> None:
    doc = analyze_news("اقتحم الأمن المركزي ساحة التغيير في صنعاء فجر أمس. وقال مسؤول مصري إن مصر تتابع الأوضاع.")
    body = entity_named(doc, "الأمن المركزي")
    assert (body.country, body.actor) == ("YEM", "YEMCOP")


def test_body_takes_the_articles_dominant_country() -> None:
    # Yemen in 3 of the 5 country sentences (60%), Egypt in 2: not twice as often, yet the article's
    doc = analyze_news("وأعلن مجلس النواب رفضه للقرار بالإجماع. وقال رئيس الوزراء اليمني إن اليمن يمر بمرحلة صعبة. "
                       "وأكد مسؤول يمني أن الحوار مستمر. وقال مسؤول مصري إن القاهرة تدعم الحوار. "
                       "وأكد مسؤول في عدن أن الوضع هادئ. وقال دبلوماسي مصري إن الوساطة مستمرة.")
    body = entity_named(doc, "مجلس النواب")
    assert (body.country, body.actor) == ("YEM", "YEMLEG")


def test_court_takes_the_sector_of_its_head() -> None:
    doc = analyze_news("أصدرت المحكمة المركزية حكما بسجن المتهم عامين. وكانت الشرطة الإسرائيلية اعتقلته في القدس. "
                       "وقال مسؤول إسرائيلي إن إسرائيل ستستأنف. وذكرت الإذاعة الإسرائيلية أن الجلسة مغلقة.")
    body = entity_named(doc, "المحكمة المركزية")
    assert (body.country, body.actor) == ("ISR", "ISRJUD")


def test_counter_two_countries_evenly_give_none() -> None:
    doc = analyze_news("وقررت النيابة العامة حبس المتهمين. وقال وزير الخارجية المصري إن مصر تريد اتفاقا. "
                       "وقال مسؤول إثيوبي إن إثيوبيا تريد اتفاقا. واتفقت مصر وإثيوبيا على استئناف المفاوضات.")
    body = entity_named(doc, "النيابة العامة")
    assert (body.country, body.actor) == (None, None)


def test_counter_two_sentences_are_too_few_for_the_articles_country() -> None:
    # a French inquiry in which Malaysia is named in 2 of 3 country sentences: the prosecution is not Malaysia's
    doc = analyze_news("وستنقل القطعة إلى مختبر بالقرب من تولوز. وقالت ماليزيا إن الطائرة ماليزية. وقال رئيس وزراء "
                       "ماليزيا إن بلاده تنتظر. كما أوضحت النيابة أن الحقيبة ستخضع للفحص في مختبر خاص.")
    assert entity_named(doc, "النيابة").country is None


def test_counter_partner_named_in_passing_is_not_the_bodys_state() -> None:
    doc = analyze_news("وأعلنت وزارة الخارجية أنها استدعت سفير إيران لديها. وقال مسؤول سعودي إن السعودية ترفض "
                       "التدخل. وقال مسؤول إن الرياض لن تقبل ذلك. وأكد مسؤول مصري أن مصر تدعم الموقف.")
    body = entity_named(doc, "وزارة الخارجية")
    assert body.country is None and body.actor is None


def test_counter_body_naming_its_country_keeps_it() -> None:
    doc = analyze_news("قصف الجيش السوري بلدة قرب الحدود. وقال مسؤول لبناني في بيروت إن لبنان يرفض ذلك. "
                       "وأكدت الحكومة اللبنانية أن لبنان لن يتدخل.")
    assert entity_named(doc, "الجيش السوري").actor == "SYRMIL"


def test_counter_international_body_takes_no_country() -> None:
    doc = analyze_news("دعا مجلس الأمن إلى وقف إطلاق النار. وقال مسؤول يمني في صنعاء إن اليمن يرحب. "
                       "وأكدت الحكومة اليمنية التزامها.")
    body = entity_named(doc, "مجلس الأمن")
    assert (body.country, body.actor) == (None, "IGOUNO")


def test_body_sector_reads_the_closed_list() -> None:
    assert body_sector(_org("المحكمة العليا")) == "JUD"
    assert body_sector(_org("هيئة الأركان العامة")) == "MIL"
    assert body_sector(_org("المجلس البلدي")) == "GOV"
    assert body_sector(_org("المحكمة الجنائية الدولية")) is None  # an international adjective
    assert body_sector(_org("الجيش الوطني")) is None  # a war's force, of no state by itself
    assert body_sector(_org("مجلس الأمن")) is None  # not a state's (the list holds «مجلس الأمن القومي» only)


def test_bare_army_is_the_home_army_beside_its_numbered_unit() -> None:
    doc = analyze_news("وأعلن الجيش أمس انتهاء استعدادات تأمين الحفل. وقالت القوات المسلحة المصرية إن قوات الجيش "
                       "الثاني الميداني انتشرت في سيناء. وأكد مسؤول مصري أن مصر مستعدة. وقال مسؤول في القاهرة إن "
                       "مصر تستقبل الضيوف.")
    assert entity_named(doc, "الجيش الثاني الميداني").actor == "EGYMIL"
    said = next(ev for ev in doc.events if ev.trigger.start == doc.text.index("وأعلن"))
    assert said.source == entity_named(doc, "القوات المسلحة المصرية").id
