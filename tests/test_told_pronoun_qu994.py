"""Round qu994: a verb of telling with its addressee as an object pronoun («وأبلغه بأن», «وأبلغهم أن», «أخبرها
أن», «أبلغته أن») is a quote cue, its speaker the subject (before the verb, after it, or carried for a dropped one,
of the gender and number of the verb's own ending), never the one the pronoun stands for; and unnamed plural sources
as speakers of «أبلغ/قال/أفاد/ذكر» keep their coordinated phrase («سكان وشهود», «المصادر والشهود») and are no
addressee («شهود عيان «الشرق الأوسط»»).
"""

from __future__ import annotations

from conftest import cached_news, news_quote_rows


def _rows(text: str, cue: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == cue]


def _group(text: str, cue: str) -> tuple[str, str, str | None]:
    """(name, type, actor) of the entity that speaks at the one quote whose cue is the text ``cue``."""
    doc = cached_news(text)
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue)
    ent = doc.entity(q.speaker)
    assert ent is not None
    return ent.name, ent.type, ent.actor


def test_pronoun_addressee_with_the_subject_after_the_verb() -> None:
    rows = _rows("وأخبرها الطبيب أن حالتها مستقرة ولا داعي للقلق.", "وأخبرها")
    assert len(rows) == 1
    assert rows[0][2] == "الطبيب"
    assert rows[0][3] == "حالتها مستقرة ولا داعي للقلق"


def test_pronoun_addressee_with_the_subject_before_the_verb() -> None:
    rows = _rows("وقال وزير الخارجية إن السفير الياباني تاكيشي ناكامورا أبلغه بأن بلاده سترسل مساعدات عاجلة.",
                 "أبلغه")
    assert len(rows) == 1
    assert rows[0][1] == "تاكيشي ناكامورا"
    assert rows[0][3] == "بلاده سترسل مساعدات عاجلة"


def test_pronoun_addressee_with_a_dropped_plural_subject() -> None:
    rows = _rows("واجتمع قائد الجيش اللواء خالد المصري بالضباط وأبلغهم أن العملية ستبدأ الأسبوع المقبل.",
                 "وأبلغهم")
    assert len(rows) == 1
    assert rows[0][1] == "خالد المصري"
    assert rows[0][3] == "العملية ستبدأ الأسبوع المقبل"


def test_feminine_ending_carries_the_woman() -> None:
    text = ("وصلت وزيرة الخارجية السويدية مارغوت فالستروم إلى القاهرة أمس. والتقت الرئيس المصري، وأبلغته أن بلادها "
            "تدعم المفاوضات.")
    rows = _rows(text, "وأبلغته")
    assert len(rows) == 1
    assert rows[0][1] == "مارغوت فالستروم"
    assert rows[0][3] == "بلادها تدعم المفاوضات"


def test_the_one_told_is_not_the_speaker() -> None:
    text = ("وحاول رئيس الوزراء الإسرائيلي تهدئة الغضب وهاتف الرئيس الفلسطيني محمود عباس وقدم له التعازي وأبلغه "
            "بأنه زار الجرحى في المستشفى.")
    rows = _rows(text, "وأبلغه")
    assert len(rows) == 1
    assert rows[0][1] != "محمود عباس"
    assert rows[0][2] == "رئيس الوزراء الإسرائيلي"
    assert rows[0][3] == "زار الجرحى في المستشفى"


def test_pronoun_telling_without_that_is_no_quote() -> None:
    assert _rows("وهاتف الرئيس رئيس الحكومة وأبلغه تعازيه في الضحايا.", "وأبلغه") == []
    assert _rows("واجتمع بالوفد وأبلغهم رسالة الملك عن «ضرورة الحوار».", "وأبلغهم") == []


def test_noun_addressee_keeps_the_minister_as_speaker() -> None:
    rows = _rows("وأبلغ الوزير السفير أن الحكومة ترفض الاتهامات.", "وأبلغ")
    assert len(rows) == 1
    assert rows[0][2] == "الوزير"
    assert rows[0][3] == "الحكومة ترفض الاتهامات"


def test_eyewitnesses_before_a_paper_in_its_marks() -> None:
    text = "وأبلغ شهود عيان «الشرق الأوسط» أن المسلحين انسحبوا من البلدة."
    rows = _rows(text, "وأبلغ")
    assert len(rows) == 1
    assert rows[0][2] == "شهود عيان"
    assert _group(text, "وأبلغ")[:2] == ("شهود عيان", "GROUP")
    assert rows[0][3] == "المسلحين انسحبوا من البلدة"


def test_coordinated_officials_and_eyewitnesses_stop_before_the_agency() -> None:
    rows = _rows("وأبلغ مسؤولون وشهود عيان رويترز أن انفجارا وقع قرب المسجد.", "وأبلغ")
    assert len(rows) == 1
    assert rows[0][2] == "مسؤولون وشهود عيان"


def test_coordinated_civilians_are_one_group() -> None:
    assert _group("قال سكان وشهود إن الطائرة سقطت على سوق شعبية.", "قال") == ("سكان وشهود", "GROUP", "CVL")
    assert _group("وقال الشهود والسكان إن القصف استمر حتى الفجر.", "وقال") == ("الشهود والسكان", "GROUP", "CVL")


def test_activists_and_residents_stay_the_first_group() -> None:
    text = "وذكر ناشطون وسكان أن الطائرات قصفت البلدة."
    assert _group(text, "وذكر")[0] == "ناشطون"
    assert _rows(text, "وذكر")[0][2] == "ناشطون وسكان"


def test_sources_and_witnesses_speak_as_one_phrase() -> None:
    rows = _rows("وقالت المصادر والشهود إن القصف استمر حتى الفجر.", "وقالت")
    assert len(rows) == 1
    assert rows[0][2] == "المصادر والشهود"
    assert _group("وأفاد سكان بأن الجيش قصف الحي بالمدفعية.", "وأفاد")[:2] == ("سكان", "GROUP")


def test_the_named_object_of_the_meeting_is_the_one_told() -> None:
    text = "التقى الرئيس المصري عبد الفتاح السيسي أمس وزير الخارجية الأميركي جون كيري وأبلغه أن مصر ستواصل الحرب."
    rows = _rows(text, "وأبلغه")
    assert len(rows) == 1
    assert rows[0][1] == "عبد الفتاح السيسي"
    assert rows[0][3] == "مصر ستواصل الحرب"
