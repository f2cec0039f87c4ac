"""Round au953: the victims of a toll told «في صفوف X» are the target of the act of force (events.ranks_targets)."""

from __future__ import annotations

from conftest import analyze_news, news_event_rows


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    return next(r for r in news_event_rows(text) if r[1] == trigger)


def test_named_group_in_ranks_is_target() -> None:
    text = "وقال مصدر في المقاومة إن الاشتباكات في مديرية صرواح أسفرت عن سقوط قتلى وجرحى في صفوف الميليشيات الحوثية."
    assert _row(text, "قتلى") == ("190", "قتلى", None, "الميليشيات الحوثية", "reported")


def test_civilians_in_ranks_are_target_phrase() -> None:
    # (round mn1001: the toll of shelling is the shelling's, one 194 event whose triggers hold the toll nouns)
    doc = analyze_news("وذكر ناشطون أن القصف المدفعي على بلدة سراقب خلف عشرات القتلى والجرحى في صفوف المدنيين.")
    assert [(e.code, [doc.text[t.start : t.end] for t in e.triggers]) for e in doc.events] == [
        ("194", ["القصف", "القتلى", "والجرحى"])]
    # the civilians in the ranks are the target of the merged shelling where it names no other target
    text = "وذكر ناشطون أن القصف المدفعي خلف عشرات القتلى والجرحى في صفوف المدنيين."
    assert _row(text, "القصف") == ("194", "القصف", None, "المدنيين", "reported")


def test_folded_toll_names_attack_victims() -> None:
    text = "وأفاد مصدر عسكري بأن الهجوم على الثكنة خلف قتلى في صفوف «جبهة النصرة»."
    assert _row(text, "الهجوم") == ("190", "الهجوم", None, "جبهة النصرة", "reported")


def test_both_sides_in_ranks_stay_unnamed() -> None:
    text = "وأكد شهود عيان سقوط قتلى وجرحى في صفوف الطرفين خلال المعارك في مدينة تعز."
    assert _row(text, "قتلى") == ("190", "قتلى", None, None, "reported")


def test_members_noun_before_group_is_the_group() -> None:
    text = "وقال المتحدث العسكري إن المعارك في محيط مدينة مأرب خلفت عشرات القتلى في صفوف المتمردين الحوثيين."
    assert _row(text, "القتلى")[3] == "الحوثيين"


def test_verb_between_toll_and_ranks_is_no_target() -> None:
    # counter-case: «قتلى وأثار غضبا ... في صفوف حركة فتح»: the anger, not the dead, is in Fatah's ranks
    # (round mn1001: the toll is the shelling's, one 194 event: its target the camp shelled, not Fatah)
    text = "وأسفر القصف الإسرائيلي على مخيم جباليا عن سقوط قتلى وأثار غضبا واسعا في صفوف حركة فتح."
    assert news_event_rows(text) == [("194", "القصف", None, "جباليا", "asserted")]


def test_comma_between_toll_and_ranks_is_no_target() -> None:
    text = "وأسفر القصف الإسرائيلي على مخيم جباليا عن سقوط قتلى، وأثار غضبا واسعا في صفوف حركة فتح."
    assert _row(text, "القصف")[3] == "جباليا"  # (round mn1001: the toll merged into the 194 shelling)
