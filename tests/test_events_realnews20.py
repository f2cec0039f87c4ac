"""Event modality and dates on constructions of real news, round 20: the aim of a purpose masdar or of «سعيا إلى» is
planned («لاستعادة السيطرة على المدينة»); «قد» + a present verb is hypothetical, «قد» + a perfect stays told; what a
verb of denying governs is negated («نفى أن يكون ... قد هاجم», «نفت قيامها بـ», «الجيش نفى استهدافه»); talks put off
are planned and a visit called off is negated. Dates: a time fronted before a comma or set off by commas after the
verb and its subject dates the clause («في الثاني من أبريل الماضي، سيطرت», «أعلنت الشرطة، أمس، أن»); a year or a
span of months gives no date rather than the document's, an ISO week the month of its Thursday; «كانت ...، قد أعلنت»
across commas is a past before the report; a habit («يوميا») and an act drawn out over a span («بعد 12 عاما من
المفاوضات») have no date."""

from __future__ import annotations

from conftest import analyze_news


def _ev(text: str, trigger: str) -> tuple[str, str | None]:
    doc = analyze_news(text)
    at = doc.text.index(trigger)
    evs = [e for e in doc.events if any(t.start == at for t in e.triggers)]
    assert evs, f"no event at {trigger}"
    return evs[0].modality, evs[0].date


def test_purpose_masdars_make_their_aim_planned() -> None:
    assert _ev("وشنت القوات هجوما لاستعادة السيطرة على المدينة.", "السيطرة")[0] == "planned"
    assert _ev("وتحركت القوات سعيا إلى السيطرة على المطار.", "السيطرة")[0] == "planned"
    assert _ev("وبذلت الأمم المتحدة محاولات لعقد محادثات بين الطرفين.", "محادثات")[0] == "planned"
    # the attack itself was launched
    assert _ev("وشنت القوات هجوما لاستعادة السيطرة على المدينة.", "هجوما")[0] == "asserted"


def test_qad_with_a_present_verb_is_hypothetical() -> None:
    assert _ev("وحذر المسؤول من أن المسلحين قد يهاجمون المدينة.", "يهاجمون")[0] == "hypothetical"
    assert _ev("قد يشن المسلحون هجوما على المدينة.", "هجوما")[0] == "hypothetical"
    # «قد» + a perfect told it
    assert _ev("وقد هاجم المسلحون المدينة أمس.", "هاجم")[0] == "asserted"


def test_what_a_verb_of_denying_governs_is_negated() -> None:
    assert _ev("ونفى المتحدث أن يكون الجيش قد هاجم القرية.", "هاجم")[0] == "negated"
    assert _ev("ونفت الحركة قيامها باختطاف الجنود.", "باختطاف")[0] == "negated"
    assert _ev("لكن الجيش نفى استهدافه أي منطقة سكنية.", "استهدافه")[0] == "negated"


def test_postponed_talks_are_planned_and_a_cancelled_visit_negated() -> None:
    assert _ev("وقررت الحكومة تأجيل المحادثات إلى الشهر المقبل.", "المحادثات")[0] == "planned"
    assert _ev("وأرجئ الاجتماع بين الوزيرين.", "الاجتماع")[0] == "planned"
    assert _ev("وألغيت الزيارة التي كان الرئيس سيقوم بها إلى باريس.", "الزيارة")[0] == "negated"
    # a cancellation denied leaves the talks to come
    assert _ev("وقالت الوزارة إن الحركة لم تعلن إلغاء المفاوضات.", "المفاوضات")[0] == "planned"


def test_a_fronted_or_parenthetical_time_dates_across_its_comma() -> None:
    assert _ev("في الثاني من أبريل الماضي، سيطرت القوات على المدينة.", "سيطرت")[1] == "2015-04-02"
    assert _ev("أعلنت الشرطة، أمس، أنها اعتقلت ثلاثة مشتبه بهم.", "أعلنت")[1] == "2015-08-01"
    assert _ev("شنت الفصائل، أمس، هجوما على مواقع الجيش.", "هجوما")[1] == "2015-08-01"


def test_a_year_gives_no_date_and_a_week_its_month() -> None:
    assert _ev("في عام 2006، قتلت غارة أميركية القائد في بغداد.", "قتلت")[1] is None
    assert _ev("واتهم الوزير الأسبوع الماضي المعارضة بالتحريض.", "واتهم")[1] == "2015-07"
    # the year of a law's name dates nothing
    assert _ev("وخالف المتهمون قانون الإرهاب لعام 2000 بالدعوة إلى العنف.", "بالدعوة")[1] == "2015-08-02"


def test_a_pluperfect_across_commas_is_not_dated_by_the_document() -> None:
    assert _ev("وكانت الشركة، ممثلة بمديرها العام، قد أعلنت وقف الإنتاج.", "أعلنت")[1] is None


def test_habits_and_drawn_out_acts_have_no_date() -> None:
    # (round 53: a visit or a reception every day is no event at all, tests/test_events_realnews53.py)
    assert _ev("ويتظاهر الطلاب أمام الوزارة يوميا.", "ويتظاهر")[1] is None
    assert _ev("وتشهد المدينة مظاهرات يومية منذ أسبوعين.", "مظاهرات")[1] is None
    assert _ev("وتم التوصل إلى الاتفاق بعد 12 عاما من المفاوضات.", "المفاوضات")[1] is None
