"""Round qu855: a singular participle cue («قائلة», «قائلا») after an SVO clause takes the subject fronted before
the verb it hangs on where the verb, the participle and the subject agree in gender («لكن المحكمة رفضت الطلب قائلة
إن ...»: the court; «بينما الوزير ردّ على الانتقادات قائلا»: the minister); and an unnamed subject read for a
participle must agree with it in number and gender («ووافقت الوزارة ...، ثم طعنوا ... قائلين»: not the ministry)."""

from conftest import analyze_news
from conftest import quote_speaker_pair as _said

from rasd.quotes.plural_fronted import singular_verb

ARRIVAL = "ووصل الوفد الحكومي إلى القاهرة أمس، "
CLAIM = " إن القانون لا يسمح بذلك."


def test_a_feminine_body_fronted_after_but_speaks() -> None:
    assert _said(ARRIVAL + "لكن المحكمة رفضت الطلب قائلة" + CLAIM, "قائلة") == (None, "المحكمة")  # (was none)


def test_a_named_feminine_body_fronted_after_a_named_man() -> None:
    text = "وزار الرئيس الأمريكي باراك أوباما القاهرة أمس، لكن المحكمة العليا رفضت الطلب قائلة" + CLAIM
    assert _said(text, "قائلة") == ("المحكمة العليا", None)


def test_a_present_feminine_verb() -> None:
    assert _said(ARRIVAL + "لكن الوزارة ترفض الخطة قائلة" + CLAIM, "قائلة") == (None, "الوزارة")


def test_a_masculine_title_fronted_before_a_doubled_verb_after_whereas() -> None:
    text = ARRIVAL + "بينما الوزير ردّ على الانتقادات قائلا" + CLAIM
    assert _said(text, "قائلا") == (None, "الوزير")  # (the chunker ran «الوزير ردّ» on as one phrase)


def test_a_masculine_title_fronted_after_but() -> None:
    assert _said(ARRIVAL + "لكن الوزير رفض الخطة قائلا" + CLAIM, "قائلا") == (None, "الوزير")


def test_a_masculine_participle_after_a_feminine_subject_keeps_what_it_had() -> None:
    text = "وزار الرئيس الأمريكي باراك أوباما القاهرة أمس، لكن المحكمة رفضت الطلب قائلا" + CLAIM
    assert _said(text, "قائلا") == ("باراك أوباما", None)  # (no agreement: not «المحكمة»)


def test_a_feminine_participle_after_a_masculine_verb_takes_no_fronted_subject() -> None:
    assert _said(ARRIVAL + "لكن الوزارة رفض الخطة مؤكدا" + CLAIM, "مؤكدا")[1] != "الوزارة"


def test_vso_after_the_verb_stays() -> None:
    assert _said("ورفضت المحكمة الطلب قائلة" + CLAIM, "قائلة")[1] == "المحكمة الطلب"  # (as before: VSO)


def test_sentence_opening_svo_stays() -> None:
    assert _said("لكن المحكمة رفضت الطلب قائلة" + CLAIM, "قائلة") == (None, "المحكمة")


def test_a_named_man_fronted_stays() -> None:
    text = "ووصلت الحكومة المصرية إلى القاهرة أمس، لكن وزير الخارجية سامح شكري رفض الخطة قائلا" + CLAIM
    assert _said(text, "قائلا") == ("سامح شكري", None)


def test_a_plural_participle_takes_no_singular_unnamed_subject() -> None:
    text = "ووافقت الوزارة على المشروع في الأسبوع الماضي، ثم طعنوا على القرار قائلين إن المشروع يضر بالبيئة."
    assert _said(text, "قائلين") == (None, None)  # (was «الوزارة»)


def test_a_feminine_participle_takes_no_unnamed_man() -> None:
    text = "ووافق الوزير على المشروع في الأسبوع الماضي، ثم رفضت الطلب قائلة إن المشروع يضر بالبيئة."
    assert _said(text, "قائلة") == (None, None)  # (was «الوزير»)


def test_a_plural_participle_keeps_a_plural_group() -> None:
    text = "واتهم المتمردون الحكومة بتجويع السكان، معتبرين أن الحصار جريمة حرب."
    assert _said(text, "معتبرين") == ("المتمردون", None)


def test_singular_verb_shapes() -> None:
    doc = analyze_news("رفضت ترفض رفض يرفض أعلن انتقد ردّ للهيئة متطوعين مجلس طعنوا قالتا تحدث.")
    f = {t.text: singular_verb(doc, i, "f") for i, t in enumerate(doc.tokens)}
    m = {t.text: singular_verb(doc, i, "m") for i, t in enumerate(doc.tokens)}
    assert [w for w, v in f.items() if v] == ["رفضت", "ترفض", "تحدث"]
    assert [w for w, v in m.items() if v] == ["رفض", "يرفض", "أعلن", "انتقد", "ردّ"]
