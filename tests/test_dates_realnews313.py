"""Round dt313: event dates. The days after an invitation and the act it invites to are that act's; a statement made
during a meeting named right after its verb takes the meeting's day; an act told over a past span fronted before
it («خلال الأشهر الماضية، ...»), or a noun act counted over a span («خلال أسبوع من الغارات»), has no day."""

from conftest import news_date, news_modality

# -- invited_time: «دعوة ... لزيارة X في 20 أغسطس» ------------------------------------------------------------


def test_invitation_does_not_take_the_visit_days() -> None:
    text = "وقال مسؤول في الحزب إن وفد الحزب تلقى دعوة من الحكومة الصينية لزيارة بكين في 20 أغسطس الحالي."
    assert news_date(text, "دعوة") != "2015-08-20"
    assert news_date(text, "لزيارة") == "2015-08-20"
    assert news_modality(text, "لزيارة") == "planned"


def test_counter_invitation_with_its_own_day_before_the_visit() -> None:
    # the time stands before «لزيارة»: the invitation's own day
    text = "ووجه الرئيس أمس دعوة إلى نظيره الفرنسي لزيارة القاهرة."
    assert news_date(text, "دعوة") == "2015-08-01"


def test_counter_time_after_a_call_noun_that_is_no_invitation() -> None:
    # «طلبا» is no invitation noun: the rule leaves other nouns as they were
    text = "وقدمت الوزارة طلبا رسميا لعقد اجتماع في 20 أغسطس الحالي."
    assert news_date(text, "اجتماع") == "2015-08-20"


# -- occasion_said: «وأكد فلان، خلال لقائه ...، مساء أمس، أن» --------------------------------------------------


def test_statement_during_a_meeting_takes_its_day() -> None:
    text = ("وأكد وزير الخارجية الأردني ناصر جودة، خلال لقائه مع وفد من رجال الأعمال العراقيين، مساء أمس، "
            "أن العلاقات بين البلدين متينة.")
    assert news_date(text, "لقائه") == "2015-08-01"
    assert news_date(text, "وأكد") == "2015-08-01"


def test_counter_statement_during_a_meeting_of_no_day() -> None:
    # the meeting has no day of its own: the statement keeps the article's day
    text = "وأكد وزير الخارجية الأردني ناصر جودة، خلال لقائه مع وفد من رجال الأعمال العراقيين، أن العلاقات متينة."
    assert news_date(text, "وأكد") == "2015-08-02"


# -- spans_before: a fronted past span, a noun act counted over a span -------------------------------------------


def test_acts_over_a_fronted_past_span_have_no_day() -> None:
    text = "وقال السفير: خلال العامين الماضيين، قمت بزيارات رسمية إلى عواصم الخليج كلها."
    assert news_date(text, "بزيارات") is None


def test_counter_fronted_occasion_is_no_span() -> None:
    # «خلال» + an occasion, no period noun: the act of the article's day
    text = "وخلال الاجتماع الطارئ، أعلن وزير الداخلية فرض حظر التجول في المدينة."
    assert news_date(text, "أعلن") == "2015-08-02"


def test_noun_acts_counted_over_a_week_have_no_day() -> None:
    text = "وأعلنت الوكالة أن مئة مسلح قتلوا خلال أسبوع من الغارات الجوية على معاقلهم في الجبال."
    assert news_date(text, "الغارات الجوية") is None


def test_counter_noun_act_with_no_span_before_it() -> None:
    text = "وأعلنت الوكالة أن مئة مسلح قتلوا في الغارات الجوية على معاقلهم في الجبال."
    assert news_date(text, "الغارات الجوية") == "2015-08-02"


def test_counter_span_of_hours_is_recent() -> None:
    # «خلال الساعات الماضية»: so short a span is recent, the article's day stays
    text = "وشهدت مدينة الحديدة، خلال الساعات الماضية، مواجهات عنيفة بين المقاومة والميليشيات."
    assert news_date(text, "مواجهات") == "2015-08-02"


def test_counter_span_of_the_clause_before_and() -> None:
    # the span is the previous clause's («وتواصل ... طوال الفترة الماضية»), not the shelling after «، و»
    text = ("وتواصل المقاومة نصب الكمائن للمسلحين طوال الفترة الماضية، وفي مدينة المخا قصفت طائرات التحالف "
            "مقر اللواء المدرع.")
    assert news_date(text, "قصفت") == "2015-08-02"


def test_statement_verb_in_remarks_of_a_day_takes_it() -> None:
    text = ("وهو ما أكده المتحدث باسم الجماعة محمد عبد السلام، في تصريحات صحافية أمس قائلا: "
            "«إن العاصمة خط أحمر».")
    assert news_date(text, "أكده") == "2015-08-01"


# -- still_states: «وما زال X ترفض», «وترفض X حتى الآن» -------------------------------------------------------


def test_state_still_held_past_its_subject_has_no_day() -> None:
    text = "وما زالت عدة حكومات أوروبية ترفض التعاون مع النظام السوري."
    assert news_date(text, "ترفض") is None


def test_state_held_so_far_has_no_day() -> None:
    text = "وترفض الحكومة الأرجنتينية حتى الآن سداد ديون الصناديق."
    assert news_date(text, "وترفض") is None


def test_counter_present_with_no_still_or_so_far() -> None:
    text = "وترفض الحكومة الأرجنتينية سداد ديون الصناديق."
    assert news_date(text, "وترفض") == "2015-08-02"


def test_counter_perfect_with_so_far_keeps_its_day() -> None:
    text = "ورفضت الحكومة الأرجنتينية حتى الآن سداد ديون الصناديق."
    assert news_date(text, "ورفضت") == "2015-08-02"


# -- attached.then_told: «وقال وقتها إن ...» ------------------------------------------------------------------


def test_words_said_then_are_of_then() -> None:
    text = "وقال الرئيس التونسي وقتها إن إعلان حالة الطوارئ يعود إلى المخاطر المحدقة بالبلاد."
    assert news_date(text, "إعلان") != "2015-08-02"


def test_counter_words_said_with_no_then() -> None:
    text = "وقال الرئيس التونسي إن إعلان حالة الطوارئ يعود إلى المخاطر المحدقة بالبلاد."
    assert news_date(text, "إعلان") == "2015-08-02"


def test_kept_doing_has_no_day() -> None:
    text = "ووصلت التعزيزات إلى الميليشيات التي ظلت القبائل تحاربها على مدار أكثر من شهرين."
    assert news_date(text, "تحاربها") is None


# -- explained_acts: «عززت ... أمس، إذ استعادت السيطرة» ----------------------------------------------------------


def test_act_in_an_idh_clause_takes_the_main_clause_day() -> None:
    text = "ميدانيا، عززت القوات الحكومية مكاسبها أمس، إذ استعادت السيطرة على مدينة الرمادي."
    assert news_date(text, "السيطرة") == "2015-08-01"


def test_counter_idh_clause_with_no_day_before() -> None:
    # the main clause tells no day: nothing to take, the article's day as before
    text = "ميدانيا، عززت القوات الحكومية مكاسبها، إذ استعادت السيطرة على مدينة الرمادي."
    assert news_date(text, "السيطرة") == "2015-08-02"


# -- set_off.destination_after_comma: «زيارة خاطفة، إلى عدن أمس،» ------------------------------------------------


def test_visit_with_destination_set_off_takes_its_day() -> None:
    text = "في غضون ذلك، أجرى رئيس الحكومة، خالد بحاح، زيارة خاطفة، إلى المكلا أمس، تفقد خلالها الميناء."
    assert news_date(text, "زيارة") == "2015-08-01"


def test_counter_visit_with_no_day() -> None:
    text = "في غضون ذلك، أجرى رئيس الحكومة، خالد بحاح، زيارة خاطفة، إلى المكلا، تفقد خلالها الميناء."
    assert news_date(text, "زيارة") == "2015-08-02"
