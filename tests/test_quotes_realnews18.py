"""Quote speakers on constructions of real news, round 18: the audience after an unnamed source is not part of it
(«دبلوماسي أميركي للصحافيين»); the name an affiliated source is close to is («الموالية لحكومة طرابلس»); a participle
of manner after the verb is no subject («وتابعت منتقدة خصمها»); a body that made a statement speaks on over a
dropped subject, not a person named in what it said; «برلماني» is a source word, not «بـ» + a noun."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_the_audience_is_not_part_of_the_source() -> None:
    doc = analyze_news("وقال دبلوماسي أميركي للصحافيين المسافرين معه إن المفاوضات تتقدم.")
    assert quote_speakers(doc) == [("وقال", "[دبلوماسي أميركي]")]
    doc = analyze_news("وقال مسؤول مصري لوسائل الإعلام إن المعبر سيفتح غدا.")
    assert quote_speakers(doc) == [("وقال", "[مسؤول مصري]")]


def test_the_name_an_affiliated_source_is_close_to() -> None:
    doc = analyze_news("وذكرت وكالة الأنباء الموالية لحكومة طرابلس أن الاشتباكات توقفت.")
    assert quote_speakers(doc) == [("وذكرت", "[وكالة الأنباء الموالية لحكومة طرابلس]")]
    doc = analyze_news("أعلنت عائلة الزعيم الروحي لجماعة طالبان أنها لم تبايع الزعيم الجديد.")
    assert quote_speakers(doc) == [("أعلنت", "[عائلة الزعيم الروحي لجماعة طالبان]")]


def test_a_participle_of_manner_is_no_subject() -> None:
    doc = analyze_news("قالت هيلاري كلينتون إن الاقتصاد قوي. وتابعت منتقدة خصمها أن سياساته خطيرة.")
    assert quote_speakers(doc) == [("قالت", "هيلاري كلينتون"), ("وتابعت", "هيلاري كلينتون")]
    doc = analyze_news("قال الرئيس إن الاقتصاد قوي، حيث قال مؤيدوه المعروفون بالولاء إن ذلك صحيح.")
    assert str(quote_speakers(doc)[1][1]).startswith("[مؤيدوه")  # «مؤيدوه»: a pronoun, no feminine participle


def test_a_body_speaks_on_after_its_statement() -> None:
    doc = analyze_news("وأعلنت هيئة مكافحة الفساد في بيان أن المدير أحمد الخطيب اعتقل أمس. وأضافت أن التحقيق "
                       "مستمر.")
    # (round 51: the body named by what it fights is an organisation now, so the speaker is that entity, not text)
    assert quote_speakers(doc) == [("وأعلنت", "هيئة مكافحة الفساد"), ("وأضافت", "هيئة مكافحة الفساد")]


def test_a_member_of_parliament_as_an_unnamed_source() -> None:
    doc = analyze_news("وقال برلماني عراقي إن الحكومة فشلت في إدارة الأزمة.")
    assert quote_speakers(doc) == [("وقال", "[برلماني عراقي]")]
    doc = analyze_news("وقال نائب كويتي إن المجلس سيناقش القانون.")
    assert quote_speakers(doc) == [("وقال", "[نائب كويتي]")]
