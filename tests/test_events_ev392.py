"""Round ev392 of real news: event dates told by the sentence after the act. «ومكن سقوط أريحا المعارضة من
السيطرة على ادلب.» then «وتعرضت المنطقة منذ ذلك الحين لقصف» (the act is looked back on: before the news, no day);
«قاموا بتفجير أنبوب النفط» then «وكان تفجير أنبوب النفط، قبل يومين، قد أثار» (the day the next sentence retells it
on); «وكل هجوم تركي يقابله رد منا» (any attack of a kind: hypothetical, no day); «خلال نهاية الأسبوع» (the month of
the weekend, not of the week's Thursday); «قبل الموعد
المقرر لانطلاق محادثات» (talks set for later: planned); «رسائل تلهم أتباع الجماعة بشن هجمات» (attacks
urged: planned), «تشجيع الأفراد على شن هجمات» (incited: no event); «والتقى الوزير قبل ذلك رئيس
البلدية» (before the day told: no day); «تشهد العاصمة اليوم
وغدًا جولة مباحثات» (talks reaching into tomorrow: planned); «وحتى قبل
مجازر المتطرفين، كانت المنظمات تدين» (the point another act is told before: no day). The sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_modality


def test_an_act_the_next_sentence_looks_back_on() -> None:
    text = ("ومكن سقوط أريحا قوات المعارضة من السيطرة على معظم أنحاء محافظة ادلب. "
            "وتعرضت المنطقة الزراعية منذ ذلك الحين لقصف جوي عنيف.")
    assert news_date(text, "السيطرة") is None
    # no «منذ ذلك الحين» after it: the act is of the news
    text = ("ومكن سقوط أريحا قوات المعارضة من السيطرة على معظم أنحاء محافظة ادلب. "
            "وتعرضت المنطقة الزراعية لقصف جوي عنيف.")
    assert news_date(text, "السيطرة") == "2015-08-02"


def test_since_then_of_a_time_in_its_own_sentence() -> None:
    # «ذلك» is the year said before it in the next sentence, not the act before
    text = ("ومكن سقوط أريحا قوات المعارضة من السيطرة على معظم أنحاء محافظة ادلب. "
            "ووقعت اتفاقية للهدنة عام 2010، ومنذ ذلك الحين تعرضت المنطقة لقصف.")
    assert news_date(text, "السيطرة") == "2015-08-02"


def test_a_statement_before_since_then_is_the_news() -> None:
    text = ("وأكد المتحدث باسم الجيش أن القوات تتقدم نحو المدينة. "
            "وتعرضت المنطقة منذ ذلك الحين لقصف جوي عنيف.")
    assert news_date(text, "وأكد") == "2015-08-02"


def test_an_act_retold_with_its_day_in_the_next_sentence() -> None:
    text = ("واعترفت قيادة الحزب في بيان أن مقاتليها هم من قاموا بتفجير أنبوب النفط. "
            "وكان تفجير أنبوب النفط، قبل يومين، قد أثار موجة استنكار واسعة.")
    assert news_date(text, "بتفجير") == "2015-07-31"
    # the next sentence opens with another noun: no day of it
    text = ("واعترفت قيادة الحزب في بيان أن مقاتليها هم من قاموا بتفجير أنبوب النفط. "
            "وكان إغلاق الحدود، قبل يومين، قد أثار موجة استنكار واسعة.")
    assert news_date(text, "بتفجير") != "2015-07-31"


def test_every_act_of_a_kind_is_no_incident() -> None:
    text = "وقال القيادي: «وكل هجوم تركي يقابله رد منا، وهذا من حق مقاتلينا»."
    assert news_modality(text, "هجوم") == "hypothetical" and news_date(text, "هجوم") is None
    # «كل الهجمات»: all of the attacks told, definite: acts that happened
    text = "وأدانت الحكومة كل الهجمات التي استهدفت المدنيين في المدينة."
    assert news_modality(text, "الهجمات") != "hypothetical"


def _dates(text: str, day: str) -> list[str | None]:
    import rasd

    return [e.date for e in rasd.analyze(text, date=day).events]


def test_a_weekend_is_dated_by_its_own_month() -> None:
    # 2015-08-04 is a Tuesday: the weekend before it is 1-2 August, in week 31 whose Thursday is 30 July
    text = "وأفادت مصادر بأن عشرة مدنيين قتلوا في هذه الغارات خلال نهاية الأسبوع."
    assert _dates(text, "2015-08-04")[0] == "2015-08"
    # the whole of week 31: the month of most of its days
    text = "وأفادت مصادر بأن عشرة مدنيين قتلوا في هذه الغارات خلال الأسبوع الماضي."
    assert _dates(text, "2015-08-04")[0] == "2015-07"


def test_talks_before_their_set_date_are_planned() -> None:
    text = ("أعلن الجيش أمس أن 4 جنود قتلوا في قتال مع متمردين خلال الساعات الماضية، "
            "قبل الموعد المقرر لانطلاق محادثات لوقف إطلاق النار.")
    assert news_modality(text, "محادثات") == "planned" and news_date(text, "محادثات") is None
    # the set date is the delegation's arrival; the talks held after it are told
    text = "وقال المتحدث إن الوفد وصل قبل الموعد المقرر، وأجرى محادثات مع الوزير."
    assert news_modality(text, "محادثات") != "planned"


def test_attacks_a_message_inspires_are_urged() -> None:
    text = "ويعتمد التنظيم على رسائل معقدة عبر الإنترنت تلهم أتباع الجماعة بشن هجمات في أنحاء البلاد."
    assert news_modality(text, "هجمات") == "planned" and news_date(text, "هجمات") is None
    # the attacks the followers carried out, told: a fact
    text = "وقام أتباع الجماعة بشن هجمات في أنحاء البلاد."
    assert news_modality(text, "هجمات") == "asserted"


def _triggers(text: str) -> list[str]:
    doc = analyze_news(text)
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_attacks_encouraged_past_a_light_masdar_are_no_event() -> None:
    text = "وعمد قادة التنظيم إلى تشجيع الأفراد الغربيين على شن هجمات من تلقاء أنفسهم."
    assert "هجمات" not in _triggers(text)
    # «على» then the light masdar, with no word of inciting before it: the attacks are told
    text = "وأقدم المسلحون على شن هجمات على مواقع الجيش."
    assert "هجمات" in _triggers(text)


def test_an_act_told_before_that_has_no_day() -> None:
    text = "وزار الوزير أمس المدينة. والتقى الوزير قبل ذلك رئيس البلدية."
    assert news_date(text, "والتقى") is None
    # «بعد ذلك»: after the visit, of the day the story tells
    text = "وزار الوزير أمس المدينة. والتقى الوزير بعد ذلك رئيس البلدية."
    assert news_date(text, "والتقى") == "2015-08-01"


def test_talks_of_today_and_tomorrow_are_still_to_come() -> None:
    text = "وتشهد العاصمة القطرية اليوم وغدًا جولة مباحثات بين الوزير ونظرائه الخليجيين."
    assert news_modality(text, "جولة") == "planned" and news_date(text, "جولة") == "2015-08-02"
    # yesterday and today: all told
    text = "وشهدت العاصمة القطرية أمس واليوم جولة مباحثات بين الوزير ونظرائه الخليجيين."
    assert news_modality(text, "جولة") == "asserted"


def test_an_act_after_before_is_a_point_of_reference() -> None:
    text = "وحتى قبل مجازر المتطرفين، كانت المنظمات الدولية تدين إدارة الرئيس."
    assert news_date(text, "مجازر") is None
    # «بعد»: the massacres told, of the news
    text = "وبعد مجازر المتطرفين، أدانت المنظمات الدولية إدارة الرئيس."
    assert news_date(text, "مجازر") == "2015-08-02"
    # a bare definite act noun after «قبل» is the act told before: not undated by this rule
    text = "وهاجم المسلحون أمس الحاجز. وانسحب الجنود من الحاجز قبل الهجوم بساعة."
    assert news_date(text, "الهجوم") == "2015-08-01"
