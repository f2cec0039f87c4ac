"""Quote speakers in constructions of real news (tenth hand-judged sample): the subject after a relative's
resumptive pronoun on a preposition («في الوقت الذي أشار فيه التقرير», «قال عنه فلان»); a fact is no speaker
(«المعلومات تشير إلى أن», «سلوك «الجبهة»، يشير»: no quote; «وذكرت المعلومات» still reports); a title's gender
before a name the verb follows («الناشطة المدنية يسرى مجيد قالت»); the author of the book a cue with no subject
stands in («وكما يقول في كتابه»); the subject of a clause «وكان» opens before a participle («...، وكان المتحدث باسم
الكرملين قد انتقد ...، معتبرا»), not the speaker of the cue before."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers

LEAD = "قال المحلل سمير فرج إن السوق تتحسن. "


def test_a_report_after_a_resumptive_pronoun_is_the_speaker() -> None:
    doc = analyze(LEAD + "في الوقت الذي أشار فيه التقرير إلى أن الأسعار ستنخفض.")
    assert quote_speakers(doc) == [("قال", "سمير فرج"), ("أشار", "[التقرير]")]


def test_a_named_minister_after_a_resumptive_pronoun_is_the_speaker() -> None:
    doc = analyze("في الوقت الذي أشار فيه الوزير سامح شكري إلى أن الأسعار ستنخفض.")
    assert quote_speakers(doc) == [("أشار", "سامح شكري")]


def test_witnesses_after_a_resumptive_pronoun_are_the_speaker() -> None:
    doc = analyze("قال المحلل سمير فرج إن السوق تتحسن، في الوقت الذي كشف فيه شهود عيان أن القصف استمر.")
    assert quote_speakers(doc) == [("قال", "سمير فرج"), ("كشف", "[شهود عيان]")]


def test_information_pointing_to_something_is_no_quote() -> None:
    doc = analyze("وقال الوزير سامح شكري إن المعلومات تشير إلى أن القائد قتل في كمين.")
    assert quote_speakers(doc) == [("وقال", "سامح شكري")]


def test_the_conduct_of_a_group_is_no_speaker() -> None:
    doc = analyze("ورأى الباحث رامي عبد الرحمن أن سلوك «الجبهة»، يشير إلى أن الجبهة تريد السيطرة على المنطقة.")
    assert quote_speakers(doc) == [("ورأى", "رامي عبد الرحمن")]


def test_data_after_the_verb_is_no_speaker() -> None:
    doc = analyze("وقال الوزير سامح شكري إن الأمر مهم. وتشير المعطيات إلى أن الاقتصاد يتحسن.")
    assert quote_speakers(doc) == [("وقال", "سامح شكري")]


def test_information_that_reported_is_still_a_source() -> None:
    doc = analyze("وذكرت المعلومات أن القصف تركز على شرق المدينة.")
    assert quote_speakers(doc) == [("وذكرت", "[المعلومات]")]


def test_a_feminine_title_before_a_name_agrees_with_the_verb_after() -> None:
    doc = analyze("قال الناشط سمير فرج إن القصف مستمر. الناشطة المدنية يسرى مجيد قالت من جانبها لوكالة الأنباء، إن "
                  "المظاهرات حقيقية.")
    assert quote_speakers(doc) == [("قال", "سمير فرج"), ("قالت", "يسرى مجيد")]


def test_the_author_of_the_book_is_the_speaker() -> None:
    doc = analyze("وقال الكاتب سمير فرج إن الكويت تغيرت. وتتجلى نظرية الحشود للعالم الفرنسي غوستاف لوبون في هذه "
                  "الأحداث، وكما يقول في كتابه: «عندئذ تتشكل روح جماعية واحدة في كل مكان».")
    assert quote_speakers(doc) == [("وقال", "سمير فرج"), ("يقول", "غوستاف لوبون")]


def test_a_participle_after_a_new_clause_takes_its_unnamed_subject() -> None:
    doc = analyze("وهو ما اعتبر الوزير سيرغي لافروف أنه خطأ، وكان المتحدث باسم الكرملين قد انتقد الخطط الأميركية، "
                  "معتبرا أن الدعم يزيد الفوضى.")
    assert quote_speakers(doc) == [("اعتبر", "سيرغي لافروف"), ("معتبرا", "الكرملين")]  # round qu872: the Kremlin


def test_a_participle_after_a_new_clause_takes_its_named_subject() -> None:
    doc = analyze("وهو ما اعتبر الوزير سيرغي لافروف أنه خطأ، وكان المتحدث باسم الكرملين ديمتري بيسكوف قد انتقد الخطط "
                  "الأميركية، معتبرا أن الدعم يزيد الفوضى.")
    assert quote_speakers(doc) == [("اعتبر", "سيرغي لافروف"), ("معتبرا", "ديمتري بيسكوف")]
