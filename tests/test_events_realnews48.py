"""Round 48 of real news: arguments of protocol sentences, title subjects, dropped subjects, chunk boundaries and
relative clauses. The one received or met comes past the subject's titles and the place and time of the meeting;
a title's name is never past its object; ..."""

from __future__ import annotations

from conftest import news_arg


def test_the_guest_comes_past_the_hosts_titles_the_place_and_the_time() -> None:
    text = ("استقبل صاحب السمو الملكي الأمير خالد بن فهد بن عبدالعزيز ولي العهد النائب الأول لرئيس مجلس الوزراء "
            "وزير الداخلية في قصر اليمامة بالرياض مساء اليوم معالي وزير الخارجية بجمهورية مصر العربية السيد نبيل "
            "فهمي والوفد المرافق له.")
    assert news_arg(text, "استقبل", "source") == "خالد بن فهد بن عبدالعزيز"
    assert news_arg(text, "استقبل", "target") == "نبيل فهمي"
    # «كلا من»: the list itself
    text = ("استقبل صاحب السمو الملكي الأمير سلمان بن عبدالعزيز ولي العهد في مكتبه بالرياض اليوم كلا من سعادة "
            "سفير اليابان لدى المملكة جيرو كوداما وسعادة سفير كندا توماس ماكدونالد.")
    assert news_arg(text, "استقبل", "target") == "جيرو كوداما"
    # a host named by his title alone
    text = "استقبل ولي العهد في مكتبه بالرياض اليوم وزير خارجية اليابان فوميو كيشيدا."
    assert news_arg(text, "استقبل", "source") == "ولي العهد"
    assert news_arg(text, "استقبل", "target") == "فوميو كيشيدا"


def test_an_honorific_opens_a_title() -> None:
    text = ("اجتمع معالي الأمين العام لجامعة الدول العربية الدكتور نبيل العربي، في مكتبه بمقر الأمانة في القاهرة "
            "اليوم، مع المبعوث الأممي إلى سوريا ستيفان دي ميستورا.")
    assert news_arg(text, "اجتمع", "source") == "نبيل العربي"


def test_a_title_subject_is_no_name_in_its_object() -> None:
    text = "انتقد وزير الخارجية القطري مواصلة روسيا دعمها لنظام معمر القذافي."
    assert news_arg(text, "انتقد", "source") == "وزير الخارجية القطري"
    assert news_arg(text, "انتقد", "target") == "روسيا"
    # the name right after the title is still his
    text = "انتقد وزير الخارجية القطري خالد العطية مواصلة روسيا دعمها لنظام معمر القذافي."
    assert news_arg(text, "انتقد", "source") == "خالد العطية"
