"""Round qu1014: a verb cue glued to «و» right after the object of its clause's verb shares that verb's subject
(rasd.quotes.joined_object); hand-made sentences."""

from __future__ import annotations

from conftest import news_quote

ARRIVAL = "وصل وزير الخارجية الأميركي جون كيري إلى القاهرة أمس. "
ARRIVAL_F = "وصلت وزيرة الخارجية السويدية مارغوت فالستروم إلى القاهرة أمس. "
WORDS = " أن بلاده تدعم المفاوضات."


def test_title_subject_before_counterpart() -> None:
    # «الوزير» met his counterpart and stressed: the minister (Kerry), not Shoukry
    text = ARRIVAL + "والتقى الوزير نظيره سامح شكري وأكد" + WORDS
    assert news_quote(text, "وأكد")[0] == "جون كيري"


def test_title_subject_with_time_word() -> None:
    text = ARRIVAL + "والتقى الوزير أمس نظيره سامح شكري وأكد" + WORDS
    assert news_quote(text, "وأكد")[0] == "جون كيري"


def test_dropped_subject_before_counterpart() -> None:
    # «والتقى نظيره المصري فلان»: the verb's own subject dropped, the one who arrived, not the one he met
    text = ARRIVAL + "والتقى نظيره المصري سامح شكري وأكد" + WORDS
    assert news_quote(text, "وأكد")[0] == "جون كيري"


def test_dropped_subject_after_comma_clause() -> None:
    text = "وصل وزير الخارجية الأميركي جون كيري إلى القاهرة أمس، والتقى نظيره المصري سامح شكري وأكد" + WORDS
    assert news_quote(text, "وأكد")[0] == "جون كيري"


def test_told_pronoun_after_named_counterpart() -> None:
    # «وأبلغه»: the one who met him tells him (qu994's told_pronoun, with the counterpart named)
    text = ARRIVAL + "والتقى نظيره المصري سامح شكري وأبلغه" + WORDS
    assert news_quote(text, "وأبلغه")[0] == "جون كيري"


def test_named_subject_and_named_object() -> None:
    text = "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأميركي جون كيري وأكد أن مصر تدعم المفاوضات."
    assert news_quote(text, "وأكد")[0] == "عبد الفتاح السيسي"


def test_visit_named_subject_and_object() -> None:
    text = "وزار الأمير سلمان بن عبدالعزيز الرئيس الفرنسي فرانسوا هولاند وقال إن العلاقات متينة."
    assert news_quote(text, "وقال")[0] == "سلمان بن عبدالعزيز"


def test_feminine_subject_and_cue() -> None:
    text = ARRIVAL_F + "والتقت الوزيرة نظيرها سامح شكري وأكدت أن بلادها تدعم المفاوضات."
    assert news_quote(text, "وأكدت")[0] == "مارغوت فالستروم"


# counter-cases: the cue's own subject, a cue of the object's gender, a new sentence


def test_own_subject_after_cue_wins() -> None:
    text = ARRIVAL + "والتقى الوزير نظيره سامح شكري وقال شكري إن بلاده تدعم المفاوضات."
    # (round en1020: «نظيره» is no word of his name, so «شكري» is the «سامح شكري» named before)
    assert news_quote(text, "وقال")[0] == "سامح شكري"


def test_subject_of_new_sentence_wins() -> None:
    text = ARRIVAL + "والتقى الوزير نظيره سامح شكري. وأكد شكري" + WORDS
    assert news_quote(text, "وأكد")[0] == "سامح شكري"  # (round en1020: the man named in full before)


def test_masculine_cue_after_feminine_verb_is_the_object() -> None:
    # «والتقت الوزيرة نظيرها فلان وأكد»: the verb is hers, «وأكد» his: the counterpart speaks
    text = "والتقت الوزيرة نظيرها سامح شكري وأكد" + WORDS
    assert news_quote(text, "وأكد")[0] == "سامح شكري"


def test_feminine_verb_masculine_cue_named_object() -> None:
    text = ("واستقبلت الوزيرة السويدية مارغوت فالستروم وزير الخارجية الأميركي جون كيري وأكد" + WORDS)
    assert news_quote(text, "وأكد")[0] == "جون كيري"
