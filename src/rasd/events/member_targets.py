"""The members of a named group as a target: the group.

«قتل 6 من عناصر جماعة «أنصار بيت المقدس»», «لتستهدف مقاتلي حزب العمال الكردستاني», «خطف خمسة عناصر من «جبهة
النصرة»»: an event with no target whose target phrase (the one the argument rules read, left unnamed) opens with a
noun of a group's men (function words ``member_target_nouns``: «عناصر», «مقاتلي», «مسلحين», «أعضاء»), after at most
a count and «من» («6 من»), is aimed at the organisation named right after that noun: in its genitive or after «من»,
past quotation marks, a slash and one generic head of a group («جماعة», «تنظيم»: function words
``violent_group_nouns``) that the name leaves out; or a count «من» that head right before the name («6 من جماعة
«أنصار بيت المقدس»»: round 106).

Round 132: the envoys of a group («التقى ممثلين عن حركة حماس», «ممثلي الحركة»: function words
``envoy_target_nouns``) are the group too, named in their genitive or after «من/عن».

Round 147: a count «من» the group's name itself, with no member noun («قتلت فيه خمسة من طالبان», «عدد من
«حزب الله»»), and a group's activists («ناشطين من حزب العمال الكردستاني»: ``member_target_nouns``).

Round 261: «بعد استهدافها لعناصر التنظيم، واستطاعتها قتل العشرات منهم»: a target phrase that is only a count
(function words ``partitive_counts``: «العشرات», «عدد», «بعض», a number) right before «منهم/منهن»
(``partitive_pronouns``) is of the men the pronoun points back to: the nearest member noun before it in the
sentence, whose group (as above) is the target, past named places; nothing where another named entity or a definite plural of persons
(«المدنيين», «المواطنون») stands nearer, or where that noun names no organisation.

Nothing where the name is not an organisation («مقاتلين من حلب»: a town; «عناصر الأمن»: no name), where a word of
another kind stands between (an adjective: «مقاتلين أكراد»; a pronoun: «عناصر من مسلحيه»), or where the group is
the event's own source.

Round ev593: soldiers, officers, leaders and rebels are a body's men too («قتل خمسة جنود من الكتيبة 21», «طرد
متمردي جماعة الحوثي»), and the men «من فصائل ... بينها/ومنها» a named group are that group («اشتباكات بين «جبهة
النصرة» ومقاتلين من فصائل مقاتلة بينها «الفرقة 30»»: :func:`_among_named`).

Round mn971: one of a body's commanders or officers («مقتل قائد بارز في الحرس الثوري الإيراني», «ضابطا كبيرا من
الجيش»: ``ranked_member_nouns``, then at most ``RANK_WORDS`` words of ``ranked_member_adjectives``, then «في/من») is
that body, named right after the preposition (:func:`_ranked_member`).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import fw, fw_keys, nkey, stem_key
from .source_set import name_party

GROUP = "ORGANIZATION"
PLACE = "LOCATION"  # round 261: a place named between the men and «منهم» is passed («في مدينة الرقة»)
LEAD = 3  # tokens of a count and «من» before the member noun («عدد من», «6 من»)
MARKS = ("«", '"', "“", "(", "/")
FROM = "من"
ABOUT = "عن"  # «ممثلين عن X»
PERSON_PLURALS = ("ين", "ون")
RANK_WORDS = 2  # round mn971: adjectives of rank after a commander («قائد بارز», «ضابط رفيع المستوى»)
IN = "في"
AMONG_GAP = 3  # round ev593: words between «فصائل» and «بينها» («مقاتلة», «المعارضة»، «،»)  # round 261: the endings of a definite plural of persons («المدنيين»)


def _counted(doc: Doc, k: int) -> bool:
    """A token of a count before the member noun: a number, a quantity word or «من»."""
    text = doc.tokens[k].text
    key = nkey(text)
    return any(ch.isdigit() for ch in text) or key == FROM or key in fw("quantity_heads") or any(
        n.start <= doc.tokens[k].start < n.end for n in doc.numbers)


def _member_noun(doc: Doc, first: int, last: int) -> int | None:
    """The member noun of the phrase of tokens ``first``..``last``: its first word past a count."""
    for k in range(first, min(last, first + LEAD) + 1):
        key = stem_key(doc.tokens[k], last=True, form=True)  # «ومسلحي» → «مسلحي»
        if (key in fw("member_target_nouns") or key in fw("envoy_target_nouns")) and \
                not any(w.kind == "enclitic" for w in doc.tokens[k].words):
            return k
        if k - 1 > first and doc.tokens[k - 1].norm_key == FROM and doc.tokens[k].norm_key in fw(
                "violent_group_nouns"):
            return k - 1  # round 106: «قتل 6 من جماعة «أنصار بيت المقدس»»: a count of the group's own, no member noun
        if k - 1 > first and doc.tokens[k - 1].norm_key == FROM and _numbered(doc, first, k - 1):
            return k - 1  # round 147: «قتلت فيه خمسة من طالبان»: a count «من» the name itself (checked: a group)
        if not _counted(doc, k):
            return None
    return None


def _numbered(doc: Doc, first: int, end: int) -> bool:
    """Whether tokens ``first``..``end`` - 1 are a count: a number, or a quantity word («عدد», «عشرات»)."""
    return all(any(ch.isdigit() for ch in doc.tokens[t].text) or doc.tokens[t].norm_key in fw("quantity_heads")
               or any(n.start <= doc.tokens[t].start < n.end for n in doc.numbers) for t in range(first, end))


def named_at(doc: Doc, k: int) -> Entity | None:
    """The entity of a mention that starts at token ``k``."""
    tok = doc.tokens[k]
    for m in doc.mentions:
        if m.start == tok.start and m.entity is not None:
            return doc.entity(m.entity)
    return None


def body_reached(doc: Doc, j: int, end: int) -> Entity | None:
    """The first entity named from token ``j`` on, before ``end``, past quotation marks and one generic head of a
    group («تنظيم», «جماعة»: ``violent_group_nouns``); None where another word comes first."""
    heads = 0
    while j < end:
        ent = named_at(doc, j)
        if ent is not None:
            return ent
        text = doc.tokens[j].text
        if text in MARKS:
            j += 1
            continue
        if heads == 0 and nkey(text) in fw("violent_group_nouns"):
            heads += 1
            j += 1
            continue
        return None
    return None


def _group_after(doc: Doc, k: int, end: int) -> Entity | None:
    """The organisation named right after the member noun at token ``k``: in its genitive or after «من», past
    quotation marks, a slash and one generic head of a group."""
    j = k + 1
    if j < end and (doc.tokens[j].norm_key == FROM or doc.tokens[j].norm_key == ABOUT and
                    stem_key(doc.tokens[k], last=True, form=True) in fw("envoy_target_nouns")):
        j += 1
    ent = body_reached(doc, j, end) or _among_named(doc, j, end)
    return ent if ent is not None and ent.type == GROUP else None


def _among_named(doc: Doc, j: int, end: int) -> Entity | None:
    """Round ev593: «مقاتلين من فصائل مقاتلة بينها «الفرقة 30»», «عناصر من فصائل المعارضة، ومنها «حركة حزم»»: a
    generic head of groups at token ``j`` (``violent_group_nouns``), at most ``AMONG_GAP`` unnamed words and a word
    of ``partitive_asides`` («بينها», «ومنها») after it: the group named right after that word; else None."""
    if j >= end or nkey(doc.tokens[j].text) not in fw("violent_group_nouns"):
        return None
    for k in range(j + 1, min(end, j + 2 + AMONG_GAP)):
        if nkey(doc.tokens[k].text).removeprefix("و") in fw_keys("partitive_asides"):
            return body_reached(doc, k + 1, end)
        if named_at(doc, k) is not None:
            return None
    return None


def _count_phrase(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` are a count («العشرات», «عدد», «200») and «منهم» follows them."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].norm_key not in fw_keys("partitive_pronouns"):
        return False
    return all(any(ch.isdigit() for ch in doc.tokens[t].text) or doc.tokens[t].norm_key in fw_keys(
        "partitive_counts") for t in range(first, last + 1))


def _partitive_group(doc: Doc, first: int, sent_first: int, end: int) -> Entity | None:
    """Round 261: the group of the nearest member noun back from token ``first`` in the sentence (module
    docstring); None where a named entity or a definite plural of persons comes first."""
    for k in range(first - 1, sent_first - 1, -1):
        key = stem_key(doc.tokens[k], last=True, form=True)
        if key in fw("member_target_nouns") and not any(w.kind == "enclitic" for w in doc.tokens[k].words):
            return _group_after(doc, k, end)
        named = named_at(doc, k)
        if named is not None and named.type != PLACE:
            return _member_before(doc, k, sent_first, end)
        if key.startswith("ال") and key.endswith(PERSON_PLURALS):
            return None
    return None


def _member_before(doc: Doc, k: int, sent_first: int, end: int) -> Entity | None:
    """The group named at token ``k`` where a member noun stands right before it, past «من», quotation marks and one
    generic head of a group («لعناصر التنظيم», «مقاتلي «جبهة النصرة»»), else None."""
    for m in range(k - 1, max(sent_first, k - LEAD) - 1, -1):
        if stem_key(doc.tokens[m], last=True, form=True) in fw("member_target_nouns") and not any(
                w.kind == "enclitic" for w in doc.tokens[m].words):
            group = _group_after(doc, m, end)
            named = named_at(doc, k)
            return group if group is not None and named is not None and group.id == named.id else None
    return None


def _ranked_member(doc: Doc, first: int, end: int) -> Entity | None:
    """Round mn971: the organisation named after «في/من» past a commander noun at token ``first`` and at most
    ``RANK_WORDS`` adjectives of rank («قائد بارز في الحرس الثوري»); None where another word stands between."""
    if stem_key(doc.tokens[first], last=True, form=True) not in fw("ranked_member_nouns") \
            or any(w.kind == "enclitic" for w in doc.tokens[first].words):
        return None
    j = first + 1
    while j < end and j - first <= RANK_WORDS and doc.tokens[j].norm_key in fw("ranked_member_adjectives"):
        j += 1
    if j >= end or doc.tokens[j].norm_key not in (IN, FROM):
        return None
    ent = body_reached(doc, j + 1, end)
    return ent if ent is not None and ent.type == GROUP else None


def member_targets(doc: Doc, events: list[Event]) -> None:
    """Give an event whose target phrase is a named group's men that group (module docstring)."""
    for ev in events:
        span = ev.attrs.get("target_span")
        if ev.target is not None or not isinstance(span, list) or len(span) != 2:
            continue
        first = doc.token_at(int(span[0]))
        last = doc.token_at(int(span[1]) - 1)
        if first is None or last is None:
            continue
        k = _member_noun(doc, first, last)
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        group = _group_after(doc, k, end) if k is not None else _ranked_member(doc, first, end)
        sent_first = doc.token_at(ev.sentence.start)
        if k is None and sent_first is not None and _count_phrase(doc, first, last):
            group = _partitive_group(doc, first, sent_first, end)
        if group is None or group.id == ev.source:
            continue
        name_party(ev, "target", group.id)
        ev.attrs["target_members"] = True
