"""Entities in news constructions, round 44 (organisations a judged sample missed, which left event sources and
quote speakers empty): a body named by its head noun and the words of its name that no list holds — a party, a
movement, a coalition («حزب العمل الديمقراطي», «الحزب المسيحي الديمقراطي», «منظومة المجتمع الديمقراطي
الكردستاني», «الحركة الشعبية - الشمال»), a committee, an authority or a command («اللجنة العليا للانتخابات», «هيئة
التنسيق الوطني», «القيادة المشتركة», «لجنة فلسطين بالبرلمان»), a summit of a region («القمة العربية»); the short
form of a body named before («الائتلاف», «القمة», «اللجنة») refers to it; «الجمهوريون» is the US Republican Party;
a listed international body inside an office's title is still named («عضو الاتحاد الأوروبي»). Counter-cases: the
head noun alone or with a common word («اللجنة», «لجنة للتحقيق», «الحركة التجارية», «حركة المرور») is no body,
nor is «الحركة الإسلامية» (a current as often as a body), nor the plural as an adjective («المرشحين
الجمهوريين»)."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news, entity_of_mention, names_of_type, news_arg, quote_speakers


def _orgs(text: str) -> list[str]:
    return names_of_type(analyze_news(text), "ORGANIZATION")


# a committee, an authority, a command

def test_a_committee_with_its_rank_and_complement_is_the_source() -> None:
    assert news_arg("وأعلنت اللجنة العليا للانتخابات أمس قائمة المرشحين.", "وأعلنت") == "اللجنة العليا للانتخابات"


def test_an_authority_with_its_genitive_and_adjective_is_a_body() -> None:
    assert _orgs("والتقى المبعوث وفدا من هيئة التنسيق الوطني في جنيف.") == ["هيئة التنسيق الوطني"]


def test_a_joint_command_is_the_source() -> None:
    assert news_arg("وأعلنت القيادة المشتركة أمس تنفيذ غارات جديدة.", "وأعلنت") == "القيادة المشتركة"


def test_a_committee_of_parliament_after_a_title() -> None:
    d = analyze_news("وقال رئيس لجنة فلسطين بالبرلمان إن الحملة ستستمر.")
    assert names_of_type(d, "ORGANIZATION") == ["لجنة فلسطين بالبرلمان"]


def test_a_committee_of_a_house_with_its_country_leaves_the_house_its_own() -> None:
    d = analyze_news("والتقى الوزير أعضاء لجنة العلاقات الخارجية في البرلمان العراقي.")
    assert entity_of_mention(d, "لجنة العلاقات الخارجية").country == "IRQ"
    assert "البرلمان العراقي" in names_of_type(d, "ORGANIZATION")


def test_the_short_form_of_a_committee_named_before_is_that_committee() -> None:
    d = analyze_news("وأعلنت اللجنة العليا للانتخابات النتائج أمس. وقالت اللجنة العليا إن الإقبال كان واسعا.")
    assert names_of_type(d, "ORGANIZATION") == ["اللجنة العليا للانتخابات"]


# a party, a movement

def test_a_party_named_by_a_genitive_and_an_adjective() -> None:
    assert _orgs("وقال نائب من حزب العمل الديمقراطي المعارض إن الحكومة أخفقت.") == ["حزب العمل الديمقراطي"]


def test_a_definite_party_with_two_adjectives_after_a_leader_title() -> None:
    d = analyze_news("وقالت ميركل، زعيمة الحزب المسيحي الديمقراطي، إن الاتفاق متوازن.")
    assert names_of_type(d, "ORGANIZATION") == ["الحزب المسيحي الديمقراطي"]


def test_a_party_with_its_country_is_that_countrys_party() -> None:
    e = entity_of_mention(analyze_news("وانتقد الحزب الاشتراكي الفرنسي خطة الحكومة."), "الحزب الاشتراكي الفرنسي")
    assert (e.country, e.actor) == ("FRA", "FRAPTY")


def test_an_umbrella_body_is_the_source() -> None:
    assert news_arg("وأعلنت أمس منظومة المجتمع الديمقراطي الكردستاني انتهاء الهدنة.", "وأعلنت") \
        == "منظومة المجتمع الديمقراطي الكردستاني"


def test_a_movement_and_its_branch_after_a_dash() -> None:
    assert _orgs("وتعهد الرئيس بإلغاء الأحكام الصادرة بحق قادة الحركة الشعبية - الشمال.") \
        == ["الحركة الشعبية - الشمال"]


def test_a_listed_party_is_not_lengthened_by_a_describing_adjective() -> None:
    d = analyze_news("وتفاوض الحزب الحاكم مع حزب الشعب الجمهوري العلماني.")
    e = entity_of_mention(d, "حزب الشعب الجمهوري")
    assert (e.name, e.actor) == ("حزب الشعب الجمهوري", "TURPTY")


# a summit

def test_an_arab_summit_condemns() -> None:
    assert news_arg("وأدانت القمة العربية الهجوم على المدينة.", "وأدانت") == "القمة العربية"


def test_the_summit_named_before_is_the_source_of_its_condemnation() -> None:
    assert news_arg("وعقدت قمة عربية طارئة في القاهرة، وأدانت القمة الغزو.", "وأدانت") == "قمة عربية طارئة"


def test_a_mountain_top_is_no_summit() -> None:
    assert _orgs("ووصل المتسلقون إلى قمة الجبل أمس.") == []


# the short form of a coalition; the party by its members; a listed body inside a title

def test_the_coalition_named_before_by_its_head_noun() -> None:
    d = analyze_news("وعقد الائتلاف الوطني السوري اجتماعا في إسطنبول. وبحث الائتلاف خطة المبعوث.")
    assert len(entity_of_mention(d, "الائتلاف").mentions) == 2


def test_the_republicans_are_the_party() -> None:
    e = entity_of_mention(analyze_news("وانتقد الجمهوريون المرشحة الديمقراطية بشدة."), "الجمهوريون")
    assert (e.type, e.actor) == ("ORGANIZATION", "USAPTY")


def test_the_republicans_as_an_adjective_are_no_mention_of_the_party() -> None:
    d = analyze_news("وهاجم المرشحين الجمهوريين في المناظرة الثانية.")
    assert names_of_type(d, "ORGANIZATION") == []


def test_a_union_inside_a_member_title_is_named() -> None:
    d = analyze_news("وقال رئيس قبرص عضو الاتحاد الأوروبي إن المحادثات مستمرة.")
    assert "الاتحاد الأوروبي" in names_of_type(d, "ORGANIZATION")


def test_a_committee_speaks() -> None:
    d: Any = analyze_news("وقالت اللجنة الوطنية لمكافحة الإرهاب في بيان إن القوات قتلت ثلاثة مسلحين.")
    assert ("وقالت", "اللجنة الوطنية لمكافحة الإرهاب") in quote_speakers(d)


# counter-cases: the head noun alone, or with a common word

def test_a_committee_with_no_name_is_no_body() -> None:
    assert _orgs("وقالت اللجنة إن التحقيق مستمر.") == []


def test_a_committee_formed_for_an_inquiry_is_no_body() -> None:
    assert _orgs("وشكلت الوزارة لجنة للتحقيق في الحادث.") == []


def test_trade_and_traffic_are_no_movement() -> None:
    assert _orgs("وشهدت الحركة التجارية نشاطا في السوق، وتوقفت حركة المرور الكثيفة.") == []


def test_an_islamic_current_alone_is_no_body() -> None:
    assert _orgs("وتراجع نفوذ الحركة الإسلامية في المنطقة خلال العقد الماضي.") == []


# the body's country

def test_a_joint_committee_of_two_states_is_neither_states() -> None:
    e = entity_of_mention(analyze_news("وترأس الوزيران اجتماعات اللجنة العليا المشتركة اللبنانية ـ الأردنية أمس."),
                          "اللجنة العليا المشتركة اللبنانية ـ الأردنية")
    assert e.country is None


def test_a_party_without_its_country_takes_the_listed_one_of_the_adjective_near_it() -> None:
    d = analyze_news("وقالت المرشحة الأميركية عن الحزب الديمقراطي إن الحصار فشل.")
    e = entity_of_mention(d, "الحزب الديمقراطي")
    assert (e.country, e.actor) == ("USA", "USAPTY")
