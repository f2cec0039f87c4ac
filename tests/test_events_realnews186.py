"""Round 186 of real news: a bare definite act noun told again takes the parties of the one act of its root told
before (events/pointed_back.py): another code of the same root («الهجوم» after «قصف»), up to four sentences back;
not a plural told as a class («الهجمات الإرهابية»), a noun with a pronoun of its own («هجومهم»), one told five
sentences on, nor one with an act of its root by other parties told between. Hand-made sentences (paraphrases,
no article text)."""

from __future__ import annotations

from conftest import news_arg

_SHELLED = "قصف الجيش السوري مواقع المعارضة في مدينة حلب أمس. "


def test_attack_noun_takes_the_doer_of_the_shelling_told_before() -> None:
    text = _SHELLED + "وقال ناشطون إن الهجوم أوقع عشرة قتلى بين المدنيين."
    assert news_arg(text, "الهجوم", "source") == "الجيش السوري"


def test_attack_noun_three_sentences_on_takes_the_doer() -> None:
    text = _SHELLED + "وتقع المدينة في شمال البلاد. ويسكنها مليونا نسمة. وقال ناشطون إن القصف أوقع عشرة قتلى."
    assert news_arg(text, "القصف", "source") == "الجيش السوري"


def test_attack_noun_five_sentences_on_takes_no_doer() -> None:
    text = _SHELLED + ("وتقع المدينة في شمال البلاد. ويسكنها مليونا نسمة. ويعمل أغلبهم في التجارة. وكانت مركزا"
                       " صناعيا. وقال ناشطون إن القصف أوقع عشرة قتلى.")
    assert news_arg(text, "القصف", "source") == ""


def test_plural_attacks_told_as_a_class_take_no_doer() -> None:
    text = _SHELLED + "وقال ناشطون إن الهجمات الإرهابية تهدد المدنيين في كل مكان."
    assert news_arg(text, "الهجمات", "source") == ""


def test_attack_noun_with_a_pronoun_of_its_own_takes_no_doer() -> None:
    text = _SHELLED + "وقال ناشطون إن هجومهم أوقع عشرة قتلى بين المدنيين."
    assert news_arg(text, "هجومهم", "source") == ""


def test_attack_noun_after_an_act_of_other_parties_between_takes_no_doer() -> None:
    text = ("هاجم مسلحو تنظيم داعش مواقع الجيش العراقي في الرمادي أمس. وقصف الجيش السوري مواقع المعارضة في حلب."
            " وقال ناشطون إن الهجوم أوقع عشرة قتلى.")
    assert news_arg(text, "الهجوم", "source") == ""


def test_attack_noun_right_after_its_act_takes_the_doer() -> None:
    text = "هاجم مسلحو تنظيم داعش مواقع الجيش العراقي في الرمادي أمس. وقال ناشطون إن الهجوم أوقع عشرة قتلى."
    assert news_arg(text, "الهجوم", "source") == "تنظيم داعش"
