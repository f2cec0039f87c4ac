"""Round en570: a monarch's office right after the name (rasd.entities.monarchafter) gives the role, country and
actor as before it; a name ending in a transliterated compass word is a place (rasd.entities.compassplaces)."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Doc


def _ent(doc: Doc, name: str) -> tuple[str, str | None, str | None, list[str]] | None:
    e = next((e for e in doc.entities if e.name == name), None)
    return None if e is None else (e.type, e.country, e.actor, list(e.roles))


def test_crown_after_the_name_of_a_past_empire() -> None:
    doc = analyze("وكان فرنسوا جوزيف إمبراطور النمسا قد زار المدينة في القرن التاسع عشر.", "2015-05-01")
    assert _ent(doc, "فرنسوا جوزيف") == ("PERSON", "AUT", "AUTELI", ["إمبراطور النمسا"])
    doc = analyze("وكان فرنسوا جوزيف، إمبراطور النمسا، قد زار المدينة.", "2015-05-01")
    assert _ent(doc, "فرنسوا جوزيف") == ("PERSON", "AUT", "AUTELI", ["إمبراطور النمسا"])


def test_king_after_the_name() -> None:
    doc = analyze("واستقبل عبد الله الثاني ملك الأردن وفدا من رجال الأعمال.", "2015-05-01")
    assert _ent(doc, "عبد الله الثاني") == ("PERSON", "JOR", "JORGOV", ["ملك الأردن"])


def test_not_an_object_or_a_given_name() -> None:
    doc = analyze("واستقبل أوباما ملك الأردن في البيت الأبيض.", "2015-05-01")
    assert _ent(doc, "أوباما") == ("PERSON", "USA", "USAGOV", [])
    doc = analyze("واستقبل باراك أوباما ملك الأردن في البيت الأبيض.", "2015-05-01")
    assert _ent(doc, "باراك أوباما") == ("PERSON", "USA", "USAGOV", [])
    doc = analyze("وقال محمد أمير قطر إن الأمر انتهى.", "2015-05-01")
    assert _ent(doc, "محمد") == ("PERSON", None, None, [])
    doc = analyze("واستقبل الرئيس ماكري ملك الأردن عبد الله الثاني.", "2015-05-01")
    assert _ent(doc, "ماكري") == ("PERSON", None, None, ["الرئيس"])


def test_minister_after_the_name_kept() -> None:
    doc = analyze("وقال جون كيري وزير الخارجية الأميركي إن المحادثات مستمرة.", "2015-05-01")
    assert _ent(doc, "جون كيري") == ("PERSON", "USA", "USAGOV", ["وزير الخارجية الأميركي"])


def test_compass_suffixed_constituency() -> None:
    doc = analyze("ولم يؤثر ذلك على الدعم لمقعده عن ايسلينغتون نورث بشمال لندن.", "2015-05-01")
    assert _ent(doc, "ايسلينغتون نورث") == ("LOCATION", None, None, [])


def test_compass_word_as_a_family_name_kept() -> None:
    doc = analyze("وقال أوليفر نورث إن الصفقة تمت.", "2015-05-01")
    assert _ent(doc, "أوليفر نورث") == ("PERSON", None, None, [])


def test_compass_word_after_no_preposition_kept() -> None:
    doc = analyze("وقال مغني الراب الأميركي كانييه ويست إنه سيترشح للرئاسة.", "2015-05-01")
    assert not any(e.type == "LOCATION" and "ويست" in e.name for e in doc.entities)
