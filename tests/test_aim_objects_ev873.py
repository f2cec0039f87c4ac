"""Round ev873: «تستهدف» whose object is an aim (a masdar of ``aim_objects``) is no attack, also where a short
«بـ» phrase or adverbial, closed by a comma, stands between the verb and the object; the decision is made on the
object's head, not on any word in reach («نقطة مراقبة» is a place shelled)."""

from conftest import news_codes


def test_aim_past_instrumental_and_comma() -> None:
    text = "وقال الكاتب إن تلك الجماعات يستهدفون بأساليب ملتوية، تعكير العلاقات بين البلدين الجارين."
    assert "يستهدفون" not in [t for t, _ in news_codes(text)]


def test_aim_after_manner_adverbial() -> None:
    text = "وقال المسؤول إن المشروع الجديد يستهدف بشكل أساسي تحقيق الاكتفاء الذاتي من القمح."
    assert "يستهدف" not in [t for t, _ in news_codes(text)]


def test_monitoring_is_an_aim() -> None:
    text = "وأوضح الوزير أن تركيب أجهزة الرصد على الحدود يستهدف مراقبة حركة المهربين."
    assert "يستهدف" not in [t for t, _ in news_codes(text)]


def test_spoiling_is_an_aim() -> None:
    text = "وقال الكاتب إن تلك الجماعات يستهدفون بأساليب ملتوية، إفساد العلاقات بين البلدين الجارين."
    assert "يستهدفون" not in [t for t, _ in news_codes(text)]


def test_monitoring_post_is_a_target() -> None:
    # counter-case: «مراقبة» is the genitive of «نقطة», a post the gunmen hit
    text = "وقال مصدر عسكري إن المسلحين استهدفوا نقطة مراقبة تابعة للجيش قرب الحدود."
    assert ("استهدفوا", "190") in news_codes(text)


def test_physical_targets_unchanged() -> None:
    # (round ev996: aircraft that target make an aerial attack, 195, on purpose)
    assert ("واستهدفت", "195") in news_codes("واستهدفت الطائرات مواقع التنظيم في ريف المدينة.")
    assert ("ويستهدف", "190") in news_codes("ويستهدف الجيش، بشكل يومي، الأحياء السكنية في المدينة.")
