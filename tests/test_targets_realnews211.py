"""Round 211: parties named inside phrases (designations, a share of a place, «بين X وأعضاء من Y», members of a
body, a country's stance, sites of a body, an object past an inserted place). Hand-made sentences."""

from conftest import analyze_news, event_arg, news_event, news_place


def _arg(text: str, trigger: str, role: str) -> str:
    doc, ev = news_event(text, trigger)
    return str(event_arg(doc, ev, role))


def test_designated_body_is_the_target() -> None:
    text = "وأعلنت الحكومة المصرية جماعة الإخوان المسلمين تنظيما إرهابيا في ديسمبر."
    assert _arg(text, "وأعلنت", "target") == "جماعة الإخوان المسلمين"
    assert _arg(text, "وأعلنت", "source") == "الحكومة المصرية"


def test_declared_that_is_no_designation() -> None:
    text = "وأعلنت الحكومة المصرية أن جماعة الإخوان المسلمين تنظيم خطير."
    assert _arg(text, "وأعلنت", "target") == ""


def test_share_of_a_city_is_target_and_place() -> None:
    text = "ورحبت الصحف الليبية بتقدم الجيش الليبي وسيطرته على أكثر من 80 % من مدينة بنغازي."
    assert _arg(text, "وسيطرته", "target") == "بنغازي"
    assert news_place(text, "وسيطرته") == "بنغازي"


def test_most_of_a_province() -> None:
    text = "وأكد المتحدث سيطرة تنظيم داعش على معظم محافظة الأنبار."
    assert _arg(text, "سيطرة", "target") == "الأنبار"
    assert _arg(text, "سيطرة", "source") == "تنظيم داعش"


def test_share_of_votes_is_no_party() -> None:
    doc = analyze_news("وحصل حزب النهضة على أكثر من 30 % من الأصوات في تونس.")
    assert all(e.target is None for e in doc.events)


def test_talks_between_envoy_and_members_of_a_party() -> None:
    text = ("وانتهت جولة المحادثات في الجزائر أمس بين مارتن كوبلر، المبعوث الأممي إلى ليبيا، "
            "وأعضاء من حزب العدالة والبناء.")
    assert _arg(text, "جولة", "source") == "مارتن كوبلر"
    assert _arg(text, "جولة", "target") == "حزب العدالة والبناء"


def test_members_in_a_body_act_for_it() -> None:
    text = "واتهمت بعض القيادات في حركة حماس السلطة الفلسطينية بالتقصير."
    assert _arg(text, "واتهمت", "source") == "حركة حماس"


def test_figures_in_a_country_are_not_its_state() -> None:
    text = "واتهمت بعض الشخصيات في سوريا الحكومة التركية بدعم الإرهاب."
    assert _arg(text, "واتهمت", "source") == "الشخصيات"


def test_praised_diplomacy_of_a_country() -> None:
    text = "وأشاد وزير الخارجية اليمني رياض ياسين بالدبلوماسية الكويتية في حل الأزمة."
    assert _arg(text, "وأشاد", "target") == "الكويت"


def test_own_country_diplomacy_and_a_team_are_no_country() -> None:
    text = "وأشاد وزير الخارجية القطري خالد العطية بالدبلوماسية القطرية في حل الأزمة."
    assert _arg(text, "وأشاد", "target") == "الدبلوماسية القطرية"
    text = "وأشاد رياض ياسين بالمنتخب القطري بعد فوزه."
    assert _arg(text, "وأشاد", "target") != "قطر"


def test_shelled_gatherings_of_a_group() -> None:
    text = "وقصفت طائرات التحالف تجمعات «داعش» في مدينة الرقة."
    assert _arg(text, "وقصفت", "target") == "داعش"


def test_unnamed_sites_are_no_town() -> None:
    text = "وقصفت طائرات التحالف مواقع في مدينة الرقة."
    assert _arg(text, "وقصفت", "target") == "مواقع"


def test_object_past_an_inserted_place_and_time() -> None:
    text = "وقالت الوزارة إن طائرة أميركية قتلت، في العراق في منتصف يونيو الماضي، أبو بكر البغدادي زعيم التنظيم."
    assert _arg(text, "قتلت", "target") == "أبو بكر البغدادي"


def test_inserted_place_then_another_verb() -> None:
    text = "وقالت الوزارة إن المسلحين قتلوا، في العراق، وأصابوا جنودا من الجيش العراقي."
    assert _arg(text, "قتلوا", "target") != "الجيش العراقي"


def test_rebels_seizing_the_state_of_their_country() -> None:
    text = "وقال الوزير إن إيران فشلت في تنفيذ مخطط سيطرة الحوثيين على الدولة اليمنية."
    assert _arg(text, "سيطرة", "target") == "اليمن"


def test_a_government_praising_its_own_efforts() -> None:
    text = "وأشادت الحكومة القطرية بالجهود القطرية في الوساطة."
    assert _arg(text, "وأشادت", "target") == "الجهود القطرية"


def test_victim_named_after_the_pronoun() -> None:
    text = "ونقلت القناة خبر اتهام شرطي بقتل شاب أعزل، هو مايكل براون."
    assert _arg(text, "بقتل", "target") == "مايكل براون"


def test_pronoun_of_a_relative_clause_names_no_one() -> None:
    text = "وقال الوزير إن خوف الأجهزة من التعذيب، هو الذي دفع الشرطة إلى اعتقال المتهمين."
    assert _arg(text, "اعتقال", "target") == "المتهمين"
