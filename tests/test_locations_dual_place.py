"""Round lo408: the dual of a masculine place word before two names joined by «و» places the act there («في ريفي
إدلب وحماه»; events.where._masculine_dual). Hand-made sentences with a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_clashes_in_the_countryside_of_two_provinces() -> None:
    text = "وقال المرصد إن الاشتباكات تواصلت بين القوات النظامية وقوات المعارضة في ريفي إدلب وحماه أمس."
    assert news_place(text, "الاشتباكات") == "إدلب"


def test_indefinite_regional_adjective_is_no_dual() -> None:
    # counter-case: «إقليمي» here is the adjective of «صراع», with no second name joined by «و» after the place
    text = "وقال المرصد إن الاشتباكات تواصلت بين القوات النظامية وقوات المعارضة في صراع إقليمي إيران طرف فيه."
    assert news_place(text, "الاشتباكات") != "إيران"
