"""Round qu933: reporting cues the quotes stage left unread.

- «وكان عدد من قادة الحركة، تحدثوا إلى وسائل إعلام محلية، بأن «...»»: «تحدثوا» with no clitic reaches the
  quotes stage's cue test (it was spared as a word the cue table does not hold);
- «وطبقا للمصادر/لمسؤول ...» is «according to» a source, never «طبقا لقرار/للاتفاقية» (a rule);
- a sentence-opening «according to» reports past «فقد» with no comma, past a phrase set off by commas after its
  source («وبحسب فلان، المتحدث باسم X، فإن»), past a short name in quote marks before «فإنه», and the main clause
  its comma opens with a verb («ووفقا للبيان الأوروبي، شهدت ...»).
"""

from __future__ import annotations

from conftest import news_quote_rows


def _rows(text: str, cue: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == cue]


def test_plural_talked_with_no_clitic_reports_its_quotation() -> None:
    text = ("وكان خمسة من أبرز قادة الحركة في الإقليم، تحدثوا إلى صحف محلية من مدينة بيشاور، بأن «الحركة ستعقد "
            "مؤتمرا عاما خلال الشهر المقبل لاختيار قيادة جديدة».")
    rows = _rows(text, "تحدثوا")
    assert len(rows) == 1
    assert rows[0][3] == "الحركة ستعقد مؤتمرا عاما خلال الشهر المقبل لاختيار قيادة جديدة"
    assert rows[0][4] is True


def test_talked_of_a_topic_is_still_no_cue() -> None:
    text = "وتحدثوا إلى الصحافيين عن الأوضاع الأمنية في المدينة بعد انسحاب المسلحين منها."
    assert _rows(text, "وتحدثوا") == []


def test_according_with_tibqan_to_sources_reports() -> None:
    text = "وطبقا للمصادر الأمنية، فإن المسلحين انسحبوا من البلدة فجر اليوم بعد اشتباكات عنيفة."
    rows = _rows(text, "وطبقا")
    assert len(rows) == 1
    assert rows[0][2] == "مصادر الأمنية"  # («للمصادر»: the article's «ا» is not written after «لـ»; as «وفقا»)
    assert rows[0][3] == "المسلحين انسحبوا من البلدة فجر اليوم بعد اشتباكات عنيفة"


def test_according_with_tibqan_to_an_official_reports() -> None:
    text = "وطبقا لمسؤول في الحكومة فإن المعابر ستفتح خلال أيام أمام الشاحنات التجارية."
    rows = _rows(text, "وطبقا")
    assert len(rows) == 1
    assert rows[0][3] == "المعابر ستفتح خلال أيام أمام الشاحنات التجارية"


def test_tibqan_to_a_rule_is_no_cue() -> None:
    text = "وطبقا لقرار المحكمة، فإن المتهمين سيمثلون أمام القضاء الشهر المقبل."
    assert _rows(text, "وطبقا") == []
    text = "وتم ترسيم الحدود بين البلدين طبقا للاتفاقية الموقعة بينهما عام 1994."
    assert _rows(text, "طبقا") == []


def test_opening_according_past_fa_qad_with_no_comma() -> None:
    text = "ووفقا للمصادر فقد جرى النقاش حول ملف الضرائب وإعادة هيكلة المصارف خلال الاجتماع."
    rows = _rows(text, "ووفقا")
    assert len(rows) == 1
    assert rows[0][2] == "مصادر"
    assert rows[0][3] == "قد جرى النقاش حول ملف الضرائب وإعادة هيكلة المصارف خلال الاجتماع"


def test_opening_according_past_a_set_off_title() -> None:
    text = ("وبحسب ماركو روسي، المتحدث باسم خفر السواحل في إيطاليا، فإن القارب انقلب بسرعة قبالة السواحل "
            "الليبية.")
    rows = _rows(text, "وبحسب")
    assert len(rows) == 1
    assert rows[0][1] == "ماركو روسي"
    assert rows[0][3] == "القارب انقلب بسرعة قبالة السواحل الليبية"


def test_opening_according_past_a_quoted_outlet_before_fa_innahu() -> None:
    text = "وبحسب تقرير لصحيفة «لوموند» فإنه من المتوقع أن تتراجع أسعار الغاز خلال الشتاء المقبل."
    rows = _rows(text, "وبحسب")
    assert len(rows) == 1
    assert rows[0][3] == "من المتوقع أن تتراجع أسعار الغاز خلال الشتاء المقبل"


def test_opening_according_reports_the_verb_clause_after_its_comma() -> None:
    text = "ووفقا لبيان وزارة الخارجية، شهدت الأشهر الماضية زيارات متبادلة بين وزيري البلدين."
    rows = _rows(text, "ووفقا")
    assert len(rows) == 1
    assert rows[0][1] == "وزارة الخارجية"
    assert rows[0][3] == "شهدت الأشهر الماضية زيارات متبادلة بين وزيري البلدين"


def test_opening_according_with_an_aside_of_a_verb_is_unchanged() -> None:
    # the comma opens a clause with a verb of its own («، الذي زار»): not the main clause, no content read there
    text = "وبحسب الوزير، الذي زار المدينة أمس، المدارس مغلقة منذ أسبوعين."
    assert all(r[3] != "الذي زار المدينة أمس، المدارس مغلقة منذ أسبوعين" for r in _rows(text, "وبحسب"))


def test_relative_cue_takes_no_speaker_from_sentences_back() -> None:
    text = ("ووفقا لمنظمة التجارة العالمية، تمثل السوق المحلية فرصة كبيرة للشركات الأجنبية. "
            "ويجري التشكيك في تقديرات الشركة لعدد زبائنها والتي قالت إنه وصل إلى مليون زبون.")
    rows = _rows(text, "قالت")
    assert len(rows) == 1
    assert rows[0][1] is None  # not «منظمة التجارة العالمية», quoted a sentence before
    assert rows[0][3] == "وصل إلى مليون زبون"


def test_relative_on_a_statement_keeps_the_carried_speaker() -> None:
    text = ("وقال وزير الخارجية محمد جواد ظريف إن بلاده تريد الحوار. وفي تصريح أخير له بعد الاتفاق، الذي قال فيه "
            "إن «الأوهام تدفع بعض دول المنطقة لإثارة العنف والتطرف»، نرى صداه.")
    rows = [r for r in news_quote_rows(text) if r[0] == "قال"]
    assert len(rows) == 1
    assert rows[0][1] == "محمد جواد ظريف"  # «فيه»: the statement's words, its author carried on
