"""Round 171 of real news: support for a piece of software, a possible outcome of a law, a method of settling a
matter and an attack a defence is for are no events where no party is named; a bare «الحصار» in an article of an
embargo is the embargo (163); a group whose moves are told («تحركات ... لـ«القاعدة» ... وتستهدف») does what they
target. Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg, news_event, news_has_code, news_triggers


def test_support_for_software_add_ons_is_no_aid() -> None:
    text = "وقال ممثلو الشركة إن المتصفح الجديد سيقدم الدعم للإضافات التي يطورها المبرمجون."
    assert "سيقدم الدعم" not in news_triggers(text)


def test_support_for_an_army_stays_aid() -> None:
    doc, ev = news_event("وأعلنت السعودية أنها ستقدم الدعم للجيش اليمني.", "ستقدم الدعم")
    assert ev.code == "070"
    assert news_arg("وأعلنت السعودية أنها ستقدم الدعم للجيش اليمني.", "ستقدم", "target") == "الجيش اليمني"


def test_a_possible_outcome_of_a_law_is_no_event() -> None:
    text = "وتنتقد المنظمات القانون لأن نصوصه يمكن أن تفضي إلى قمع المظاهرات السلمية."
    triggers = news_triggers(text)
    assert "المظاهرات" not in triggers and "قمع" not in triggers


def test_an_outcome_that_happened_stays() -> None:
    doc, ev = news_event("وأدت الاشتباكات في المدينة إلى مقتل عشرين شخصا أمس.", "مقتل")
    assert ev.code == "190"


def test_a_method_of_settling_a_matter_is_no_talks() -> None:
    text = "ورأى رجال الدين أن حل الأزمة يكون بالطرق السلمية والتفاوض وليس بالقتال."
    assert "والتفاوض" not in news_triggers(text)
    assert "بالتفاوض" not in news_triggers("وقال الوزير إن الحل يكون بالتفاوض.")


def test_talks_that_began_stay() -> None:
    doc, ev = news_event("وبدأت الحكومة والمعارضة التفاوض في جنيف أمس.", "التفاوض")
    assert ev.code[:2] == "04"


def test_attacks_a_defence_is_for_are_no_event() -> None:
    assert "الهجمات" not in news_triggers("وتمنح الأبنية المدمرة المقاتلين قدرة لصد الهجمات.")


def test_attacks_repelled_stay() -> None:
    doc, ev = news_event("وصد الجيش الهجمات التي شنها المسلحون على المدينة أمس.", "الهجمات")
    assert ev.code[:2] in ("18", "19")


def test_a_bare_blockade_in_an_article_of_an_embargo_is_the_embargo() -> None:
    text = ("ودعت المرشحة إلى إنهاء الحصار المفروض على كوبا. وقالت في كلمة: «علينا أن نستبدل به (الحصار) سياسة "
            "أكثر ذكاء».")
    assert news_has_code(text, "الحصار", "163")
    doc, ev = news_event(text, "الحصار")
    codes = [e.code for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "الحصار"]
    assert "163" in codes and "191" not in codes


def test_a_siege_of_a_town_stays_a_siege() -> None:
    text = "وفرضت القوات حصارا على مدينة تعز. ورغم الحصار، يواصل السكان حياتهم."
    doc, ev = news_event(text, "حصارا")
    assert ev.code == "191"
    assert news_has_code(text, "الحصار", "191")


def test_the_group_whose_moves_target_is_the_source() -> None:
    text = ("وهناك تحركات إرهابية كثيرة لـ«القاعدة» التي ظهرت في المدينة وتستهدف رجال الشرطة بإطلاق النار عليهم "
            "من قبل مهاجمين.")
    assert news_arg(text, "وتستهدف") == "القاعدة"


def test_a_group_past_the_clause_gives_no_source() -> None:
    text = "ورصد الجيش تحركات لـ«القاعدة» في الجبال، وتستهدف قوات الأمن المسلحين هناك."
    assert news_arg(text, "وتستهدف") != "القاعدة"


def test_an_attack_deterred_is_no_event() -> None:
    text = "وأقامت الدولة المنطقة لردع الفصائل المسلحة من دخولها أو الاعتداء على اللاجئين."
    assert "الاعتداء" not in news_triggers(text)


def test_an_attack_told_in_a_relative_clause_after_a_defence_stays() -> None:
    text = "وأرسل الجيش تعزيزات لمواجهة المسلحين الذين شنوا هجوما على القرية أمس."
    assert "هجوما" in news_triggers(text)


def test_the_victim_of_a_killing_is_no_doer_of_the_next_listed() -> None:
    text = "وأدى ذلك إلى انكسار الحملة ومقتل قائد الحملة العميد صالح الشرجي، وكذا مقتل 85 من ميليشيات الحوثي."
    doc, ev = news_event(text, "مقتل")
    assert ev.source is None
    assert news_arg(text, "ومقتل", "target") == "صالح الشرجي"


def test_a_target_that_strikes_back_stays_the_doer() -> None:
    text = "وهاجم الجيش مواقع تنظيم داعش، ورد تنظيم داعش بقصف مواقع الجيش."
    assert news_arg(text, "بقصف") == "تنظيم داعش"
