"""Entities, round 58 (what this session's entity rounds cost on the ANERcorp dev tenth): a foreign given name
frequent in the news («وليام») is no common noun before a name, since it never takes the article (a noun that
does, «بريد», still opens no name); a geographic noun the tagger read as a body («الجزيرة») is the club in a
sentence of sport, and then wherever the article has it alone, but «بهدف» (with the aim of) makes no sentence of
sport; a team's name the tagger read with its head («فريق الجزيرة») is not repeated over the club's name.
Counter-cases: «بريد كلينتون» still drops «بريد»; «الجزيرة» outside sport is still the island; a body's name the
tagger read is still repeated («مصرف أبوظبي»)."""

from __future__ import annotations

from conftest import runs_doc, typed_runs_doc


def _texts(doc, typ: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == typ]


# a given name frequent in the news, no common noun

def test_a_frequent_foreign_given_name_opens_its_name() -> None:
    doc = runs_doc("وسجل المدافع وليام غالاس الهدف الثاني بعد تمريرة رائعة.", ["وليام", "غالاس"])
    assert "وليام غالاس" in _texts(doc, "PERSON")


def test_a_noun_that_takes_the_article_still_opens_no_name() -> None:
    doc = runs_doc("وقال المحققون إن بريد كلينتون حوى رسائل سرية.", ["بريد", "كلينتون"])
    assert _texts(doc, "PERSON") == ["كلينتون"]


# a geographic noun in a sentence of sport: the club

def test_a_geographic_noun_in_a_match_is_the_club() -> None:
    doc = typed_runs_doc("وقال المدرب إن مباراة الغد أمام الجزيرة في الدوري صعبة.", ("ORG", ["الجزيرة"]))
    assert _texts(doc, "ORGANIZATION") == ["الجزيرة"]
    assert _texts(doc, "LOCATION") == []


def test_the_club_stays_the_club_where_the_article_repeats_it_alone() -> None:
    doc = typed_runs_doc("وخسر الفريق مباراة الأمس أمام الجزيرة. وسيظهر مستواه الحقيقي في لقائه المقبل أمام الجزيرة.",
                         ("ORG", ["الجزيرة"]))
    assert _texts(doc, "ORGANIZATION") == ["الجزيرة", "الجزيرة"]


def test_outside_sport_the_geographic_noun_is_still_the_island() -> None:
    doc = typed_runs_doc("وتحدث الرئيس عن مستقبل الجزيرة بعد عقود من الانقسام.", ("ORG", ["الجزيرة"]))
    assert _texts(doc, "LOCATION") == ["الجزيرة"]


def test_with_the_aim_of_makes_no_sentence_of_sport() -> None:
    doc = typed_runs_doc("وأبحرت السفن نحو الجزيرة بهدف إجلاء السكان.", ("ORG", ["الجزيرة"]))
    assert _texts(doc, "LOCATION") == ["الجزيرة"]
    assert _texts(doc, "ORGANIZATION") == []


# a team's name read with its head is not repeated over the club's name

def test_a_team_read_with_its_head_is_not_repeated() -> None:
    # (the stand-in tagger reads «فريق الجزيرة» whole in the first sentence, «الجزيرة» alone after «لفريق»)
    doc = typed_runs_doc("وعن فريق الجزيرة قال المدرب إنه قوي. وتابع أن المباراة لفريق الجزيرة في الدوري صعبة.",
                         ("ORG", ["الجزيرة"]), ("ORG", ["فريق", "الجزيرة"]))
    assert sorted(_texts(doc, "ORGANIZATION")) == ["الجزيرة", "فريق الجزيرة"]


def test_a_body_read_by_the_tagger_is_still_repeated() -> None:
    doc = typed_runs_doc("وقال مصرف أبوظبي إن أرباحه ارتفعت. وذكر تقرير لمصرف أبوظبي أن السوق نمت.",
                         ("ORG", ["مصرف", "أبوظبي"]))
    assert _texts(doc, "ORGANIZATION") == ["مصرف أبوظبي", "مصرف أبوظبي"]
    assert _texts(doc, "LOCATION") == []
