"""Round dt343: event dates. A time after the comma that closes a noun act's doer, with the act's object right after
it, is the act's; «وكان ذلك في عام X» after an act gives it that year; in a retrospective piece a time of «to this
day» is no time of the story and a noun of a statement is a past act too; a present verb of accusing or threatening
with no time of its own is a charge or a threat that stands, of no day."""

from conftest import analyze_news, news_date, news_event

# -- set_off.object_after_time: «اقتحام المستوطنين، أمس المسجد» -------------------------------------------------


def test_time_between_the_doer_and_the_object_of_a_noun_act() -> None:
    text = "وتوقفت الصحيفة عند اقتحام جنود الاحتلال، أمس الحرم الإبراهيمي في مدينة الخليل."
    assert news_date(text, "اقتحام") == "2015-08-01"


def test_counter_time_after_the_comma_opens_a_new_clause() -> None:
    # a verb after the time: «أمس» is of the clause it opens, not of the noun act before the comma
    text = "وأدان الوزير اقتحام المستوطنين، أمس قال المتحدث إن الحكومة سترد."
    assert news_date(text, "اقتحام") != "2015-08-01"


def test_counter_a_verb_trigger_keeps_its_own_reading() -> None:
    # the rule reads a noun act's doer only: the verb of condemning before it is not dated by the storming's day
    text = "ونددت الوزارة باقتحام قوات الاحتلال، أمس المسجد الأقصى."
    assert news_date(text, "ونددت") == "2015-08-02"


# -- own_time.that_was: «وكان ذلك في عام 1955» ---------------------------------------------------------------


def test_that_was_in_a_year_gives_the_act_its_year() -> None:
    _, ev = news_event("ووقعت مصر والسودان على اتفاقية للتعاون العسكري وكان ذلك في عام 1976 بالخرطوم.", "ووقعت")
    assert ev.date is None and ev.attrs.get("year") == 1976


def test_counter_that_was_after_another_happening() -> None:
    # «وكان ذلك بعد سقوط النظام في 1976»: the year of the fall, not of the signing
    _, ev = news_event("ووقعت مصر والسودان على اتفاقية للتعاون العسكري وكان ذلك بعد سقوط النظام في 1976.", "ووقعت")
    assert ev.attrs.get("year") is None


# -- retrospect: «إلى اليوم» in a memoir, noun statements of the story -----------------------------------------

MEMOIR = ("في صباح الثاني من أغسطس 1990 استيقظ الكويتيون على أصوات الدبابات. وفي التاسع من أغسطس 1990 أعلن "
          "العراق ضم الكويت. وبقي الناس في بيوتهم حتى فبراير 1991.\n"
          "ويقول أحد الشهود إن الذكرى باقية إلى اليوم في نفوس الجيل الذي عاش تلك الأيام.\n"
          "وجاء الإعلان عن تحرير الكويت فجأة، فخرج الناس إلى الشوارع.")


def test_to_this_day_is_no_time_of_a_memoir() -> None:
    doc = analyze_news(MEMOIR)
    dates = {doc.text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}
    assert dates.get("فخرج", "missing") is None
    assert dates.get("الإعلان", "missing") is None


def test_counter_today_of_the_writer_still_dates_an_act() -> None:
    # «اليوم» with no «إلى/حتى» before it is the article's day, a time of the present story
    text = MEMOIR.replace("إن الذكرى باقية إلى اليوم في نفوس الجيل الذي عاش تلك الأيام", "اليوم إن الذكرى باقية")
    doc = analyze_news(text)
    dates = {doc.text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}
    assert dates.get("فخرج") == "2015-08-02"


# -- still_states.standing_charge: «وتتهم السلطات ... بالوقوف وراء» --------------------------------------------


def test_present_accusation_with_no_time_stands() -> None:
    assert news_date("وتتهم المعارضة السورية الحكومة بقصف الأحياء السكنية في المدينة.", "وتتهم") is None


def test_present_threat_with_no_time_stands() -> None:
    assert news_date("بل إن الناديين الكبيرين يهددان بالانسحاب من الدوري بسبب توزيع العائدات.", "يهددان") is None


def test_counter_perfect_accusation_keeps_the_day() -> None:
    assert news_date("واتهمت المعارضة السورية الحكومة بقصف الأحياء السكنية في المدينة.", "واتهمت") == "2015-08-02"


def test_counter_present_accusation_with_its_own_day() -> None:
    assert news_date("ويتهم وزير الداخلية اليوم المعارضة بالتحريض على العنف.", "ويتهم") == "2015-08-02"


def test_counter_threat_told_as_the_manner_of_an_act() -> None:
    # «وهو يتوعد»: while he threatened, in the video told; no standing threat
    assert news_date("وبث التنظيم أمس تسجيلا مصورا لقائده وهو يتوعد بقتل الجنود.", "يتوعد") is not None


# -- invited_time.put_off_to: «طلب من X تأجيل الاجتماع إلى نهاية الأسبوع» ---------------------------------------


def test_time_an_act_is_put_off_to_is_not_the_askings() -> None:
    text = "وطلب الرئيس هادي من رئيس الحكومة تأجيل الاجتماع إلى نهاية الأسبوع."
    assert news_date(text, "وطلب") == "2015-08-02"


def test_counter_time_before_the_putting_off_is_the_askings() -> None:
    # the week stands before «تأجيل»: the day of the asking itself (round ev392: the weekend of week 31, 31 July -
    # 2 August, by its Saturday: August)
    text = "وطلب الرئيس هادي من رئيس الحكومة نهاية الأسبوع تأجيل الاجتماع."
    assert news_date(text, "وطلب") == "2015-08"


# -- still_states.exposed_to: «يتعرض السجناء للضرب، والحرق، والتهديد» ------------------------------------------


def test_acts_undergone_in_the_present_have_no_day() -> None:
    text = "وقالت المنظمة إن السجناء يتعرضون للضرب، والحرق، والتهديد بالقتل أثناء الاحتجاز."
    assert news_date(text, "والتهديد") is None
    assert news_date("وقال إن القرى الحدودية تتعرض لقصف من الجانب الآخر.", "لقصف") is None


def test_counter_an_act_undergone_in_the_perfect_keeps_its_day() -> None:
    assert news_date("وتعرض السجناء للضرب، والحرق، والتهديد بالقتل أثناء الاحتجاز.", "والتهديد") == "2015-08-02"
    assert news_date("وتعرضت قافلة عسكرية لهجوم في المدينة.", "لهجوم") == "2015-08-02"
