"""Round ev902: «بين الطرفين/الجانبين/البلدين», «الجانبين اتفقا»: the pair of the act told just before
(rasd.events.sides_between)."""

from __future__ import annotations

from conftest import news_event_rows


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    rows = [r for r in news_event_rows(text) if r[1] == trigger]
    assert rows, news_event_rows(text)
    return rows[0]


def test_clash_between_the_two_sides_takes_the_shelling_before() -> None:
    text = "قصفت القوات الحكومية مواقع لجبهة النصرة في ريف إدلب، وسط اشتباكات عنيفة بين الطرفين."
    assert _row(text, "اشتباكات")[:4] == ("193", "اشتباكات", "القوات الحكومية", "جبهة النصرة")


def test_meeting_between_two_states_named_before() -> None:
    text = "تحدث التقرير عن العلاقات بين السعودية ومصر. وتناول اللقاء بين الطرفين ملفات عديدة."
    assert _row(text, "اللقاء")[:4] == ("040", "اللقاء", "السعودية", "مصر")


def test_dual_subject_before_a_dual_verb_takes_the_pair_with_ma() -> None:
    text = ("وقال وزير الخارجية الأميركي جون كيري في مؤتمر صحافي مع نظيره الكويتي صباح الخالد إن الجانبين اتفقا "
            "على مواصلة دعم الحكومة اليمنية.")
    assert _row(text, "اتفقا")[:4] == ("030", "اتفقا", "جون كيري", "صباح الخالد")


def test_town_seized_is_no_side_of_the_clashes() -> None:
    # counter-case: the town seized before is no second side of the fighting
    text = "سيطرت قوات المقاومة الشعبية على مدينة زنجبار، فيما تدور اشتباكات بين الطرفين في أطراف المدينة."
    _, _, src, tgt, _ = _row(text, "اشتباكات")
    assert (src, tgt) == (None, None)


def test_last_act_with_one_party_leaves_the_pair_unclear() -> None:
    # counter-case: the meeting just before names one side only; the visit further back is not taken
    text = ("وصل وزير الخارجية الأردني ناصر جودة إلى باريس يوم الاثنين، حيث التقى نظيره الفرنسي لوران فابيوس، "
            "وبحث الجانبان سبل تعزيز التعاون بين البلدين.")
    _, _, src, tgt, _ = _row(text, "وبحث")
    assert (src, tgt) == (None, None)


def test_country_adjectives_after_the_dual_are_not_this_rule() -> None:
    # counter-case: «الجانبين المصري والأمريكي» names its own two; no «مع» pair is read for them
    text = ("وقال المتحدث باسم الخارجية المصرية أحمد أبو زيد إن الجانبين المصري والأمريكي ناقشا خلال الاتصال "
            "الهاتفي الأزمة في ليبيا.")
    rows = news_event_rows(text)
    assert not any(r[2] == "أحمد أبو زيد" and r[3] is not None and r[0].startswith("04") for r in rows)
