"""Round en885: one person named by two forms of his name is one entity.

* «العبد الله», the family-style form of the compound given name «عبد الله», after a given name is that man's
  father's name: «محمد العبد الله» is «محمد عبد الله المبارك الصباح» named before;
* a name named before and later with «بن X» or «آل X» added at its end is the same man;
* a given name right before a family name of two words («البو عينين», «آل خليفة») the tagger read alone, after a
  description, is the man's.

Two men who share a surname or a father's name stay apart.
"""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows

from rasd.entities.names import family_style, family_style_of


def _persons(text: str) -> dict[str, list[str]]:
    doc = analyze_news(text)
    return {e.name: [doc.text[m.start : m.end] for m in doc.mentions if m.entity == e.id]
            for e in doc.entities if e.type == "PERSON"}


def test_family_style_folds_the_article_of_a_compound_given_name() -> None:
    assert family_style(["محمد", "العبد", "الله"]) == ["محمد", "عبدالله"]
    assert family_style(["محمد", "عبدالله", "الصباح"]) == ["محمد", "عبدالله", "الصباح"]


def test_family_style_of_needs_the_family_form_and_the_fathers_place() -> None:
    assert family_style_of(["محمد", "العبد", "الله"], ["محمد", "عبدالله", "المبارك", "الصباح"])
    assert family_style_of(["سعد", "العبد", "الله"], ["سعد", "عبدالله", "السالم", "الصباح"])
    # another given name: another man of that father's name
    assert not family_style_of(["احمد", "العبد", "الله"], ["محمد", "عبدالله", "المبارك", "الصباح"])
    # «عبد الله» written as a given name, no family form: no match by this rule
    assert not family_style_of(["محمد", "عبدالله"], ["محمد", "عبدالله", "المبارك", "الصباح"])
    # the father's name further in, not right after the given name: no
    assert not family_style_of(["محمد", "العبد", "العزيز"], ["محمد", "خالد", "عبدالعزيز", "الصباح"])


def test_family_style_name_is_the_minister_named_before() -> None:
    text = ("أعلن الشيخ محمد عبد الله المبارك الصباح، وزير الدولة لشؤون مجلس الوزراء الكويتي، أمس أن الحكومة "
            "ستقدم خطة جديدة للإسكان.\n\nوقال محمد العبد الله إن الخطة ستعرض على البرلمان الشهر المقبل.")
    persons = _persons(text)
    assert persons["محمد عبد الله المبارك الصباح"] == ["محمد عبد الله المبارك الصباح", "محمد العبد الله"]
    assert "محمد العبد الله" not in persons
    rows = news_quote_rows(text)
    assert [(cue, spk) for cue, spk, *_ in rows] == [("أعلن", "محمد عبد الله المبارك الصباح"),
                                                      ("وقال", "محمد عبد الله المبارك الصباح")]


def test_family_style_name_of_another_given_name_stays_apart() -> None:
    text = ("أعلن الشيخ محمد عبد الله المبارك الصباح، وزير الدولة لشؤون مجلس الوزراء الكويتي، أمس أن الحكومة "
            "ستقدم خطة جديدة للإسكان.\n\nوقال خالد العبد الله إن الخطة لا تكفي لحل أزمة السكن.")
    persons = _persons(text)
    assert persons["محمد عبد الله المبارك الصباح"] == ["محمد عبد الله المبارك الصباح"]


def test_name_with_fathers_name_added_is_the_king_named_before() -> None:
    text = ("استقبل الملك عبد الله الثاني أمس وزير الخارجية الفرنسي في عمان.\n\n"
            "وأكد الملك عبد الله الثاني بن الحسين خلال اللقاء دعم الأردن للحل السياسي في سوريا.")
    persons = _persons(text)
    assert persons["عبد الله الثاني بن الحسين"] == ["عبد الله الثاني", "عبد الله الثاني بن الحسين"]


def test_given_name_before_a_two_word_family_name() -> None:
    text = ("من جانبه، أوضح المحلل المالي فضل البو سميط لـ«الشرق الأوسط» أن أسعار النفط ستتراجع خلال الربع "
            "المقبل.")
    persons = _persons(text)
    assert persons == {"فضل البو سميط": ["فضل البو سميط"]}
    assert [(cue, spk) for cue, spk, *_ in news_quote_rows(text)] == [("أوضح", "فضل البو سميط")]


def test_family_name_after_a_common_word_is_not_widened() -> None:
    # «حكم آل سعود»: the rule of the Al Saud, no man named «حكم»
    text = "وتحدث الكتاب عن تاريخ حكم آل سعود في شبه الجزيرة العربية."
    doc = analyze_news(text)
    assert not any(doc.text[m.start : m.end].startswith("حكم") for m in doc.mentions)


def test_two_men_of_one_surname_stay_apart() -> None:
    text = ("قال صلاح الدين ديمرتاش إن حزبه سيشارك في الانتخابات.\n\n"
            "وأضاف نور الدين ديمرتاش أن الحملة ستبدأ الأسبوع المقبل.")
    persons = _persons(text)
    assert "صلاح الدين ديمرتاش" in persons and "نور الدين ديمرتاش" in persons
