"""Round en425: «الجانب» + a country adjective is a mention of that country (an event party), not of any other
adjective nor the dual; a party named in full and then by «الحزب» + its last adjective is that party («حزب الشعب
الجمهوري» ... «الحزب الجمهوري»: Turkey's CHP), not where the article names the short form's own party otherwise
(each with a counter-case)."""

from conftest import analyze_news, entity_named


def _mention_texts(doc, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.start : m.end] for m in entity_named(doc, name).mentions]


def test_side_with_a_country_adjective_is_that_country_and_an_event_party() -> None:
    doc = analyze_news("وجاء التأكيد على مقررات مؤتمر جنيف، لكن الجانب الأميركي رفض الحل العسكري.")
    usa = entity_named(doc, "الولايات المتحدة")
    assert usa.actor == "USA"
    assert "الجانب الأميركي" in _mention_texts(doc, "الولايات المتحدة")
    assert any(v.code == "120" and v.source == usa.id for v in doc.events)
    assert not any(e.type == "GROUP" for e in doc.entities)


def test_side_after_a_preposition_is_that_country() -> None:
    doc = analyze_news("ونفت السلطات التونسية وجود أي اتفاق مع الجانب الأميركي. وتضمنت الرؤية انتقادات للجانب الإيراني.")
    assert entity_named(doc, "الولايات المتحدة").country == "USA"
    assert entity_named(doc, "إيران").country == "IRN"


def test_counter_side_with_another_adjective_or_the_dual_names_no_country() -> None:
    doc = analyze_news("كل ما أعلن رسميا كان الجانب العسكري. وعلى الجانب الآخر، ابتعدت الشركات عن السوق.")
    assert not any(e.type == "LOCATION" for e in doc.entities)
    dual = analyze_news("وقد اتفق الجانبان المصري واليمني على ذلك.")
    assert not any(m.text.startswith("الجانبان") for m in dual.mentions)


def test_party_short_form_after_its_full_name_is_that_party() -> None:
    doc = analyze_news("وقال زعيم حزب الشعب الجمهوري كمال كليتشدار أوغلو إن الحزب الجمهوري يرفض العملية العسكرية.")
    chp = entity_named(doc, "حزب الشعب الجمهوري")
    assert chp.actor == "TURPTY"
    assert "الحزب الجمهوري" in _mention_texts(doc, "حزب الشعب الجمهوري")
    assert not any(e.actor == "USAPTY" for e in doc.entities)


def test_counter_party_short_form_before_the_full_name_or_beside_its_own_party_stays() -> None:
    before = analyze_news("وقال الحزب الجمهوري إنه يرفض الاتفاق، فيما أيد حزب الشعب الجمهوري التركي العملية.")
    assert entity_named(before, "الحزب الجمهوري").actor == "USAPTY"
    both = analyze_news("وقال زعيم حزب الشعب الجمهوري إن الحزب الجمهوري يرفض العملية، كما انتقد الجمهوريون في "
                        "الكونغرس الاتفاق.")
    assert entity_named(both, "الحزب الجمهوري").actor == "USAPTY"


def test_head_of_the_royal_protocol_is_of_the_monarchys_government() -> None:
    doc = analyze_news("وكان في استقبال خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، وخالد بن صالح العباد رئيس "
                       "المراسم الملكية.")
    assert entity_named(doc, "خالد بن صالح العباد").actor == "SAUGOV"


def test_counter_royal_protocol_in_a_republic_takes_no_monarchy() -> None:
    doc = analyze_news("وقال الرئيس الفرنسي فرانسوا هولاند إن رئيس المراسم الملكية سيحضر الحفل.")
    assert not any((e.actor or "").startswith("SAU") for e in doc.entities)


def test_adviser_at_the_royal_court_takes_the_one_monarchy_of_the_articles_persons() -> None:
    doc = analyze_news("وجاءت المساعدات إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبد العزيز. ووصلت الطائرة "
                       "إلى عدن، وقال الدكتور عبد الله الربيعة المستشار بالديوان الملكي إن المساعدات ستصل.")
    assert entity_named(doc, "الديوان الملكي").actor == "SAUGOV"
    assert entity_named(doc, "عبد الله الربيعة").actor == "SAUGOV"


def test_counter_royal_court_in_an_article_of_two_monarchies_stays_open() -> None:
    doc = analyze_news("وقال العاهل الأردني الملك عبد الله الثاني وأمير قطر الشيخ تميم بن حمد إن الأزمة ستحل. وقال "
                       "الدكتور عبد الله الربيعة المستشار بالديوان الملكي إن المساعدات ستصل.")
    assert entity_named(doc, "الديوان الملكي").country is None
    assert entity_named(doc, "عبد الله الربيعة").country is None


def test_west_virginia_after_a_state_noun_is_the_us_state() -> None:
    doc = analyze_news("وقف باتريك موريسي، النائب العام عن ولاية ويست فيرجينيا، أمام حشد من الكاميرات.")
    wv = entity_named(doc, "ويست فيرجينيا")
    assert wv.type == "LOCATION" and wv.country == "USA"


def test_counter_west_alone_stays_a_surname() -> None:
    doc = analyze_news("وقال مغني الراب الأميركي كانييه ويست إنه سيترشح للرئاسة.")
    assert not any(e.type == "LOCATION" and "ويست" in e.name for e in doc.entities)
