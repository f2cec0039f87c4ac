"""Round ev901 (hand-made sentences): a call told as made by telephone («اتصال هاتفي», «اتصالا هاتفيا») is CAMEO
041 (discuss by telephone, PLOVER CONSULT), its parties as before; a phone interview with the press stays no event;
an attack whose means «بـ» is artillery, mortars, multiple rockets or tanks («بقذائف الهاون», «بصواريخ
الكاتيوشا»), and a firing of such rockets or shells, is CAMEO 194 (fight with artillery and tanks).
Counter-cases: a call with no word of telephone stays 040, an air raid stays 195, a car bomb stays 1832, an attack
whose first means is barrel bombs or a plain missile stays 190, tanks delivered are no attack."""

from __future__ import annotations

from conftest import event_arg, news_codes, news_event, news_event_rows


def test_received_phone_call_is_041_caller_source() -> None:
    text = "تلقى الرئيس اللبناني ميشال سليمان اتصالا هاتفيا من رئيس الوزراء الفرنسي فرنسوا فيون مساء أمس."
    rows = news_event_rows(text)
    assert rows == [("041", "اتصالا هاتفيا", "فرنسوا فيون", "ميشال سليمان", "asserted")]


def test_talks_held_in_a_phone_call_are_041() -> None:
    text = ("وبحث الملك عبد الله الثاني في اتصال هاتفي مع الرئيس التونسي الباجي قائد السبسي تطورات الأوضاع في "
            "ليبيا.")
    assert news_event_rows(text) == [("041", "وبحث", "عبد الله الثاني", "الباجي قائد السبسي", "asserted")]


def test_phone_call_noun_is_041_and_consult() -> None:
    doc, ev = news_event("وأكد الملك عبد الله الثاني خلال اتصال هاتفي بالرئيس التونسي الباجي قائد السبسي دعم "
                         "الأردن لتونس.", "اتصال هاتفي")
    assert (ev.code, ev.plover) == ("041", "CONSULT")
    assert event_arg(doc, ev, "target") == "الباجي قائد السبسي"


def test_call_without_telephone_word_stays_040() -> None:
    text = "وأجرى وزير الخارجية المصري سامح شكري اتصالا بنظيره الأردني ناصر جودة أمس."
    assert ("اتصالا", "040") in news_codes(text)
    assert not any(code == "041" for _, code in news_codes(text))


def test_phone_interview_with_newspaper_is_no_event() -> None:
    text = "وقال المتحدث باسم المقاومة علي الأحمدي في اتصال هاتفي مع «الشرق الأوسط» إن الوضع في المدينة هادئ."
    assert not any(code.startswith("04") for _, code in news_codes(text))


def test_mortar_attack_is_194() -> None:
    text = "وهاجم مسلحون مجهولون نقطة تفتيش للجيش في مدينة العريش بقذائف الهاون أمس."
    assert ("وهاجم", "194") in news_codes(text)


def test_targeting_with_katyusha_rockets_is_194() -> None:
    text = "واستهدفت الميليشيات الحوثية مدينة تعز بصواريخ الكاتيوشا صباح أمس."
    assert news_codes(text)[0] == ("واستهدفت", "194")


def test_firing_grad_rockets_is_194_but_a_missile_stays_190() -> None:
    assert ("وأطلق", "194") in news_codes("وأطلق المسلحون صواريخ غراد على بلدة سديروت مساء أمس.")
    assert ("وأطلق", "190") in news_codes("وأطلق المسلحون صاروخا على بلدة سديروت مساء أمس.")


def test_barrel_bombs_named_first_stay_190() -> None:
    text = "واستهدفت قوات النظام بلدة الزبداني ببراميل متفجرة وقذائف مدفعية أمس."
    assert ("واستهدفت", "190") in news_codes(text)


def test_air_raid_and_car_bomb_keep_their_codes() -> None:
    assert ("غارات جوية", "195") in news_codes("وشنت طائرات التحالف غارات جوية على مواقع المتمردين في صعدة أمس.")
    assert ("هجوم", "1832") in news_codes("وقتل خمسة جنود في هجوم بسيارة مفخخة على حاجز للجيش في سيناء أمس.")


def test_tanks_delivered_are_no_attack() -> None:
    text = "وتسلمت قوات الجيش الوطني دبابات حديثة وعربات مدرعة من دول التحالف أمس."
    assert not any(code.startswith("19") for _, code in news_codes(text))
