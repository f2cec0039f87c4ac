"""Round ev445: a campaign of force with a country adjective that is its sentence's subject («وتركزت العمليات
التركية», «بدأت الغارات التركية») names that country as the doer of the sentence's other strikes with no doer of their
own (events.nisba_topics); not where the adjective is on another noun or the campaign noun is no subject."""

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
