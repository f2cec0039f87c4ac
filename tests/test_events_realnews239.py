"""Round 239: the doers of act nouns in nominal frames: «تمكن X من السيطرة» (a verb of ability the tagger left
untagged, taken as a word of its own), «مكن Y X من السيطرة» (a verb of enabling: the one enabled does the act), and
«قصف طائرات (اف 16) التركية» (a model's name in parentheses between the aircraft and their country's adjective)."""

from conftest import analyze_news, event_starting_at


def _source_name(doc, word: str) -> str | None:  # type: ignore[no-untyped-def]
    ev = event_starting_at(doc, word)
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent.name if ent is not None else None


def test_able_verb_with_conjunction_gives_its_subject() -> None:
    doc = analyze_news("وتمكن الجيش العراقي من السيطرة على عدة قرى شمال المدينة.")
    assert _source_name(doc, "السيطرة") == "الجيش العراقي"


def test_able_verb_with_conjunction_before_a_verbal_noun_of_killing() -> None:
    doc = analyze_news("وتمكن الجيش العراقي من قتل عشرة مسلحين شمال المدينة.")
    assert _source_name(doc, "قتل") == "الجيش العراقي"


def test_counter_not_able_subject_after_a_verb_of_saying() -> None:
    # «وأكد الجيش ... أنه لم يتمكن من السيطرة»: no one is named after the able verb (no VSO subject there); since
    # round ev413 the pronoun of «أنه» before it is the speaker's (``events.able_before``): the army, which could
    # not take the city (a negated act of its own), as for a finite verb («أنه لم يسيطر»)
    doc = analyze_news("وأكد الجيش العراقي أنه لم يتمكن من السيطرة على المدينة.")
    ev = event_starting_at(doc, "السيطرة")
    assert _source_name(doc, "السيطرة") == "الجيش العراقي" and ev.modality == "negated"
    # an unnamed speaker's pronoun names no one
    doc = analyze_news("وأكدت مصادر عسكرية أنها لم تتمكن من السيطرة على المدينة.")
    assert event_starting_at(doc, "السيطرة").source is None


def test_enabled_one_does_the_act() -> None:
    doc = analyze_news("ومكن سقوط المدينة حركة حماس من السيطرة على معظم أنحاء القطاع.")
    assert _source_name(doc, "السيطرة") == "حركة حماس"


def test_counter_enabling_verb_with_no_one_enabled() -> None:
    # «ومكنت الغارات من السيطرة»: the raids are the subject; no one enabled is named
    doc = analyze_news("ومكنت الغارات من السيطرة على المدينة.")
    assert event_starting_at(doc, "السيطرة").source is None


def test_aircraft_model_in_parentheses_before_the_country() -> None:
    doc = analyze_news("غير أن مصير المدنيين العالقين في قصف طائرات (اف 16) التركية بدأ يثير المخاوف.")
    ev = event_starting_at(doc, "قصف")
    assert _source_name(doc, "قصف") == "تركيا"
    assert ev.target is None and ev.attrs.get("target_span") is None


def test_counter_aircraft_model_with_no_country() -> None:
    doc = analyze_news("وقتل عشرة في قصف طائرات (اف 16) على القرية.")
    assert event_starting_at(doc, "قصف").source is None


def test_able_verb_past_a_time_phrase() -> None:
    # round 239: «تمكنت قوات الأمن في الفترة الممتدة من ... وحتى يوم أمس من اعتقال»: the able verb's subject
    doc = analyze_news("وقال المصدر إنه بعد التحقيق تمكنت قوات الأمن الوطني في الفترة الممتدة من أول الشهر "
                       "وحتى يوم أمس من اعتقال عشرين عنصرا.")
    assert event_starting_at(doc, "اعتقال").attrs.get("source_text") == "قوات الأمن الوطني"


def test_counter_able_verb_beyond_a_comma() -> None:
    doc = analyze_news("وتمكنت قوات الأمن من دخول المدينة، وقال شهود إن الحملة أسفرت من جهة أخرى عن اعتقال عشرين شخصا.")
    assert event_starting_at(doc, "اعتقال").attrs.get("source_text") != "قوات الأمن"
