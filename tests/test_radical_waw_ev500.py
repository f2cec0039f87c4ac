"""Round ev500: a party phrase runs on through a noun of office whose first «و» is a root letter, not the conjunction.

- «اجتماعات مجلس وزراء الخارجية»: the unnamed source is «مجلس وزراء الخارجية», not «مجلس» (function words
  ``radical_waw_nouns``: «وزراء، وزارة، وكالة، ولاية، وفد، وحدات» ...);
- «و» + a word still opens a new phrase («الجيش والشرطة», «ووزارة الداخلية»), and a person's title in «و» («وزير»,
  «ولي») is left out of the list: it opens an apposition («محمد بن سلمان ولي | ولي العهد»).
"""

from __future__ import annotations

import rasd
from rasd.doc import Doc
from rasd.events.chunks import build_chunks, mention_index, sentence_token_ranges


def _chunk_texts(doc: Doc) -> list[str]:
    """The phrases the events layer's phrase run makes of each sentence of ``doc`` (no triggers left out)."""
    mentions = mention_index(doc)
    return [doc.text[c.start:c.end] for _, a, b in sentence_token_ranges(doc)
            for c in build_chunks(doc, a, b, mentions, set(), verbs=True)]


def test_the_ministers_council_is_one_source_phrase() -> None:
    doc = rasd.analyze("بدأت اليوم اجتماعات مجلس وزراء الخارجية في القاهرة.", date="2015-05-01")
    ev = next(e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "اجتماعات")
    assert ev.source is None and ev.to_dict(doc.text)["source_text"]["text"] == "مجلس وزراء الخارجية"


def test_radical_waw_nouns_run_on_a_phrase() -> None:
    doc = rasd.analyze("التقى الوزير مع أعضاء وفد التفاوض في المدينة.")
    assert "أعضاء وفد التفاوض" in _chunk_texts(doc)
    doc = rasd.analyze("دعا زعماء حكومة وحدة وطنية إلى الحوار.")
    assert "زعماء حكومة وحدة وطنية" in _chunk_texts(doc)


def test_a_conjunction_still_opens_a_new_phrase() -> None:
    doc = rasd.analyze("انتشرت عناصر الجيش والشرطة في الشوارع.")
    texts = _chunk_texts(doc)
    assert "عناصر الجيش" in texts and "الشرطة" in texts
    doc = rasd.analyze("اجتمع قادة الأحزاب ووزارة الداخلية أمس.")
    assert not any("ووزارة" in t for t in _chunk_texts(doc))


def test_a_persons_title_in_waw_still_opens_its_apposition() -> None:
    doc = rasd.analyze("انتقد مسؤولون في الحكومة وزير المالية بشدة.")
    assert not any(t.endswith("وزير") or "الحكومة وزير" in t for t in _chunk_texts(doc))
