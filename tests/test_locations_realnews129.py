"""Round 129 of real news: places of events, second round. A fronted phrase of venue («أمام/قرب X،») before a
protest; a planned meeting's place not the agreement's («اتُّفق على عقده في X»); a group declaring itself («أعلنت عن
نفسها في X»); no place for a telephone call, for a place in a phrase of time by another event («عشية X في Y»), in a
relative clause on another noun before a noun trigger, or a genitive far after a meeting noun. Counter-cases keep
each rule narrow: a null is better than a wrong place. Hand-made sentences."""

from __future__ import annotations

from conftest import news_place


def test_a_fronted_phrase_of_venue() -> None:
    text = "وأمام مبنى محافظ الديوانية، تظاهر أمس مئات الأشخاص للمطالبة بتحسين الخدمات."
    assert news_place(text, "تظاهر") == "الديوانية"
    # before an embassy: the country named is not where it was
    text = "وأمام سفارة إيران، تظاهر أمس مئات الأشخاص."
    assert news_place(text, "تظاهر") is None


def test_the_place_of_a_planned_meeting() -> None:
    text = ("ومن الواضح أن الخطط ستكون محور الحوار بين الجانبين في اجتماع اتُّفق على عقده الشهر المقبل في "
            "جنيف.")
    assert news_place(text, "اتُّفق") is None
    assert news_place(text, "اجتماع") == "جنيف"


def test_a_declaration_of_itself() -> None:
    text = "وقالت الصحيفة إن جماعة «الأنصار» التي أعلنت عن نفسها مؤخرا في ليبيا ليست الأولى."
    assert news_place(text, "أعلنت") == "ليبيا"
    # a topic after «عن»: the place is of what was declared
    text = "وقالت الصحيفة إن جماعة «الأنصار» أعلنت عن تحركاتها في ليبيا."
    assert news_place(text, "أعلنت") is None


def test_no_place_for_a_telephone_call() -> None:
    text = "وأضاف أن الجانبين ناقشا خلال الاتصال الهاتفي تطورات الأزمة في اليمن."
    assert news_place(text, "الاتصال الهاتفي") is None
    # a meeting: what was discussed there is its place
    text = "وعقد الوزيران اجتماعا في عدن لبحث تطورات الأزمة."
    assert news_place(text, "اجتماعا") == "عدن"


def test_a_place_of_another_event_in_a_phrase_of_time() -> None:
    text = "عشية المحادثات المفصلية في الدوحة، أعلن الرئيس التركي أن روسيا تغير موقفها."
    assert news_place(text, "أعلن") is None
    assert news_place(text, "المحادثات") == "الدوحة"


def test_a_relative_clause_on_another_noun_before_the_trigger() -> None:
    text = "وهيمن موضوع الاتفاق الذي أبرم في فيينا الشهر الماضي على المحادثات بين الوزير ونظرائه في الدوحة."
    assert news_place(text, "المحادثات") == "الدوحة"
    # a noun right after the place is in the relative clause: its place
    text = "وسلطت الصحف الضوء على الاحتجاجات التي اندلعت في مدينة حمص إثر مقتل ضابط في الجيش."
    assert news_place(text, "مقتل") == "حمص"


def test_a_genitive_far_after_a_meeting_noun() -> None:
    text = "واستبق وزير الخارجية الأميركي جون كيري اللقاء الثلاثي بتأكيد التزام واشنطن البحث عن حلول للأزمة."
    assert news_place(text, "اللقاء") is None


def test_a_place_past_a_comma_and_haythu() -> None:
    text = "وألقى المرشد خطابا مباشرة بعد التوقيع على الاتفاق، حيث أكد استمرار دعم حلفاء بلاده في العراق."
    assert news_place(text, "التوقيع على") is None
    # no «حيث» clause between: the place is the act's
    text = "وحضر الوزير التوقيع على الاتفاق في بغداد أمس."
    assert news_place(text, "التوقيع على") == "بغداد"
