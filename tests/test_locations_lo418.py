"""Round lo418: event locations — a capital told by its country's adjective («العاصمة القطرية») is that capital
(entities.capitalnisbas); a place witnessing a round of talks over «اليوم وغدًا» and the round's noun
(events.where_witness); a rare word after a noun of a town or an area is a place (entities.villagelists).
Hand-made sentences, each rule with a counter-case."""

from __future__ import annotations

from conftest import analyze_news, entity_named, entity_of_mention, names_of_type, news_place


def test_capital_by_its_countrys_adjective_is_that_capital() -> None:
    doc = analyze_news("وانتهت جولة المشاورات في العاصمة الإيرانية أمس بين الوفدين.")
    tehran = entity_of_mention(doc, "العاصمة الإيرانية")
    assert (tehran.name, tehran.type, tehran.country) == ("طهران", "LOCATION", "IRN")
    # after a clitic preposition, the mention starts past it
    doc = analyze_news("وأضاف في اجتماع بالعاصمة الماليزية أن الوضع خطير.")
    assert entity_of_mention(doc, "العاصمة الماليزية").name == "كوالالمبور"


def test_counter_capital_named_after_it_or_an_adjective_of_no_country() -> None:
    doc = analyze_news("والتقى الوزير نظيره في العاصمة القطرية الدوحة أمس.")
    assert [m for m in doc.mentions if doc.text[m.start : m.end] == "العاصمة القطرية"] == []
    assert entity_named(doc, "الدوحة").country == "QAT"  # the capital named by its name
    doc = analyze_news("وتعد مدينة قم العاصمة الدينية في البلاد.")
    assert not any("العاصمة" in doc.text[m.start : m.end] for m in doc.mentions)


def test_place_witnessing_a_round_of_talks_over_two_days() -> None:
    text = "وتشهد العاصمة القطرية اليوم وغدًا جولة مباحثات بين وزير الخارجية الأميركي جون كيري ونظرائه الخليجيين."
    # (the round and its talks noun are one event since round gr423: «جولة» is its trigger)
    assert news_place(text, "جولة") == "الدوحة"
    assert news_place("وتشهد الدوحة اليوم وغدًا جولة مباحثات بين كيري ونظرائه الخليجيين.", "جولة") == "الدوحة"


def test_counter_a_noun_between_that_is_no_round_or_time() -> None:
    # «قمة» is not the round of the talks: the place witnesses the summit, the talks are said of it
    text = "وتشهد الدوحة اليوم قمة خليجية تسبقها مباحثات بين كيري ونظرائه الخليجيين."
    assert news_place(text, "مباحثات") is None


def test_meeting_in_the_capital_with_a_glued_preposition() -> None:
    # «بالعاصمة الماليزية» right after the meeting: there, not the sea named in the quote after it
    text = "وأضاف في اجتماع بالعاصمة الماليزية «لا نرى وقفا للأنشطة العدوانية في بحر الصين الجنوبي»."
    assert news_place(text, "اجتماع") == "كوالالمبور"


def test_counter_place_of_the_clause_before_an_act_told_after_it() -> None:
    # «، وبعدها بعام أعلنت»: a new clause (``clause_openers``), not of the signing's place
    text = ("ومنذ وقت مبكر، وقعت الرياض والقاهرة على اتفاقية دفاع مشترك وكان ذلك في عام 1955 في القاهرة، "
            "وبعدها بعام أعلنت السعودية التعبئة العامة.")
    assert news_place(text, "وقعت") == "القاهرة"
    assert news_place(text, "أعلنت") is None


def test_rare_name_after_a_head_of_town_or_area_is_a_place() -> None:
    doc = analyze_news("وقصف الطيران المروحي بالبراميل المتفجرة مناطق في بلدة تفتناز أمس.")
    assert "تفتناز" in names_of_type(doc, "LOCATION")
    text = "وقالت مصادر أمنية إن المروحيات قامت بقصف الخلية بمنطقة الجغيني، مما أسفر عن مقتل 6."
    assert news_place(text, "بقصف") == "الجغيني"


def test_counter_common_word_or_a_pronoun_head_names_no_place() -> None:
    doc = analyze_news("وطالبت أنقرة بإقامة منطقة عازلة على حدودها مع سوريا.")
    assert not any("عازلة" in n for n in names_of_type(doc, "LOCATION"))
    # «بلده» is «his country» (a pronoun, no «ة»), «وأمته» another conjunct
    doc = analyze_news("وعاد الملك إلى بلده وأمته سالما.")
    assert not any("أمته" in n for n in names_of_type(doc, "LOCATION"))


def test_place_in_a_quotation_opened_after_the_act_is_not_its_place() -> None:
    text = "وأضاف في اجتماع بكوالالمبور «لا نرى وقفا للأنشطة العدوانية في بحر الصين الجنوبي»."
    assert news_place(text, "اجتماع") == "كوالالمبور"


def test_counter_a_quoted_place_name_or_a_quotation_closed_before_it() -> None:
    assert news_place("وشنت الطائرات غارات على مواقع التنظيم في «الرقة» أمس.", "غارات") == "الرقة"
    assert news_place("وشنت الطائرات غارات على مواقع «داعش» في مدينة الرقة أمس.", "غارات") == "الرقة"
    text = "وشنت الطائرات ضمن عملية «السهم الذهبي» غارات على مواقع المتمردين في محافظة أبين أمس."
    assert news_place(text, "غارات") == "أبين"


def test_cities_by_their_countrys_adjective_are_that_country() -> None:
    text = "وفي الصين، ومع اندلاع احتجاجات سائقي سيارات الأجرة في الكثير من المدن الصينية، أقرت الشركة بالتزامها."
    assert news_place(text, "احتجاجات") == "الصين"
    text = "وفي العراق، لقي عدد من عناصر تنظيم داعش مصرعهم في عدد من المدن العراقية اليوم."
    assert news_place(text, "مصرعهم") == "العراق"


def test_counter_cities_with_no_preposition_of_place() -> None:
    # «بتحرير جميع المدن اليمنية»: the towns are what is freed, not where the act is told
    text = "وتعهد الرئيس هادي لليمنيين بتحرير جميع المدن اليمنية من الميليشيات، وزار اليمن أمس وفد أممي."
    assert news_place(text, "وتعهد") is None


def test_town_named_before_its_countrys_adjective_is_a_place() -> None:
    text = "بعد ضربة جوية نفذتها طائرة إسرائيلية من دون طيار في بلدة حضر السورية المحاذية لهضبة الجولان."
    assert news_place(text, "ضربة جوية") == "حضر"


def test_counter_an_adjective_of_the_head_before_a_countrys_adjective() -> None:
    doc = analyze_news("وطالبت أنقرة بإقامة منطقة عازلة سورية على حدودها.")
    assert not any("عازلة" in n for n in names_of_type(doc, "LOCATION"))
    doc = analyze_news("ومرر اللاعبون الكرة من حدود منطقة الجزاء البرازيلية حتى منطقة الجزاء الألمانية.")
    assert not any("الجزاء" in n for n in names_of_type(doc, "LOCATION"))


def test_place_in_a_quotation_closed_before_the_act_is_not_its_place() -> None:
    text = ("وقال المصدر إن «المقاومة قصفت مواقع الميليشيات في مدينة تعز أمس»، إضافة إلى استهداف تجمعات المتمردين "
            "بالقرب من المجمع الحكومي.")
    assert news_place(text, "قصفت") == "تعز"
    assert news_place(text, "استهداف") is None


def test_counter_a_quoted_name_between_the_place_and_the_act() -> None:
    text = "وفي مدينة تعز أطلقت ميليشيات «الحوثي» قذائف على الأحياء السكنية أمس."
    assert news_place(text, "أطلقت") == "تعز"
