"""Round 47: a title alone stands for the one person of the article who holds it (:mod:`rasd.entities.titlelinks`):
the same title phrase written beside one person's name before («الشيخ X، ولي عهد الشارقة نائب القائد العام ...
وقال ولي عهد الشارقة نائب القائد العام»), a lead's title that the next sentence's one new person holds, and
«الرئيس» alone only where the article has one president and no other head of state. Counter-cases: two
ministers of different countries, a former holder, a phrase two persons bear, two presidents. Hand-made
sentences."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers

from rasd.doc import Doc


def _mentions(doc: Doc, name: str) -> list[str]:
    ent = next(e for e in doc.entities if e.type == "PERSON" and e.name == name)
    return [doc.text[m.start : m.end] for m in sorted(ent.mentions, key=lambda m: m.start)]


def _holder(doc: Doc, phrase: str, nth: int = -1) -> str | None:
    """The person whose mention starts where ``phrase`` occurs (the ``nth`` occurrence; the last by default)."""
    at = [i for i in range(len(doc.text)) if doc.text.startswith(phrase, i)][nth]
    for e in doc.entities:
        if e.type == "PERSON" and any(m.start <= at < m.end or at <= m.start < at + len(phrase) for m in e.mentions):
            return e.name
    return None


APPOSED = ("استقبل الشيخ سلطان بن محمد القاسمي، ولي عهد الشارقة نائب القائد العام للشرطة، وفدا من المستثمرين أمس. "
           "وقال ولي عهد الشارقة نائب القائد العام للشرطة إن الإمارة ترحب بالاستثمار.")


def test_the_title_phrase_written_beside_one_name_is_his() -> None:
    doc = analyze_news(APPOSED)
    assert _holder(doc, "نائب القائد العام") == "سلطان بن محمد القاسمي"
    assert quote_speakers(doc) == [("وقال", "سلطان بن محمد القاسمي")]


def test_a_title_phrase_after_and_is_another_man() -> None:
    # «X، ووزير الاقتصاد»: the minister is named beside X, not X; the later title alone is no one's
    doc = analyze_news("وحضر اللقاء نائب المستشارة أنجيلا ميركل، ووزير الاقتصاد والطاقة. "
                       "وأكد وزير الاقتصاد والطاقة أن التعاون سيستمر.")
    assert _holder(doc, "وزير الاقتصاد والطاقة") is None


def test_a_title_phrase_two_persons_bear_makes_no_link() -> None:
    doc = analyze_news("والتقى سالم العلي، مدير المكتب الإعلامي، مع خالد الحمد، مدير المكتب الإعلامي. "
                       "وقال مدير المكتب الإعلامي إن اللقاء كان مثمرا.")
    assert _holder(doc, "مدير المكتب الإعلامي") is None


LEAD = ("تعهد النائب الأول للرئيس الكيني بإصلاح أجهزة الدولة خلال عامين. "
        "وقال المسؤول البارز صامويل أوتينو في مؤتمر صحافي إن الحكومة جادة في الحوار. "
        "وأضاف النائب الأول أن الحوار سيبدأ الشهر المقبل.")


def test_a_leads_title_is_the_one_person_the_next_sentence_brings_in() -> None:
    doc = analyze_news(LEAD)
    assert _mentions(doc, "صامويل أوتينو")[:2] == ["النائب الأول للرئيس الكيني", "صامويل أوتينو"]
    ent = next(e for e in doc.entities if e.name == "صامويل أوتينو")
    assert ent.country == "KEN"


def test_a_leads_title_with_two_new_persons_after_it_makes_no_link() -> None:
    doc = analyze_news("تعهد النائب الأول للرئيس الكيني بإصلاح أجهزة الدولة خلال عامين. "
                       "وقال صامويل أوتينو للصحافيين إن جيمس موانغي سيقود الحوار.")
    assert _holder(doc, "النائب الأول للرئيس الكيني") is None


def test_a_former_holder_is_not_the_minister_named() -> None:
    doc = analyze_news("وصل وزير الخارجية الفرنسي لوران فابيوس إلى القاهرة أمس. "
                       "وقال وزير الخارجية الفرنسي السابق إن الزيارة مهمة.")
    assert _holder(doc, "وزير الخارجية الفرنسي السابق") is None


def test_two_ministers_of_different_countries() -> None:
    doc = analyze_news("التقى وزير الخارجية الفرنسي لوران فابيوس مع وزير الخارجية البريطاني فيليب هاموند أمس. "
                       "وقال الوزير البريطاني إن المحادثات كانت صريحة.")
    assert _holder(doc, "الوزير البريطاني") == "فيليب هاموند"
    assert quote_speakers(doc) == [("وقال", "فيليب هاموند")]


def test_the_president_alone_is_the_articles_one_president() -> None:
    doc = analyze_news("استقبل الرئيس الغاني جون ماهاما وفدا تجاريا أمس. وقال الرئيس إن بلاده ترحب بالاستثمار.")
    assert _holder(doc, "الرئيس", nth=1) == "جون ماهاما"


def test_the_president_alone_among_two_presidents_is_no_one() -> None:
    doc = analyze_news("استقبل الرئيس الغاني جون ماهاما الرئيس الفرنسي فرانسوا هولاند أمس. "
                       "وقال الرئيس إن البلدين يتعاونان.")
    assert _holder(doc, "الرئيس", nth=2) is None


def test_a_body_president_is_the_president_alone_where_no_state_president_is_named() -> None:
    doc = analyze_news("وقال رئيس الإقليم مسعود بارزاني إن الانتخابات ستجري في موعدها. وأكد الرئيس أن الحوار مستمر.")
    assert _holder(doc, "الرئيس", nth=-1) == "مسعود بارزاني"


def test_the_late_president_of_the_country_is_not_the_president_now() -> None:
    doc = analyze_news("وزار الرئيس المصري عبد الفتاح السيسي النصب الذي بناه الرئيس المصري الراحل جمال عبد الناصر، "
                       "وكان عبد الناصر قد بناه عام 1960. وأشاد الوفد بجهود الرئيس المصري في دعم الاقتصاد.")
    assert _holder(doc, "الرئيس المصري", nth=-1) == "عبد الفتاح السيسي"
