"""Round 229: «اجتماعا تنسيقيا للتحضير لاجتماع مع X»: X is the partner of the inner meeting only."""

from conftest import news_arg

PREP = "عقد وزراء خارجية دول مجلس التعاون أمس في الرياض اجتماعا تنسيقيا للتحضير لاجتماع مع كيري اليوم."


def test_partner_of_inner_meeting() -> None:
    assert news_arg(PREP, "لاجتماع", "target") == "كيري"
    assert news_arg(PREP, "اجتماعا", "target") == ""


def test_counter_partner_before_inner_meeting_stays() -> None:
    text = "عقد وزراء خارجية دول مجلس التعاون أمس في الرياض اجتماعا مع جون كيري، تمهيدا لاجتماع آخر الشهر المقبل."
    assert news_arg(text, "اجتماعا", "target") == "جون كيري"


def test_named_partner_of_inner_meeting() -> None:
    # the partner named before in full (an entity): still the inner meeting's only
    text = ("وقال وزير الخارجية الأمريكي جون كيري إن بلاده ملتزمة بدعم مصر. في غضون ذلك، عقد وزراء خارجية دول مجلس "
            "التعاون مساء أمس في الدوحة اجتماعا تنسيقيا للتحضير لاجتماع مع كيري اليوم.")
    assert news_arg(text, "لاجتماع", "target") == "جون كيري"
    assert news_arg(text, "اجتماعا", "target") == ""
