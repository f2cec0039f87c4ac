"""Round 59 of real news: arguments named in the sentence but left empty. The sides of a clash told after a verb
of taking place («مواجهات عنيفة دارت بين ...»); the subject of «كثف» before its noun act, past a time between
commas, acts in it and in the relative clause on it («كثفت القوات، أمس، غاراتها التي استهدفت»); a count in the
genitive of an accusation is accused («اتهام 40 متشددا»); the «لـ» phrase past a definite adjective of a noun of aid
is who gets it; people the chunker ran on over a «لـ» phrase after an act are who act, the «لـ» phrase what they
act on («رفض عدد من الضباط لأوامر»); the indefinite accusative after a noun act with its doer's pronoun is its
object («خلال لقائه أمس عددا من النواب»)."""

from __future__ import annotations

from conftest import news_arg


def test_the_sides_of_a_clash_after_a_verb_of_taking_place() -> None:
    text = "وقالت مصادر محلية إن مواجهات عنيفة دارت بين المتمردين والقوات الحكومية في المدينة."
    assert news_arg(text, "مواجهات", "source") == "المتمردين"
    assert news_arg(text, "مواجهات", "target") == "القوات الحكومية"
    text = "وأفاد شهود بأن اشتباكات جرت بين الشرطة ومسلحين قرب الحدود."
    assert news_arg(text, "اشتباكات", "source") == "الشرطة"
    assert news_arg(text, "اشتباكات", "target") == "مسلحين"


def test_the_subject_of_intensifying_acts_in_the_raids_and_their_relative_clause() -> None:
    text = "وكثفت قوات التحالف، أمس، غاراتها التي استهدفت مواقع المتمردين في الجنوب."
    assert news_arg(text, "غاراتها", "source") == "قوات التحالف"
    assert news_arg(text, "استهدفت", "source") == "قوات التحالف"
    text = "وكثفت قوات الجيش غاراتها على مواقع المسلحين."
    assert news_arg(text, "غاراتها", "source") == "قوات الجيش"


def test_a_count_in_the_genitive_of_an_accusation_is_accused() -> None:
    text = "وأجلت المحكمة الحكم في قضية اتهام 40 متشددا، بينهم قيادي بارز."
    assert news_arg(text, "اتهام", "target") == "40 متشددا"
    assert news_arg(text, "اتهام", "source") == ""
    # a name with what it is accused of stays accused
    text = "وأجلت المحكمة الحكم في قضية اتهام الكويت بسرقة النفط."
    assert news_arg(text, "اتهام", "target") == "الكويت"


def test_aid_past_its_definite_adjective_goes_to_the_lam_phrase() -> None:
    text = "وأصدر الملك توجيهاته بتقديم المساعدات العاجلة للشعب اليمني."
    assert news_arg(text, "بتقديم", "target") == "اليمن"  # (round 122: the people of a country is that country)
    text = "وأعلنت الحكومة تقديم المساعدات الغذائية للاجئين."
    assert news_arg(text, "تقديم", "target") == "للاجئين"


def test_people_before_a_lam_phrase_act_on_it() -> None:
    text = "واندلع إطلاق نار في المعسكر بسبب رفض عدد كبير من ضباط الحرس لأوامر القيادة."
    assert news_arg(text, "رفض", "source") == "عدد كبير من ضباط الحرس"
    assert news_arg(text, "رفض", "target") == "أوامر القيادة"  # (round 202: past its «لـ»)
    # places of someone are no one who acts
    text = "وأدان الحزب قصف مواقع للمتمردين في الشمال."
    assert news_arg(text, "قصف", "target") == "مواقع للمتمردين"


def test_the_accusative_after_a_noun_act_with_its_doers_pronoun_is_its_object() -> None:
    text = "وقال رئيس البرلمان خلال لقائه أمس عددا من النواب إن الأوضاع صعبة."
    assert news_arg(text, "لقائه", "target") == "عددا من النواب"
    text = "وأكد الوزير خلال استقباله وفدا تجاريا أهمية التعاون."
    assert news_arg(text, "استقباله", "target").startswith("وفدا")
    # a definite word after it is its adjective
    text = "وقال الرئيس خلال لقائه الأخير إن الأوضاع صعبة."
    assert news_arg(text, "لقائه", "target") == ""


def test_from_time_to_time_names_no_side() -> None:
    text = ("وقال القائد إن مواجهات عنيفة تدور بين الحين والآخر من أجل السيطرة على المدينة وهناك معارك في أطراف"
            " المطار من جهة ومحيط الجسر من جهة أخرى.")
    assert news_arg(text, "مواجهات", "source") == ""
    assert news_arg(text, "مواجهات", "target") == ""

