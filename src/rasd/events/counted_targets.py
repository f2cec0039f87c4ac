"""Round 279: «حين اقتحم مسلحون عددا من المقار في المدينة», «حثت عددا كبيرا من سكان البلدة على»: a target phrase that
is only a count word (``partitive_counts``: «عددا», «عشرات», «بعض»), with at most one adjective after it («كبيرا»),
right before «من» runs on over «من» and the noun phrase it counts (at most ``COUNTED_WORDS`` words, up to a
preposition, a comma or a word in «و»): the count alone names no one."""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import is_content
from .forms import fw, fw_keys, nkey
from .source_set import set_phrase
from .word_tests import clause_stop

COUNTED_WORDS = 3  # words of the counted phrase after «من» («من سكان البلدة»)
OF = nkey("من")


def _counted_end(doc: Doc, t: int) -> int | None:
    """The character end of the phrase counted after «من» at token ``t``, or None where none follows."""
    end = None
    for k in range(t + 1, min(len(doc.tokens), t + 1 + COUNTED_WORDS)):
        tok = doc.tokens[k]
        key = tok.norm_key
        if clause_stop(tok.text) or key in fw("prepositions") or key.startswith("و") or not is_content(tok):
            break
        end = tok.end
    return end


def counted_targets(doc: Doc, events: list[Event]) -> None:
    """Run a count-word target phrase on over the «من» phrase it counts (module docstring)."""
    for ev in events:
        span = ev.attrs.get("target_span")
        if ev.target is not None or not isinstance(span, list) or len(span) != 2 or not ev.attrs.get("target_text"):
            continue
        words = doc.text[span[0] : span[1]].split()
        if not 1 <= len(words) <= 2 or nkey(words[0]) not in fw_keys("partitive_counts"):
            continue
        last = doc.token_at(span[1] - 1)
        if last is None or last + 1 >= len(doc.tokens) or doc.tokens[last + 1].norm_key != OF:
            continue
        end = _counted_end(doc, last + 1)
        if end is not None:
            set_phrase(ev, "target", doc.text, span[0], end)
