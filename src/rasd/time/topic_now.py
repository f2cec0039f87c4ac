"""Round ti706: «اليوم» after a definite noun of an era that is the topic of a nominal sentence is «nowadays», no
calendar day: «إن العالم اليوم يواجه تحديات», «لأن العرب اليوم أمام مفترق طرق» (the noun of ``present_after``
with the article, after a word of ``present_topic_openers``). Not the day of a verb whose subject or object the noun
is («اجتمع وزراء الخارجية العرب اليوم», «وصل الشباب اليوم إلى الميدان»).
"""

from __future__ import annotations

from .context import Ctx


def topic_now(ctx: Ctx, i: int) -> bool:
    """Is the «اليوم» at unit i right after «ال» + a noun of ``present_after`` that follows a word of
    ``present_topic_openers`` («إن العالم اليوم», «فإن الشباب اليوم»)?"""
    if i < 2:
        return False
    noun = ctx.units[i - 1].key
    if not noun.startswith("ال") or not ctx.lex.has("present_after", noun[2:]):
        return False
    return ctx.is_("present_topic_openers", i - 2)
