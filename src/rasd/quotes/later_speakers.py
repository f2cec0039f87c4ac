"""The last passes of the ``quotes`` stage that look back over the quotes found (round qu478 gathered them here, so
that ``quotes/__init__.py`` calls them with one line): a speaker named again («وأضاف المحامي»: he again;
``named_again``), an unnamed source named in the next sentence («يقول متحدث باسم X: «...». يتابع فلان:»:
``named_later``), and the answers of a printed interview («* سؤال؟ / - جواب»: each the interviewee's own words;
``interview``), in that order."""

from __future__ import annotations

from ..doc import Doc
from .interview import add_interview_quotes
from .named_again import named_again_speakers
from .named_later import named_later
from .titled_spans import titled_spans


def later_speakers(doc: Doc) -> None:
    """Run the look-back passes over ``doc.quotes`` in order: «وأضاف المحامي»: he again (q274), «وأكدت المصادر»:
    those told of (qu420); «يقول متحدث باسم X: «...». يتابع فلان:»: the spokesman was he (q374); «* سؤال؟ / - جواب»:
    each answer the interviewee's own words (qu466); «وقال وزير مالية سريلانكا»: an official named by his title
    only keeps those words as his phrase (en530)."""
    named_again_speakers(doc, doc.quotes)
    named_later(doc, doc.quotes)
    add_interview_quotes(doc)
    titled_spans(doc, doc.quotes)
