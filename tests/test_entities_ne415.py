"""Round ne415: a club named as the genitive of a team's indefinite head in a text of sport («فريق الغرافة»,
«بنادي الوحدة») is an organisation, and so is the same word elsewhere in the article (each with a counter-case).
The tagger is a stand-in that names nothing, so that the rule alone is tested."""

from conftest import typed_runs_doc

from rasd.entities.units import CENTRAL_BANK


def _orgs(text: str) -> list[str]:
    """The organisations of ``text`` when the tagger names nothing."""
    doc = typed_runs_doc(text)
    return sorted(doc.text[m.start : m.end] for m in doc.mentions if m.type == "ORGANIZATION")


def test_genitive_of_a_team_head_in_sport_is_a_club_and_so_is_its_word_elsewhere() -> None:
    orgs = _orgs("حقق فريق الغرافة بداية جيدة في الدوري. وسجل لاعب الغرافة الهدف الأول في المباراة. "
                 "وأقيمت المباراة على ملعب بنادي الوحدة.")
    assert orgs == ["الغرافة", "الغرافة", "الوحدة"]


def test_counter_kind_of_team_adjective_and_place_are_no_club() -> None:
    orgs = _orgs("وقاد فريق التحكيم المباراة في الدوري بنجاح. وفاز فريق الشمال على ضيفه. وهبت الرياح في الشمال "
                 "وقال المدرب إن الاتحاد الشمال غاضب.")
    assert orgs == ["الشمال"]


def test_counter_no_club_outside_a_text_of_sport() -> None:
    assert _orgs("وأعلن فريق التفاوض الحكومي أن الجولة المقبلة ستعقد الشهر المقبل في جنيف.") == []


def test_counter_politics_with_an_aim_and_a_player_is_no_match_report() -> None:
    assert _orgs("وقال عضو فريق الحوار إن الهدف هو السلام، وإن كل لاعب سياسي في البلاد مدعو إلى الحوار.") == []


def _persons(text: str) -> list[str]:
    """The persons of ``text`` when the tagger names nothing."""
    doc = typed_runs_doc(text)
    return sorted(doc.text[m.start : m.end] for m in doc.mentions if m.type == "PERSON")


def test_rare_listed_name_after_a_peoples_adjective_is_a_man() -> None:
    assert _persons("وسجل البرتغالي تياغو الهدف الثاني قبل ان يمررها الاسباني فابريغاس الى زميله.") == [
        "تياغو", "فابريغاس"]


def test_counter_frequent_word_verb_or_feminine_adjective_after_it_is_no_name() -> None:
    # «الآن» (now) is a name word of the lists too (Alan), but frequent; «سيزود» is no listed name; «الألمانية»
    # is feminine (the adjective of a feminine noun)
    # (round en530: the title alone is a person of its own, «الآن» no part of him)
    assert _persons("وقال الوزير الأميركي الآن إن الجيش الألماني سيزود الحكومة الألمانية فابريغاس بالعتاد.") == [
        "الوزير الأميركي"]


def test_definite_bank_noun_and_a_banks_adjective_is_a_bank() -> None:
    orgs = _orgs("وافقت الجمعية العمومية للبنك التجاري على البرنامج، وقال البنك الأهلي المصري إن أرباحه ارتفعت.")
    assert orgs == ["البنك الأهلي المصري", "لبنك التجاري"]


def test_counter_bank_noun_before_another_word_or_the_central_bank_is_no_name() -> None:
    # round en421: «البنك المركزي» is the state's central bank (the rules' body of no country yet), no bank named
    # «المركزي»: its one mention is that body's
    text = "وقال البنك في بيان إن البنك الذي أسسه ناجح، وإن البنك المركزي رفع الفائدة."
    assert _orgs(text) == ["البنك المركزي"]
    doc = typed_runs_doc(text)
    assert [m.attrs.get("gid") for m in doc.mentions if m.type == "ORGANIZATION"] == [CENTRAL_BANK]


def _typed(text: str) -> list[tuple[str, str]]:
    """Places and bodies of ``text`` when the tagger reads «مرسيليا» and «ميلان» as places."""
    doc = typed_runs_doc(text, ("LOC", ["مرسيليا"]), ("LOC", ["ميلان"]))
    return sorted((doc.text[m.start : m.end], m.type) for m in doc.mentions if m.type in ("LOCATION", "ORGANIZATION"))


def test_place_before_a_masculine_country_adjective_in_a_match_report_is_a_club() -> None:
    got = _typed("وفي المجموعة ذاتها تعادل لاعبو مرسيليا الفرنسي مع ميلان الإيطالي في المباراة على الملعب.")
    assert ("مرسيليا", "ORGANIZATION") in got and ("ميلان", "ORGANIZATION") in got


def test_counter_town_with_a_feminine_adjective_or_outside_sport_stays_a_town() -> None:
    got = _typed("وأقيمت المباراة على الملعب في مرسيليا الفرنسية بعد أن سجل اللاعب هدفين.")
    assert ("مرسيليا", "LOCATION") in got
    assert ("مرسيليا", "LOCATION") in _typed("وقال الرئيس في مرسيليا الفرنسي إن الحكومة ستدعم المدينة.")


def test_rare_foreign_word_after_a_team_head_is_a_club_but_no_adjective() -> None:
    assert _orgs("وسجل اللاعب هدفين في مرمى فريق أسيك في المباراة. وقال المدرب إن صفوف أسيك قوية.") == [
        "أسيك", "أسيك"]
    assert _orgs("وسجل اللاعب هدفين في مرمى فريق هجومي في المباراة أمام فريق مغمور في الدوري.") == []
