"""Round gr402: more groups (rasd.events.groups): sector-named sources of speech, delegations, «كبار», peoples of no
one country (KUR, JEW, EUR), «الهنود», and a people's plural right after a listed head as that head's adjective."""

from __future__ import annotations

from functools import lru_cache

import rasd
from rasd.doc import Doc, Entity, Span
from rasd.events.group_lexicon import country_word, is_people_code, people_code
from rasd.events.group_phrases import Found, read_phrase


@lru_cache(maxsize=None)
def run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-01")


def groups(doc: Doc) -> list[Entity]:
    return [e for e in doc.entities if e.type == "GROUP"]


def test_sector_source_speaks_for_its_sector() -> None:
    doc = run("وقالت مصادر أمنية تونسية إن قوات الأمن اعتقلت المتهمين.")
    src = next(e for e in groups(doc) if e.name.startswith("مصادر"))
    assert (src.actor, src.country, src.latin) == ("TUNCOP", "TUN", "Tunisian security sources")
    assert any(q.speaker == src.id for q in doc.quotes)


def test_bare_or_unsectored_sources_stay_out() -> None:
    for text in ("وقالت مصادر إن الهجوم أسفر عن مقتل جنديين.", "وقالت مصادر مطلعة إن الهجوم أسفر عن مقتل جنديين."):
        doc = run(text)
        assert not [e for e in groups(doc) if e.name.startswith("مصادر")]
        assert doc.quotes and doc.quotes[0].speaker is None


def test_military_source_singular_indefinite() -> None:
    doc = run("وقال مصدر عسكري إن القوات سيطرت على المدينة.")
    (g,) = [e for e in groups(doc) if e.actor == "MIL" and e.name.startswith("مصدر")]
    assert doc.quotes[0].speaker == g.id


def test_delegation_only_with_a_country() -> None:
    doc = run("وأعلن المتحدث أن وفدا أميركيا رفيعا سيصل إلى إسرائيل الشهر المقبل.")
    assert [(e.name, e.actor) for e in groups(doc)] == [("وفدا أميركيا", "USAGOV")]
    doc = run("وأعلن المتحدث أن وفدا رفيعا سيصل إلى إسرائيل الشهر المقبل.")
    assert not groups(doc)


def test_kurds_are_their_own_people_with_no_country() -> None:
    doc = run("وتظاهر عشرات الأكراد في مدينة السليمانية احتجاجا على الغارات التركية.")
    (g,) = groups(doc)
    assert (g.name, g.actor, g.country, g.latin) == ("الأكراد", "KUR", None, "Kurds")
    assert doc.events[0].source == g.id


def test_people_plural_after_a_definite_head_is_its_adjective() -> None:
    doc = run("وأسفر أول لقاء جمع الجهات الدائنة والمسؤولين اليونانيين عن قضايا جديدة.")
    assert [(e.name, e.actor) for e in groups(doc) if e.country == "GRC"] == [("المسؤولين اليونانيين", "GRCGOV")]


def test_people_adjective_after_a_head() -> None:
    doc = run("وقتل ما لا يقل عن 260 مقاتلا كرديا في الغارات.")
    (g,) = groups(doc)
    assert (g.actor, g.country, g.latin) == ("KURREB", None, "Kurdish fighters")  # (round ev987: its people's rebels)


def test_people_codes_lexicon() -> None:
    assert people_code("الأكراد") == "KUR" and people_code("يهودية") == "JEW" and people_code("الأوروبيين") == "EUR"
    assert people_code("العرب") is None and people_code("ماليين") is None  # (a newspaper; financial)
    assert country_word("هنود") == "IND" and country_word("كرديا") == "KUR"
    assert is_people_code("KUR") and not is_people_code("IRQ") and not is_people_code(None)


def test_singular_feminine_people_word_is_no_group() -> None:
    doc = run("وانتقدت اليهودية قرار الحكومة.")
    assert not [e for e in groups(doc) if e.actor == "JEW"]


def test_indian_officials() -> None:
    doc = run("لكن مسؤولين هنود قالوا إن الأمر سوف يستغرق بضعة شهور.")
    (g,) = groups(doc)
    assert (g.name, g.actor, g.country) == ("مسؤولين هنود", "INDGOV", "IND")


def test_senior_officials() -> None:
    doc = run("وقال الوزير إن كبار المسؤولين في طهران رفضوا العرض.")
    (g,) = groups(doc)
    assert (g.actor, doc.events[0].source) == ("IRNGOV", g.id)
    doc = run("وقال الوزير إن كبار السن في طهران رفضوا العرض.")  # (the elderly: no listed head after «كبار»)
    assert not groups(doc)


def test_people_adjective_of_an_indefinite_head_before_the_phrase_is_no_group() -> None:
    doc = run("وهاجم مسلحون أكراد مركزا للشرطة أمس.")  # (the target's phrase opens at «أكراد»: the gunmen's adjective)
    assert not [e for e in groups(doc) if e.actor == "KUR"]


def _read(text: str, phrase: str) -> Found | None:
    doc = run(text)
    at = doc.text.index(phrase)
    return read_phrase(doc, Span(at, at + len(phrase)))


def test_kind_of_government_is_no_group() -> None:
    text = "وقال إن المطلوب أن تتحول الكابينة الوزارية إلى حكومة تكنوقراط."
    assert _read(text, "حكومة تكنوقراط") is None
    assert _read("وطالبت حكومة كردستان المحلية الحزب بالمغادرة.", "حكومة كردستان المحلية") is not None
    assert _read("وطالبت حكومة الولاية الشركات بالإفصاح.", "حكومة الولاية") is not None


def test_members_of_a_head_after_min() -> None:
    doc = run("واستهدفت فصائل من المعارضة مواقع تابعة للقوات السورية النظامية في ريف اللاذقية.")
    g = next(e for e in groups(doc) if e.actor == "REB")  # (round en616: the armed opposition, no longer OPP)
    assert (doc.events[0].source, g.name) == (g.id, "فصائل من المعارضة")
    # (no listed head after «من»: no members-of reading; since round ev993 «فصائل» is itself a head, armed
    # factions, REB, so the phrase is read by that head alone, its name the bare word)
    found = _read("وقالت فصائل من حي الوعر إنها انسحبت.", "فصائل من حي الوعر")
    assert found is not None and (found.head.form, found.head.sector, found.name) == ("فصائل", "REB", "فصائل")


def test_people_adjective_right_after_a_phrase_ending_at_an_oblique_head() -> None:
    doc = run("ويؤكد المراقبون أن الغارات التركية استهدفت الناشطين الأكراد أكثر مما استهدفت المتطرفين.")
    g = next(e for e in groups(doc) if e.actor == "KUROPP")
    assert (g.name, [doc.text[m.start : m.end] for m in g.mentions]) == ("الناشطين الأكراد", ["الناشطين الأكراد"])  # (ev987: one phrase)
    doc = run("واعتقلت الشرطة الناشطين والأكراد.")  # (another party after «و»: no adjective)
    assert not [e for e in groups(doc) if e.actor == "KUROPP"]


def test_hardliners_in_a_states_body_are_of_its_country() -> None:
    doc = run("وانتقد متشددون في البرلمان الإيراني الاتفاق النووي.")
    g = next(e for e in groups(doc) if e.actor and e.actor.endswith("RAD"))
    assert (g.actor, g.country, g.latin) == ("IRNRAD", "IRN", "Iranian hardliners")
    doc = run("وانتقد متشددون في حزب العمال الكردستاني الاتفاق.")  # (a party, no state's body)
    assert [e.actor for e in groups(doc)] == ["RAD"]


def test_diplomat_and_air_force() -> None:
    doc = run("وقال دبلوماسي مصري رفيع إن الحوار سيشمل ملف الحريات.")
    g = next(e for e in groups(doc))
    assert (g.actor, doc.quotes[0].speaker) == ("EGYGOV", g.id)
    doc = run("وأعلن الدبلوماسي أن المحادثات تعثرت.")  # (the one told of before: a title, no group)
    assert not groups(doc)
    doc = run("وقصف الطيران الحربي قرى ريف إدلب.")
    g = next(e for e in groups(doc))
    assert (g.name, g.actor, doc.events[0].source) == ("الطيران الحربي", "MIL", g.id)
    doc = run("وأعلنت هيئة الطيران المدني تعليق الرحلات.")  # («الطيران» alone: no group)
    assert not [e for e in groups(doc) if e.actor == "MIL"]


def test_group_from_states_of_an_adjective() -> None:
    text = "وأثار وصول الوفود الدبلوماسية من بعض الدول الأوروبية إلى طهران جدلا."
    got = _read(text, "الوفود الدبلوماسية")
    assert got is not None and (got.head.sector, got.country) == ("GOV", "EUR")
    doc = run("وقال مسؤولون من دول أوروبية إن الاجتماع تأجل.")
    assert [(e.actor, e.country) for e in groups(doc)] == [("EURGOV", None)]
    got = _read("وأثار وصول الوفود الدبلوماسية من الدول العربية إلى طهران جدلا.", "الوفود الدبلوماسية")
    assert got is not None and got.country is None


def test_trades_and_callings() -> None:
    doc = run("وطبقا لما يراه سياسيون وخبراء عراقيون سيبقى مستقبل العلاقات غامضا.")
    (g,) = groups(doc)
    assert (g.actor, doc.quotes[0].speaker) == ("IRQPTY", g.id)
    doc = run("واعتقلت الشرطة رجال الأعمال في المدينة.")
    assert {e.actor for e in groups(doc)} == {"COP", "BUS"}
    assert _read("وزار الوزير مزارع الدواجن في المنطقة.", "مزارع الدواجن") is None  # (farms, not farmers)
