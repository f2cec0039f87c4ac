"""Round en813: an honorific pronoun («معاليه», «سموه») refers to the person of its rank, and among several of that
rank to the one the article is about rather than a visitor named once (entities/honored.py, entities/coref.py)."""

from rasd import analyze
from rasd.doc import Mention
from rasd.entities.honored import honored_fits, honored_rank

_HOST_AND_GUEST = (
    "أكد معالي وزير الخارجية الأستاذ خالد بن سعد المطيري أن المملكة حريصة على أمن المنطقة.\n"
    "وقال المطيري في مؤتمر صحفي عقده مع معالي وزير الخارجية الإيطالي ماريو روسي في روما اليوم إن الحل السياسي "
    "هو الطريق الوحيد.\n"
    "وشدد معاليه على دعم المملكة للشعب اليمني.\n")


def _holder(text: str, word: str) -> str | None:
    """The name of the person whose mentions hold the pronoun ``word``."""
    doc = analyze(text, "2015-08-10")
    for e in doc.entities:
        if any(doc.text[m.start:m.end] == word for m in e.mentions):
            return e.name
    return None


def _sources(text: str) -> list[tuple[str, str | None]]:
    doc = analyze(text, "2015-08-10")
    out = []
    for ev in doc.events:
        ent = doc.entity(ev.source) if ev.source else None
        out.append((ev.code, ent.name if ent is not None else None))
    return out


def test_minister_named_twice_over_visiting_minister() -> None:
    assert _holder(_HOST_AND_GUEST, "معاليه") == "خالد بن سعد المطيري"


def test_event_of_the_honorific_is_the_host_s() -> None:
    assert ("010", "ماريو روسي") not in _sources(_HOST_AND_GUEST)
    assert ("010", "خالد بن سعد المطيري") in _sources(_HOST_AND_GUEST)


def test_prince_over_officer_received_later() -> None:
    text = ("استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة الحدود الشمالية في مكتبه اليوم "
            "مدير الشرطة اللواء سعد بن علي القحطاني.\nوأكد سموه أهمية العمل الأمني في المنطقة.\n")
    assert _holder(text, "سموه") == "فيصل بن خالد بن عبدالعزيز"
    assert ("010", "فيصل بن خالد بن عبدالعزيز") in _sources(text)


def test_two_ministers_named_once_each_nearest_unchanged() -> None:
    text = ("التقى معالي وزير الصحة الدكتور أحمد بن علي الزهراني اليوم معالي وزير التعليم سعد بن محمد الغامدي.\n"
            "وأكد معاليه أهمية التعاون بين الوزارتين.\n")
    assert _holder(text, "معاليه") == "سعد بن محمد الغامدي"


def test_official_of_no_minister_title_still_referred_to() -> None:
    text = "أعلن مدير الجامعة الدكتور سالم بن فهد العتيبي افتتاح المبنى الجديد.\nوأضاف معاليه أن المشروع يخدم الطلاب.\n"
    assert _holder(text, "معاليه") == "سالم بن فهد العتيبي"


def test_fits() -> None:
    assert honored_fits("معاليه", ["وزير الخارجية"]) is True
    assert honored_fits("وسموه", ["الأمير"]) is True
    assert honored_fits("فخامته", ["الرئيس الفرنسي"]) is True
    assert honored_fits("فخامته", ["رئيس الوزراء"]) is False
    assert honored_fits("سموه", ["وزير الخارجية"]) is False
    assert honored_fits("التنظيم", ["وزير الخارجية"]) is None


def _m(start: int, role: str | None = None) -> Mention:
    return Mention(start, start + 3, "فلان", "PERSON", "title", "فلان", None, {"role": role} if role else {})


def test_rank() -> None:
    assert honored_rank("معاليه", [_m(0, "وزير الخارجية"), _m(40)], 40) == (True, 2, 40)
    assert honored_rank("معاليه", [_m(0, "مدير الجامعة")], 0) == (False, 0, 0)
    assert honored_rank("التنظيم", [_m(0), _m(9)], 9) == (False, 0, 9)
