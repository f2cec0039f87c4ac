"""Round en421: a second portfolio «وشؤون X» in an office title, a former office holder of an international body
(his country's elite), a ministry's rank adjective in its name, a list item's family name that is a common noun
and a lone family name's own given name beside another man of that family (each with a counter-case)."""

from conftest import analyze_news, entity_named


def test_second_portfolio_in_construct_is_part_of_the_title() -> None:
    doc = analyze_news("وكان في استقباله وزير الخارجية وشؤون المغتربين الأردني ناصر جودة في عمان.")
    e = entity_named(doc, "ناصر جودة")
    assert e.roles == ["وزير الخارجية وشؤون المغتربين الأردني"]
    assert e.actor == "JORGOV"


def test_second_portfolio_of_definite_affairs_and_its_adjective() -> None:
    doc = analyze_news("وقال وزير العمل والشؤون الاجتماعية محمد الكعبي إن الزيارة ناجحة.")
    assert entity_named(doc, "محمد الكعبي").roles == ["وزير العمل والشؤون الاجتماعية"]


def test_counter_bare_affairs_with_no_field_is_no_portfolio() -> None:
    # «والشؤون» with no adjective nor noun after it names no portfolio: the title does not run through it
    doc = analyze_news("وقال وزير الخارجية والشؤون محمد الكعبي إن الزيارة ناجحة.")
    assert "وزير الخارجية والشؤون" not in entity_named(doc, "محمد الكعبي").roles


def test_former_secretary_general_of_a_bloc_is_his_countrys_elite() -> None:
    doc = analyze_news("في حين قال الكويتي عبد الله بشارة، الأمين العام الأسبق لمجلس التعاون الخليجي، إن التاريخ "
                       "سيظل شاهدا.")
    assert entity_named(doc, "عبد الله بشارة").actor == "KWTELI"


def test_counter_serving_secretary_general_is_the_blocs() -> None:
    doc = analyze_news("في حين قال الكويتي عبد الله بشارة، الأمين العام لمجلس التعاون الخليجي، إن التاريخ سيظل "
                       "شاهدا.")
    assert entity_named(doc, "عبد الله بشارة").actor == "IGOGCC"


def test_ministry_rank_adjective_before_its_state_is_in_its_name() -> None:
    doc = analyze_news("وافق المجلس على اتفاقية مع وزارة الداخلية الاتحادية في جمهورية ألمانيا الاتحادية.")
    e = entity_named(doc, "وزارة الداخلية الاتحادية")
    assert e.country == "DEU"


def test_counter_time_word_after_ministry_is_not_its_name() -> None:
    doc = analyze_news("وقالت وزارة الدفاع اليوم في موسكو إن الطائرات عادت.")
    assert [e.name for e in doc.entities if e.type == "ORGANIZATION"] == ["وزارة الدفاع"]


LIST = ("وضمّت الهيئة كلاً من: أنس العبدة، صلاح درويش، واصل الشمالي، هيثم رحمة، حسان الهاشمي، خطيب بدلة.")


def test_list_item_family_name_that_is_a_common_noun() -> None:
    doc = analyze_news(LIST)
    assert entity_named(doc, "هيثم رحمة").mentions[0].end - entity_named(doc, "هيثم رحمة").mentions[0].start == 9


def test_counter_given_name_and_common_noun_outside_a_list_of_names() -> None:
    doc = analyze_news("وأكد جهاد، رحمة بالناس، أن الأمر صعب.")
    assert not any(e.name == "جهاد رحمة" for e in doc.entities)


def test_lone_family_name_after_another_given_name_is_another_man() -> None:
    doc = analyze_news("وقتل في الغارة جهاد مغنية نجل القيادي عماد مغنية.")
    persons = sorted(e.name for e in doc.entities if e.type == "PERSON")
    assert persons == ["جهاد مغنية", "عماد مغنية"]


def test_counter_lone_family_name_after_a_verb_is_the_same_man() -> None:
    doc = analyze_news("وقال عماد مغنية إن الحزب مستعد، وأضاف مغنية أن الرد قادم.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["عماد مغنية"]
    assert len(entity_named(doc, "عماد مغنية").mentions) == 2


def test_counter_common_noun_before_a_leaders_surname_is_no_given_name() -> None:
    # «لقاء» (a meeting) is a given name too, but a frequent common word: «لقاء أوباما» is meeting Obama
    doc = analyze_news("وقال الرئيس الأميركي باراك أوباما إنه مستعد، ورفض نتنياهو لقاء أوباما في واشنطن.")
    assert not any(e.name == "لقاء أوباما" for e in doc.entities)


JORDAN = ("أنهى صندوق النقد الدولي المراجعة الأخيرة لبرنامجه مع الأردن. وقال وزير المالية الأردني إن الأردن ملتزم "
          "بالإصلاح. يذكر أن الأردن كان طبق برنامج التصحيح، وطبق خلاله البنك المركزي سياسات نقدية متشددة "
          "لمواجهة الضغط على العملة الوطنية في الأردن.")


def test_bare_central_bank_is_the_articles_states() -> None:
    e = entity_named(analyze_news(JORDAN), "البنك المركزي")
    assert (e.country, e.actor) == ("JOR", "JORGOV")


def test_counter_bare_central_bank_beside_the_ecb_is_not_the_states() -> None:
    doc = analyze_news("وقال البنك المركزي الأوروبي إن اليونان تحتاج إلى قرض. وأوضح أن اليونان ستتلقى القرض، "
                       "وأشار إلى وجود وفد يمثل المفوضية، والمصرف المركزي في اليونان.")
    assert not any(e.name == "المصرف المركزي" and e.country == "GRC" for e in doc.entities)


def test_title_heads_a_listed_state_body_longer_than_its_complement() -> None:
    # «الديوان الملكي» is a complement of «رئيس», «الديوان الملكي الهاشمي» the listed body of Jordan (JORGOV)
    doc = analyze_news("كان في استقباله رئيس الديوان الملكي الهاشمي فايز الطراونة في عمان.")
    e = entity_named(doc, "فايز الطراونة")
    assert (e.roles, e.actor) == (["رئيس الديوان الملكي الهاشمي"], "JORGOV")


def test_counter_listed_body_of_no_state_leaves_the_title_as_it_was() -> None:
    # the athletics federation is an NGO: its Senegalese president is no official of Senegal's government
    doc = analyze_news("فيما رأى رئيس الاتحاد الدولي لألعاب القوى السنغالي لأمين دياك أن ما نشر كذب.")
    assert entity_named(doc, "لأمين دياك").actor != "SENGOV"
