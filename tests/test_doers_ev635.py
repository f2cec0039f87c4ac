"""Round ev635: «منفذي الهجوم» names the attack's doers (the clause's subject is no source of it); «فشل» + a long
subject + «في» negates the act; a relative's head run into the verb's subject («وأدان البيان الميليشيات التي»)."""

from __future__ import annotations

from conftest import analyze_news, news_arg, news_event, news_modality


def test_doers_noun_blocks_clause_subject() -> None:
    text = "فشل الشاباك في اعتقال منفذي الهجوم على منزل العائلة."
    assert news_arg(text, "الهجوم") == ""
    assert news_arg(text, "اعتقال") == "الشاباك"  # the arrest stays the service's, negated
    assert news_modality(text, "اعتقال") == "negated"


def test_doer_noun_after_accused_blocks_them() -> None:
    # «منفذ الهجوم» is the attacker; the accused who confess ties to him are no source of the attack
    doc = analyze_news("واعترف بعض المتهمين بصلتهم بالشاب منفذ الهجوم على المتحف الوطني.")
    e = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "الهجوم")
    assert e.source is None and e.unnamed("source", doc.text) is None


def test_perpetrators_in_accusative_still_none() -> None:
    assert news_arg("وطاردت الشرطة مرتكبي الهجوم في أحياء المدينة.", "الهجوم") == ""


def test_attack_without_doers_noun_keeps_subject() -> None:
    # counter-case: no noun of doers before the act: the subject's act as before
    text = "وشن الجيش هجوما على مواقع المسلحين."
    assert news_arg(text, "هجوما") == "الجيش"


def test_failure_over_long_subject_negates() -> None:
    text = "فشل جهاز الشاباك الإسرائيلي في اعتقال المشتبه بهم."
    _, e = news_event(text, "اعتقال")
    assert e.code == "173"
    assert e.modality == "negated"
    assert news_arg(text, "اعتقال") == "جهاز الشاباك"


def test_failure_short_subject_still_negates() -> None:
    assert news_modality("فشلت القوات في السيطرة على المدينة.", "السيطرة") == "negated"


def test_success_over_long_subject_asserted() -> None:
    # counter-case: «نجح» is no verb of failing, however long its subject
    assert news_modality("نجح جهاز الشاباك الإسرائيلي في اعتقال المشتبه بهم.", "اعتقال") == "asserted"


def test_failure_reach_stops_at_first_fi() -> None:
    # counter-case: the first «في» after «فشل» ends its complement; an act after a later «في» is not what failed
    text = "فشل المؤتمر في القاهرة في الأسبوع الماضي، واعتقلت الشرطة المحتجين."
    assert news_modality(text, "واعتقلت") == "asserted"


def test_relative_head_run_into_subject() -> None:
    text = "وأدان البيان الميليشيات التي قامت بقصف الأحياء السكنية."
    assert news_arg(text, "بقصف") == "الميليشيات"


def test_relative_head_with_adjective_whole() -> None:
    # counter-case: a noun and its adjective are one phrase: the whole phrase is the relative's head
    text = "وأدان البيان الفصائل المسلحة التي قامت بقصف الأحياء السكنية."
    assert news_arg(text, "بقصف") != "المسلحة"
    text = "وقالت الوزارة إن القوات الحكومية التي قامت بقصف الأحياء انسحبت."
    assert news_arg(text, "بقصف") == "القوات الحكومية"
