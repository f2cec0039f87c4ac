"""Round qu603: a belief some group holds, set off from the cue («، وسط اعتقاد يسود أوساط المعارضة بأنها ...»), is
the writer's report of a belief, not what the cue said (quotes/writer_clause.held_belief); a belief the speaker
expresses («أعرب عن اعتقاده بأن») or the cue's own object («أكد وجود مخاوف من أن») stays a quote."""

from conftest import news_quote_rows


def test_belief_set_off_by_opener_is_no_quote() -> None:
    rows = news_quote_rows("أعلنت المعارضة السورية رفضها للمقترح الجديد، وسط اعتقاد يسود أوساط المعارضة، "
                           "بأنها خطة لا تخدم الحل السياسي.")
    assert rows == []


def test_fears_after_comma_is_no_quote() -> None:
    rows = news_quote_rows("وأعلنت الحكومة تأجيل الانتخابات البلدية، في ظل مخاوف من أن تتجدد الاشتباكات في الجنوب.")
    assert rows == []


def test_cue_own_that_before_a_belief_is_kept() -> None:
    rows = news_quote_rows("وقال الوزير، وسط مخاوف متزايدة من تجدد القتال، إن الحكومة ستفتح الحدود الأسبوع المقبل.")
    assert [(r[0], r[3]) for r in rows] == [("وقال", "الحكومة ستفتح الحدود الأسبوع المقبل")]


def test_expressed_belief_of_the_speaker_is_kept() -> None:
    rows = news_quote_rows("وأعرب وزير الخارجية عن اعتقاده بأن المفاوضات ستنجح قريبا.")
    assert [(r[0], r[3]) for r in rows] == [("وأعرب", "المفاوضات ستنجح قريبا")]


def test_belief_as_the_cue_object_is_kept() -> None:
    rows = news_quote_rows("وأكد الوزير وجود مخاوف من أن تتجدد الاشتباكات في الجنوب.")
    assert [(r[0], r[3]) for r in rows] == [("وأكد", "تتجدد الاشتباكات في الجنوب")]


def test_announced_belief_of_the_speaker_is_kept() -> None:
    rows = news_quote_rows("وأعلن الرئيس قناعته بأن الحوار هو الطريق الوحيد للحل.")
    assert [(r[0], r[3]) for r in rows] == [("وأعلن", "الحوار هو الطريق الوحيد للحل")]
