"""Round rv818 (events.forms.stem_key): the one helper for «the key of a token's stem word», which replaced the
local copies (quotes.fact_subject, events.named_doers, member_targets, initiative_doers, criticised, sisters,
head_anaphors, demonstrated, quotes.where_group, spokesmen, phrases). Each option keeps the behaviour of a site:
first or last stem word, ``norm`` or ``form``, «ال» kept or off, the token's key or ``bare`` where no stem."""

from conftest import analyze_news, news_arg

from rasd.doc import Token, Word
from rasd.events.forms import nkey, stem_key


def _tok(text: str, *words: tuple[str, str, str]) -> Token:
    """A hand-made token of ``words`` (form, norm, kind), offsets from 0."""
    out, at = [], 0
    for form, norm, kind in words:
        out.append(Word(at, at + len(form), form, norm, kind))
        at += len(form)
    return Token(0, len(text), text, text, out)


def _keys(text: str) -> dict[str, str]:
    """Per token of a news sentence, its :func:`stem_key` without «ال»."""
    return {t.text: stem_key(t, article=False) for t in analyze_news(text).tokens}


def test_clitics_off_article_kept_or_off() -> None:
    tok = _tok("وبالقرار", ("و", "و", "proclitic"), ("ب", "ب", "proclitic"), ("القرار", "القرار", "stem"))
    assert stem_key(tok) == "القرار"
    assert stem_key(tok, article=False) == "قرار"


def test_key_folds_like_nkey() -> None:
    tok = _tok("بالمبادرة", ("ب", "ب", "proclitic"), ("المبادرة", "المبادرة", "stem"))
    assert stem_key(tok, article=False) == "مبادره" == nkey("مبادرة")


def test_counter_article_only_at_the_start() -> None:
    tok = _tok("مجال", ("مجال", "مجال", "stem"))
    assert stem_key(tok, article=False) == "مجال"


def test_first_or_last_stem_word() -> None:
    tok = _tok("لابد", ("لا", "لا", "stem"), ("بد", "بد", "stem"))
    assert stem_key(tok) == "لا"
    assert stem_key(tok, last=True) == "بد"


def test_single_stem_only_else_bare() -> None:
    two = _tok("لابد", ("لا", "لا", "stem"), ("بد", "بد", "stem"))
    assert stem_key(two, single=True, bare="") == ""
    assert stem_key(two, single=True) == "لابد"  # the token's own key
    one = _tok("المبادرة", ("المبادرة", "المبادرة", "stem"))
    assert stem_key(one, single=True, bare="", article=False) == "مبادره"


def test_form_or_norm() -> None:
    tok = _tok("للاجتماع", ("ل", "ل", "proclitic"), ("لاجتماع", "اجتماع", "stem"))
    tok.words[1].form = "الاجتماع"  # the «ا» of «ال» restored after «لل»
    assert stem_key(tok) == "اجتماع"
    assert stem_key(tok, form=True) == "الاجتماع"


def test_no_stem_token_key_or_bare() -> None:
    tok = _tok("،", ("،", "،", "punct"))
    assert stem_key(tok) == tok.norm_key == ","  # (the key folds «،»)
    assert stem_key(tok, bare="") == ""


def test_on_segmented_news_words() -> None:
    keys = _keys("وقال الوزير إن المسؤولين رحبوا بالقرار وبالمسؤولين للاجتماع.")
    assert keys["بالقرار"] == "قرار"
    assert keys["وبالمسؤولين"] == "مسوولين"
    assert keys["للاجتماع"] == "اجتماع"
    assert keys["وقال"] == "قال"


def test_site_initiative_doer_still_read() -> None:
    text = "ورحب الوزير بالمبادرة الدبلوماسية من السعودية بدعوة العراق والكويت إلى طاولة المفاوضات في الرياض."
    assert news_arg(text, "بدعوة") == "السعودية"
    assert news_arg("وعاد الوفد من السعودية بدعوة العراق والكويت إلى طاولة المفاوضات في الرياض.", "بدعوة") != \
        "السعودية"
