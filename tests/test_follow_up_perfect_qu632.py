"""Round qu632: the perfect «وتابع الوزير تفاصيل المشروع», «وتابع رئيس الوزراء سير العمل» (a subject of titles and
names, then the thing followed up) is following a matter up, no speech cue; «وتابع الوزير: «...»», «وتابع الوزير
أن ...», «وتابع الوزير قائلا» stay cues. «المتحدث باسم/الناطق باسم X»: X, where it is an entity, is the unnamed
speaker's affiliation. Hand-made sentences."""

from __future__ import annotations

import rasd


def _quotes(text: str) -> list[tuple[str, str]]:
    doc = rasd.analyze(text, "2015-08-02")
    return [(doc.text[q.cue.start:q.cue.end], doc.text[q.content.start:q.content.end]) for q in doc.quotes]


def _speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = rasd.analyze(text, "2015-08-02")
    names = {e.id: e.name for e in doc.entities}
    out: list[tuple[str | None, str | None, str | None]] = []
    for q in doc.quotes:
        d = q.to_dict(doc.text)
        phrase = d.get("speaker_text")
        aff = d.get("speaker_affiliation")
        out.append((d.get("speaker"), phrase["text"] if isinstance(phrase, dict) else None,
                    names.get(aff) if isinstance(aff, str) else None))
    return out


def test_perfect_with_title_subject_then_details_is_no_cue() -> None:
    got = _quotes("وفي العاصمة، تابع الوزير تفاصيل توقيع الحكومة «اتفاق الشراكة مع الاتحاد الأوروبي في مجال الطاقة» "
                  "بعد زيارة الوفد.")
    assert got == []


def test_perfect_inside_content_does_not_cut_it() -> None:
    got = _quotes("وأوضح مدير المهرجان أن الأعمال تسير وفق الخطة، مشيراً إلى أن أمير المنطقة، تابع الوزير تفاصيل "
                  "تنفيذ مشروع تطوير الساحة، ضمن مشاريع المهرجان.")
    assert got == [("وأوضح", "الأعمال تسير وفق الخطة"),
                   ("مشيراً", "أمير المنطقة، تابع الوزير تفاصيل تنفيذ مشروع تطوير الساحة، ضمن مشاريع المهرجان")]


def test_perfect_with_colon_after_subject_stays_a_cue() -> None:
    got = _quotes("وقال الوزير إن الحكومة ماضية في خطتها. وتابع الوزير: «لن نتراجع عن تفاصيل الإصلاحات».")
    assert ("وتابع", "لن نتراجع عن تفاصيل الإصلاحات") in got


def test_perfect_with_complementizer_after_subject_stays_a_cue() -> None:
    got = _quotes("وأكد المدير أن العمل في الموقع يسير وفق الخطة. وتابع الوزير أن تطورات الأوضاع تبعث على القلق.")
    assert ("وتابع", "تطورات الأوضاع تبعث على القلق") in got


def test_perfect_went_on_saying_stays_a_cue() -> None:
    got = _quotes("وأكد المدير أن العمل في الموقع يسير وفق الخطة. وتابع الوزير قائلا إن تفاصيل المشروع ستعلن قريبا.")
    assert ("وتابع", "تفاصيل المشروع ستعلن قريبا") in got


def test_perfect_with_quote_mark_after_subject_stays_a_cue() -> None:
    got = _quotes("وفي العاصمة، وتابع رئيس الوزراء قائلا «مشروع الطاقة الشمسية سيكتمل قريبا».")
    assert got == [("وتابع", "مشروع الطاقة الشمسية سيكتمل قريبا")]


def test_spokesman_of_a_listed_resistance_body_speaks_for_it() -> None:
    got = _speakers("وفي سياق متصل قال المتحدث باسم المقاومة الجنوبية لوكالة الأنباء إن اشتباكات عنيفة تدور في "
                    "محافظة لحج.")
    doc = rasd.analyze("وفي سياق متصل قال المتحدث باسم المقاومة الجنوبية لوكالة الأنباء إن اشتباكات عنيفة تدور في "
                       "محافظة لحج.", "2015-08-02")
    body = next(e.id for e in doc.entities if e.name == "المقاومة الجنوبية")
    assert got == [(body, None, None)]  # round qu872: the body speaks through its unnamed spokesman


def test_spokesman_of_a_militia_entity_speaks_for_it() -> None:
    got = _speakers("وأعلن الحشد الشعبي السيطرة على بيجي. وقال المتحدث باسم الحشد الشعبي إن المقاتلين سيطروا على "
                    "المصفاة.")
    doc = rasd.analyze("وأعلن الحشد الشعبي السيطرة على بيجي. وقال المتحدث باسم الحشد الشعبي إن المقاتلين سيطروا على "
                       "المصفاة.", "2015-08-02")
    body = next(e.id for e in doc.entities if e.name == "الحشد الشعبي")
    assert got == [(body, None, None)]  # round qu872: the body speaks through its unnamed spokesman


def test_named_spokesman_is_the_speaker_himself() -> None:
    got = _speakers("وقال المتحدث باسم المقاومة الجنوبية علي شايف الحريري إن اشتباكات عنيفة تدور في محافظة لحج.")
    assert got == [("E2", None, None)]
