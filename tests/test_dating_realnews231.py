"""Dating in real-news constructions, round 231: an effect told after its cause's clause («...، مما أدى إلى مقتل»)
takes the time of that clause, not the article date; acts after «منذ» + an onset set off («، منذ انطلاقة ...،») have
no article date."""

from __future__ import annotations

from conftest import news_date


def test_effect_takes_the_time_of_its_cause() -> None:
    text = "سقطت أمس قذيفة في سوق شعبي بالمدينة، التي تسيطر عليها المعارضة، مما أدى إلى سقوط عشرات القتلى."
    assert news_date(text, "القتلى") == "2015-08-01"
    text = "قصفت الطائرات أول أمس حيا سكنيا في البلدة، ما أسفر عن مقتل خمسة مدنيين."
    assert news_date(text, "قصفت") == "2015-07-31"  # round ev312: the toll is the shelling's event


def test_effect_counter_cases() -> None:
    # the time of a relative clause inside the cause's clause is not the cause's
    text = "قصفت الطائرات القرية التي دخلها التنظيم في يونيو الماضي، مما أدى إلى مقتل خمسة مدنيين."
    assert news_date(text, "قصفت") != "2015-06"
    # no time in the cause's clause: the article date, as before
    text = "قصفت الطائرات حيا سكنيا في البلدة، مما أدى إلى مقتل خمسة مدنيين."
    assert news_date(text, "قصفت") == "2015-08-02"


def test_acts_since_an_onset_have_no_article_date() -> None:
    text = "وتعرضت مواقع الجيش في الجبل، منذ انطلاقة الحركة المسلحة، إلى ثلاث هجمات على الأقل، أسفرت إحداها عن مقتل جندي."
    assert news_date(text, "هجمات") is None
    assert news_date("ومنذ بداية الحملة، نفذ التحالف عشرات الغارات على مواقع التنظيم.", "الغارات") is None


def test_since_an_onset_counter_cases() -> None:
    # «منذ» + onset not set off: a superlative of the act told today
    assert news_date("وهذا أول هجوم منذ بداية الهدنة، وقد أسفر عن مقتل جندي.", "هجوم") == "2015-08-02"
    # the act told before «منذ»
    assert news_date("وهاجم مسلحون موقعا للجيش، منذ بداية الهدنة قبل أسبوع، ما أسفر عن مقتل جندي.", "وهاجم") == "2015-08-02"


def test_but_clause_after_a_past_time() -> None:
    text = "وقد حاولت الشرطة اعتقال الناشط قبل نحو عام، لكن القاضي رفض ذلك."
    assert news_date(text, "رفض") is None
    # no time closes the clause before «لكن»: the article date, as before
    assert news_date("وقد طلبت الشرطة اعتقال الناشط، لكن القاضي رفض ذلك.", "رفض") == "2015-08-02"
