"""Quote speakers in constructions of real news (thirteenth round): an unnamed title phrase followed by a name
the entity layer did not tag takes the name into its speaker text («ويرى الباحث فلان»), also past the phrases of
a preposition that describe the title; an unnamed plural subject right before a plural verb («مسؤولين هنود
قالوا»); and an unnamed speaker's phrase stops before the paper or agency it spoke to («للصحيفة»)."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def test_a_title_takes_the_untagged_name_after_it() -> None:
    # «الأكاديمي» is no title of the entity layer: the name stays untagged and the speaker text runs over it
    doc = analyze("ويرى الأكاديمي حسام السراي أن الأزمة ستطول.")
    assert quote_speakers(doc) == [("ويرى", "[الأكاديمي حسام السراي]")]
    # with a title the entity layer knows (round 13 of the entities), the name is a person and the speaker
    doc = analyze("ويرى الباحث حسام السراي أن الأزمة ستطول.")
    assert quote_speakers(doc) == [("ويرى", "حسام السراي")]


def test_a_title_takes_the_name_past_a_phrase_of_a_preposition() -> None:
    doc = analyze("قال الناشط المختص بحقوق الإنسان كميل آل بوشوكة إن السلطات اعتقلت العشرات.")
    assert quote_speakers(doc) == [("قال", "كميل آل بوشوكة")]  # (the entity layer now tags the name)


def test_a_title_takes_a_given_name_and_a_family_name_in_ya() -> None:
    doc = analyze("وقالت الأكاديمية رها بحريني إن المنظمة تتابع الحالة.")
    assert quote_speakers(doc) == [("وقالت", "[الأكاديمية رها بحريني]")]


def test_a_plural_subject_before_a_plural_verb() -> None:
    doc = analyze("لكن مسؤولين هنود قالوا إن الاتفاق قريب.")
    assert quote_speakers(doc) == [("قالوا", "[مسؤولين هنود]")]


def test_a_plural_subject_after_a_comma() -> None:
    doc = analyze("وفي المقابل، خبراء ماليين مستقلين قالوا إن السوق ستتعافى.")
    assert quote_speakers(doc) == [("قالوا", "[خبراء ماليين مستقلين]")]


def test_an_unnamed_phrase_stops_before_the_paper_it_spoke_to() -> None:
    doc = analyze("وقال شهود عيان للصحيفة إن القصف استمر.")
    assert quote_speakers(doc) == [("وقال", "[شهود عيان]")]


def test_an_unnamed_phrase_stops_before_the_agency_it_spoke_to() -> None:
    doc = analyze("وقال مصدر أمني لوكالة الأنباء إن القصف استمر.")
    assert quote_speakers(doc) == [("وقال", "[مصدر أمني]")]
