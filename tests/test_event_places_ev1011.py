"""Round ev1011: places an act swept or spread over (``rasd.events.where_spread``), a statement's venue that is no
place of the act it reports (``rasd.events.report_venue``), and the victims of a passive verb of dying that are never
the doer (``rasd.events.victim_sources``)."""

from __future__ import annotations

from conftest import news_event, news_event_rows, news_place


def test_sweep_verb_relative_gives_object_place() -> None:
    text = "وشارك الوزير في إحدى المظاهرات الغاضبة التي اجتاحت لبنان مساء السبت ضد الفساد."
    assert news_place(text, "المظاهرات") == "لبنان"


def test_sweep_verb_before_act_gives_object_place() -> None:
    assert news_place("عمت الاحتجاجات مدن العراق يوم الجمعة.", "الاحتجاجات") == "العراق"


def test_witnessed_place_unchanged() -> None:
    # counter-case: the witnessing verb keeps its own rule
    assert news_place("وانتهت الاحتجاجات التي شهدتها بيروت مساء السبت.", "الاحتجاجات") == "بيروت"


def test_most_parts_of_named_place() -> None:
    text = "واندلعت اشتباكات عنيفة يوم الأحد في معظم أنحاء ليبيا عقب جنازة أحد الضباط في طرابلس."
    assert news_place(text, "اشتباكات") == "ليبيا"


def test_several_regions_of_place() -> None:
    text = "واندلعت اشتباكات عنيفة يوم الأحد في مختلف مناطق اليمن عقب جنازة أحد الضباط في عدن."
    assert news_place(text, "اشتباكات") == "اليمن"


def test_bare_head_of_place_named_before() -> None:
    text = ("وصل المبعوث إلى قطاع غزة صباح الأحد. واندلعت اشتباكات عنيفة مساء الأحد في معظم أنحاء القطاع "
            "عقب جنازة أحد الشبان في رفح.")
    assert news_place(text, "اشتباكات") == "قطاع غزة"


def test_bare_head_with_no_place_named_stays_unplaced_by_it() -> None:
    # counter-case: no place named «القطاع ...» before; the funeral's town is not taken for the clashes by the rule
    text = "واندلعت اشتباكات عنيفة مساء الأحد في معظم أنحاء القطاع."
    assert news_place(text, "اشتباكات") is None


def test_statement_venue_is_no_place_of_reported_call() -> None:
    text = ("وكان المجلس الوطني أصدر خلال اجتماعه في باريس بيانا شرح فيه موقفه من مقترحات المبعوث الأممي "
            "وبخاصة دعوته لتشكيل لجان مشتركة.")
    doc, e = news_event(text, "دعوته")
    assert e.code == "020"
    assert e.location is None


def test_statement_venue_kept_for_meeting() -> None:
    # counter-case: the meeting held there keeps its place
    text = ("وكان المجلس الوطني أصدر خلال اجتماعه في باريس بيانا شرح فيه موقفه من مقترحات المبعوث الأممي "
            "وبخاصة دعوته لتشكيل لجان مشتركة.")
    assert news_place(text, "اجتماعه") == "باريس"


def test_passive_wounding_takes_raids_doer_and_place() -> None:
    text = "قتل وجرح عشرات الأشخاص جراء تنفيذ الطيران الحربي عدة غارات على مدينة حماة صباح الأحد."
    rows = {r[1]: r for r in news_event_rows(text)}
    assert rows["قتل"][0] == "190"
    assert rows["قتل"][2] == "الطيران الحربي"
    assert rows["قتل"][3] == "عشرات الأشخاص"
    assert rows["غارات"][2] == "الطيران الحربي"
    assert news_place(text, "قتل") == "حماة"


def test_passive_wounding_with_strike_after() -> None:
    text = "جرح عشرات الأشخاص صباح الأحد، واستهدفت الطائرات الحربية سوقا شعبيا في مدينة إدلب."
    rows = {r[1]: r for r in news_event_rows(text)}
    assert rows["جرح"][2] == "الطائرات الحربية"
    assert rows["جرح"][3] == "الأشخاص"


def test_active_killer_kept() -> None:
    # counter-case: a definite subject after the verb is the killer
    rows = {r[1]: r for r in news_event_rows("قتل الجيش خمسة مسلحين في غارة على مدينة حماة.")}
    assert rows["قتل"][2] == "الجيش"


def test_victims_told_before_keep_attack_doer() -> None:
    # counter-case: «قتل» after its victims and before a preposition; the attack's doer after it stays
    rows = {r[1]: r for r in news_event_rows("وقالت الحكومة إن 300 شخص قتل خلال هجوم المتمردين على مدينة الفاشر.")}
    assert rows["هجوم"][2] == "المتمردين"
