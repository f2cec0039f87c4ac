"""Round qu836: a plural participle cue («قائلين») shares the subject of the finite plural verb it hangs on, and a
verb in «ـوا/ـون» agrees with a subject fronted before it: «لكن أنصار الحفاظ على البيئة طعنوا على القرار قائلين
إن ...»: the supporters speak, not the ministry the sentence opens with. A singular participle, a plural verb with
its subject dropped, a named subject already read and a passive verb with no subject keep what they had."""

from conftest import analyze_news
from conftest import quote_speaker_pair as _said

from rasd.quotes.plural_fronted import plural_verb

OPENING = "ووافقت الوزارة على المشروع الشهر الماضي "
CLAIM = " إن المشروع يهدد الغابات."


def test_the_fronted_group_of_a_plural_verb_after_but_speaks() -> None:
    text = OPENING + "لكن أنصار الحفاظ على البيئة طعنوا على القرار قائلين" + CLAIM
    assert _said(text, "قائلين") == (None, "أنصار الحفاظ على البيئة")


def test_a_sound_plural_fronted_after_a_comma_and_but() -> None:
    text = "وأقرت الحكومة الخطة الجديدة، لكن المعارضون رفضوا الاتفاق قائلين إنه لا يحقق مطالب الشارع."
    assert _said(text, "قائلين") == ("المعارضون", None)  # (was «الحكومة»: the sentence's own subject)


def test_a_present_plural_verb_after_whereas() -> None:
    text = "وعقد الوزراء اجتماعا في الرياض، بينما الخبراء يتابعون الموقف قائلين إن الأزمة ستطول."
    assert _said(text, "قائلين") == (None, "الخبراء")


def test_a_singular_participle_does_not_take_the_plural_subject() -> None:
    text = OPENING + "لكن أنصار الحفاظ على البيئة طعنوا على القرار قائلا" + CLAIM
    assert _said(text, "قائلا")[1] != "أنصار الحفاظ على البيئة"


def test_a_plural_verb_with_its_subject_dropped_takes_no_phrase_before_it() -> None:
    text = OPENING + "ثم طعنوا على القرار قائلين" + CLAIM
    assert _said(text, "قائلين")[1] not in ("الشهر الماضي", "المشروع")  # no phrase fronted before «طعنوا»


def test_a_named_subject_already_read_stays() -> None:
    text = "وانتقد الرئيس الفرنسي فرنسوا هولاند الخطة قائلا إن بلاده لن تقبل بها."
    assert _said(text, "قائلا") == ("فرنسوا هولاند", None)


def test_a_participle_after_a_passive_verb_stays_empty() -> None:
    text = "وتم تأجيل الاجتماع إلى الأسبوع المقبل قائلا إن الموعد الجديد سيحدد لاحقا."
    assert _said(text, "قائلا") == (None, None)


def test_plural_verb_shapes() -> None:
    doc = analyze_news("لكن المعارضين طعنوا ويتابعون وقالت الحكومة.")
    keys = {t.text: plural_verb(doc, i) for i, t in enumerate(doc.tokens)}
    assert keys["طعنوا"] and keys["ويتابعون"]
    assert not keys["المعارضين"] and not keys["وقالت"]
