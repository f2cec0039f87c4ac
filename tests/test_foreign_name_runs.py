"""Round qn428: a foreign person's name the tagger cut to one word is widened over its other words — a foreign
given name over a rare or listed surname (and an initial) closed by «،», «:» or a title («وقال لوري والاش مدير»,
«لوريتا إي لينش،»), a lone family name or foreign surname over the given name or initial right before it
(«اتهم تقي رحماني،», «ويقول باول سيليفيان،», «قال كيه. شانموجام») — and a definite participle before its
preposition is no last name word («رحماني المقيم بالعاصمة»); an apposed «النائبة العمومية الأميركية» is the
attorney general (JUD), not a deputy.
Counter-cases: a common word or a verb after the given name («لوري الاتفاق», «لوري انسحبت»), a surname with no
closer after it, a common word before a family name («لقاء رحماني», «إدارة سيليفيان»), a country adjective or a
listed family name before a preposition («محمد المصري في», «نوري المالكي في»)."""

from __future__ import annotations

from conftest import RunTagger, tagged_persons


def test_foreign_given_name_takes_its_rare_surname_before_a_title() -> None:
    text = "وقال لوري والاش مدير منظمة في واشنطن إن الاتفاق سيئ."
    assert tagged_persons(text, RunTagger("لوري")) == ["لوري والاش"]


def test_foreign_given_name_takes_an_initial_and_surname_before_a_comma() -> None:
    text = "وقالت لوريتا إي لينش، النائبة العمومية الأميركية، إن الأمر خطير."
    assert tagged_persons(text, RunTagger("لوريتا")) == ["لوريتا إي لينش"]


def test_foreign_given_name_before_a_common_word_stays_alone() -> None:
    text = "وقال لوري الاتفاق سيئ، ثم غادر."
    assert tagged_persons(text, RunTagger("لوري")) == ["لوري"]


def test_foreign_given_name_before_a_verb_stays_alone() -> None:
    text = "وقالت لوريتا انسحبت، ثم غادرت."
    assert tagged_persons(text, RunTagger("لوريتا")) == ["لوريتا"]


def test_foreign_given_name_before_an_unclosed_word_stays_alone() -> None:
    text = "وقال لوري والاش في واشنطن إن الاتفاق سيئ."
    assert tagged_persons(text, RunTagger("لوري")) == ["لوري"]


def test_family_name_takes_the_given_name_before_it() -> None:
    text = "من جانبه، اتهم تقي رحماني، زوج المحامية الإيرانية، الجهاز القضائي."
    assert tagged_persons(text, RunTagger("رحماني")) == ["تقي رحماني"]


def test_family_name_after_a_common_word_stays_alone() -> None:
    text = "من جانبه، طالب بلقاء رحماني، زوج المحامية الإيرانية."
    assert tagged_persons(text, RunTagger("رحماني")) == ["رحماني"]


def test_participle_before_its_preposition_is_no_last_name() -> None:
    text = "وأكد الناشط رحماني المقيم بالعاصمة الفرنسية أن السلطات نقلت زوجته."
    assert tagged_persons(text, RunTagger("رحماني", "المقيم")) == ["رحماني"]


def test_country_adjective_and_family_name_before_a_preposition_stay() -> None:
    assert tagged_persons("وقال محمد المصري في القاهرة إن الأمر خطير.",
                          RunTagger("محمد", "المصري")) == ["محمد المصري"]
    assert tagged_persons("وقال نوري المالكي في بغداد إن الأمر خطير.",
                          RunTagger("نوري", "المالكي")) == ["نوري المالكي"]


def test_foreign_surname_takes_the_western_given_name_before_it() -> None:
    text = "ويقول باول سيليفيان، أستاذ الاقتصاد في جامعة جورج تاون."
    assert tagged_persons(text, RunTagger("سيليفيان")) == ["باول سيليفيان"]


def test_foreign_surname_takes_an_initial_with_its_full_stop() -> None:
    text = "من ناحية أخرى، قال كيه. شانموجام وزير خارجية سنغافورة إن الأمر خطير."
    assert tagged_persons(text, RunTagger("شانموجام")) == ["كيه. شانموجام"]


def test_foreign_surname_after_a_body_noun_stays_alone() -> None:
    text = "وقال مسؤولون في إدارة سيليفيان إن الأمر خطير."
    assert tagged_persons(text, RunTagger("سيليفيان")) == ["سيليفيان"]


def test_apposed_attorney_general_is_judicial_not_a_deputy() -> None:
    import rasd

    doc = rasd.analyze("في الإطار ذاته، قالت لوريتا إي لينش، النائبة العمومية الأميركية، إن الأمر خطير.",
                       date="2015-08-02")
    assert [(e.name, e.actor) for e in doc.entities if e.type == "PERSON"] == [("لوريتا إي لينش", "USAJUD")]
    doc = rasd.analyze("وقال جون سميث، النائب الأميركي، إن الأمر خطير.", date="2015-08-02")
    assert [e.actor for e in doc.entities if e.type == "PERSON"] == ["USALEG"]


def test_apposed_surname_the_rules_read_takes_the_given_name_and_initial() -> None:
    text = "وبعد أسبوع، قالت لوريتا إي لينش، النائبة العامة الأميركية، إن التنظيم يمثل خطرا."
    assert tagged_persons(text, RunTagger("لوريتا")) == ["لوريتا إي لينش"]
    assert tagged_persons("وبعد أسبوع، قالت إي لينش، النائبة العامة الأميركية، إن التنظيم يمثل خطرا.",
                          RunTagger("لينش")) == ["لينش"]  # (an initial alone, no full stop: not taken)
