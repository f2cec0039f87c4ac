"""Round en395: the organisation a region's summit is the meeting of («القمة الأفريقية»: the African Union,
IGOAFR), by the summit's adjective (gazetteer/summit_actors.tsv). :meth:`.headedbodies.HeadedBodies._summit` gives
the summit that actor code; a region no organisation holds («القمة الآسيوية») keeps none."""

from __future__ import annotations

from functools import lru_cache

from ..text.normalize import norm_key
from .gazetteer import DATA_DIR


@lru_cache(maxsize=1)
def _actors() -> dict[str, str]:
    """summit_actors.tsv: each adjective's key → the actor code of its region's organisation."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "summit_actors.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms, code = line.split("\t")[:2]
        out.update((norm_key(f), code.strip()) for f in forms.split("|"))
    return out


def summit_actor(adjective_key: str) -> str | None:
    """The actor code of the organisation whose summit the adjective (a word's key) names, else None."""
    return _actors().get(adjective_key)
