"""Round ev911: a dual verb with no written subject («وأكدا», «واتفقا», «وشددا») names the pair told before it."""

from __future__ import annotations

from conftest import news_event_rows

MEETING = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي لوران فابيوس في باريس أمس. "
           "وأكدا رفضهما القاطع للتدخل الأجنبي، وشددا على أهمية الحل السياسي.")


def _row(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    rows = [r for r in news_event_rows(text) if r[1] == trigger]
    assert len(rows) == 1, news_event_rows(text)
    return rows[0]


def test_dual_verb_coded_from_its_object_takes_the_meeting_pair() -> None:
    # «أكدا رفضهما»: the event is coded 120 from «رفض», its word is still the dual of «أكد»; a rejection the two
    # make together is aimed at a third («للتدخل الأجنبي»), so the other of the two is no target (session 52's judge
    # of «كما أكدا رفضهما القاطع لمحاولات تدخل إيران»: Jordan's king as the target read as Saudi Arabia rejecting him)
    assert _row(MEETING, "وأكدا") == ("120", "وأكدا", "عادل الجبير", None, "asserted")
    assert _row(MEETING, "وشددا على") == ("010", "وشددا على", "عادل الجبير", "لوران فابيوس", "asserted")


def test_dual_verb_with_the_host_carried_takes_the_guest_as_target() -> None:
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس الملك الأردني عبد الله الثاني، "
            "وأكدا خلاله أهمية التعاون.")
    assert _row(text, "وأكدا") == ("010", "وأكدا", "عبد الفتاح السيسي", "عبد الله الثاني", "asserted")


def test_dual_verb_after_with_takes_the_two_persons_not_the_state_of_biladihi() -> None:
    text = ("وقال وزير الخارجية الأمريكي جون كيري في مؤتمر صحافي مع نظيره البريطاني فيليب هاموند "
            "إن بلاده تدعم الحوار، واتفقا على مواصلة التشاور.")
    assert _row(text, "واتفقا") == ("030", "واتفقا", "جون كيري", "فيليب هاموند", "reported")


def test_singular_verb_in_alif_keeps_one_party() -> None:
    # «دعا»: its «ا» is the root's, no dual
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس الملك الأردني عبد الله الثاني، "
            "ودعا إلى وقف القتال في ليبيا.")
    assert _row(text, "ودعا") == ("020", "ودعا", "عبد الفتاح السيسي", None, "asserted")


def test_written_singular_subject_after_a_meeting_is_kept() -> None:
    text = ("التقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي لوران فابيوس في باريس أمس، "
            "وأكد الوزير الفرنسي لوران فابيوس دعم بلاده للحل السياسي.")
    assert _row(text, "وأكد") == ("010", "وأكد", "لوران فابيوس", None, "asserted")


def test_dual_verb_after_a_pair_of_states_between_is_not_given_them() -> None:
    # «بين مصر والأردن» names states by the way; the dual «ويلتقيان» is no act of theirs
    text = "وكتب الصحافي فهمي هويدي عن الموقف بين مصر والأردن، ويلتقيان في الرأي حول الإصلاح."
    assert _row(text, "ويلتقيان") == ("040", "ويلتقيان", None, None, "asserted")
