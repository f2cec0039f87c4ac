"""``Args``: what the argument finder (events.arguments) gives for one trigger — its source, targets and location
chunks and how they were read. events.sources re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .chunks import Chunk


@dataclass(slots=True)
class Args:
    """The arguments found for one trigger: the chunks of its source, targets and location, and how they were read."""

    source: Chunk | None = None
    targets: list[Chunk] | None = None
    location: Chunk | None = None
    passive: bool = False  # read as a passive with no actor named: no subject is carried from before
    described: bool = False  # the verb describes the noun before it, its unnamed subject: none is carried either
    venue: bool = False  # the location is a meeting's place said with «بـ» or in construct («اجتماع جنيف»)
    topical: str | None = None  # round mn984: no location, this place of the clause is what is spoken of (topic_venue)
    doer: bool = False  # the source is the subject of a light verb right before a noun act («قامت دبابة بقصف»), or
    # an unrecognised name past a time phrase (round 181: «أعلن قبل أيام فلان، مستشار»): kept where a repeat joins
    speaker: bool = False  # a 1st person singular verb («التقيتُ»): its subject is the quote's speaker, or none
    guessed: bool = False  # passive read from word order alone («وقصفت مواقع التنظيم»): the subject of the clause
    # before may still be meant (stage: carry.prior_subject)
