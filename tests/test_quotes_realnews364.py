"""Quotes of round q364, on hand-made sentences: the name apposed to an unnamed subject phrase speaks
(`rasd.quotes.apposed_name`): a person's name right after the phrase's genitive name («محامي فلان علان»), or set off
by a comma after the phrase, behind a title («...، النائبة فلانة علان، إن»); a title's holder named in construct
with an adviser's noun is whom the adviser serves, not who speaks (`rasd.quotes.construct_principal`); an unnamed
member's «في» qualifier runs on to the name that ends it, not over the verb's object after it
(`rasd.quotes.named_qualifier`, `rasd.quotes.phrase_chain`); a Western given name the entity layer left out of the
name after it is his (`rasd.quotes.untagged.given_before`), and so is a family name it left out after his mention,
standing alone as a later subject (`rasd.quotes.dropped_surname`); «وجاء في البيان» speaks for whom an indefinite
statement told before is from («بيانا من طبيبتها فلانة», «بيانا صادرا عن X»: `rasd.quotes.report_issuer`); an
«according to» set off right after a verb and its subject reports the object past its source
(`rasd.quotes.according_object`), and «حسبما أفاد تقرير» names a source of its own (`rasd.quotes.tails.own_words`)."""

from __future__ import annotations

from conftest import news_quote_rows


# rasd.quotes.apposed_name: a second name after the genitive name

def test_the_lawyers_name_after_his_clients_speaks() -> None:
    rows = news_quote_rows("مثل رئيس الوزراء الإسرائيلي بنيامين نتنياهو أمام المحققين. وقال محامي نتنياهو ديفيد "
                           "شمرون إن موكله لم يخالف القانون.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "ديفيد شمرون")]


def test_the_spokesmans_name_after_whom_he_speaks_for_speaks() -> None:
    rows = news_quote_rows("وقال المتحدث باسم أوباما جوش إرنست إن الرئيس سيوقع القانون.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "جوش إرنست")]


def test_a_lawyer_of_a_named_client_alone_is_no_one_named() -> None:
    rows = news_quote_rows("وقال محامي أوباما للصحيفة إن الرئيس لم يخالف القانون.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", None)]


# rasd.quotes.apposed_name: a titled name set off by commas

def test_a_titled_woman_set_off_after_her_office_speaks() -> None:
    rows = news_quote_rows("وقالت رئيسة كتلة التغيير والإصلاح في البرلمان، النائبة وحيدة كوركيس، إن القانون "
                           "سيمر قريبا.")
    assert [(r[0], r[1]) for r in rows] == [("وقالت", "كوركيس")]  # (the entity layer leaves «وحيدة» out)


def test_an_aside_after_the_comma_names_no_one() -> None:
    rows = news_quote_rows("وقال مسؤول في وزارة الخارجية، طلب عدم ذكر اسمه، إن المفاوضات ستستأنف.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", None)]


def test_sources_close_to_a_named_man_are_not_he() -> None:
    rows = news_quote_rows("وقالت مصادر مقربة من حسين الشامي، لـ«الشرق الأوسط»، إن الرجل استقال.")
    assert [(r[0], r[1]) for r in rows] == [("وقالت", None)]


# rasd.quotes.construct_principal

def test_the_presidents_adviser_is_not_the_president() -> None:
    rows = news_quote_rows("التقى الرئيس الأميركي باراك أوباما الوفد أمس. وقال مستشار الرئيس باراك أوباما للصحيفة "
                           "إن الحكومة تسعى للحصول على ضمانات.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("وقال", None, "مستشار الرئيس باراك أوباما")]


def test_an_adviser_named_after_his_own_title_speaks() -> None:
    rows = news_quote_rows("وقال مستشار الرئيس الفلسطيني محمود الهباش إن الحكومة تسعى للحصول على ضمانات.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "محمود الهباش")]


# rasd.quotes.named_qualifier, rasd.quotes.phrase_chain: a council member, not the council, not the object

def test_a_council_members_phrase_ends_at_the_place_name() -> None:
    rows = news_quote_rows("وأكد عضو في مجلس محافظة قندهار الحادث، مشيرا إلى «سقوط عدد من الجرحى».")
    assert rows == [("مشيرا", None, "عضو في مجلس محافظة قندهار", "سقوط عدد من الجرحى", True)]


def test_a_qualifier_with_no_name_stays_out() -> None:
    rows = news_quote_rows("ووصف عضو في المجلس الحادث، مشيرا إلى أن القتلى ثلاثة.")
    assert rows == [("مشيرا", None, "عضو", "القتلى ثلاثة", False)]


# rasd.quotes.untagged.given_before: a Western given name left out of the name

def test_a_western_given_name_left_out_is_the_named_mans() -> None:
    rows = news_quote_rows("من جانبه، قال فالتر بوش، الباحث في معهد العلاقات الدولية في فيينا، إن الاتفاق صامد.")
    assert [(r[0], r[1]) for r in rows] == [("قال", "فالتر بوش")]  # (round qn428: the entity layer's name, whole)


def test_a_friend_of_a_named_man_is_not_he() -> None:
    rows = news_quote_rows("وقال صديق محمد علي، وهو جاره، إن الرجل اختفى.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", None)]


# rasd.quotes.dropped_surname: «حسيب صديقي» named «حسيب», then «وتابع صديقي»

def test_a_family_name_left_out_speaks_again_as_he() -> None:
    rows = news_quote_rows("وقال المتحدث باسم مديرية الأمن الوطني عزيز صديقي إن «الهجوم فشل». وتابع صديقي أن «القوات "
                           "طاردت المهاجمين».")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "عزيز"), ("وتابع", "عزيز")]  # (the entity layer's cut name)


def test_a_title_after_a_name_is_no_family_name() -> None:
    rows = news_quote_rows("وقال أحمد الشامي مساعد الوزير إن الوضع هادئ. وأكد مساعد أن القوات انسحبت.")
    assert [(r[0], r[1]) for r in rows][1] == ("وأكد", None)


# rasd.quotes.report_issuer: the statement told before, indefinite, and whom it is from

def test_the_statement_from_her_doctor_speaks_for_the_doctor() -> None:
    rows = news_quote_rows("ونشرت الحملة بيانا من طبيبتها الدكتورة ليزا برداك تضمن تفاصيل حالتها الصحية. وجاء في "
                           "البيان أنها تتناول أدوية للسيولة يوميا.")
    assert [(r[0], r[1]) for r in rows] == [("وجاء", "ليزا برداك")]


def test_a_statement_issued_by_a_body_speaks_for_it() -> None:
    rows = news_quote_rows("ووزعت الوكالة بيانا صادرا عن منظمة الصحة العالمية حول الوباء. وجاء في البيان أن عدد "
                           "الإصابات تضاعف.")
    assert [(r[0], r[1]) for r in rows] == [("وجاء", "منظمة الصحة العالمية")]


def test_a_report_of_fifty_pages_is_from_no_one() -> None:
    rows = news_quote_rows("ونشرت الوزارة تقريرا من خمسين صفحة عن حالة السجون. وجاء في التقرير أن السجون مكتظة.")
    # round qu871: the fifty pages are no issuer; the ministry that published it is («ونشرت الوزارة تقريرا»)
    assert [(r[0], r[1], r[2]) for r in rows] == [("وجاء", None, "الوزارة")]


# rasd.quotes.according_object, rasd.quotes.tails: the object past the source; «حسبما» with a source of its own

def test_according_to_after_verb_and_subject_reports_the_object() -> None:
    rows = news_quote_rows("وأكدت الشرطة، وفقا لوكالة رويترز، مقتل ثلاثة مسلحين في الهجوم على المطار، حسبما أفادت "
                           "مصادر محلية.")
    assert [(r[0], r[1], r[3]) for r in rows][0] == ("وفقا", "وكالة رويترز", "مقتل ثلاثة مسلحين في الهجوم على المطار")
    assert [(r[0], r[2]) for r in rows][1] == ("حسبما", "مصادر محلية")


def test_according_to_after_a_clause_that_is_no_saying_keeps_it() -> None:
    rows = news_quote_rows("ارتفعت الأسعار، وفقا للبنك المركزي، بنسبة خمسة في المائة خلال العام الماضي.")
    assert [(r[0], r[3]) for r in rows] == [("وفقا", "ارتفعت الأسعار")]


def test_as_he_said_is_still_his_own_words() -> None:
    rows = news_quote_rows("وقال الوزير إن الوزارة نجحت في إدارة الأزمة، حسبما قال للصحافيين.")
    assert [(r[0], r[3]) for r in rows] == [("وقال", "الوزارة نجحت في إدارة الأزمة")]
