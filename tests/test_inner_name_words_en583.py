"""Round en583: person names cut at their own inner words (rasd.entities.regnalnames): a regnal number after a
given name is the name's («نابليون الثالث»), «ولد» before a word of birth is the verb, not a name link."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Doc


def _persons(doc: Doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in doc.mentions if m.entity == e.id] for e in doc.entities if e.type == "PERSON"}


def test_regnal_number_after_a_given_name() -> None:
    doc = analyze("وقال نابليون الثالث إمبراطور فرنسا إن الحرب انتهت.", "2015-05-01")
    e = next(e for e in doc.entities if e.type == "PERSON")
    assert (e.name, e.country, e.actor, list(e.roles)) == ("نابليون الثالث", "FRA", "FRAELI", ["إمبراطور فرنسا"])
    assert _persons(analyze("والتقى هنري الرابع بالسفير في القصر.", "2015-05-01")) == {"هنري الرابع": ["هنري الرابع"]}


def test_regnal_number_with_its_teen() -> None:
    doc = analyze("وتوفي لويس الرابع عشر، وبعد ذلك بأحد عشر عاما وقعت الحرب.", "2015-05-01")
    assert _persons(doc) == {"لويس الرابع عشر": ["لويس الرابع عشر"]}


def test_later_short_mention_kept() -> None:
    doc = analyze("وقال نابليون الثالث إن الحرب انتهت، وأضاف نابليون أن الجيش عاد.", "2015-05-01")
    assert _persons(doc) == {"نابليون الثالث": ["نابليون الثالث", "نابليون"]}


def test_ordinal_of_rank_or_after_a_surname_not_taken() -> None:
    doc = analyze("وكان مقصد بوش الأول والأخير هو الحرب.", "2015-05-01")
    assert _persons(doc) == {"بوش": ["بوش"]}
    doc = analyze("وقال محمد الثاني في الترتيب إن الفريق فاز.", "2015-05-01")
    assert "محمد الثاني في" not in {m.text for m in doc.mentions}


def test_king_already_whole() -> None:
    doc = analyze("واستقبل الملك عبد الله الثاني الوزير.", "2015-05-01")
    e = next(e for e in doc.entities if e.type == "PERSON")
    assert (e.name, e.country, e.actor) == ("عبد الله الثاني", "JOR", "JORGOV")


def test_born_is_no_name_link() -> None:
    doc = analyze("وقال عبد الله ولد في القاهرة عام 1950 ودرس فيها.", "2015-05-01")
    assert _persons(doc) == {"عبد الله": ["عبد الله"]}


def test_mauritanian_link_kept() -> None:
    doc = analyze("وأعلن إسماعيل ولد الشيخ أحمد المبعوث الأممي أن المحادثات ستستأنف.", "2015-05-01")
    assert "إسماعيل ولد الشيخ أحمد" in _persons(doc)
    doc = analyze("وقال الشيخ محمد ولد الغزواني إن البلاد بخير.", "2015-05-01")
    assert "محمد ولد الغزواني" in _persons(doc)


def test_two_kings_of_one_name_kept_apart() -> None:
    doc = analyze("وكان لويس الرابع عشر قد حكم فرنسا طويلا، ثم خلفه لويس الخامس عشر.", "2015-05-01")
    assert _persons(doc) == {"لويس الرابع عشر": ["لويس الرابع عشر"], "لويس الخامس عشر": ["لويس الخامس عشر"]}
