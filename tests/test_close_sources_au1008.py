"""Round au1008: an unnamed speaker's phrase keeps what sets it apart. Sources close to something that is no named
person or body keep it («مصادر مقربة من تلك المفاوضات», «مصدر قريب من الملف»; close to a named one, that one stays
their affiliation and the phrase «مصادر مقربة»); a source's «في» qualifier runs on up to a comma before the addressee
«لـ» («موظف في إدارة الإغاثة، لـ«الحياة»»); workers and researchers are source heads a qualifier follows."""

from conftest import news_quote_rows


def _given(text: str) -> list[str | None]:
    return [r[2] for r in news_quote_rows(text)]


def test_sources_close_to_talks_keep_the_talks() -> None:
    text = "وقالت مصادر مقربة من تلك المفاوضات، في اتصالات هاتفية من عدن، إن الجولة المقبلة ستعقد في مسقط."
    assert news_quote_rows(text) == [("وقالت", None, "مصادر مقربة من تلك المفاوضات",
                                      "الجولة المقبلة ستعقد في مسقط", False)]


def test_a_source_close_to_the_file_before_bianna() -> None:
    assert _given("وصرح مصدر قريب من الملف بأن الطائرة المستأجرة ستهبط في المطار مساء الغد.") == [
        "مصدر قريب من الملف"]


def test_close_sources_end_before_a_time_word() -> None:
    assert _given("وذكرت مصادر قريبة من التحقيق أمس أن الشرطة استجوبت ثلاثة موظفين.") == [
        "مصادر قريبة من التحقيق"]


def test_according_to_close_sources_ends_at_the_comma() -> None:
    assert _given("وبحسب مصادر قريبة من المحادثات الجارية، فإن الاتفاق على الهدنة بات وشيكا.") == [
        "مصادر قريبة من المحادثات الجارية"]


def test_close_sources_before_a_colon_and_a_quotation() -> None:
    rows = news_quote_rows("وقالت مصادر قريبة من التحقيق: «لا دليل على اختراق الشبكة حتى الآن».")
    assert [(r[2], r[4]) for r in rows] == [("مصادر قريبة من التحقيق", True)]


def test_sources_close_to_a_named_man_keep_the_short_phrase() -> None:
    assert _given("وقالت مصادر مقربة من الرئيس عبد ربه منصور هادي إن الحكومة ستعود إلى عدن.") == ["مصادر مقربة"]


def test_a_qualified_clerk_runs_on_to_the_comma_before_the_addressee() -> None:
    assert _given("وقال موظف في إدارة الإغاثة، لـ«الحياة»، إن المساعدات وصلت إلى المخيمات.") == [
        "موظف في إدارة الإغاثة"]


def test_one_of_the_workers_in_the_port_customs() -> None:
    assert _given("وقال أحد العاملين في جمارك ميناء عدن، لـ«الشرق الأوسط» إن السفن غيرت مسارها.") == [
        "أحد العاملين في جمارك ميناء عدن"]


def test_a_researcher_in_the_affairs_of_armed_groups() -> None:
    assert _given("وقال باحث مصري في شؤون الجماعات المسلحة لـ«الشرق الأوسط» إن التنظيم يتراجع في سيناء.") == [
        "باحث مصري في شؤون الجماعات المسلحة"]
