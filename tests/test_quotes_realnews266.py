"""Round q266: a document noun as the dropped subject of the next sentence's cue («وصفت دراسة ... . وأكدت أن»):
the study speaks when the cue agrees with it and nothing named stands between. Hand-made sentences."""

from __future__ import annotations

import rasd


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = rasd.analyze(text, "2015-08-02")
    out: list[tuple[str, str | None, str | None]] = []
    for q in doc.quotes:
        given = q.attrs.get("speaker_text")
        phrase = doc.text[given.start:given.end] if isinstance(given, rasd.Span) else None
        out.append((doc.text[q.cue.start:q.cue.end], q.speaker, phrase))
    return out


def test_feminine_study_speaks_for_feminine_cue() -> None:
    got = _speakers("إلى ذلك، وصفت دراسة مصرية - إيطالية المشروع بأنه مهم. وأكدت أن المشروع سيجذب الاستثمارات.")
    assert got == [("وأكدت", None, "دراسة مصرية - إيطالية")]


def test_masculine_statement_speaks_for_masculine_cue() -> None:
    got = _speakers("أكد بيان رسمي الموقف بوضوح. وأضاف أن الحكومة ستتحرك.")
    assert got == [("وأضاف", None, "بيان رسمي")]


def test_masculine_cue_does_not_take_feminine_study() -> None:
    got = _speakers("وصفت دراسة جديدة الوضع بأنه خطير. وأضاف أن الحكومة ستتحرك.")
    assert got == [("وأضاف", None, None)]


def test_named_person_between_keeps_study_out() -> None:
    got = _speakers("وصفت دراسة جديدة أعدتها الوزيرة سلمى الخطيب الوضع بأنه خطير. وأكدت أن الحكومة ستتحرك.")
    assert all(phrase is None or "دراسة" not in phrase for _, _, phrase in got)


def test_cue_not_opening_its_sentence_not_taken() -> None:
    got = _speakers("وصفت دراسة جديدة الوضع بأنه خطير. وفي السياق نفسه أكدت أن الحكومة ستتحرك.")
    assert all(phrase is None or "دراسة" not in phrase for _, _, phrase in got)


def _quotes(text: str) -> list[tuple[bool, str]]:
    doc = rasd.analyze(text, "2015-08-02")
    return [(q.direct, doc.text[q.content.start:q.content.end]) for q in doc.quotes]


def test_quotation_right_after_addressee_is_direct_past_long_title() -> None:
    got = _quotes("من جانبه قال سامر العلي، محلل الأسواق الناشئة لدى بنك الخليج الأول لـ«الشرق الأوسط» «قبل أن تتحدث "
                  "الحكومة عن الاستثمار عليها أن تسن القوانين». وانتهى الاجتماع.")
    assert got == [(True, "قبل أن تتحدث الحكومة عن الاستثمار عليها أن تسن القوانين")]


def test_quotation_after_place_name_in_marks_not_taken() -> None:
    got = _quotes("من جانبه قال سامر العلي، محلل الأسواق الناشئة لدى بنك الخليج الأول في بلدة «الشرق الأوسط» قبل أن "
                  "تتحدث الحكومة عن الاستثمار أن عليها «سن القوانين». وانتهى الاجتماع.")
    assert got and not got[0][0]


_RELATIVE = ("وقالت مصادر محلية إن المقاومة في المحافظة المجاورة، التي أعلنت في وقت سابق أنها ستلتحم مع المقاومة في "
             "المدينة، تمكنت من السيطرة على موقع عسكري مهم.")


def test_relative_cue_ends_before_main_verb() -> None:
    got = dict((cue, content) for cue, content in _cue_contents(_RELATIVE))
    assert got["أعلنت"] == "ستلتحم مع المقاومة في المدينة"


def test_head_noun_quote_goes_on_with_main_verb() -> None:
    got = dict((cue, content) for cue, content in _cue_contents(_RELATIVE))
    assert got["وقالت"].endswith("تمكنت من السيطرة على موقع عسكري مهم")


def test_verb_joined_by_wa_stays_in_relative_content() -> None:
    got = dict(_cue_contents("وقالت مصادر محلية إن المقاومة في المحافظة المجاورة، التي أعلنت في وقت سابق أنها "
                             "سيطرت على المدينة، وقتلت عشرة من المسلحين."))
    assert got["أعلنت"] == "سيطرت على المدينة، وقتلت عشرة من المسلحين"


def _cue_contents(text: str) -> list[tuple[str, str]]:
    doc = rasd.analyze(text, "2015-08-02")
    return [(doc.text[q.cue.start:q.cue.end], doc.text[q.content.start:q.content.end]) for q in doc.quotes]
