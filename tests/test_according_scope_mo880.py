"""Round mo880: the scope of an «according to» phrase (events.reported_frames): a fronted one covers the sentence
(also past a long phrase closed by «، فإن»), a closing one the clause it closes, not a writer's clause before it
nor the act before a «بعد» clause the phrase dates."""

from __future__ import annotations

from conftest import news_event_rows


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    return next(r for r in news_event_rows(text) if r[1] == trigger)


def test_long_fronted_phrase_closed_by_fa_inna_reports_the_sentence() -> None:
    text = ("وبحسب مصادر مطلعة عن المحادثات التي جرت بين المسؤولين الأتراك والإيرانيين والأطراف الكردية في أربيل، "
            "فإن طهران أكدت دعمها للاتفاق.")
    assert _row(text, "أكدت") == ("051", "أكدت", "طهران", None, "reported")


def test_long_fronted_phrase_without_fa_inna_is_no_frame() -> None:
    # a long opening phrase closed by a bare comma past the reach: no fronted frame, the act stays asserted
    text = ("وبحسب الخطة التي وضعها المسؤولون الأتراك والإيرانيون والأطراف الكردية في أربيل خلال الأسابيع الماضية، "
            "زار وزير الخارجية التركي طهران أمس.")
    assert _row(text, "زار")[4] == "asserted"


def test_short_fronted_phrase_still_reports() -> None:
    text = "وحسب وكالة فارس، فإن المبادرة الإيرانية تدعو إلى وقف إطلاق النار في اليمن."
    assert _row(text, "تدعو")[4] == "reported"


def test_closing_phrase_does_not_reach_past_a_writers_clause() -> None:
    text = ("وقتل ثلاثة مدنيين في قصف على بلدة دوما، فيما اقتحمت القوات الحكومية حي جوبر، "
            "بحسب المرصد السوري لحقوق الإنسان.")
    rows = news_event_rows(text)
    assert ("190", "وقتل", None, "مدنيين", "asserted") in rows
    assert ("190", "اقتحمت", "القوات الحكومية", "جوبر", "reported") in rows


def test_closing_phrase_before_a_writers_clause_covers_its_own_clause() -> None:
    text = ("وقصفت الطائرات مواقع المسلحين في إدلب، بحسب المرصد السوري، "
            "في حين التقى وزير الخارجية نظيره الروسي في موسكو.")
    rows = news_event_rows(text)
    assert rows[0][1:] == ("وقصفت", None, "المسلحين", "reported")
    assert next(r for r in rows if r[1] == "التقى")[4] == "asserted"


def test_dated_closing_phrase_covers_the_after_clause_not_the_main_act() -> None:
    text = ("وقد بدأ الهجوم على حمص بعد أسبوع على قطع المعارضة الكهرباء عن المدينة، مقابل إطلاق سراح أسرى، "
            "بحسب ما أعلنت فصائل المعارضة أواخر شهر مايو.")
    assert _row(text, "الهجوم") == ("190", "الهجوم", None, "حمص", "asserted")


def test_undated_closing_phrase_still_covers_the_act_before_after() -> None:
    # counter-case: no time of its own in the phrase, it reports the whole clause
    text = ("واعتقلت الشرطة عشرة أشخاص في الإسكندرية بعد اشتباكات مع متظاهرين، "
            "بحسب ما ذكرت وكالة أنباء الشرق الأوسط.")
    rows = news_event_rows(text)
    assert ("173", "واعتقلت", "الشرطة", "عشرة أشخاص", "reported") in rows
    assert next(r for r in rows if r[1] == "اشتباكات")[4] == "reported"


def test_two_conjoined_clauses_before_a_closing_phrase_stay_reported() -> None:
    text = ("واعتقلت الشرطة المصرية خمسة أشخاص في القاهرة أمس، وقصفت الطائرات مواقع المسلحين في سيناء، "
            "بحسب ما ذكرت وكالة الأنباء الرسمية.")
    rows = news_event_rows(text)
    assert [r[4] for r in rows if r[1] in ("واعتقلت", "وقصفت")] == ["reported", "reported"]


def test_while_was_clause_is_no_boundary() -> None:
    # counter-case: «، بينما كانت ... تمر» frames the scene; the closing phrase still reports the blast before it
    text = ("وقتل شرطي مصري اليوم، عندما انفجرت عبوة ناسفة، بينما كانت دورية أمنية تمر على طريق في مدينة رفح، "
            "حسب وكالة أنباء الشرق الأوسط.")
    assert _row(text, "انفجرت")[4] == "reported"
