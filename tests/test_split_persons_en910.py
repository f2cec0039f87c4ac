"""One person or company named two ways is one entity (round en910: ``rasd.entities.resolve._longer_name`` and
``qualifiedbodies.company_shorts``): a given name alone and then that given name and the family name, two names and
then a third, a king's name with and without his regnal number, a company's name with and without its trailing
company word. Counter-cases keep the father, a brother, a second person of that given name and another company
apart."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention


def _texts(doc, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    e = entity_of_mention(doc, text)
    return sorted(doc.text[m.start : m.end] for m in doc.mentions if m.entity == e.id)


# --------------------------------------------------------------------------------------------- given alone first
def test_given_name_alone_then_with_family_name() -> None:
    doc = analyze_news("مثل هانيبال، الابن الخامس للزعيم الليبي الراحل معمر القذافي، أمام محكمة في طرابلس أمس. "
                       "وقال محامي هانيبال القذافي إن موكله تعرض لسوء المعاملة في السجن.")
    son = entity_of_mention(doc, "هانيبال القذافي")
    assert son is entity_of_mention(doc, "هانيبال")
    # the father stays apart
    assert entity_of_mention(doc, "معمر القذافي") is not son


def test_brother_of_another_given_name_stays_apart() -> None:
    doc = analyze_news("مثل هانيبال أمام محكمة في طرابلس أمس. "
                       "وقال محامي الساعدي القذافي إن موكله تعرض لسوء المعاملة في السجن.")
    assert entity_of_mention(doc, "الساعدي القذافي") is not entity_of_mention(doc, "هانيبال")


def test_given_name_of_two_persons_tells_not_which() -> None:
    doc = analyze_news("التقى كريم بالوزير كريم الحلبي في بيروت أمس. "
                       "وقال كريم الزين إن اللقاء تناول الأوضاع الاقتصادية.")
    assert entity_of_mention(doc, "كريم الزين") is not entity_of_mention(doc, "كريم الحلبي")
    assert entity_of_mention(doc, "كريم الزين") is not entity_of_mention(doc, "كريم")


def test_king_by_given_name_is_no_commoner_of_that_name() -> None:
    doc = analyze_news("استقبل الملك سلمان في الرياض أمس وفدا من رجال الأعمال. "
                       "وقال الشيخ سلمان العودة إن الزيارة ناجحة.")
    assert entity_of_mention(doc, "سلمان العودة") is not entity_of_mention(doc, "سلمان")


# --------------------------------------------------------------------------------------------- prefix of three
def test_two_names_then_a_third_is_one_man_not_his_father() -> None:
    doc = analyze_news("طالب نائب إيراني بتنفيذ الحكم الصادر بحق مهدي هاشمي نجل هاشمي رفسنجاني. "
                       "وأصدر القضاء الإيراني على مهدي هاشمي رفسنجاني حكما بالسجن عشر سنوات.")
    son = entity_of_mention(doc, "مهدي هاشمي رفسنجاني")
    assert son is entity_of_mention(doc, "مهدي هاشمي")
    assert entity_of_mention(doc, "هاشمي رفسنجاني") is not son


def test_son_named_after_his_father_stays_apart() -> None:
    doc = analyze_news("قال الرئيس اليمني السابق علي عبد الله صالح في كلمة متلفزة إن الحرب ستطول. "
                       "وأضاف أحمد علي عبد الله صالح أن الحوار هو الحل.")
    assert entity_of_mention(doc, "أحمد علي عبد الله صالح") is not entity_of_mention(doc, "علي عبد الله صالح")


# --------------------------------------------------------------------------------------------- regnal number
def test_king_with_and_without_his_regnal_number() -> None:
    doc = analyze_news("أعلن متحدث باسم الملك السابق أحمد فؤاد الثاني أنه لن يحضر الحفل. "
                       "وتنازل الملك فاروق عن العرش لابنه الصغير أحمد فؤاد عام 1952.")
    king = entity_of_mention(doc, "أحمد فؤاد الثاني")
    assert king is entity_of_mention(doc, "أحمد فؤاد")
    assert king.country == "EGY"
    assert entity_of_mention(doc, "فاروق") is not king


def test_another_regnal_number_is_another_king() -> None:
    doc = analyze_news("زار الملك محمد السادس مدينة فاس أمس. "
                       "وكان الملك محمد الخامس قد دشن المسجد عام 1958.")
    assert entity_of_mention(doc, "محمد السادس") is not entity_of_mention(doc, "محمد الخامس")


# --------------------------------------------------------------------------------------------- company short form
def test_company_without_its_group_word() -> None:
    doc = analyze_news("قالت متحدثة باسم مجموعة «زيفكو غروب» إن التداول استؤنف صباح اليوم. "
                       "وأعلنت شركة «زيفكو» أن أسهمها ارتفعت بنسبة 3 في المئة.")
    firm = entity_of_mention(doc, "زيفكو غروب")
    assert firm is entity_of_mention(doc, "زيفكو")
    # both statements are the one company's
    assert [q.speaker for q in doc.quotes] == [firm.id, firm.id]
    assert firm.actor == "BUS"


def test_two_companies_of_that_name_tell_not_which() -> None:
    doc = analyze_news("وقعت «زيفكو غروب» و«زيفكو القابضة» اتفاقا للتعاون. "
                       "وأعلنت «زيفكو» أن الاتفاق يشمل ثلاث دول.")
    assert entity_of_mention(doc, "زيفكو") is not entity_of_mention(doc, "زيفكو غروب")
    assert entity_of_mention(doc, "زيفكو") is not entity_of_mention(doc, "زيفكو القابضة")


def test_given_name_alone_then_a_stranger_of_that_given_name() -> None:
    # no one of the family «الحلبي» was named before: «كريم» the boy is not the man who speaks
    doc = analyze_news("قال المسعفون إن كريم أصيب بجروح في القصف الذي استهدف الحي أمس. "
                       "وقال كريم الحلبي إن الحكومة ستعوض المتضررين.")
    assert entity_of_mention(doc, "كريم الحلبي") is not entity_of_mention(doc, "كريم")
