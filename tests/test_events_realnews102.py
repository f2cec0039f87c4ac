"""Round 102 of real news: past acts whose own time the sentence gives, or gives as none. A past act in a «حيث»
clause takes the day or month told before «حيث»; an act of agreeing under a fronted «بموجب» + an agreement
dated in its relative clause takes that date; an act counted («أربع مرات») has no day; a time set off by commas
before a noun is the governing verb's when the noun has its own after it; a report tag after the act («كما أفاد
المرصد أمس») gives it the report's day; «منذ ذلك الحين», an indefinite plural act after «بعد», charges, «عشية»,
a recent occasion («مؤخرا») and «طاولة المفاوضات» give no day; a year alone is given as ``year``. The sample's
articles are dated 2015-08-02 (a Sunday)."""

from __future__ import annotations

from conftest import news_date, news_event


def test_a_past_act_after_where_takes_the_time_told_before() -> None:
    text = ("وغابت الطائرات عن الأجواء ليلة سقوط المدينة، في مايو الماضي، التي تزامنت مع إنزال قرب النهر، حيث "
            "تمكنت وحدة خاصة من قتل قيادي بارز في التنظيم.")
    assert news_date(text, "قتل") == "2015-05"
    # a present verb after «حيث» opens a state of now, not an act of that time
    text = "وزار الوزير السجن المركزي أمس، حيث يوجد عشرات المعتقلين المحتجين على قرار الاعتقال."
    assert news_date(text, "الاعتقال") != "2015-08-01"


def test_agreeing_under_a_dated_agreement_takes_its_date() -> None:
    text = "وبموجب الاتفاق الذي أبرم في 20 يونيو، اتفقت الأطراف على وقف إطلاق النار في المدينة."
    assert news_date(text, "اتفقت") == "2015-06-20"
    # no date in the fronted phrase: the article's day
    text = "وبموجب الاتفاق، اتفقت الأطراف على وقف إطلاق النار في المدينة."
    assert news_date(text, "اتفقت") == "2015-08-02"


def test_a_counted_act_and_a_set_off_time_of_the_verb() -> None:
    text = "واتهم الحزب الجيش، أمس، بقصف قراه خمس مرات في الشهر الماضي."
    assert news_date(text, "بقصف") is None
    # the noun's own time after it, not the accusation's day set off by commas before it
    text = "واتهم الحزب الجيش، أمس، بقصف قراه في الشهر الماضي."
    assert news_date(text, "بقصف") == "2015-07"
    assert news_date(text, "واتهم") == "2015-08-01"
    # no time after the noun: the day before it still dates it
    text = "واتهم الحزب الجيش، أمس، بقصف قراه."
    assert news_date(text, "بقصف") == "2015-08-01"


def test_acts_of_no_day() -> None:
    assert news_date("وتعرضت القرى منذ ذلك الحين لقصف مدفعي متواصل.", "لقصف") is None
    assert news_date("وغيرت الحكومة سياستها بعد هجمات دامية على أراضيها.", "هجمات") is None
    # one act named by a definite noun after «بعد», with no time of its own: a reference point told earlier, no day
    # (round mn1025: it had the article's day; on the 347, «بعد تحرير عدن» was July's retaking given August's day)
    assert news_date("وغيرت الحكومة سياستها بعد الهجوم على السفارة.", "الهجوم") is None
    # its own time dates it
    assert news_date("وغيرت الحكومة سياستها بعد الهجوم على السفارة أمس.", "الهجوم") == "2015-08-01"
    text = "وقال المعارض إن الغرب سكت بمجرد عودة طهران إلى طاولة المفاوضات."
    assert news_date(text, "المفاوضات") is None
    text = "ويواجه المتهم عدة اتهامات من بينها قتل حارس والاحتجاز غير القانوني."
    assert news_date(text, "والاحتجاز") is None


def test_a_report_tag_after_the_act_gives_the_report_day() -> None:
    text = ("وشنت الطائرات غارات على مواقع المسلحين في شمال البلاد مما أسفر عن مقتل 25 مسلحا، كما أفاد "
            "«المرصد السوري لحقوق الإنسان» أمس.")
    assert news_date(text, "غارات") == "2015-08-01"  # (round ev312: the toll «مقتل» is one of the raids' triggers)
    # no report tag: the article's day
    text = "وشنت الطائرات غارات على مواقع المسلحين في شمال البلاد مما أسفر عن مقتل 25 مسلحا."
    assert news_date(text, "غارات") == "2015-08-02"


def test_a_year_alone_is_given_as_year() -> None:
    doc, ev = news_event("ويذكر أنه في عام 2006، قتلت غارة جوية القيادي في شمال بغداد.", "قتلت")
    assert ev.date is None
    assert ev.to_dict(doc.text)["year"] == 2006
    # a day dates it: no year field
    doc, ev = news_event("ويذكر أنه في 7 يونيو 2006، قتلت غارة جوية القيادي في شمال بغداد.", "قتلت")
    assert ev.date == "2006-06-07"
    assert "year" not in ev.to_dict(doc.text)
    # the year of the act before the «بعد»: not this act's
    doc, ev = news_event("وتصاعدت الكراهية لتصل إلى اشتباكات عنيفة بعد سقوط النظام في 2001.", "اشتباكات")
    assert "year" not in ev.to_dict(doc.text)
