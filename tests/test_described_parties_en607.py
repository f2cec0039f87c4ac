"""Round en607 (events.group_sectors): unnamed parties named by a generic head («أطراف، جهات، أوساط، قوى،
تيارات، شخصيات...») and adjectives ending in a country nisba are GROUP entities of that country, with the sector an
adjective tells («رسمية» GOV, «معارضة» OPP, «حقوقية» HRI, «دينية» REL); none for a head without a nisba nor with a
place after «في»; «مصادر» stays as it was."""

from conftest import analyze_news, event_with_trigger_at


def _source(text: str, trigger: str) -> tuple[str, str | None, str | None]:
    """The name, country and actor of the GROUP that is the source of the event at ``trigger`` ("" where none)."""
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    ent = doc.entity(ev.source) if ev.source is not None else None
    return (ent.name, ent.country, ent.actor) if ent is not None and ent.type == "GROUP" else ("", None, None)


def _speaker(text: str) -> tuple[str, str | None]:
    """The name and actor of the first quote's speaker ("" where none)."""
    doc = analyze_news(text)
    ent = doc.entity(doc.quotes[0].speaker) if doc.quotes and doc.quotes[0].speaker is not None else None
    return (ent.name, ent.actor) if ent is not None else ("", None)


def test_parties_with_joined_adjectives_take_the_last_nisba() -> None:
    text = "وانتقدت أطراف عروبية وقومية تونسية الحكومة أمس."
    assert _source(text, "وانتقدت") == ("أطراف عروبية وقومية تونسية", "TUN", "TUN")
    assert _source("وتواصل أطراف عروبية وقومية مغربية انتقاد الاتفاق.", "انتقاد") == ("أطراف عروبية وقومية مغربية",
                                                                                  "MAR", "MAR")


def test_official_bodies_are_the_government() -> None:
    assert _source("وأدانت جهات رسمية عراقية الهجوم على المسجد.", "وأدانت") == ("جهات رسمية عراقية", "IRQ", "IRQGOV")


def test_opposition_forces() -> None:
    assert _source("وهاجمت قوى معارضة سورية مواقع الجيش.", "وهاجمت") == ("قوى معارضة سورية", "SYR", "SYROPP")


def test_rights_figures_and_religious_currents() -> None:
    assert _source("وانتقدت شخصيات حقوقية مصرية قرار المحكمة.", "وانتقدت") == ("شخصيات حقوقية مصرية", "EGY",
                                                                             "EGYHRI")
    assert _source("وطالبت تيارات دينية أردنية بإغلاق الملاهي.", "وطالبت") == ("تيارات دينية أردنية", "JOR", "JORREL")


def test_first_sector_of_two_joined_adjectives() -> None:
    text = "وهاجمت أطراف عسكرية وأمنية يمنية المحتجين."
    assert _source(text, "وهاجمت") == ("أطراف عسكرية وأمنية يمنية", "YEM", "YEMMIL")


def test_political_circles_as_speaker_have_the_country_alone() -> None:
    assert _speaker("وقالت أوساط سياسية لبنانية إن الحكومة فشلت في إدارة الأزمة.") == ("أوساط سياسية لبنانية", "LBN")


def test_counter_no_group_without_a_nisba() -> None:
    doc = analyze_news("ودعت أطراف دولية إلى وقف القتال.")
    assert not any(e.type == "GROUP" for e in doc.entities)


def test_counter_a_place_after_fi_is_no_nisba() -> None:
    assert _source("وانتقدت أطراف في تونس الحكومة.", "وانتقدت") == ("", None, None)


def test_counter_object_after_the_parties_gives_no_country() -> None:
    doc = analyze_news("ودعت القوى السياسية الحكومة العراقية إلى الحوار.")
    assert not any(e.type == "GROUP" and e.country == "IRQ" for e in doc.entities)


def test_counter_sources_stay_as_they_were() -> None:
    assert _speaker("وقالت مصادر أمنية عراقية إن الهجوم فشل.") == ("مصادر أمنية عراقية", "IRQCOP")
    assert _speaker("وقالت مصادر مطلعة إن الوزير استقال.") == ("", None)


def test_feminine_pronoun_on_a_noun_act_resumes_the_parties() -> None:
    text = "واجتمعت أطراف قومية تونسية أمس في العاصمة، وجددت انتقاداتها لقرار الحكومة."
    assert _source(text, "انتقاداتها") == ("أطراف قومية تونسية", "TUN", "TUN")


def test_counter_masculine_pronoun_does_not_resume_the_parties() -> None:
    text = "واجتمعت أطراف قومية تونسية أمس في العاصمة، وجدد انتقاداته لقرار الحكومة."
    assert _source(text, "انتقاداته")[0] != "أطراف قومية تونسية"
