"""Round en365: «لو» right after an office and right before a person's name is the name's first word, a Chinese
family name (Lu, Luo), not «لو» (if): «مبعوث الرئيس الصيني وزير الثقافة لو شوه جانج» is Luo Shugang, whom the
tagger reads as «شوه جانج».

The word before «لو» is a title or a title's complement (titles.tsv, complements.tsv: «وزير الثقافة», «السفير»),
and a person's mention of two words or more starts right after «لو ». «لو» the conditional is followed by a verb,
«أن» or «كان», never by a name the tagger reads so («ولو أراد الرئيس», «لو أن أوباما»: no name starts there), nor
preceded by a bare title; «مارين لو بان» (Le, a particle inside a Western name) is :func:`.hyphengivens.le_particles`.
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .mentionedits import cover

_LU = "لو "


def lu_surnames(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Start each person's mention that follows «لو» after an office at «لو» (see the module), in place."""
    text = doc.text
    for m in [o for o in mentions if o.type == "PERSON" and len(o.text.split()) >= 2]:
        at = m.start - len(_LU)
        if at < 2 or text[at : m.start] != _LU or text[at - 1] != " ":
            continue
        words = text[max(0, at - 30) : at].split()
        if not words:
            continue
        key = norm_key(words[-1])
        if (key,) not in gaz.titles and (key,) not in gaz.complements:
            continue
        cover(doc, mentions, at, m.end, "PERSON", dict(m.attrs))
