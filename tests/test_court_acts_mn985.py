"""Round mn985: court acts after rounds ev970/mn979 (events.retrospect with anniversary_acts.passing_ends,
entities.agencies town courts, events.court_acts co-defendants).

- «رغم مرور 30 عاما على الحرب، ... حيث حكم عليه بالسجن»: in a piece told in old times, a sentence retold after an
  anniversary of years gone has no day (not the article's).
- «مثل أمام محكمة نانت.»: the court named by its town alone is that town's court (FRAJUD), the act's source.
- «أن فلانا وعلانا مثلا أمام المحكمة»: both appear, one act each.
"""

from __future__ import annotations

from conftest import analyze_news, news_date

OLD_STORY = ("رغم مرور 30 عاما على الحرب الأهلية، يحتفظ الكاتب خالد منصور بذكريات كثيرة. وله قصة غريبة، حيث حكم "
             "عليه بالسجن عشر سنوات، لكنه هرب من السجن. وفي عام 1984 عاد إلى قريته. وفي عام 1986 سافر إلى الخارج. "
             "وفي عام 1990 كتب روايته الأولى.")
NEW_STORY = "وقالت مصادر إن المحكمة حكمت على الناشط خالد منصور بالسجن عشر سنوات."
TOWN_ALONE = "وأكدت الشرطة أن المتهم سمير حداد مثل أمس أمام محكمة نانت."
TWO_DEFENDANTS = "وأكد المتحدث أن سمير حداد وفريد نادر مثلا أمس أمام محكمة نانت."
THREE_NAMED = "وأكد المتحدث أن سمير حداد وفريد نادر وكريم علي مثلوا أمس أمام محكمة نانت."


def test_sentence_retold_after_an_old_anniversary_has_no_day() -> None:
    assert news_date(OLD_STORY, "حكم") is None


def test_sentence_of_the_news_keeps_the_day() -> None:
    assert news_date(NEW_STORY, "حكمت") == "2015-08-02"


def _appear_rows(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = analyze_news(text)
    names = {e.id: (e.name, e.actor) for e in doc.entities}
    return [(names[e.source][0] if e.source else None, names[e.source][1] if e.source else None,
             names[e.target][0] if e.target else None)
            for e in doc.events if e.attrs.get("trigger_id") == "court_appear"]


def test_court_named_by_its_town_alone_is_the_source() -> None:
    assert _appear_rows(TOWN_ALONE) == [("محكمة نانت", "FRAJUD", "سمير حداد")]


def test_two_named_together_both_appear() -> None:
    assert _appear_rows(TWO_DEFENDANTS) == [("محكمة نانت", "FRAJUD", "سمير حداد"), ("محكمة نانت", "FRAJUD", "فريد نادر")]


def test_a_list_of_three_is_no_pair() -> None:
    assert [r[2] for r in _appear_rows(THREE_NAMED)] in (["سمير حداد"], [])
