"""Round 48 of real news: arguments of protocol sentences, title subjects, dropped subjects, chunk boundaries and
relative clauses. The one received or met comes past the subject's titles and the place and time of the meeting;
a title's name is never past its object nor past the time of its act; an honorific opens a title; a phrase in «و»
or a short governed word right after a verb is no subject (the dropped one is carried); after «حيث» the clause's
subject is carried; a definite plural after a definite singular, and a word of cause, open a phrase; a phrase's span
starts past «و»; a verb describing what «وصفه بـ» names has the relative's antecedent as subject."""

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


def test_a_phrase_in_wa_after_the_verb_is_no_subject() -> None:
    # the subject is dropped: carried from the sentence before
    text = ("وعن استضافة قطر للبطولة أكد الدكتور خالد العطية أن بلاده تتعاون مع المحققين. كما هاجم وابل الانتقادات "
            "الدولية الموجهة إلى بلاده بشأن البطولة.")
    assert news_arg(text, "هاجم", "source") == "خالد العطية"
    # a short word with «بـ» on it is what one is accused of, never the accuser
    text = "وقال الوزير إن بلاده رصدت تحركات إيران في المنطقة. واتهمها بدعم الميليشيات."
    assert news_arg(text, "واتهمها", "source") == ""
    assert news_arg(text, "واتهمها", "target") == "إيران"


def test_after_haythu_the_clause_subject_is_carried() -> None:
    text = ("وبرزت المواقف بعد سقوط حكم الإخوان حيث وقفت السعودية بقوة منددة بتذبذب المواقف الدولية، وأكدت حينها "
            "وقوف الرياض مع القاهرة.")
    assert news_arg(text, "وأكدت", "source") == "السعودية"


def test_a_definite_plural_after_a_definite_singular_opens_a_phrase() -> None:
    text = "ويتهم التقرير المسؤولين الإيرانيين بالتورط في تهريب السلاح."
    assert news_arg(text, "ويتهم", "source") == "التقرير"
    assert news_arg(text, "ويتهم", "target") == "المسؤولين الإيرانيين"


def test_a_word_of_cause_ends_the_phrase() -> None:
    text = "وأدانت الحكومة سقوط مدنيين جراء القصف المدفعي."
    assert news_arg(text, "وأدانت", "target") == "سقوط مدنيين"
    # (the statement «وأعلنت السلطات المحلية عن سقوط مدنيين جراء القصف» has no target since round 75: what a
    # statement tells is no party)
    assert news_arg("وأعلنت السلطات المحلية عن سقوط مدنيين جراء القصف المدفعي.", "وأعلنت", "target") == ""


def test_a_coordinated_phrase_starts_past_its_conjunction() -> None:
    text = "وهاجم المتظاهرون مبنى البلدية، وتسعى قوات الأمن والمقاومة إلى استعادة السيطرة على المدينة."
    assert news_arg(text, "السيطرة", "source") == "المقاومة"


def test_the_verb_describing_a_described_group_has_it_as_subject() -> None:
    text = ('وكان الرئيس الفرنسي قد كشف عن خطته لمحاربة تنظيم "داعش" الذي وصفه بتنظيم إرهابي يهدد '
            'الأقليات في المنطقة.')
    assert news_arg(text, "يهدد", "source") == "تنظيم داعش"
