"""Round au1021: the doer of an act a verb of readying, planning or seeking governs with «لـ/إلى» is that verb's
subject (rasd.events.readied_acts). Hand-made sentences."""

from __future__ import annotations

from conftest import news_arg, news_event_rows


def test_armed_factions_readying_an_attack() -> None:
    text = "وتستعد الفصائل المسلحة لشن هجوم على مدينة الرمادي خلال الأيام المقبلة."
    rows = [r for r in news_event_rows(text) if r[1] == "هجوم"]
    assert [(r[0], r[4]) for r in rows] == [("190", "planned")]
    assert news_arg(text, "هجوم") == "الفصائل المسلحة"


def test_rebels_planning_an_attack() -> None:
    text = "ويخطط المتمردون لشن هجوم جديد على المدينة الساحلية."
    assert news_arg(text, "هجوم") == "المتمردون"


def test_army_seeking_control() -> None:
    text = "ويسعى الجيش للسيطرة على الطريق الرئيسي بين المدينتين."
    assert news_arg(text, "للسيطرة") == "الجيش"


def test_government_seeking_talks_with_a_target() -> None:
    text = "وتسعى الحكومة إلى التفاوض مع المتمردين لإنهاء القتال."
    assert news_arg(text, "التفاوض") == "الحكومة"
    assert news_arg(text, "التفاوض", "target") == "المتمردين"


def test_activists_readying_a_demonstration() -> None:
    text = "ويستعد ناشطون مدنيون للخروج في مظاهرة حاشدة يوم الجمعة في البصرة."
    assert news_arg(text, "مظاهرة") == "ناشطون مدنيون"


def test_activists_readying_to_organise_marches() -> None:
    text = "ويستعد نشطاء آخرون لتنظيم مظاهرات يوم الجمعة المقبل في ساحة التحرير."
    assert news_arg(text, "مظاهرات") == "نشطاء آخرون"


def test_police_resorting_to_arrests() -> None:
    text = "ولجأت الشرطة إلى اعتقال عدد من المتظاهرين في وسط المدينة."
    assert news_arg(text, "اعتقال") == "الشرطة"


def test_counter_no_people_no_source() -> None:
    # «الحوار» names no people or body: the act keeps no source
    text = "ويسعى الحوار إلى التفاوض على هدنة طويلة."
    assert all(r[2] is None for r in news_event_rows(text) if r[1] == "التفاوض")


def test_pushed_to_an_attack_with_the_lam_left_on_the_light_masdar() -> None:
    # pushed_doers.act_marker: «لشن» the word layer leaves whole is the «لـ» of the light masdar
    text = "وتعرضت القرى لقصف عنيف، وهو ما دفع المقاتلين الأكراد لشن هجوم على مواقع التنظيم."
    assert news_arg(text, "هجوم") == "المقاتلين الأكراد"
