"""Round 188 of real news: a town is where the subject went, not who acts. A town named inside the subject's
relative clause («المحتجون الذين جابوا شوارع X ...») or right after a street word («شوارع/ساحة/ميدان X») is never the
source of the main verb after it; the unnamed subject («المحتجون») is the source phrase, and a plural verb in «و»
after it shares that phrase (no actor named before is carried). A country acting as a state stays a source, and so
does a capital standing for its government after the verb («أعلنت كابل»). A verb in «و» after «(و)كان X قد V ...،»
shares X, the pluperfect's subject («قد وصف»: a verb, even where the phrase run read a noun). Hand-made sentences (paraphrases, no
article text)."""

from __future__ import annotations

from conftest import analyze_news, named_role, news_arg, news_event


def test_a_town_in_the_subjects_relative_clause_is_no_source() -> None:
    text = "المحتجون الذين ساروا في شوارع كابل نددوا بتقاعس الحكومة عن محاسبة المسؤولين."
    doc, ev = news_event(text, "نددوا")
    assert named_role(doc, ev.source) is None
    assert news_arg(text, "نددوا") == "المحتجون"


def test_the_conjoined_plural_verb_shares_the_unnamed_subject() -> None:
    text = ("وخرجت مسيرة في المدينة ضد الهجمات التي نفذتها حركة طالبان. المحتجون الذين جابوا شوارع كابل نددوا "
            "بتقاعس المسؤولين، وطالبوا وزارة الداخلية بفتح تحقيق.")
    doc, ev = news_event(text, "وطالبوا")
    assert named_role(doc, ev.source) is None
    assert news_arg(text, "وطالبوا") == "المحتجون"


def test_a_town_after_a_street_word_is_no_source() -> None:
    doc, ev = news_event("وفي مسيرة أمس، آلاف في ساحة بغداد انتقدوا الفساد في الوزارات.", "انتقدوا")
    assert named_role(doc, ev.source) is None


def _place_reading(text: str, name: str) -> object:
    """What ``relative_places.relative_place`` makes of the place mention ``name`` taken as a verb's subject."""
    from rasd.events.chunks import Chunk
    from rasd.events.relative_places import relative_place

    doc = analyze_news(text)
    ent = next(e for e in doc.entities if e.name == name)
    k = doc.token_at(doc.text.index(name))
    assert k is not None
    c = Chunk(k, k, doc.tokens[k].start, doc.tokens[k].end, ent.id, ent.type, None, False, False, False, False)
    fires, ante = relative_place(doc, [c], c, 0)
    return fires if not fires or ante is None else doc.text[ante.start : ante.end]


def test_counter_a_country_in_the_relative_clause_is_not_this_case() -> None:
    # a country acts as a state: the rule leaves it to the older rules
    assert _place_reading("المحتجون الذين يدعمهم العراق هاجموا المقر.", "العراق") is False
    assert _place_reading("المحتجون الذين جابوا شوارع كابل نددوا بالقرار.", "كابل") == "المحتجون"


def test_counter_the_capital_as_the_government_after_the_verb_stays_a_source() -> None:
    assert news_arg("وأعلنت كابل أمس رفضها للاتفاق مع المسلحين.", "وأعلنت") == "كابل"


def test_counter_a_named_subject_before_its_relative_clause_is_kept() -> None:
    assert news_arg("وكانت الحكومة الأفغانية التي تتخذ من كابل مقرا قد انتقدت الحركة بشدة.", "انتقدت") \
        == "الحكومة الأفغانية"


def test_a_pluperfect_subject_is_shared_by_the_verb_in_and_after_it() -> None:
    # round 188: «وكان X قد وصف ...، ودعا»: X calls, not the man named in the sentence before
    text = ("واستقبل الحزب الرئيس الفرنسي السابق نيكولا ساركوزي. وقال وزير الخارجية خميس الجهيناوي إن بلاده ترفض "
            "التدخل. وكان ساركوزي قد وصف الوضع في الجزائر بالغموض، ودعا إلى حسمه في إطار الاتحاد الأوروبي.")
    assert news_arg(text, "ودعا") == "نيكولا ساركوزي"


def test_counter_without_the_pluperfect_the_verb_after_the_comma_keeps_the_opener() -> None:
    text = "وانتقد الوزير فلان الحكومة بشدة، ودعا إلى انتخابات مبكرة."
    assert news_arg(text, "ودعا") == news_arg(text, "وانتقد")
