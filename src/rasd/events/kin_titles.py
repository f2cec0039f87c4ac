"""Round ev822: a kinsman named with his title and name («من أخيه الملك عبدالله الثاني», «شقيقه الأمير فلان»):
the kin word with its pronoun is a courtesy before the title, which still stands for the name after it."""

from __future__ import annotations

from ..doc import Doc
from .acting import honorific
from .chunks import Chunk
from .forms import fw_bare_keys, fw_keys


def kin_title(doc: Doc, c: Chunk) -> bool:
    """Whether phrase ``c`` opens with a kin word with a pronoun (function words ``kin_with_pronoun``: «أخيه»,
    «شقيقه», «أخاه») and a title right after it («أخيه الملك», «شقيقه الأمير»); not a kin word alone («أخيه
    محمد» is named already) nor before a common noun («أخيه الأكبر»)."""
    toks = doc.tokens
    return c.i + 1 < len(toks) and toks[c.i].norm_key in fw_keys("kin_with_pronoun") \
        and toks[c.i + 1].norm_key.removeprefix("ال") in fw_bare_keys("titles")


def kin_or_honorific(doc: Doc, c: Chunk) -> bool:
    """Whether phrase ``c`` opens with an honorific («معالي», «سمو») or a kin word before a title (``kin_title``):
    either way the name after it is the one meant (actors.resolve_title)."""
    return honorific(doc.tokens[c.i]) or kin_title(doc, c)
