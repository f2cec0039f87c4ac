"""Round en451: a military body named «في» + a state is that state's army though it is «المشتركة» (its services'
joint command, no states'); a firm described «وهي شركة محاماة في واشنطن» takes the seat town's state and BUS.
Hand-made sentences, each rule with a case where it must not fire."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity


def _ent(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.name == name)


def test_joint_operations_command_in_a_state_is_its_army() -> None:
    doc = analyze_news("وأوضحت قيادة العمليات المشتركة في العراق أن سبعة مسلحين قتلوا في محافظة الأنبار.")
    body = _ent(doc, "قيادة العمليات المشتركة")
    assert (body.country, body.actor) == ("IRQ", "IRQMIL")


def test_joint_committee_in_a_state_takes_no_country() -> None:
    doc = analyze_news("وقالت اللجنة المشتركة في العراق إن الاتفاق تم بين الطرفين.")
    body = _ent(doc, "اللجنة المشتركة")
    assert (body.country, body.actor) == (None, None)


def test_un_office_in_a_state_stays_international() -> None:
    doc = analyze_news("وقال مكتب الأمم المتحدة في العراق إن المساعدات وصلت إلى النازحين.")
    assert all(e.country != "IRQ" for e in doc.entities if e.type == "ORGANIZATION")


def test_embassy_in_a_capital_is_of_its_own_state() -> None:
    doc = analyze_news("وقال المتحدث باسم سفارة السعودية في واشنطن إن الزيارة مهمة.")
    embassy = next(e for e in doc.entities if e.type == "ORGANIZATION")
    assert (embassy.country, embassy.actor) == ("SAU", "SAUGOV")


def test_law_firm_described_after_a_pronoun_takes_its_seat_town() -> None:
    doc = analyze_news("وقال شريك في «سكواير باتون بوغز» وهي شركة محاماة في واشنطن إن العملاء يسألون عن إيران.")
    firm = _ent(doc, "سكواير باتون بوغز")
    assert (firm.country, firm.actor) == ("USA", "USABUS")


def test_town_never_outvotes_the_firms_adjective() -> None:
    doc = analyze_news("وقال مصرف «بي إن بي» وهو مصرف فرنسي في لندن إن الغرامة كبيرة.")
    bank = _ent(doc, "بي إن بي")
    assert (bank.country, bank.actor) == ("FRA", "FRABUS")


def test_pronoun_before_no_firm_noun_gives_no_country() -> None:
    doc = analyze_news("وقال متحدث إن «مجموعة بارك» وهي التي تعمل في واشنطن منذ سنوات لم ترد.")
    assert all(e.country is None for e in doc.entities if e.type == "ORGANIZATION")


def test_late_emir_named_by_his_state_holds_its_office() -> None:
    doc = analyze_news("تشكلت الحكومة في المنفى حيث وجود أمير الكويت الراحل الشيخ جابر الأحمد الصباح وولي العهد.")
    emir = _ent(doc, "جابر الأحمد الصباح")
    assert "أمير الكويت الراحل" in emir.roles
    assert (emir.country, emir.actor) == ("KWT", "KWTELI")  # a former office-holder: the elite (CAMEO ELI)


def test_emir_named_by_his_state_is_its_government() -> None:
    doc = analyze_news("وفي عام 1991 عاد أمير الكويت الشيخ جابر الأحمد الصباح إلى وطنه.")
    emir = _ent(doc, "جابر الأحمد الصباح")
    assert (emir.country, emir.actor) == ("KWT", "KWTGOV")


def test_king_named_by_his_state_and_rank() -> None:
    doc = analyze_news("وقال ملك المغرب الملك محمد السادس إن الإصلاحات ستستمر.")
    king = _ent(doc, "محمد السادس")
    assert "ملك المغرب" in king.roles and king.actor == "MARGOV"


def test_emir_of_a_republic_is_no_office() -> None:
    doc = analyze_news("والتقى الوفد مع أمير العراق الشيخ علي الحاتم في عمان.")
    sheikh = _ent(doc, "علي الحاتم")
    assert not any("أمير" in r for r in sheikh.roles) and sheikh.actor != "IRQGOV"


def test_mine_named_in_quotes_is_a_place_of_its_region() -> None:
    doc = analyze_news("ووافقت الحكومة على افتتاح منجم «أداني كارميشايل» الواقع في كوينزلاند والذي تملكه شركة هندية.")
    mine = _ent(doc, "أداني كارميشايل")
    assert (mine.type, mine.country) == ("LOCATION", "AUS")


def test_mine_of_a_mineral_is_no_place() -> None:
    doc = analyze_news("عرقل ثعبانان افتتاح منجم فحم بتكلفة سبعة مليارات دولار.")
    assert not any(e.type == "LOCATION" and "فحم" in e.name for e in doc.entities)


def test_place_after_a_participle_of_another_word_takes_no_town() -> None:
    doc = analyze_news("ووافقت الحكومة على افتتاح منجم «أداني كارميشايل» المملوك في كوينزلاند لشركة هندية.")
    assert _ent(doc, "أداني كارميشايل").country is None
