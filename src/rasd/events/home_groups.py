"""Round en617: a bare common-noun group of a state or its people takes the country the article is about.

A group the ``groups`` stage read with no country of its own (no nisba, no place after it) whose head is one of
``home_group_heads`` — the regime, the government (round en815), the army, the police, the opposition, activists,
residents, protesters («النظام», «الحكومة», «الجيش», «الشرطة», «المعارضة», «ناشطون», «الأهالي», «السكان»,
«المتظاهرون») — is of the one country the article is about (:func:`.army.article_home`: named in three sentences at least and twice as often as any other):

- «وأفاد ناشطون بأن قوات النظام قصفت بلدة بسقلا» in an article on Syrian towns → «ناشطون» SYROPP;
- «وقال الأهالي إن القصف دمر منازلهم» → SYRCVL; its sector stays the lexicon's (GOV, MIL, COP, OPP, CVL).

Round en877: the list also holds the state's other domestic bodies and its men — security forces and officers,
security and military sources, unions, government and parliamentary committees, the authorities («وأكدت مصادر
أمنية» in an article on Egypt: EGYCOP; «النقابات الأمنية» in an article on Tunisia: TUNLAB); never an international
force («قوات التحالف»: not listed), and never where the paragraph names another country (the rule below).

Never where the mention's paragraph names another country too — a place, body or person of another country, or a
country adjective or people's word of another («قوات النظام السوري وحزب الله اللبناني»: the nisba decides, and the
bare one of that paragraph stays open) — nor where the article has a group of that head with another country
(«الجيش اللبناني» … «الجيش»: :func:`.groups.make_groups` joins a near bare mention to it, or leaves it open). The
press that reports the news («رويترز») names no country here. Called by :func:`.groups.make_groups` on its groups
keyed by head and country, after the bare mentions joined their placed group.
"""

from __future__ import annotations

from ..doc import Doc, Span
from .army import article_home  # (the country the article is about: one helper, not a copy)
from .forms import fw_keys, nkey
from .group_lexicon import country_word, word_key
from .group_phrases import Found


def _paragraph(doc: Doc, at: int) -> Span | None:
    """The paragraph (else the sentence) that holds offset ``at``."""
    return next((p for p in (doc.paragraphs or doc.sentences) if p.start <= at < p.end), None)


def _others(doc: Doc, par: Span, home: str) -> bool:
    """Whether the paragraph names a country other than ``home``: an entity of another country (the press aside:
    «رويترز»), or a word outside the entities' names that says one («اللبناني», «الإيرانيين», «أكراد»; not the
    «الفرنسية» of «وكالة الصحافة الفرنسية»)."""
    inside = [m for e in doc.entities for m in e.mentions if par.start <= m.start < par.end]
    for e in doc.entities:
        if e.country and e.country != home and not (e.actor or "").endswith("MED") \
                and any(par.start <= m.start < par.end for m in e.mentions):
            return True
    return any(par.start <= t.start < par.end and not any(m.start <= t.start < m.end for m in inside)
               and country_word(word_key(t)) not in (None, home) for t in doc.tokens)  # («وكالة الصحافة الفرنسية»)


def others_near(doc: Doc, at: int, home: str) -> bool:
    """Whether the paragraph holding offset ``at`` names a country other than ``home`` (:func:`_others`; round
    ev995: an unnamed court's sentence in a paragraph on an invasion by another state is of no clear country)."""
    par = _paragraph(doc, at)
    return par is not None and _others(doc, par, home)


def home_groups(doc: Doc, keyed: dict[tuple[str, str | None], list[Found]]) -> None:
    """Move each bare group of a listed head to the article's country, where its paragraph names no other (in
    place: the Found's country and its key)."""
    heads = fw_keys("home_group_heads")
    bare = [form for (form, country) in keyed if country is None and nkey(form) in heads]
    if not bare:
        return
    home = article_home(doc)
    if home is None:
        return
    for form in bare:
        if any(h == form and c not in (None, home) for (h, c) in keyed):
            continue  # «الجيش اللبناني» in the article: the bare «الجيش» may be that one
        fs = keyed[(form, None)]
        moved = [f for f in fs if (par := _paragraph(doc, f.span.start)) is not None and not _others(doc, par, home)]
        if not moved:
            continue
        for f in moved:
            f.country = home
        keyed.setdefault((form, home), []).extend(moved)
        keyed[(form, None)] = [f for f in fs if f not in moved]
        if not keyed[(form, None)]:
            del keyed[(form, None)]
