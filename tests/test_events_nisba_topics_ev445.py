"""Round ev445: a campaign of force with a country adjective that is its sentence's subject («وتركزت العمليات
التركية», «بدأت الغارات التركية») names that country as the doer of the sentence's other strikes with no doer of their
own (events.nisba_topics); not where the adjective is on another noun or the campaign noun is no subject. A campaign
noun whose relative clause names its doer («معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت») is the subject of the
verb of force after it, and that doer the verb's (events.subject_acts)."""

from conftest import news_arg

TURKEY = "وصل وفد رسمي إلى تركيا أمس. "


def test_campaign_subject_country_does_the_other_strikes() -> None:
    text = TURKEY + ("وتركزت العمليات التركية حتى الآن على أهداف للحزب التي تعرضت لعشرات الهجمات، فيما لم يعلن "
                     "سوى عن ثلاث غارات على مسلحي تنظيم داعش في سوريا.")
    assert news_arg(text, "غارات") == "تركيا"


def test_campaign_subject_country_does_the_masdar_of_its_verb() -> None:
    text = TURKEY + "بدأت الغارات التركية الأسبوع الماضي باستهداف مواقع تابعة لتنظيم داعش في سوريا."
    assert news_arg(text, "باستهداف") == "تركيا"


def test_counter_adjective_on_the_target_names_no_doer() -> None:
    # «المواقع التركية» were struck: the adjective names the target, no campaign noun is the subject
    text = TURKEY + "وتعرضت المواقع التركية أمس لثلاث غارات عنيفة."
    assert news_arg(text, "غارات") != "تركيا"


def test_counter_campaign_noun_before_a_preposition_is_no_topic() -> None:
    # «القصف على المواقع التركية»: the adjective is on the target after «على»
    text = TURKEY + "واستمر القصف على المواقع التركية طوال الليل، فيما سجلت ثلاث غارات على القرى."
    assert news_arg(text, "غارات") != "تركيا"


def test_counter_media_adjective_names_no_doer() -> None:
    # «الإعلام التركي» reports the strikes; it is no campaign of force
    text = TURKEY + "وذكرت وسائل الإعلام التركية أن ثلاث غارات استهدفت القرى، وأن القصف تواصل."
    assert news_arg(text, "القصف") != "تركيا"


# events.subject_acts: the doer a campaign subject's relative clause names does the verb of force after it


def test_campaign_subject_relative_doer_does_the_verb() -> None:
    text = "لكن معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت حزب العمال الكردستاني."
    assert news_arg(text, "استهدفت") == "أنقرة"


def test_counter_relative_clause_on_no_campaign_names_no_doer() -> None:
    # the celebrations the UN organised were shelled: the organiser is no doer of the shelling
    text = "لكن معظم الاحتفالات التي نظمتها الأمم المتحدة حتى الآن استهدفت بالقصف."
    assert news_arg(text, "استهدفت") != "الأمم المتحدة"



# nisba_topics.force_country: where the article names no country entity, a strike's country adjective names the
# country's armed forces, where the article names them


ARMY = "أعلنت القوات المسلحة التركية استنفارا واسعا. "


def test_strike_adjective_names_the_armed_forces_without_a_country_entity() -> None:
    text = ARMY + "وسقط ضحايا مدنيون نتيجة غارة جوية تركية على معسكر شمال العراق."
    assert news_arg(text, "غارة") == "القوات المسلحة التركية"


def test_counter_call_adjective_names_no_armed_forces() -> None:
    # a call is the state's: the army is not who calls
    text = ARMY + "ورحب الوزير العراقي بالدعوة التركية إلى الحوار."
    assert news_arg(text, "بالدعوة") != "القوات المسلحة التركية"
