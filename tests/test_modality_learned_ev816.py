"""Round ev816: what a paper learned «من» its sources («علمت الصحيفة من مصادر أن ...») and the topic of an
«according to» phrase naming a source («نقلا عن مصادر بشأن تورط فلان في تعذيب ...») are the sources' report:
reported, not asserted. Counter-cases: learning with no «من» + source, a comma that opens the writer's clause, an
act inside an according phrase with no topic word, and a rule rather than a source."""

from __future__ import annotations

from conftest import analyze_news


def _mod(text: str, trigger: str) -> str:
    doc = analyze_news(text)
    at = doc.text.index(trigger)
    evs = [e for e in doc.events if any(t.start == at for t in e.triggers)]
    assert evs, f"no event at {trigger}"
    return evs[0].modality


def test_learned_from_sources_is_reported() -> None:
    assert _mod("وعلمت «الحياة» من مصادر خاصة في المقاومة أنه جرى إطلاق سراح 40 أسيرا من السجن.",
                "إطلاق") == "reported"
    assert _mod("وعلم مراسلنا من مصادر أمنية أن الشرطة اعتقلت خمسة مسلحين في البصرة.", "اعتقلت") == "reported"
    assert _mod("وعلمت الصحيفة من مسؤول في الوزارة بأن الجيش قصف مواقع المتمردين.", "قصف") == "reported"


def test_learning_without_a_source_or_past_a_comma_stays() -> None:
    # no «من» + source: the paper's own knowledge, left as it was
    assert _mod("وعلمت الصحيفة أن الجيش قصف مواقع المتمردين.", "قصف") == "asserted"
    # a clause the writer opens after a comma
    assert _mod("وعلم مراسلنا من مصادر أمنية أن الوضع هادئ، فيما اعتقلت الشرطة خمسة مسلحين في البصرة.",
                "اعتقلت") == "asserted"
    # the act before the verb of learning is the writer's
    assert _mod("واعتقلت الشرطة خمسة مسلحين في البصرة، وعلم مراسلنا من مصادر أمنية أنهم من تنظيم داعش.",
                "واعتقلت") == "asserted"


def test_topic_of_an_according_phrase_is_reported() -> None:
    text = ("وتتفق هذه المعلومات مع ما نشرته الصحيفة أمس، نقلا عن مصادر محلية بشأن تورط الضابط في تعذيب "
            "السجناء داخل المعتقل.")
    assert _mod(text, "تعذيب") == "reported"
    assert _mod("وكتبت الصحيفة أمس، بحسب مصادر أمنية حول اعتقال ثلاثة مسلحين في بغداد.", "اعتقال") == "reported"


def test_according_phrase_without_topic_or_source_stays() -> None:
    # a topic word with no according phrase before it
    assert _mod("واعتقلت الشرطة ثلاثة مسلحين في بغداد حول المطار.", "واعتقلت") == "asserted"
    # «وفقا للقانون»: a rule, no source
    assert _mod("وأوضح التقرير الأمر، وفقا للقانون بشأن اعتقال المشتبه بهم في الجرائم.", "اعتقال") != "reported"
