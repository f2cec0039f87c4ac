"""Round tm448: abuse of a captive told as undergone («تعرض المتهمين لعمليات تعذيب», «التعذيب الذي تعرضوا له»),
charged («اتهموها بتعذيب») or done in custody («خلال فترة احتجازه») is a past of no day told; an arrest told as
done, an attack undergone, or an act «أثناء الاحتجاز» (custody in general) keeps its day (events.past_abuse)."""

from conftest import news_date


def test_torture_after_the_masdar_of_undergoing_has_no_day() -> None:
    text = "وتابع أن تخوف المؤسسة الأمنية من كشف تعرض المتهمين لعمليات تعذيب لانتزاع الاعترافات."
    assert news_date(text, "تعذيب") is None


def test_counter_threat_during_custody_in_general_keeps_the_article_day() -> None:
    # «أثناء الاحتجاز»: custody in general, no captive's pronoun (round dt343's counter-case)
    text = "وتعرض السجناء للضرب، والحرق، والتهديد بالقتل أثناء الاحتجاز."
    assert news_date(text, "والتهديد") == "2015-08-02"


def test_torture_during_his_arrest_has_no_day() -> None:
    text = "وقال المحامي إن الحراس عذبوا موكله أثناء اعتقاله."
    assert news_date(text, "عذبوا") is None


def test_counter_torture_in_a_raid_keeps_the_article_day() -> None:
    # «أثناء المداهمة»: a span, but no custody of a captive
    text = "وقال المحامي إن الحراس عذبوا موكله أثناء المداهمة."
    assert news_date(text, "عذبوا") == "2015-08-02"


def test_beating_read_with_the_masdar_of_undergoing_has_no_day() -> None:
    text = "وكشف التقرير تعرضه للضرب على أيدي الحراس."
    assert news_date(text, "تعرضه للضرب") is None


def test_counter_beating_told_with_the_perfect_keeps_the_article_day() -> None:
    # «إنه تعرض»: a perfect verb after a complementizer, the news told (round 80's counter-case), not a masdar
    text = "وقال الناشط إنه تعرض للضرب على أيدي الحراس."
    assert news_date(text, "تعرض للضرب") == "2015-08-02"


def test_torture_before_a_relative_of_undergoing_has_no_day() -> None:
    text = "وطالبت اللجنة بمعاينة آثار التعذيب الذي تعرضوا له."
    assert news_date(text, "التعذيب") is None


def test_torture_charged_has_no_day() -> None:
    text = "وشن المحامون حملة قوية ضد المؤسسة الأمنية واتهموها بتعذيب المعتقلين داخل السجون."
    assert news_date(text, "بتعذيب") is None


def test_torture_charged_past_the_object_has_no_day() -> None:
    text = "واتهم المحامون الشرطة بتعذيب المعتقلين."
    assert news_date(text, "بتعذيب") is None


def test_torture_during_custody_has_no_day() -> None:
    text = "وقال المحامي إن الحراس عذبوا موكله خلال فترة احتجازه."
    assert news_date(text, "عذبوا") is None


def test_counter_arrest_of_yesterday_keeps_its_day() -> None:
    text = "واعتقلت الشرطة أمس خمسة أشخاص."
    assert news_date(text, "واعتقلت") == "2015-08-01"


def test_counter_arrest_told_as_done_keeps_the_article_day() -> None:
    # no verb of undergoing, no charge, no custody span: the arrest is the news of the day
    text = "واعتقلت الشرطة خمسة أشخاص في مداهمة."
    assert news_date(text, "واعتقلت") == "2015-08-02"


def test_counter_attack_undergone_yesterday_keeps_yesterday() -> None:
    text = "وتعرضت القافلة أمس لهجوم مسلح."
    assert news_date(text, "لهجوم") == "2015-08-01"


def test_counter_attack_undergone_is_no_abuse_of_a_captive() -> None:
    # «هجوم» is not in custody_abuse_nouns: an attack undergone keeps the article's day
    text = "وتعرضت القافلة لهجوم مسلح قرب الحدود."
    assert news_date(text, "لهجوم") == "2015-08-02"


def test_counter_stoning_undergone_keeps_the_article_day() -> None:
    # «تعرضه للقذف بالحجارة»: the masdar of undergoing, but stoning is no abuse of a captive
    text = "وأصيب شرطي بجروح عند تعرضه للقذف بالحجارة."
    assert news_date(text, "تعرضه للقذف") == "2015-08-02"


def test_counter_killing_in_a_raid_keeps_the_article_day() -> None:
    # «خلال مداهمة»: a span, but not of custody
    text = "وقتل مسلحون خمسة جنود خلال مداهمة للقرية."
    assert news_date(text, "وقتل") == "2015-08-02"
