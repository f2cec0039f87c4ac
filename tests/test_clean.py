"""Cleaning raw text and HTML: what goes, what stays, and the map back to the raw input."""

from __future__ import annotations

import pytest

from rasd.text.clean import clean, looks_like_html, paragraphs


def check_map(raw: str, text: str, omap: list[int]) -> None:
    """Every clean character maps into raw; copied characters are the raw ones; order is kept."""
    assert len(omap) == len(text)
    assert omap == sorted(omap)
    for i, ch in enumerate(text):
        assert 0 <= omap[i] < len(raw)
        src = raw[omap[i]]
        assert ch == src or ch in " \n" or src == "&", (i, ch, src)


def cleaned(raw: str) -> str:
    text, omap = clean(raw)
    check_map(raw, text, omap)
    return text


def test_html_document() -> None:
    raw = (
        "<html><head><title>عنوان الخبر</title><meta charset='utf-8'>"
        "<style>p { color: red }</style><script>var s = '<p>لا</p>';</script></head>"
        "<body><p>الفقرة الأولى</p><!-- تعليق <p>مخفي</p> -->"
        "<p>الفقرة&nbsp;الثانية<br>سطر جديد</p><div>نص <b>عريض</b> و<a href='x'>رابط</a></div></body></html>"
    )
    assert looks_like_html(raw)
    assert cleaned(raw) == "عنوان الخبر\n\nالفقرة الأولى\n\nالفقرة الثانية\nسطر جديد\n\nنص عريض ورابط"


def test_tags_case_attributes_and_unclosed_blocks() -> None:
    assert cleaned('<P><A title="a>b" HREF="x">رابط</A> نص</P><BR/>') == "رابط نص"
    assert cleaned('<SCRIPT type="x">alert("<p>")</script ><p>نص</p>') == "نص"
    assert cleaned("<p>نص</p><script>var x = 1; // never closed") == "نص"
    assert cleaned("<p>قبل</p><!-- never closed <p>x</p>") == "قبل"
    assert cleaned("<p>نص</p><style>p{}</STYLE><p>بعد</p>") == "نص\n\nبعد"


def test_list_items_are_lines_and_source_newlines_are_spaces_in_html() -> None:
    raw = "<ul>\n<li>أولا</li>\n<li>ثانيا</li>\n</ul>\n<p>فقرة\nتكملتها</p>"
    assert cleaned(raw) == "أولا\nثانيا\n\nفقرة تكملتها"


def test_inline_tags_keep_plain_newlines() -> None:
    assert cleaned("نص <b>عريض</b>\nسطر ثان") == "نص عريض\nسطر ثان"


def test_entities() -> None:
    assert cleaned("x &lt;y&gt; &#1605;&#x645; &quot;ق&quot;") == 'x <y> مم "ق"'
    assert cleaned("<p>سعر 5 &lt; 6</p>") == "سعر 5 < 6"
    assert cleaned("نص&nbsp&nbsp;آخر") == "نص آخر"  # &nbsp without its semicolon, as scrapers leave it
    assert cleaned("a &unknownentity; b") == "a &unknownentity; b"  # unknown: kept as written
    assert cleaned("ن &unknownentity; ب") == "ن unknownentity; ب"  # but a lone & between Arabic words goes


def test_entity_map_points_at_the_entity() -> None:
    raw = "ب&#1605;ب"
    text, omap = clean(raw)
    assert text == "بمب" and omap == [0, 1, 8]


def test_stray_ampersands() -> None:
    # the seed's debris: & left where &nbsp; was stripped, at line starts, between words, alone on a line
    # a line holding only & was an &nbsp; paragraph: it stays a paragraph break
    assert cleaned("&زار الوزير\n&\nلندن:&قالت الوزارة،&مشيرا") == "زار الوزير\n\nلندن: قالت الوزارة، مشيرا"
    assert cleaned("شركة AT&T وشركة Johnson & Johnson و& هنا") == "شركة AT&T وشركة Johnson & Johnson و هنا"
    assert cleaned("<p>AT&amp;T و R&amp;D</p>") == "AT&T و R&D"


def test_zero_width_and_bidi_controls() -> None:
    raw = "كلمة\u200f \u200bأخرى\u202bنص\u202c\u2066عزل\u2069\ufeff\u061c\u00adو\u2060ص"
    assert cleaned(raw) == "كلمة أخرىنصعزلوص"


def test_odd_spaces_fold_to_one() -> None:
    raw = "أ\u00a0ب\u2009ج\tد\u202fهـ\u3000و  \u2003 ز\x0bح"
    assert cleaned(raw) == "أ ب ج د هـ و ز ح"


def test_line_endings_and_paragraphs() -> None:
    raw = "  سطر أول  \r\nسطر ثان\r\n\r\n\r\n\n  فقرة\rثالثة\u2028رابعة\n\n"
    text = cleaned(raw)
    assert text == "سطر أول\nسطر ثان\n\nفقرة\nثالثة\nرابعة"
    assert paragraphs(text) == [(0, 7), (8, 15), (17, 21), (22, 27), (28, 33)]


def test_control_characters_become_spaces() -> None:
    assert cleaned("أ\x00ب\x07ج\x7fد") == "أ ب ج د"


def test_map_after_removals() -> None:
    raw = "\ufeff<p>  زار\u200f&nbsp;الوزير </p>\r\n<p>بغداد</p>"
    text, omap = clean(raw)
    check_map(raw, text, omap)
    assert text == "زار الوزير\n\nبغداد"
    for word in ("زار", "الوزير", "بغداد"):
        i = text.index(word)
        assert raw[omap[i] : omap[i] + len(word)] == word


def test_seed_is_clean_and_mapped(seed_text: str) -> None:
    text, omap = clean(seed_text)
    check_map(seed_text, text, omap)
    assert "&" not in text
    assert text.startswith("زار منسق التحالف الدولي")
    assert "لندن: قالت وزارة الخارجية العراقية" in text
    assert "\n\n\n" not in text and "\nلندن:" in text
    assert not text.endswith(("\n", " "))


@pytest.mark.parametrize("raw", ["", " ", "\n\n", "&", "<p></p>", "\u200f"])
def test_empty_inputs(raw: str) -> None:
    assert clean(raw) == ("", [])


def test_plain_text_is_not_html() -> None:
    raw = "قال إن 5 < 6 وإن x <= y و<<نص>>"
    assert not looks_like_html(raw)
    assert cleaned(raw) == raw


def test_invariants_on_random_mixtures() -> None:
    """Whatever the mix of markup, entities, controls and spaces, the output keeps its promises."""
    import random

    pieces = ["زار", "الوزير", "AT", "T", "&", "&amp;", "&nbsp;", "&#1605;", "&bogus;", " ", "  ", "\t", "\u00a0",
              "\n", "\r\n", "\r", "\u200f", "\u200b", "\ufeff", "\u202b", "<br>", "<p>", "</p>", "<b>", "<!-- x -->",
              "<script>s</script>", "<", ">", "٣٫٥", "\x00", "\u2028"]  # fmt: skip
    rng = random.Random(7)
    for _ in range(400):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        text, omap = clean(raw)
        check_map(raw, text, omap)
        assert "\n\n\n" not in text and "  " not in text
        assert text == text.strip()
        assert not any(line != line.strip(" ") for line in text.split("\n"))
        assert not any(ch in text for ch in "\r\t\u00a0\u200f\u200b\ufeff\u202b\x00\u2028")
        assert clean(text)[0] == text or "&" in text or "<" in text  # cleaning clean text changes nothing
