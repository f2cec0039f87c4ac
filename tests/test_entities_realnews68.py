"""Entities, round 68: «علي» after a lone given name is his father's name, no second man («منصور علي ميان»); a «لل»
word ends a name («وانغ للصحافيين»); a rare word after a foreign given name alone is his surname («ديفيد ستاف»); a
conference named by its place is a meeting, no body («مؤتمر جنيف»); a quoted name after a restaurant's or a firm's
noun, or before «، النسخة ...», is the business; a given name alone before the one full name opening with it is
that person («الرئيس بشار» ... «الرئيس بشار الأسد»)."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention, names_of_type, runs_doc


def test_ali_after_a_lone_given_name_is_his_father() -> None:
    doc = runs_doc("وعبر منصور علي ميان، وهو من سكان القرية، عن فرحه بالقرار.", ["منصور"], ["علي", "ميان"])
    assert names_of_type(doc, "PERSON") == ["منصور علي ميان"]


def test_ali_stays_apart_where_the_given_name_is_another_mans() -> None:
    doc = runs_doc("والتقى منصور الحربي أمس. وقال منصور علي ميان إن الوضع صعب.",
                   ["منصور", "الحربي"], ["منصور"], ["علي", "ميان"])
    assert "علي ميان" in names_of_type(doc, "PERSON")


def test_a_lam_lam_word_ends_a_name() -> None:
    doc = runs_doc("وقال الوزير الصيني وانغ يي إن بلاده ملتزمة. وصرح وانغ للصحافيين بأن العمل توقف.",
                   ["وانغ", "يي"], ["وانغ", "للصحافيين"])
    persons = names_of_type(doc, "PERSON")
    assert persons == ["وانغ يي"]
    assert not any("للصحافيين" in m.text for m in doc.mentions)


def test_a_name_word_with_lam_lam_stays() -> None:
    doc = runs_doc("وقال عبد الله الحربي إن العمل مستمر.", ["عبد", "الله", "الحربي"])
    assert names_of_type(doc, "PERSON") == ["عبد الله الحربي"]


def test_a_rare_word_after_a_foreign_given_name_is_his_surname() -> None:
    doc = runs_doc("وكان بين المعتقلين الراب ديفيد ستاف والوزير السابق.", ["ديفيد"])
    assert names_of_type(doc, "PERSON") == ["ديفيد ستاف"]


def test_a_word_with_a_clitic_after_a_name_is_no_surname() -> None:
    doc = runs_doc("وقال الرئيس باراك أوباما إنه سيوقع الاتفاق. ووقعها الرئيس أوباما كقانون أمس.",
                   ["باراك", "أوباما"], ["أوباما"])
    assert names_of_type(doc, "PERSON") == ["باراك أوباما"]


def test_a_conference_named_by_its_place_is_no_body() -> None:
    doc = analyze_news("وانتقد الكاتب عرقلة إنجاح مؤتمر جنيف بشروط غامضة.")
    assert not any("مؤتمر" in n for n in names_of_type(doc, "ORGANIZATION"))


def test_a_party_named_conference_stays_a_body() -> None:
    doc = analyze_news("وفاز حزب المؤتمر الشعبي العام بأغلب المقاعد.")
    assert "حزب المؤتمر الشعبي العام" in names_of_type(doc, "ORGANIZATION")


def test_a_quoted_name_before_the_local_copy_is_a_business() -> None:
    text = "فهذا ليس إلا «بيت دونالدز»، النسخة المحلية من سلسلة الوجبات. وقال مالك بيت دونالدز إن الزبائن كثر."
    doc = runs_doc(text, ["بيت", "دونالدز"], ["بيت", "دونالدز"])
    assert entity_of_mention(doc, "بيت دونالدز").type == "ORGANIZATION"
    assert "بيت دونالدز" not in names_of_type(doc, "PERSON")


def test_a_quoted_man_named_after_a_verb_stays_a_person() -> None:
    doc = runs_doc("وقالوا إنهم سيبايعون «سعيد الهاشمي»، وهو زعيم الجماعة.", ["سعيد", "الهاشمي"])
    assert names_of_type(doc, "PERSON") == ["سعيد الهاشمي"]


def test_a_given_name_alone_before_the_full_name_is_that_man() -> None:
    doc = runs_doc("ويحمي الحزب نظام (الرئيس السوري بشار) منذ سنوات. وقال الرئيس السوري بشار الأسد إن الحرب طويلة.",
                   ["بشار"], ["بشار", "الأسد"])
    e = entity_of_mention(doc, "بشار")
    assert e.name == "بشار الأسد"
    assert names_of_type(doc, "PERSON") == ["بشار الأسد"]


def test_a_given_name_alone_stays_apart_with_two_full_names_opening_with_it() -> None:
    doc = runs_doc("وتحدث سامر عن الحادث. والتقى سامر الخطيب أمس سامر النجار في المدينة.",
                   ["سامر"], ["سامر", "الخطيب"], ["سامر", "النجار"])
    assert entity_of_mention(doc, "سامر").name == "سامر"


def test_a_titled_given_name_stays_apart_from_a_man_without_that_title() -> None:
    doc = runs_doc("وحضر الأمير فريدريك الحفل. وقاد السفينة الضابط فريدريك بك سنوات.",
                   ["فريدريك"], ["فريدريك", "بك"])
    assert entity_of_mention(doc, "فريدريك").name == "فريدريك"


def test_a_saints_name_after_a_district_noun_is_the_place() -> None:
    doc = analyze_news("وجندوا شبانا من أحياء دمشق ومنطقة السيدة زينب جنوب العاصمة.")
    assert "السيدة زينب" in names_of_type(doc, "LOCATION")
    assert "زينب" not in names_of_type(doc, "PERSON")


def test_a_titled_woman_after_no_place_noun_stays_a_person() -> None:
    doc = runs_doc("وقالت السيدة زينب الحربي إن الوضع صعب.", ["زينب", "الحربي"])
    assert names_of_type(doc, "PERSON") == ["زينب الحربي"]


def test_a_rank_before_retired_is_the_mans_role() -> None:
    doc = analyze_news("يقول العقيد متقاعد فهد الشمري إن الحرب كانت قاسية.")
    assert entity_of_mention(doc, "فهد الشمري").roles == ["العقيد"]


def test_a_quoted_name_after_a_centre_is_the_centre() -> None:
    doc = runs_doc("ووقعت على البيان منظمات عدة، منها مركز «كارتر»، وقالت إن القانون خطير.", ["كارتر"])
    assert entity_of_mention(doc, "كارتر").type == "ORGANIZATION"


def test_a_quoted_definite_thing_is_no_person() -> None:
    doc = runs_doc("وكانت تفوح من المطعم روائح «البرغر» الشهي. وصار البرغر طعاما مفضلا.", ["البرغر"])
    assert names_of_type(doc, "PERSON") == []


def test_a_quoted_definite_family_name_stays_a_person() -> None:
    doc = runs_doc("وقالوا إنهم سيبايعون «البغدادي» قريبا.", ["البغدادي"])
    assert names_of_type(doc, "PERSON") == ["البغدادي"]
