"""Round 98 of real news: acts named again by another noun, a time of the act that came before, generic and
repeated acts, and retrospective pieces. Another noun for an attack told before with its date («الاعتداء» after
«الهجوم ... في 26 يونيو») takes that date; «وسبق الهجوم أمس، نشر ...»: the time is the deployment's; a noun in the
clause of a «كان ... قد» past far from the «كان» takes no day; a verb after a «بعد» phrase is not in it; acts done
many times («عدة مرات», «مرارا») or called former («محادثات السلام السابقة») have no day; in a piece told in old
times, a past act after an old time has none. The sample's articles are dated 2015-08-02 (a Sunday)."""

from __future__ import annotations

from conftest import analyze_news, news_date


def _dates(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.date) for e in doc.events]


def test_another_noun_for_the_attack_told_before_takes_its_day() -> None:
    text = ("وقال المتهم إنه انضم إلى التنظيم قبل الهجوم الانتحاري الذي استهدف مسجدا في العاصمة في 26 يونيو. "
            "واعترف بأنه جلب حزاما ناسفا استخدم في الاعتداء.")
    assert dict(_dates(text))["الاعتداء"] == "2015-06-26"
    # no attack told before with its own date: the article's day
    text = "واعترف المتهم بأنه جلب حزاما ناسفا استخدم في الاعتداء."
    assert news_date(text, "الاعتداء") == "2015-08-02"


def test_a_time_after_a_verb_of_preceding_is_the_other_act() -> None:
    text = "وبدأت القوات اليوم هجوما واسعا على القاعدة الجوية. وسبق الهجوم أمس، نشر مئات المقاتلين حول القاعدة."
    assert [d for t, d in _dates(text) if t == "الهجوم"] == ["2015-08-02"]
    # a clause on an act told before, whose subject comes first: the time after the attack is the attack's
    text = "وأفاد المرصد باندلاع اشتباكات عنيفة، تلت هجوما من الجبهة فجر أمس على مقر الفرقة."
    assert news_date(text, "هجوما") == "2015-08-01"


def test_an_attack_after_a_far_pluperfect_has_no_day() -> None:
    text = ("وبدأت القوات أمس هجوما على القاعدة. وكان جنود أجانب متمركزون في القاعدة في إطار «مكافحة الإرهاب» "
            "الدولية قد أخلوها قبل الهجوم.")
    assert [d for t, d in _dates(text) if t == "الهجوم"] == [None]
    # no «كان ... قد»: the attack told again keeps yesterday's day
    text = "وبدأت القوات أمس هجوما على القاعدة. وأخلى الجنود الأجانب القاعدة قبل الهجوم."
    assert [d for t, d in _dates(text) if t == "الهجوم"] == ["2015-08-01"]


def test_a_verb_after_a_phrase_of_sequence_keeps_the_month() -> None:
    text = ("وتلقت الحكومة ودائع بلغت ستة مليارات دولار في أبريل الماضي بعد المؤتمر الاقتصادي من الدول الخليجية "
            "الثلاث ما قدم دعما كبيرا للاحتياطي.")
    assert news_date(text, "قدم دعما") == "2015-04"
    # a noun act in the phrase far after the time is still told as after it: no day
    text = ("وكانت المحكمة قررت، في مارس الماضي، إعادة النظر في القضية بعد قبول طعن المتهمين على الحكم الصادر "
            "بسجنهم لفترات طويلة لاتهامهم بمساعدة جماعة محظورة.")
    assert news_date(text, "لاتهامهم") is None


def test_acts_done_many_times_have_no_day() -> None:
    assert news_date("وقالت المنظمة إن الناشطة تعرضت للاعتقال عدة مرات من قبل السلطات.", "للاعتقال") is None
    assert news_date("وزار الداعية بلجيكا والنرويج عدة مرات خلال حملاته.", "وزار") is None
    assert news_date("وأكد المراقبون أن الحكومة طالبت مرارا بإتمام الصفقة.", "طالبت") is None
    # once: the article's day
    assert news_date("وقالت المنظمة إن الناشطة تعرضت للاعتقال من قبل السلطات.", "للاعتقال") == "2015-08-02"


def test_former_talks_have_no_day() -> None:
    assert news_date("وكلفت محادثات السلام السابقة ملايين الدولارات.", "محادثات") is None
    assert news_date("وقال الوسيط إن الاجتماع السابق لم يحقق شيئا.", "الاجتماع") is None
    # the former one is the genitive (a masculine adjective after a masculine genitive): the act is of today
    assert news_date("وتناولت محادثات الوزير السابق مع الوفد ملف الحدود.", "محادثات") == "2015-08-02"


RETRO = ("في الثاني من أغسطس 1990 اجتاحت القوات العراقية الكويت. وفي يناير 1991 بدأت الحرب لتحرير الكويت. "
         "وكان الملك قد دعا إلى قمة عربية في عام 1990.\n\n")


def test_past_acts_of_a_retrospective_piece_have_no_day() -> None:
    text = RETRO + "وخلال زيارته لبغداد عرض عليه الرئيس توقيع معاهدة بين البلدين."
    assert news_date(text, "توقيع معاهدة") is None
    # a present verb governs the act: told of now, the article's day
    text = RETRO + "ويعرض الوزير على نظيره توقيع معاهدة بين البلدين."
    assert news_date(text, "توقيع معاهدة") == "2015-08-02"


def test_a_news_piece_with_old_background_keeps_the_day() -> None:
    # a time of now told last before the act: the news goes on
    text = RETRO + "وقال الوزير اليوم إن بلاده مستعدة للحوار.\n\nووقع الطرفان اتفاقية للتعاون."
    assert news_date(text, "ووقع") == "2015-08-02"
    # a statement is the source speaking today, not the past told
    text = RETRO + "وأعلن الوزير دعم بلاده للكويت."
    assert news_date(text, "وأعلن") == "2015-08-02"


def test_acts_after_an_earlier_time_in_the_sentence_have_no_day() -> None:
    text = ("واعتقلت السلطات في وقت سابق من هذا العام ناشطة بارزة، بعد تنظيم اعتصام احتجاجا على القمع أمام "
            "البرلمان.")
    assert news_date(text, "اعتصام") is None and news_date(text, "واعتقلت") is None
    # earlier today: a day is named, the act is of it
    text = "واستقبل الأمير الوزير في وقت سابق من اليوم، للمشاركة في اجتماع وزراء الخارجية في الدوحة."
    assert news_date(text, "اجتماع") == "2015-08-02"
    # no earlier time: the sit-in is of the news
    text = "واعتقلت السلطات ناشطة بارزة، بعد تنظيم اعتصام احتجاجا على القمع أمام البرلمان."
    assert news_date(text, "اعتصام") == "2015-08-02"
