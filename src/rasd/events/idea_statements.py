"""Round ev625: a statement masdar whose pronoun stands for an idea is no statement. «مع عدم إعلانها أو الترويج
لها» after «تتماهى الخطابات والأصوات الآيديولوجية ... وتجاهلها نقد آيديولوجياتها»: what is (not) declared is the
ideologies themselves, no one speaks. A statement noun («إعلانها», «تصريحهم»: ``STATEMENT_NOUNS``) that carries a
third-person pronoun is no event where the nearest word before it in its sentence that may stand for that pronoun
is an idea or a discourse (function words ``idea_nouns``) and no entity is named between them; «عدم إعلان الحكومة
نتائج التحقيق», «انتقدوا الحكومة لعدم إعلانها النتائج» (the government named nearer) stay statements."""

from __future__ import annotations

from ..doc import Doc
from .forms import bare_keys_of, fw
from .lexicon import Hit

STATEMENT_NOUNS = frozenset(("announce", "declare"))  # «إعلان», «تصريح»
PRONOUNS = frozenset(("ها", "هم", "هما", "هن"))  # a third person other than «ـه» (his: a person, mostly)


def _pronoun(word: str, stem: str) -> bool:
    """Whether ``word`` is the noun ``stem`` with a pronoun of ``PRONOUNS`` after it («اعلانها»: «اعلان» + «ها»)."""
    return any(word.endswith(p) and word[: -len(p)].endswith(stem) for p in PRONOUNS)


def idea_statement(doc: Doc, hit: Hit, a: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the statement noun ``hit`` (its sentence opens at token ``a``) has a pronoun that stands for an idea:
    «تتماهى الخطابات الآيديولوجية ... مع عدم إعلانها» (see the module)."""
    if hit.entry.id not in STATEMENT_NOUNS or hit.pos != "N" or not _pronoun(doc.tokens[hit.j].norm_key, hit.cand.key):
        return False
    ideas = fw("idea_nouns")
    for t in range(hit.i - 1, a - 1, -1):
        if t in mentions:
            return False
        if not bare_keys_of(doc.tokens[t]).isdisjoint(ideas):
            return True
    return False


__all__ = ["idea_statement"]
