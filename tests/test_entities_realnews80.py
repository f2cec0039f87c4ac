"""Entities, round 80: person names cut or lost by a clitic or a preposition read into them. «علي» before a given
name and a family name, in an article that spells «على», is the given name Ali; a verb, «أن» or a definite noun after
it keeps it the preposition. «ف» + an imperfect verb opening a tagger's person name is a foreign given name
(«فيريدون»), not «so they want». A definite family name that a function word folds to only by its «ى» («التقي») goes
on the name; a participle before its complement («المنتمي لجماعة») does not; a title word ends a name. A given name
read alone before the family name of the full name read elsewhere in the article takes it in."""

from __future__ import annotations

from conftest import RunTagger, analyze_news, names_of_type, runs_doc, tagged_persons


def test_ali_before_a_given_and_a_family_name_is_the_man() -> None:
    doc = analyze_news("وفر علي ناصر البيض إلى العاصمة عدن بعد الحرب، وحصل على دعم ورد على الاتهامات.")
    assert "علي ناصر البيض" in names_of_type(doc, "PERSON")


def test_ali_after_a_title_takes_the_family_name_in() -> None:
    doc = analyze_news("وعاد نائب الرئيس علي سالم البيض إلى عدن. وجاء ذلك على لسانه وعلى الفور.")
    assert "علي سالم البيض" in names_of_type(doc, "PERSON")


def test_ali_before_a_definite_noun_and_an_is_the_preposition() -> None:
    doc = analyze_news("ويجب علي الحكومة أن تتحرك سريعا، وعلى الوزير أن يرد وعلى الجميع أن ينتظر.")
    assert not any("علي" in n for n in names_of_type(doc, "PERSON"))


def test_ali_before_a_verb_is_the_preposition() -> None:
    doc = analyze_news("ويتوجب علي أن أقول الحقيقة، فقد حصلت على الوثائق ورددت على الأسئلة.")
    assert not any("علي" in n for n in names_of_type(doc, "PERSON"))


def test_fa_and_a_verb_opening_a_tagged_name_is_the_given_name() -> None:
    tagger = RunTagger("فيريدون", "خافاند")
    assert tagged_persons("أما فيريدون خافاند، أستاذ الاقتصاد في باريس، فيرى أن العقوبات ستعود.", tagger) == [
        "فيريدون خافاند"]


def test_fa_before_a_plain_name_is_still_the_conjunction() -> None:
    tagger = RunTagger("فسامي", "الجميل")
    assert tagged_persons("ووصل الوفد فسامي الجميل إلى القاعة.", tagger) == ["سامي الجميل"]


def test_a_family_name_that_folds_to_a_verb_goes_on_the_name() -> None:
    doc = analyze_news("وقال الباحث كمال التقي لوكالة رويترز إن الوضع صعب. ورأى كمال التقي في تصريحات أن الأمر انتهى.")
    assert names_of_type(doc, "PERSON") == ["كمال التقي"]


def test_the_verb_after_a_name_is_no_family_name() -> None:
    doc = analyze_news("وقال الوزير كمال التقى بالسفير أمس.")
    assert "كمال التقى" not in names_of_type(doc, "PERSON")


def test_a_participle_before_its_complement_ends_the_name() -> None:
    doc = analyze_news("وأطاحت الاحتجاجات بالرئيس الأسبق مرسي المنتمي لجماعة الإخوان المسلمين.")
    persons = names_of_type(doc, "PERSON")
    assert "مرسي المنتمي" not in persons and "مرسي" in persons


def test_a_title_word_ends_a_tagged_name() -> None:
    tagger = RunTagger("جون", "ستيوارت", "بروفسور")
    assert tagged_persons("ويعتقد جون ستيوارت بروفسور السياسة في جامعة أكسفورد أن الحزب سيخسر.", tagger) == [
        "جون ستيوارت"]


def test_a_title_that_is_also_a_given_name_stays_in_the_name() -> None:
    tagger = RunTagger("محمد", "أمير", "حسن")
    assert tagged_persons("وقال محمد أمير حسن إن الاجتماع انتهى.", tagger) == ["محمد أمير حسن"]


def test_a_given_name_read_alone_takes_a_family_name_that_folds_to_a_verb() -> None:
    tagger = RunTagger("كمال")
    assert tagged_persons("ورأى كمال التقي في تصريحات أن الأمر انتهى.", tagger) == ["كمال التقي"]


def test_a_kinship_noun_before_the_title_goes_with_it() -> None:
    tagger = RunTagger("ماري", "كيندي", "أرملة", "السيناتور")
    assert tagged_persons("وأهدت ماري كيندي أرملة السيناتور العصا للوزير.", tagger) == ["ماري كيندي"]


def test_two_family_names_of_the_article_joined_by_wa_are_two_men() -> None:
    doc = runs_doc("أعلنت الشرطة توقيف أنجيم شوداري ومحمد رحمان في لندن. وأكد المحامي أن شوداري ورحمان مثلا أمام "
                   "المحكمة.", ["أنجيم", "شوداري"], ["ومحمد", "رحمان"], ["شوداري", "ورحمان"])
    persons = sorted(doc.text[m.start : m.end] for m in doc.mentions if m.type == "PERSON")
    assert "شوداري ورحمان" not in persons and persons.count("رحمان") == 1


def test_a_given_name_and_a_name_in_wa_not_named_before_stay_one_run() -> None:
    doc = runs_doc("وأكد المحامي أن شوداري ورحمان مثلا أمام المحكمة.", ["شوداري", "ورحمان"])
    persons = [doc.text[m.start : m.end] for m in doc.mentions if m.type == "PERSON"]
    assert "رحمان" not in persons

