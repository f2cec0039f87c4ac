"""Round ev980: an armed side named by description, no organisation («متمردين موالين لروسيا», «الانفصاليين
المدعومين من روسيا», «المسلحين الأكراد» in Turkey) is a group of rebels (``REB``) of the country where it fights,
never of its backer.

- A group of a rebel head (``_LABELS``: rebels, separatists, gunmen, fighters) with no country whose phrase
  goes on with a backer's participle (``armed_side_backers``: «موالين», «المدعومين») and «لـ/من» + a country
  («لروسيا») takes the one other country its sentence's places name, else the article's country
  (:func:`.army.article_home`) where that is not the backer: UKRREB; none where both are the backer.
- A people of no country («المسلحين الأكراد», «مسلحون أكراد»: KUR) is of the one country its sentence's places
  name, else the article's where the sentence names none or names it among others (round en997): TURREB, as the
  PKK of the lexicon is; where neither names one, its people's rebels (round ev987: KURREB).
- Such a description is a group of the article even where no event has it as a party (:func:`armed_sides`), and a
  bare rebel head told after it with no word of its own («المقاتلين», «المتمردين», «الانفصاليين»: no country, one
  word) is that side, the nearest told before it (:func:`join_side`).
Called by :func:`.groups.make_groups`."""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Span
from .army import article_home
from .civilian_country import sentence_places
from .forms import fw_keys
from .group_lexicon import is_people_code
from .group_phrases import Found, read_phrase

REBELS = "REB"
_AFTER = 4  # tokens after a rebel head within which the backer's participle stands
_LABELS = frozenset(("rebels", "separatists", "gunmen", "fighters"))  # the lexicon's rebel heads


def _rebel(f: Found) -> bool:
    return f.head.label in _LABELS


def _backer(doc: Doc, f: Found) -> tuple[str, int] | None:
    """The backer's country after a backer's participle right after the group's head, and where its name ends."""
    k = doc.token_at(f.span.start)
    if k is None:
        return None
    toks = doc.tokens[k : k + _AFTER]
    for n, tok in enumerate(toks[:-1]):
        if tok.norm_key not in fw_keys("armed_side_backers"):
            continue
        nxt = toks[n + 1]
        at = nxt.start + 1 if nxt.text.startswith("ل") else doc.tokens[k + n + 2].start \
            if nxt.norm_key == "من" and k + n + 2 < len(doc.tokens) else -1
        for e in doc.entities:
            if e.type == "LOCATION" and e.country and any(m.start == at for m in e.mentions):
                return e.country, max(m.end for m in e.mentions if m.start == at)
        return None
    return None


def _fought_in(doc: Doc, at: int, backer: str | None) -> str | None:
    """The one country the sentence's places name other than the backer, else the article's (not the backer's)."""
    places = sentence_places(doc, at) - {backer}
    if len(places) == 1:
        return places.pop()
    home = article_home(doc)
    # round en997: a sentence naming the article's country among others («قصفت الطائرات مواقع في العراق وقتلت
    # مقاتلين أكرادا، بحسب أنقرة» in an article about Turkey) places its side there too, as the next sentence would
    return home if (not places or home in places) and home is not None and home != backer else None


def side_country(doc: Doc, got: Found) -> Found:
    """Give a rebel group backed by a country or of a people of no country the country where it fights (module
    docstring); ``got`` itself, changed or not."""
    if not _rebel(got):
        return got
    backed = _backer(doc, got)  # («موالين لروسيا»: the phrase's own reading gives the backer's country, RUS)
    if backed is None and not is_people_code(got.country) or backed is not None and got.country not in (None, backed[0]):
        return got
    country = _fought_in(doc, got.span.start, backed[0] if backed else None)
    if country is None and backed is None:  # round ev987: placed nowhere, still rebels of their people: KURREB
        got.head = replace(got.head, sector=REBELS)
    if country is not None:
        if is_people_code(got.country):
            got.people = got.country  # round mn989: «مسلحون أكراد» in Turkey stay "Kurdish gunmen" (groups' latin)
        got.country, got.head = country, replace(got.head, sector=REBELS)
        if backed is not None:
            got.span = Span(got.span.start, backed[1])
        got.side = True
    return got


def armed_sides(doc: Doc, found: list[Found]) -> list[Found]:
    """The backed rebel descriptions of the article no event reads (module docstring), as groups with no role."""
    out: list[Found] = []
    backers = [k for k, tok in enumerate(doc.tokens) if tok.norm_key in fw_keys("armed_side_backers")]
    for k, tok in enumerate(doc.tokens):
        if not any(k <= b < k + 2 * _AFTER for b in backers):
            continue  # (no backer's participle within reach of a phrase read from here: ``_backer`` finds none)
        if any(f.span.start <= tok.start < f.span.end for f in found + out):
            continue
        end = doc.tokens[min(k + _AFTER, len(doc.tokens) - 1)].end
        got = read_phrase(doc, Span(tok.start, end))
        if got is None or not _rebel(got) or _backer(doc, got) is None:
            continue
        got = side_country(doc, got)
        if got.side:
            out.append(got)
    return out


def join_side(f: Found, sides: list[Found]) -> None:
    """A bare rebel head of one word, no country («المقاتلين»), told after an armed side is that side."""
    if f.country is not None or f.side or not _rebel(f) or len(f.name.split()) != 1:
        return
    before = [s for s in sides if s.span.start < f.span.start]
    if before:
        side = max(before, key=lambda s: s.span.start)
        f.head, f.country = side.head, side.country
