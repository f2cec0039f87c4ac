"""Round en395: entity errors on real news — a negotiating round, a region's summit, a cup's place, a piece of a
quoted phrase, a bare prosecution's country, a local office's country, museums and hospitals, a town's club, a
title that opens a town's name (each with a counter-case)."""

from conftest import analyze_news, entity_named, names_of_type


def test_round_named_after_a_city_is_a_named_event() -> None:
    doc = analyze_news("والمواقف اليابانية من دورة الدوحة لمنظمة التجارة العالمية.")
    assert entity_named(doc, "دورة الدوحة").type == "MISC"
    assert "الدوحة" not in names_of_type(doc, "LOCATION")


def test_counter_forum_named_after_a_city_stays_a_body() -> None:
    doc = analyze_news("وشارك الوزير في منتدى دافوس الاقتصادي أمس.")
    assert entity_named(doc, "منتدى دافوس الاقتصادي").type == "ORGANIZATION"


def test_regional_summit_takes_its_organisation() -> None:
    doc = analyze_news("والتقينا أيضًا برئيس النيجر في القمة الأفريقية الأخيرة. وقالت القمة العربية إن الوضع خطير.")
    assert entity_named(doc, "القمة الأفريقية").actor == "IGOAFR"
    assert entity_named(doc, "القمة العربية").actor == "IGOARL"


def test_counter_summit_of_no_organisation_and_two_summits() -> None:
    doc = analyze_news("وعقدت قمة آسيوية في طوكيو. وعقد القمة العربية الاستثنائية في بغداد. ثم عقد قمة عربية طارئة "
                       "في القاهرة.")
    assert entity_named(doc, "قمة آسيوية").actor is None
    assert entity_named(doc, "القمة العربية").id != entity_named(doc, "قمة عربية طارئة").id


def test_place_after_a_cup_is_the_tournament() -> None:
    doc = analyze_news("ومن المهم المواصلة في طريق الوصول للمونديال وكأس آسيا المقبلة وبطولة آسيا 2019.")
    assert entity_named(doc, "كأس آسيا").type == "MISC"
    assert "آسيا" not in names_of_type(doc, "LOCATION")


def test_counter_region_of_a_continent_stays_a_place() -> None:
    doc = analyze_news("فهي المرة الأولى التي تقام فيها البطولة في غرب آسيا.")
    assert "آسيا" in names_of_type(doc, "LOCATION")


def test_genitive_of_a_quoted_common_phrase_is_no_name() -> None:
    doc = analyze_news("وذلك قبل ليال من بدء «أم المعارك»، التي كان يهدد بها صدام، فانقلبت عليه.")
    assert "المعارك" not in [e.name for e in doc.entities]


def test_counter_conjunct_of_a_quoted_phrase_is_left() -> None:
    doc = analyze_news("وقال الكاتب إن ما يحدث اليوم صراع بين الحضارات «الإسلام والغرب»، والمقال يحمل شبهة واضحة.")
    assert "الإسلام" in [e.name for e in doc.entities]


FRANCE = ("وعثر على القطعة في سانت أندريه على الساحل الشرقي للجزيرة. وستنقل القطعة إلى مختبر بالقرب من تولوز. "
          "وقالت ماليزيا إن الطائرة ماليزية. وقال رئيس وزراء ماليزيا إن بلاده تنتظر. "
          "كما أوضحت النيابة أنّ بقايا حقيبة ستخضع للفحص أيضا في مختبر الدرك الفرنسي بالقرب من باريس.")


def test_bare_prosecution_takes_its_sentences_state() -> None:
    doc = analyze_news(FRANCE)
    e = entity_named(doc, "النيابة")
    assert (e.country, e.actor) == ("FRA", "FRAJUD")


def test_counter_bare_prosecution_with_no_state_body_in_its_sentence() -> None:
    doc = analyze_news(FRANCE.replace("مختبر الدرك الفرنسي بالقرب من باريس", "مختبر خاص"))
    assert entity_named(doc, "النيابة").country is None


def test_local_office_set_off_before_the_name() -> None:
    doc = analyze_news("وأوضح النائب العام لمدينة ديار بكر، رمضان صولماز، أن التحقيقات مستمرة.")
    e = entity_named(doc, "رمضان صولماز")
    assert (e.country, e.actor) == ("TUR", "TURJUD")


def test_counter_office_in_a_town_or_an_envoy_for_a_country() -> None:
    doc = analyze_news("وقال مراسل الصحيفة في أنقرة، جون سميث، إن الوضع هادئ. وقال المبعوث الخاص لسوريا، ستافان دي "
                       "ميستورا، إن الحل سياسي.")
    assert entity_named(doc, "جون سميث").country is None
    assert next(e for e in doc.entities if e.type == "PERSON" and "ميستورا" in e.name).country != "SYR"


def test_museum_and_hospital_are_facilities() -> None:
    doc = analyze_news("خاصة بعد الهجمات على متحف باردو، والهجوم على منتجع سياحي. ونقل إلى مستشفى رفيديا في نابلس.")
    assert entity_named(doc, "متحف باردو").type == "LOCATION"
    assert entity_named(doc, "مستشفى رفيديا").type == "LOCATION"


def test_counter_hospital_with_a_common_adjective() -> None:
    doc = analyze_news("وتحتاج زوجتي إلى إجراء عملية كبرى في مستشفى كبير في شمال العراق.")
    assert "مستشفى كبير" not in [e.name for e in doc.entities]


def test_town_after_a_rare_foreign_word_in_sport_is_a_club() -> None:
    doc = analyze_news("وحمل اللاعب مطلع التسعينات ألوان غراسهوبر زيوريخ حيث يتخذ الاتحاد الدولي مقرا له، ثم احترف في "
                       "فريق محلي.")
    assert entity_named(doc, "غراسهوبر زيوريخ").type == "ORGANIZATION"
    assert "زيوريخ" not in names_of_type(doc, "LOCATION")


def test_counter_town_outside_sport_stays_a_town() -> None:
    doc = analyze_news("وقال رئيس الحكومة إن غراسهوبر زيوريخ مدينة جميلة، بهدف جذب السياح بهدف الاستثمار.")
    assert "زيوريخ" in names_of_type(doc, "LOCATION")


def test_title_opening_a_towns_name_takes_its_country() -> None:
    doc = analyze_news("وأكد أمين العاصمة المقدسة الدكتور أسامة بن فضل البار أن اللجان أكملت استعداداتها.")
    e = entity_named(doc, "أسامة بن فضل البار")
    assert (e.country, e.actor) == ("SAU", "SAUGOV")


def test_counter_title_of_no_town() -> None:
    doc = analyze_news("وأكد أمين عام الحزب الدكتور أسامة البار أن اللجان أكملت استعداداتها.")
    assert entity_named(doc, "أسامة البار").country is None


def test_soldier_in_a_states_body_is_of_that_state() -> None:
    doc = analyze_news("يقول سياوش ميرتقي (29 عاما)، من مدينة أصفهان، وهو جندي في البحرية الإيرانية: «إنها رائعة».")
    assert entity_named(doc, "سياوش ميرتقي").country == "IRN"


def test_counter_researcher_in_a_body_of_a_countrys_adjective() -> None:
    doc = analyze_news("وقال جون سميث، وهو باحث في المعهد الأميركي، إن الاتفاق صعب.")
    assert entity_named(doc, "جون سميث").country is None


def test_tournament_cut_after_a_cups_noun_runs_on_over_its_genitive() -> None:
    doc = analyze_news("وتنتظره مباراة إياب لفريقه ضد فريق كولومبي في نهائي بطولة الليبرتادورس المؤهلة لكأس العالم "
                       "للأندية، وكل هؤلاء المدربين أرجنتينيون.")
    assert not any(e.name.endswith("لكأس") for e in doc.entities)


def test_counter_tournament_ending_in_its_own_name_is_left() -> None:
    from rasd.doc import Doc, Mention
    from rasd.entities.sport import cup_tails

    doc = Doc(text="فاز في بطولة كأس العالم أمس")  # (a real Doc: the compiled build checks the type)
    a = doc.text.index("بطولة")
    whole = Mention(a, a + len("بطولة كأس العالم"), "بطولة كأس العالم", "MISC", "model", "", None, {})
    cup_tails(doc, [whole])
    assert whole.text == "بطولة كأس العالم"  # (ends in its genitive: left)
    cut = Mention(a, a + len("بطولة كأس"), "بطولة كأس", "MISC", "model", "", None, {})
    cup_tails(doc, [cut])
    assert cut.text == "بطولة كأس العالم"


def test_short_form_of_a_body_without_its_complement_is_that_body() -> None:
    doc = analyze_news("وأعلنت اللجنة العليا للانتخابات في مصر فتح باب التقدم. وقال المتحدث باسم اللجنة العليا إن "
                       "التسجيل يبدأ اليوم، وأكدت اللجنة العليا أنها مستعدة.")
    e = entity_named(doc, "اللجنة العليا للانتخابات")
    assert sum(doc.text[m.start : m.end] == "اللجنة العليا" for m in e.mentions) == 2


def test_short_form_before_the_full_name_joins_the_one_body_of_that_name() -> None:
    # Round 395 left a short form told before the full name apart; session 52's round en896 (``qualifiedbodies``)
    # joins it when only one body of the article has that name plus a tail (on the 347 articles «حزب الدعوة» told
    # before «حزب الدعوة الإسلامية», «اللجنة العامة للانتخابات» before «... البلدية»: judged better). Two bodies
    # sharing the short name stay apart (tests/test_short_bodies_en896.py).
    doc = analyze_news("وقالت اللجنة العليا إن التسجيل يبدأ اليوم. وأعلنت اللجنة العليا للانتخابات في مصر فتح الباب.")
    e = entity_named(doc, "اللجنة العليا للانتخابات")
    assert any(doc.text[m.start : m.end] == "اللجنة العليا" for m in e.mentions)


MECCA_MAYOR = ("وأكد معالي أمين العاصمة المقدسة رئيس اللجنة المحلية للانتخابات البلدية بمكة المكرمة الدكتور أسامة بن "
               "فضل البار, أن اللجان الفرعية أكملت استعداداتها.")


def test_title_run_reads_a_bodys_purpose_with_its_adjective_then_its_town() -> None:
    e = entity_named(analyze_news(MECCA_MAYOR), "أسامة بن فضل البار")
    assert (e.country, e.actor) == ("SAU", "SAUGOV")
    assert any("للانتخابات البلدية" in r for r in e.roles)


def test_counter_bodys_purpose_at_the_clauses_end_stays_the_bodys_name() -> None:
    doc = analyze_news("هذا ما يؤكد عليه يفغيني مينتشينكو مدير المعهد الدولي للتحليل السياسي، لا سيما أن المنظمة "
                       "ستتوسع.")
    assert "المعهد الدولي للتحليل السياسي" in names_of_type(doc, "ORGANIZATION")
