"""Round qu959: a spokesman named with a pronoun of his principal («وقال المتحدث باسمها، X», «X، المتحدث باسمه»,
«المتحدث باسمهم X», «المتحدثة الرسمية لها X») is of the one body or person named before him (in his sentence or
the one before) that the pronoun agrees with: its country and sector, and so his quotes' code
(:func:`rasd.entities.pronounbodies.pronoun_body`, called by :mod:`rasd.entities.rolebodies`); with counter-cases."""

from conftest import analyze_news, entity_named


def _placed(text: str, name: str) -> tuple[str | None, str | None]:
    person = entity_named(analyze_news(text), name)
    return person.country, person.actor


def _speaker_actor(text: str) -> str | None:
    doc = analyze_news(text)
    ent = doc.entity(doc.quotes[0].speaker) if doc.quotes else None
    return ent.actor if ent is not None else None


def test_feminine_movement_named_in_the_sentence_before() -> None:
    text = ("أعلنت حركة حماس رفضها للمبادرة المصرية الجديدة. "
            "وقال المتحدث باسمها، سامي أبو زهري، إن الحركة لن تقبل أي شروط مسبقة.")
    assert _placed(text, "سامي أبو زهري") == ("PSE", "PSEREB")
    assert _speaker_actor(text) == "PSEREB"


def test_spokesman_after_his_name_of_a_company_named_in_his_sentence() -> None:
    # a company whose name tells no gender («أبل») agrees with «ها»; the name comes first, the phrase after it
    text = "وعندما سئلت شركة «أبل» عن خطتها المقبلة، قال توم نيومان، المتحدث باسمها، إن الشركة ستعلن التفاصيل قريبا."
    assert _placed(text, "توم نيومان") == ("USA", "USABUS")


def test_masculine_army_takes_the_masculine_pronoun() -> None:
    text = ("نفى الجيش الإسرائيلي الرواية الفلسطينية عن الحادث. "
            "وقال الناطق باسمه، بيتر ليرنر، إن الجنود لم يطلقوا النار على المتظاهرين.")
    assert _placed(text, "بيتر ليرنر") == ("ISR", "ISRMIL")


def test_plural_group_takes_the_plural_pronoun() -> None:
    text = "واتهم الحوثيون القوات الحكومية بخرق الهدنة، وقال المتحدث باسمهم محمد عبد السلام إن الرد سيكون قاسيا."
    assert _placed(text, "محمد عبد السلام") == ("YEM", "YEMREB")


def test_official_spokeswoman_of_a_government() -> None:
    text = "أصدرت الحكومة الأردنية قرارا جديدا بشأن الأسعار، وقال المتحدث الرسمي باسمها محمد المومني إن القرار نهائي."
    assert _placed(text, "محمد المومني") == ("JOR", "JORGOV")


def test_counter_two_men_named_before_leave_the_pronoun_open() -> None:
    # «باسمه» after two ministers of two states: which one's spokesman is not told
    text = ("التقى وزير الخارجية المصري سامح شكري نظيره الأردني ناصر جودة في القاهرة. "
            "وقال المتحدث باسمه، خالد منصور، إن اللقاء كان مثمرا.")
    assert _placed(text, "خالد منصور") == (None, None)


def test_counter_two_feminine_bodies_leave_the_pronoun_open() -> None:
    text = ("أكدت وزارة الداخلية السعودية والحكومة الكويتية التنسيق بينهما في الملف. "
            "وقالت المتحدثة الرسمية لها سارة الدوسري إن العمل مستمر.")
    assert _placed(text, "سارة الدوسري") == (None, None)


def test_counter_body_named_two_sentences_back_is_too_far() -> None:
    text = ("أعلنت حركة حماس رفضها للمبادرة المصرية الجديدة. "
            "وتوالت ردود الفعل في الشارع على القرار. "
            "وقال المتحدث باسمها، سامي أبو زهري، إن المبادرة لن تمر.")
    assert _placed(text, "سامي أبو زهري") == (None, None)


def test_counter_masculine_pronoun_does_not_take_a_feminine_movement() -> None:
    # «باسمه» cannot stand for «حركة حماس»: a feminine body alone before it leaves him as he was
    text = ("أعلنت حركة حماس رفضها للمبادرة المصرية الجديدة. "
            "وقال المتحدث باسمه، سامي أبو زهري، إن المبادرة لن تمر.")
    assert _placed(text, "سامي أبو زهري") == (None, None)
