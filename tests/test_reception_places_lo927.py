"""Round lo927: a reception list carried on in the next sentence is at the place of the arrival or reception told
right before it (``rasd.events.reception_places``); hand-made sentences."""

from __future__ import annotations

from conftest import news_event, news_place


def test_list_goes_on_at_the_airport_town() -> None:
    text = ("وصل الرئيس التونسي الباجي قائد السبسي إلى مدينة الدار البيضاء أمس في زيارة رسمية، وكان في استقباله "
            "بمطار الدار البيضاء رئيس الحكومة المغربية عبد الإله ابن كيران.\n"
            "كما كان في استقبال الرئيس التونسي وزير الخارجية صلاح الدين مزوار وعدد من المسؤولين.")
    doc, ev = news_event(text, "استقبال")
    assert ev.code == "043"
    assert news_place(text, "استقبال") == "الدار البيضاء"


def test_reception_after_an_arrival_with_no_event_takes_the_arrival_place() -> None:
    text = ("وصل الأمير محمد بن نايف ولي العهد السعودي، اليوم (الأحد)، إلى المملكة الأردنية الهاشمية، تلبية "
            "لدعوة من الملك عبد الله الثاني.\n"
            "وكان في استقبال ولي العهد لدى وصوله المطار الأمير فيصل بن الحسين.")
    doc, ev = news_event(text, "استقبال")
    assert ev.code == "043"
    assert news_place(text, "استقبال") == "المملكة الأردنية الهاشمية"


def test_no_carry_for_a_reception_told_another_way() -> None:
    # not opened by «كان في استقبال»: another scene may be told (a counter-case that must not change)
    text = ("وصل الرئيس التونسي الباجي قائد السبسي إلى مدينة الدار البيضاء أمس في زيارة رسمية.\n"
            "واستقبل العاهل المغربي الملك محمد السادس في وقت لاحق وفدا من رجال الأعمال.")
    assert news_place(text, "واستقبل") is None


def test_no_carry_from_a_sentence_further_back() -> None:
    text = ("وصل الرئيس التونسي الباجي قائد السبسي إلى مدينة الدار البيضاء أمس في زيارة رسمية.\n"
            "وأعرب الرئيس عن سعادته بهذه الزيارة وبالعلاقات بين البلدين.\n"
            "وكان في استقبال الوزير الأول وفد من البرلمان.")
    assert news_place(text, "استقبال") is None
