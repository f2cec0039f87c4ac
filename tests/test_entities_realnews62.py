"""Entities, round 62: a given name that is also a frequent common noun heading a construct («مالك المطعم»: the
restaurant's owner; «صدام الولاءات»: the clash of loyalties) is the noun, and its other bare mentions in the
article go with it; «درب» before a club («الذي درب النصر»: who coached al-Nassr) is the verb, no path named «درب
النصر». Counter-cases: «مالك بن نبي», «الشيخ مالك», «صدام حسين» (then «صدام» before a definite word stays him).
Also: «حزب» + one noun of a party's name («حزب الشعب»; not «حزب الرئيس»); «الحركة» before an adjective the body was
never named with is no anaphor; a church named by a rare word in «ة» («كنيسة الطابغة»; not «مسجد القرية»); a listed
given name and a rare word in a list of persons («عارف الزوكا، وياسر العوضي»; not «خالد مبكرا»)."""

from __future__ import annotations

from conftest import analyze_news, names_of_type, quote_speakers


def test_the_owner_of_the_restaurant_is_no_one() -> None:
    doc = analyze_news("وقال مالك المطعم إن الزبائن كثر هذا العام.")
    assert names_of_type(doc, "PERSON") == []


def test_the_owner_named_alone_later_goes_too() -> None:
    doc = analyze_news("وقال مالك المطعم إن الزبائن كثر. ويضيف مالك: «اعتادوا على الاسم».")
    assert names_of_type(doc, "PERSON") == []


def test_the_owner_speaks_as_a_description() -> None:
    doc = analyze_news("وقال مالك شركة النقل إن الأسعار سترتفع.")
    assert quote_speakers(doc) == [("وقال", "[مالك شركة النقل]")]


def test_a_clash_of_loyalties_is_no_one() -> None:
    doc = analyze_news("وأدى صدام الولاءات إلى انتفاضة في البلاد.")
    assert names_of_type(doc, "PERSON") == []


def test_a_thinker_with_his_lineage_stays() -> None:
    doc = analyze_news("وقال المفكر مالك بن نبي إن الاستعمار قابلية.")
    assert names_of_type(doc, "PERSON") == ["مالك بن نبي"]


def test_a_sheikh_named_by_his_given_name_stays() -> None:
    doc = analyze_news("وقال الشيخ مالك إن الصلاة قائمة.")
    assert names_of_type(doc, "PERSON") == ["مالك"]


def test_saddam_named_in_full_keeps_his_bare_mentions() -> None:
    doc = analyze_news("وقال صدام حسين إن الحرب انتهت. وأخرج صدام القمة عن هدفها.")
    assert names_of_type(doc, "PERSON") == ["صدام حسين"]


def test_a_coach_who_coached_a_club_names_no_path() -> None:
    doc = analyze_news("وهو المدرب الذي درب النصر لمدة شهرين.")
    assert names_of_type(doc, "LOCATION") == []


# a party named by «حزب» and one definite noun of a party's name

def test_a_party_of_the_people() -> None:
    doc = analyze_news("وقال حزب الشعب إنه سيعارض القانون الجديد.")
    assert names_of_type(doc, "ORGANIZATION") == ["حزب الشعب"]


def test_the_presidents_party_is_no_name() -> None:
    doc = analyze_news("وقال حزب الرئيس إنه سيعارض القانون الجديد.")
    assert names_of_type(doc, "ORGANIZATION") == []


# «الحركة» before an adjective is another body's name or a movement, no anaphor of the party named before

def test_another_movement_named_after_a_party_is_no_anaphor() -> None:
    doc = analyze_news("وقدم حزب الاستقلال مرشحيه. وقدمت الحركة الشعبية مرشحين آخرين.")
    assert [m.text for m in doc.mentions if m.text.startswith("الحركة")] == []


# a church named by a rare definite word in «ة»

def test_a_church_named_by_a_word_in_ta_marbuta() -> None:
    doc = analyze_news("وأحرق متطرفون كنيسة الطابغة قرب بحيرة طبريا.")
    assert "كنيسة الطابغة" in names_of_type(doc, "LOCATION")


def test_the_village_mosque_is_no_name() -> None:
    doc = analyze_news("وصلى المئات في مسجد القرية بعد الظهر.")
    assert names_of_type(doc, "LOCATION") == []


# a listed given name and a rare family name in a list of persons

def test_a_given_name_and_an_unknown_family_name_in_a_list() -> None:
    doc = analyze_news("وزار موسكو اثنان من اليمن هما عارف الزوكا، وياسر العوضي.")
    assert "عارف الزوكا" in names_of_type(doc, "PERSON")


def test_a_given_name_and_a_frequent_word_in_a_list() -> None:
    doc = analyze_news("وحضر خالد مبكرا، وياسر العوضي أيضا.")
    assert "خالد مبكرا" not in names_of_type(doc, "PERSON")
