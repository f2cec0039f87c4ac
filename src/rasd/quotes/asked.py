"""«تساءل» (asked) reports a question only as the asker's own words, after a colon or in quote marks («وتساءل:
«هل هذه الأموال تكفي؟»», «ويتساءل فلان: كيف سيبررون ذلك؟»), round 288; «وتساءل إن كان الاتفاق سيصمد» (whether)
and «تساءل عن سبب ...» (about) are no words of his."""

from __future__ import annotations

from .cues import Cue

_ASKING = "تساءل"


def asked_indirectly(cue: Cue, is_direct: bool) -> bool:
    """Is this a cue of asking whose content is no direct question?"""
    return cue.lemma == _ASKING and not is_direct
