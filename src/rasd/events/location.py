"""Where an event took place (``event_location``): a place after «في» (or a word of place) nearest to the trigger
in its clause, else the meeting's venue said with «بـ», else for a visit the place visited. Split from
events.arguments, which finds the source and targets first."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, breaks_between
from .forms import PLACES, fw, nkey
from .lexicon import VERBAL_CODES, Hit
from .readings import in_place_word
from .where import (PARTNER_PREPS, after_compass, attacked_place, elsewhere_place, other_act_place, placed_further,
                    said_content_place, visited_place, while_clause_only)
from .where_links import also_clause, guest_visit_place, happened_relative_place
from .where_more import bare_compass, capital_towards, land_chunk, said_from_place, taken_place
from .where_other import eve_place, far_noun_target, phone_call, relative_before, where_clause_after
from .where_other_verb import other_verb_place
from .where_near import (attacked_object_place, broadcast_place, open_compass, purpose_far, sequel_clause_place,
                         taken_past_aside)
from .where_listed import also_clause_place, listed_item_place, protested_act_place
from .where_topics import fronted_topic_place, resident_place, sea_topic, topic_place
from .where_posts import post_place
from .where_members import member_place
from .where_conjunct import attack_genitive, circumstance_place, conjunct_after, earlier_conjunct_place
from .where_own import conjunct_before, hedge_aside, inside_place, occasion_clitic, region_genitive
from .where_purpose import edge_place, purpose_object_place, visited_aim_place, where_clause_before
from .where_relative import relative_on_place
from .where_witness import witness_place, witness_relative_place
from .where_light import light_verb_place
from .where_held import held_place
from .where_series import series_country
from .driven_from import driven_from_place
from .where_facility import facility_towns
from .where_finer import finer_place
from .where_chain import chained_place
from .where_spread import spread_head_chunk, spread_place, swept_place
from .report_venue import report_venue
from .where_nearby import light_clause_place, nearby_place


def placed(doc: Doc, chunks: list[Chunk], k: int, clitic: bool = True) -> bool:
    """Whether the place chunk ``k`` is said where something is by a word of place before it («في محافظة دير
    الزور», «في العاصمة القطرية الدوحة»; with ``clitic`` «بمدينة القطيف»)."""
    return in_place_word(doc, chunks, k) or placed_further(doc, chunks, k, clitic) \
        or (clitic and _clitic_capital(doc, chunks[k]))


def _clitic_capital(doc: Doc, c: Chunk) -> bool:
    """Round lo418: the place phrase ``c`` opens with the capital's noun and a glued «بـ» («اجتماع بالعاصمة
    الماليزية»): «in the capital», as «بمدينة القطيف»."""
    key = doc.tokens[c.i].norm_key
    return c.entity is not None and key.startswith("ب") and key in fw("capital_nouns")


def _comma(doc: Doc, lo: int, hi: int) -> bool:
    return any(doc.tokens[t].text in ("،", ",") for t in range(lo, hi))


def _topic(doc: Doc, chunks: list[Chunk], hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` is the matter of the saying or talks ``hit``: in what is said, the matter talked
    about, a sea named, or inside a fronted topic phrase («وبشأن الوضع في اليمن، أكد»)."""
    return said_content_place(doc, chunks, hit, c) or topic_place(doc, hit, c) or sea_topic(doc, hit, c) \
        or fronted_topic_place(doc, hit, c)


def _title_country(doc: Doc, c: Chunk) -> bool:
    """Round 245: the place phrase ``c`` is the genitive of a title right before it («برئيس النيجر», «رئيس وزراء
    فرنسا»): the country of the person met, not the place of the meeting."""
    if c.title:
        return True
    if c.i == 0:
        return False
    key = doc.tokens[c.i - 1].norm_key.removeprefix("و")
    # (a title in construct has no article: «زار الوزير فرنسا» is the visitor's title and the place visited)
    return any(k in fw("titles") and not k.startswith("ال") for k in (key, key[1:] if key[:1] in ("ب", "ل") else ""))


def event_location(doc: Doc, chunks: list[Chunk], hit: Hit, targets: list[Chunk] | None,
                   venue: Chunk | None) -> tuple[Chunk | None, bool, str | None]:
    """(the location, whether it is a meeting's venue, the place left as what is spoken of) of the trigger ``hit``
    whose targets are ``targets``; ``venue``: the place a meeting noun named with «بـ» right after it («لقائه اليوم
    بالرياض»), if any. The third (an entity id) is given only with no location: a place its clause names was the
    matter of a saying or talks (:func:`_topic`), so :mod:`.topic_venue` may give it the venue told elsewhere (round
    mn989: or keep that place, the host country the speaker is visiting)."""
    chunks, targets = facility_towns(doc, chunks, targets)  # round en631: «في مطار بغداد» is in Baghdad
    if (driven := driven_from_place(doc, chunks, hit)) is not None:
        return driven[0], False, None  # round ev546: «طرد الميليشيات من عدن»: the place driven out of
    said_from = said_from_place(doc, chunks, hit)
    if said_from is not None:
        return said_from, False, None  # «وانتقد إردوغان من جاكرتا»: where it was said from
    if (broadcast := broadcast_place(doc, chunks, hit)) is not None:
        return broadcast, False, None  # «في تصريحات بثها التلفزيون من ماليزيا»
    if phone_call(doc, hit):
        return None, False, None  # round 129: «ناقشا خلال الاتصال الهاتفي تطورات الأزمة في اليمن»: between two places
    best: tuple[int, Chunk] | None = None
    shadowed: Chunk | None = None
    topical: str | None = None
    for k, c in enumerate(chunks):
        if c.etype not in PLACES:
            land = land_chunk(doc, hit, c) or spread_head_chunk(doc, c)  # «داخل الأراضي السورية»: the country
            # named by its adjective; round ev1011: «في معظم أنحاء الضفة»: the «الضفة الغربية» named before
            if land is None and c.j < hit.i and (towards := capital_towards(doc, c)) is not None:
                land = towards if where_clause_before(doc, hit, towards) else None  # «إلى العاصمة الإيرانية، إذ»
            if land is None:
                continue
            c = land
        # «ناشدت ... العاملين في القطاع الصحي بمحافظة عدن»: after a verbal act, a «بـ» place word is the object's
        near = placed(doc, chunks, k, clitic=c.i < hit.i or hit.entry.code[:2] not in VERBAL_CODES) \
            or inside_place(hit, c) or occasion_clitic(doc, chunks, k) or region_genitive(doc, chunks, k) \
            or attack_genitive(doc, hit, c) or edge_place(doc, hit, c) or chained_place(doc, hit, c) \
            or spread_place(doc, c) or nearby_place(doc, chunks, k)  # round ev1011: «في معظم أنحاء سوريا», «في
        # عدة مدن سورية»; round ev1010: «بالقرب من مدينة الرمادي», «على بعد كيلومترين من X»
        # (round lo921: «في الريف الغربي لمدينة الرقة», «بداخل مدينة بنغازي», a fight «في كل من منطقة تورا بورا»)
        where_back = where_clause_before(doc, hit, c) or relative_on_place(doc, hit, c)  # round 173: «في العاصمة
        # الإيرانية، إذ أجرى محادثات»; round lo499: «داريا التي لم تستطع قوات النظام السيطرة عليها»
        near = near or where_back
        compass = not (c.prep == "في" or near) and (
            after_compass(doc, chunks, k) or bare_compass(doc, hit, c) or open_compass(doc, hit, c))
        if (c.prep == "في" or near or compass) and _topic(doc, chunks, hit, c):
            topical = topical or c.entity or ""  # round mn984: what is spoken of; the venue may be told elsewhere
            continue
        if (c.prep == "في" or near or compass) \
                and not other_act_place(doc, hit, c) \
                and not elsewhere_place(doc, hit, c) and not resident_place(doc, c) \
                and not purpose_far(doc, hit, c) and not relative_before(doc, hit, c) and not eve_place(doc, hit, c) \
                and not where_clause_after(doc, hit, c) and not listed_item_place(doc, hit, c) \
                and not also_clause_place(doc, hit, c) and not protested_act_place(doc, hit, c) \
                and not conjunct_before(doc, chunks, hit, c) and not conjunct_after(doc, hit, c) \
                and not circumstance_place(doc, hit, c) and not purpose_object_place(doc, hit, c) \
                and not other_verb_place(doc, hit, c) and not post_place(doc, chunks, hit, k) \
                and not member_place(doc, chunks, hit, k) and not report_venue(doc, hit, c) \
                and not visited_aim_place(doc, hit, targets, c):
            lo, hi = (hit.j + 1, c.i) if c.i > hit.j else (c.j + 1, hit.i)
            if compass and _comma(doc, lo, hi) and not (c.j < hit.i and chunks[0].prep == "في"
                                                        and not _comma(doc, chunks[0].i, c.j)) \
                    and not light_verb_place(doc, hit, c):  # round lo408: «تعرضت في شرق بعلبك، لإطلاق صواريخ»
                continue  # «... في شمال سوريا، خلال لقاء مع نظيره»: a region said in another clause (not one
                # fronted: «وفي مديرية شمير في شمال غربي تعز، تمكنت المقاومة»)
            if c.j < hit.i and hit.entry.code[:2] not in VERBAL_CODES and also_clause(doc, lo, hi):
                continue  # «بحث الوزيران الوضع في اليمن، كما تناول اللقاء ...»: a place of the clause before (not
                # a saying: «حيث اتفق المشاركون، كما أعلن الرئيس» is «as he said» there)
            if breaks_between(doc, lo, hi, relatives=False) and not (c.i > hit.j and while_clause_only(doc, lo, hi)) \
                    and not where_back and not (c.i > hit.j and hedge_aside(doc, lo, hi)):
                # «… في منهاتن … إن الضحايا تعرضوا للقتل»: a place of another clause (a relative clause on the
                # trigger, «الهجمات التي ضربت … في منهاتن», still tells where)
                continue
            d = abs(c.i - hit.i)
            if earlier_conjunct_place(doc, hit, c):
                shadowed = shadowed or c  # round 271: «الأوضاع في سوريا ونتائج الاجتماع ... في الدوحة»
                continue
            if best is None or d < best[0]:
                best = (d, c)
    if best is None and shadowed is not None:
        best = (abs(shadowed.i - hit.i), shadowed)
    place, is_venue = _fallback(doc, chunks, hit, targets, venue, best[1] if best is not None else None)
    return place, is_venue, topical if place is None else None


def _fallback(doc: Doc, chunks: list[Chunk], hit: Hit, targets: list[Chunk] | None, venue: Chunk | None,
              best: Chunk | None) -> tuple[Chunk | None, bool]:
    """(the location, whether it is a meeting's venue) of ``hit``: the place visited, witnessed, taken, ``best`` (the
    nearest place of its clause), else a place told further on (:func:`event_location`)."""
    visited = visited_place(doc, chunks, hit)
    if visited is not None:
        return visited, False  # «خلال زيارته لقطر ... في سوريا»: a visit is where it goes
    if (witnessed := witness_relative_place(doc, chunks, hit)) is not None:
        return witnessed, False  # round 173: «الهجمات الإرهابية التي شهدتها مدينة سروج»
    if (swept := swept_place(doc, chunks, hit)) is not None:
        return swept, False  # round ev1011: «المظاهرات الكثيرة التي اجتاحت إسرائيل»
    if best is not None and targets and best.i > targets[0].j and taken_place(doc, targets[0], hit):
        return targets[0], False  # round 158: «سيطرة داعش على درنة ... وتمدده إلى سرت»: the place taken itself
    if best is not None:
        return finer_place(doc, chunks, best), False  # round ev809: «قرب مارع في شمال سوريا»: Mare'
    if (witness := witness_place(doc, chunks, hit)) is not None:
        return witness, False  # «شهدت محافظة تعز أمس مواجهات عنيفة»
    if (told := happened_relative_place(doc, chunks, hit)) is not None:
        return told, False  # «المحادثات مع الحكومة، التي جرت أمس في الرياض»
    if (held := held_place(doc, chunks, hit)) is not None:
        return held, False  # round lo408: «الاجتماع الوزاري الخامس ...، الذي سيعقد في نيويورك», «المنعقد بالدوحة»
    if (visited_by := guest_visit_place(doc, chunks, hit)) is not None:
        return visited_by, False  # «خلال استقباله الوزير الذي يزور العاصمة أبوظبي»
    if venue is not None:
        return venue, True
    if targets and targets[0].etype in PLACES and hit.entry.code.startswith("04") \
            and targets[0].prep not in PARTNER_PREPS and not far_noun_target(doc, hit, targets[0]) \
            and not circumstance_place(doc, hit, targets[0]) and not _title_country(doc, targets[0]):
        return targets[0], False  # a visit's place visited (not a partner: «مشاورات مع الأردن», «بين تركيا وواشنطن»;
        # round 245: nor the country of a title, «التقينا برئيس النيجر في القمة»: the man met, not the place)
    if attacked_place(doc, targets[0] if targets else None, hit) or taken_place(doc, targets[0] if targets else None, hit):
        return targets[0] if targets else None, False
    if (attacked := attacked_object_place(doc, chunks, hit)) is not None:
        return attacked, False  # «التي هاجمت قرية دوما»
    if (taken := taken_past_aside(doc, chunks, hit)) is not None:
        return taken, False  # «سيطرة القوات ...، بالتنسيق مع قوات التحالف، على قاعدة العند»
    if (country := series_country(doc, chunks, hit)) is not None:
        return country, False  # round lo473: «سلسلة الهجمات ...، من بينها هجومان ... في أنقرة ... في اسطنبول»
    if (carried_out := light_clause_place(doc, chunks, hit)) is not None:
        return carried_out, False  # round ev1010: «سبع ضربات نفذت قرب الحسكة واستهدفت»
    return sequel_clause_place(doc, chunks, hit), False  # «في غارات ...، واستهدفت تجمعات ... في حضرموت»
