"""One body named two ways is one entity, and a market index is not the company named like it (round en920:
``rasd.entities.qualifiedbodies``): a committee named short («اللجنة العليا للانتخابات», «اللجنة العليا») and in
full with its level («... البرلمانية»), a listed party named without its nisba («الاتحاد الإسلامي» of «الاتحاد
الإسلامي الكردستاني»); an index «مؤشر ... «X»» stays apart from «X غروب». Counter-cases keep a regional body, two
listed bodies and two persons of one surname apart; «زغمار» reads Sigmar."""

from __future__ import annotations

from conftest import analyze_news, entity_named


def _mentions(doc, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.start : m.end] for m in entity_named(doc, name).mentions]


def _org_names(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in doc.entities if e.type == "ORGANIZATION"]


# ----------------------------------------------------------------------------- a short name with its own short forms
def test_committee_named_short_first_then_in_full() -> None:
    doc = analyze_news("بدأت اللجنة العليا للانتخابات في تونس الاستعداد للاقتراع المقبل. "
                       "وقال المتحدث باسم اللجنة العليا إن القوائم ستنشر الأسبوع المقبل. "
                       "وحددت اللجنة العليا للانتخابات البرلمانية موعد فتح باب الترشح في أول سبتمبر.")
    assert "اللجنة العليا للانتخابات" not in _org_names(doc)
    assert _mentions(doc, "اللجنة العليا للانتخابات البرلمانية") == [
        "اللجنة العليا للانتخابات", "اللجنة العليا", "اللجنة العليا للانتخابات البرلمانية"]


def test_regional_body_with_short_forms_stays_apart() -> None:
    # «الجنوبية» names a region's own force: no short form of it, even where the shorter has short forms of its own
    doc = analyze_news("أعلنت المقاومة الشعبية في تعز سيطرتها على التلة. وقال قائد في المقاومة إن المعارك مستمرة. "
                       "وفي عدن قالت المقاومة الشعبية الجنوبية إنها أمنت الميناء.")
    assert _mentions(doc, "المقاومة الشعبية الجنوبية") == ["المقاومة الشعبية الجنوبية"]


# ------------------------------------------------------------------------------ a listed party without its nisba
def test_listed_party_named_without_its_nisba() -> None:
    doc = analyze_news("قال نائب عن الاتحاد الإسلامي في برلمان الإقليم إن الأحزاب اتفقت على تمديد ولاية الرئيس. "
                       "وأوضح عضو المكتب السياسي في الاتحاد الإسلامي الكردستاني أن الاتفاق لم يوقع بعد.")
    assert "الاتحاد الإسلامي" not in _org_names(doc)
    assert _mentions(doc, "الاتحاد الإسلامي الكردستاني") == ["الاتحاد الإسلامي", "الاتحاد الإسلامي الكردستاني"]


def test_two_listed_parties_stay_apart() -> None:
    # both names are the lexicon's: «الاتحاد الوطني الكردستاني» is no short or long form of «الاتحاد الإسلامي الكردستاني»
    doc = analyze_news("اجتمع ممثلو الاتحاد الوطني الكردستاني والاتحاد الإسلامي الكردستاني في السليمانية أمس.")
    assert _mentions(doc, "الاتحاد الوطني الكردستاني") == ["الاتحاد الوطني الكردستاني"]
    assert _mentions(doc, "الاتحاد الإسلامي الكردستاني") == ["الاتحاد الإسلامي الكردستاني"]


# ------------------------------------------------------------------- an index named by the operator's short name
def test_index_named_like_the_exchange_operator_is_the_operator() -> None:
    # «مؤشر البورصة «ميدكس»»: the short name names the exchange its operator runs, the company named before (judged
    # so on the 347 articles: «مؤشر بورصة أثينا «أثيكس»» is «أثيكس غروب», not a body of no code of its own)
    doc = analyze_news("قالت متحدثة باسم شركة «ميدكس غروب» المشغلة للبورصة إن التداول استؤنف صباح اليوم. "
                       "وتراجع مؤشر البورصة «ميدكس» بنسبة عشرة في المائة عند الإغلاق.")
    assert _mentions(doc, "ميدكس غروب") == ["ميدكس غروب", "ميدكس"]


def test_company_short_form_still_joins_without_an_index() -> None:
    doc = analyze_news("قالت متحدثة باسم شركة «ميدكس غروب» المشغلة للبورصة إن التداول استؤنف صباح اليوم. "
                       "وأعلنت «ميدكس» أنها ستمدد ساعات التداول الأسبوع المقبل.")
    assert _mentions(doc, "ميدكس غروب") == ["ميدكس غروب", "ميدكس"]


# ------------------------------------------------------------------------------------------------------- persons
def test_two_persons_of_one_surname_stay_apart() -> None:
    doc = analyze_news("استقبل الرئيس علي عبد الله صالح أمس وفدا قبليا. "
                       "وقال نجله أحمد علي عبد الله صالح إن اللقاء تناول الأوضاع الأمنية.")
    names = [e.name for e in doc.entities if e.type == "PERSON"]
    assert "علي عبد الله صالح" in names and "أحمد علي عبد الله صالح" in names


def test_sigmar_spelled_without_ya_reads_sigmar() -> None:
    doc = analyze_news("ويترأس الوفد زغمار غابرييل، نائب المستشارة الألمانية أنجيلا ميركل، ووزير الاقتصاد.")
    assert entity_named(doc, "زغمار غابرييل").latin == "Sigmar Gabriel"


def test_central_bank_of_a_state_is_not_the_listed_european_one() -> None:
    # «البنك المركزي» here is Greece's: a body of a kind every state has, no short form of «البنك المركزي الأوروبي»
    doc = analyze_news("التقى وزير المالية اليوناني أمس ممثلين عن البنك المركزي الأوروبي في أثينا. "
                       "وأعلن البنك المركزي أن ودائع المصارف اليونانية انخفضت في يونيو الماضي.")
    assert _mentions(doc, "البنك المركزي الأوروبي") == ["البنك المركزي الأوروبي"]


# ----------------------------------------------------------------------------- one name, one body
SAME_NAME = ("ورأى رئيس الاتحاد الدولي لألعاب القوى السنغالي لامين دياك أن الاتهامات مبالغ فيها. "
             "وقالت وكالة مكافحة المنشطات إن الاتحاد الدولي لألعاب القوى لم يرد على طلباتها. "
             "وأكد الاتحاد الدولي لألعاب القوى أنه سيحقق في الأمر.")


def test_body_named_in_a_title_is_the_listed_body_of_that_name() -> None:
    doc = analyze_news(SAME_NAME)
    bodies = [e for e in doc.entities if e.name == "الاتحاد الدولي لألعاب القوى"]
    assert len(bodies) == 1
    assert len(bodies[0].mentions) == 3
