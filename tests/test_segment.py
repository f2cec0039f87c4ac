"""Tokens, clitic words and sentences (rasd.text.segment) and the UD Arabic-PUD evaluation (rasd.eval.segment)."""

from __future__ import annotations


import pytest
from click.testing import CliRunner

from conftest import shared_path
from rasd import Doc, Pipeline
from rasd.text.clitics import strip_article
from rasd.text.segment import tokenize
from rasd.text.sentences import sentence_spans


def _split(word: str, context: str = "") -> list[tuple[str, str]]:
    """(surface slice, form) of each word of ``word``, tokenised inside ``context`` (for document evidence)."""
    text = f"{context} {word}" if context else word
    tok = tokenize(text)[-1]
    assert tok.text == word
    return [(text[w.start : w.end], w.form) for w in tok.words]


# -- tokens ----------------------------------------------------------------------------------------------------
def test_tokens_keep_marks_numbers_and_split_punctuation() -> None:
    text = "قال «مؤكداً» إن 3.5 و1,000 و١٥٠ في 2014-10-09 (سبتمبر)، هل؟ نعم: لا - Reuters G20 ـ"
    toks = [t.text for t in tokenize(text)]
    assert toks == [
        "قال", "«", "مؤكداً", "»", "إن", "3.5", "و", "1,000", "و", "١٥٠", "في", "2014-10-09", "(", "سبتمبر", ")",
        "،", "هل", "؟", "نعم", ":", "لا", "-", "Reuters", "G20", "ـ",
    ]  # fmt: skip
    kinds = {t.text: t.words[0].kind for t in tokenize(text)}
    assert kinds["3.5"] == "number" and kinds["١٥٠"] == "number" and kinds["Reuters"] == "latin"
    assert kinds["«"] == "punct" and kinds["مؤكداً"] == "stem"


def test_token_norm_and_offsets() -> None:
    text = "أعلنَ الوزيرُ"
    toks = tokenize(text)
    assert [t.norm for t in toks] == ["اعلن", "الوزير"]
    for t in toks:
        assert text[t.start : t.end] == t.text


CLITICS = [
    # token, [(surface slice, form)], kinds
    ("وسينتقل", [("و", "و"), ("س", "س"), ("ينتقل", "ينتقل")]),
    ("للعراق", [("ل", "ل"), ("لعراق", "العراق")]),
    ("وبالأردن", [("و", "و"), ("ب", "ب"), ("الأردن", "الأردن")]),
    ("فالحكومة", [("ف", "ف"), ("الحكومة", "الحكومة")]),
    ("كمنسق", [("ك", "ك"), ("منسق", "منسق")]),
    ("منه", [("من", "من"), ("ه", "ه")]),
    ("نظيره", [("نظير", "نظير"), ("ه", "ه")]),
    ("قلقها", [("قلق", "قلق"), ("ها", "ها")]),
    ("عليه", [("علي", "على"), ("ه", "ه")]),
    ("لها", [("ل", "ل"), ("ها", "ها")]),
    ("أمننا", [("أمن", "أمن"), ("نا", "نا")]),
    ("حكومته", [("حكومت", "حكومة"), ("ه", "ه")]),
    ("لأنه", [("ل", "ل"), ("أن", "أن"), ("ه", "ه")]),
    ("وقال", [("و", "و"), ("قال", "قال")]),
    ("فإن", [("ف", "ف"), ("إن", "إن")]),
    ("بشأن", [("ب", "ب"), ("شأن", "شأن")]),
    ("لـداعش", [("لـ", "لـ"), ("داعش", "داعش")]),
    ("وسيطرته", [("و", "و"), ("سيطرت", "سيطرة"), ("ه", "ه")]),
]


@pytest.mark.parametrize("word,expected", CLITICS, ids=[c[0] for c in CLITICS])
def test_clitic_splits(word: str, expected: list[tuple[str, str]]) -> None:
    assert _split(word) == expected


def test_clitic_kinds_and_norms() -> None:
    tok = tokenize("وبالأردن")[0]
    assert [w.kind for w in tok.words] == ["proclitic", "proclitic", "stem"]
    assert tok.proclitics == ["و", "ب"] and tok.stem.form == "الأردن" and tok.stem.norm == "الاردن"
    tok = tokenize("قلقها")[0]
    assert [w.kind for w in tok.words] == ["stem", "enclitic"] and tok.stem.form == "قلق"


def test_document_evidence_splits_new_names() -> None:
    # «داعش» is unknown to the 2007 vocabulary; seen alone in the same article, «بداعش» splits
    assert _split("بداعش", "قاتل داعش في العراق") == [("ب", "ب"), ("داعش", "داعش")]
    assert _split("وماكغورك", "ماكغورك") == [("و", "و"), ("ماكغورك", "ماكغورك")]


NOT_BROKEN = (
    "آلين بلجيكا ماكغورك بريت وزير وزارة وصل وصلا ولايات فابيوس كيري بغداد لندن باريس لبنان ليبيا كندا سيطرة "
    "بيان كمال فيصل فلسطين وليد كانت كان لكن ذلك هناك في إحدى الله وجه بين ليس كما فيما بريطانيا سوريا"
).split()


@pytest.mark.parametrize("word", NOT_BROKEN)
def test_names_and_words_not_broken(word: str) -> None:
    assert _split(word) == [(word, word)]


def test_strip_article() -> None:
    assert strip_article("العراق") == "عراق"
    assert strip_article("للعراق") == "عراق"
    assert strip_article("الى") == "الى"  # too short to carry an article
    assert strip_article("بغداد") == "بغداد"


# -- seed ------------------------------------------------------------------------------------------------------
def test_seed_offsets_slice_text(seed_doc: Doc) -> None:
    t = seed_doc.text
    assert len(seed_doc.tokens) > 500
    prev_end = 0
    for tok in seed_doc.tokens:
        assert t[tok.start : tok.end] == tok.text and tok.start >= prev_end
        prev_end = tok.end
        assert tok.words[0].start == tok.start and tok.words[-1].end == tok.end
        for a, b in zip(tok.words, tok.words[1:]):
            assert a.end == b.start
        for w in tok.words:
            assert w.start < w.end and t[w.start : w.end] in tok.text
    # every non-space character is in a token
    covered = sum(tok.end - tok.start for tok in seed_doc.tokens)
    assert covered == sum(1 for ch in t if not ch.isspace())


def test_seed_golden_words(seed_doc: Doc) -> None:
    split = {tok.text: "+".join(w.form for w in tok.words) for tok in seed_doc.tokens if len(tok.words) > 1}
    for tok, gold in [("وسينتقل", "و+س+ينتقل"), ("بداعش", "ب+داعش"), ("للعراق", "ل+العراق"),
                      ("كمنسق", "ك+منسق"), ("منه", "من+ه"), ("نظيره", "نظير+ه"), ("قلقها", "قلق+ها"),
                      ("عليه", "على+ه"), ("لها", "ل+ها"), ("أمننا", "أمن+نا"), ("وسنتعقب", "و+س+نتعقب"),
                      ("لمساعدته", "ل+مساعدة+ه"), ("معاقلهم", "معاقل+هم")]:  # fmt: skip
        assert split.get(tok) == gold, tok
    whole = {tok.text for tok in seed_doc.tokens if len(tok.words) == 1}
    for w in ["آلين", "بلجيكا", "ماكغورك", "بريت", "وزير", "وزارة", "وصلا", "فابيوس", "كيري", "بغداد", "باريس",
              "بيان", "الولايات"]:  # fmt: skip
        assert w in whole, w


def test_seed_sentences_and_paragraphs(seed_doc: Doc) -> None:
    t = seed_doc.text
    assert len(seed_doc.paragraphs) == 14
    assert len(seed_doc.sentences) == 16
    for s in seed_doc.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in seed_doc.paragraphs)
        assert not t[s.start].isspace() and not t[s.end - 1].isspace()
    last = t[seed_doc.sentences[-2].start : seed_doc.sentences[-2].end]
    assert last.startswith("واشار الى إن خطته") and last.endswith("في الشرق الأوسط\".")


# -- sentences -------------------------------------------------------------------------------------------------
def _sents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text, tokenize(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("زار الوزير بغداد. ثم غادر إلى عمان! هل عاد؟ لا", ["زار الوزير بغداد.", "ثم غادر إلى عمان!", "هل عاد؟", "لا"]),
        ("ارتفع المؤشر 3.5 بالمئة. وهبط النفط", ["ارتفع المؤشر 3.5 بالمئة.", "وهبط النفط"]),
        ("قال د. أحمد إن م. علي وصل. ثم غادر", ["قال د. أحمد إن م. علي وصل.", "ثم غادر"]),
        ("نقلت أ.ف.ب. عن مصدر أنه وصل. ثم غادر", ["نقلت أ.ف.ب. عن مصدر أنه وصل.", "ثم غادر"]),
        ("said J. Kerry on Monday. He left", ["said J. Kerry on Monday.", "He left"]),
        ("قال «وصلنا. وسنبقى» ثم غادر. انتهى", ["قال «وصلنا. وسنبقى» ثم غادر.", "انتهى"]),
        ('قال "وصلنا. وسنبقى" ثم غادر', ['قال "وصلنا. وسنبقى" ثم غادر']),
        ("قال “نعم. لا” ثم", ["قال “نعم. لا” ثم"]),
        ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
        ("تعهد الوزير بالدعم؛ وغادر", ["تعهد الوزير بالدعم؛", "وغادر"]),
        ('قال: "وصلنا." ثم غادر', ['قال: "وصلنا."', "ثم غادر"]),
        ("وقع الهجوم في 10 آب 2015 م. وقتل خمسة", ["وقع الهجوم في 10 آب 2015 م.", "وقتل خمسة"]),
        ("انتظروا... ثم غادروا", ["انتظروا...", "ثم غادروا"]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert _sents(text) == expected


def test_unclosed_quote_does_not_swallow_paragraph() -> None:
    text = 'قال "وصلنا. وسنبقى هنا. ثم\nسطر آخر'
    assert _sents(text) == ['قال "وصلنا.', "وسنبقى هنا.", "ثم", "سطر آخر"]


def test_sentences_never_cross_paragraphs() -> None:
    doc = Pipeline(["tokens", "sentences"])("«بدأ الاجتماع\nوانتهى» في المساء.\n\nثم غادروا")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == ["«بدأ الاجتماع", "وانتهى» في المساء.", "ثم غادروا"]
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == ["«بدأ الاجتماع", "وانتهى» في المساء.", "ثم غادروا"]


# -- UD Arabic-PUD ---------------------------------------------------------------------------------------------
def test_ud_pud_floor() -> None:
    from rasd.eval.segment import evaluate

    path = shared_path("ud_arabic_pud", "ar_pud-ud-test.conllu")
    res = evaluate(path)
    words, tokens, sents = res["words"], res["tokens"], res["sentences"]
    assert isinstance(words, dict) and isinstance(tokens, dict) and isinstance(sents, dict)
    assert words["gold"] == 20747
    assert words["f1"] >= 0.965, words  # measured 0.9716
    assert tokens["split_accuracy"] >= 0.91, tokens  # measured 0.922
    assert sents["precision"] >= 0.98 and sents["recall"] >= 0.99, sents  # measured 0.989 / 0.997


def test_eval_command_on_a_tiny_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rasd.eval.segment import command

    conllu = tmp_path / "tiny.conllu"
    rows = [
        ("1", "و", "CCONJ", "SpaceAfter=No"), ("2", "قال", "VERB", "_"), ("3", "ل", "ADP", "SpaceAfter=No"),
        ("4", "ه", "PRON", "SpaceAfter=No"), ("5", ".", "PUNCT", "_"),
    ]  # fmt: skip
    body = "\n".join(f"{i}\t{f}\t_\t{u}\t_\t_\t0\t_\t_\t{m}" for i, f, u, m in rows)
    conllu.write_text(
        f"# newdoc id = d1\n# sent_id = s1\n# text = وقال له.\n{body}\n\n"
        f"# newdoc id = d1\n# sent_id = s2\n# text = وقال له.\n{body}\n\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(command, [str(conllu), "--json"])
    assert res.exit_code == 0, res.output
    import json

    d = json.loads(res.output)
    assert d["words"]["f1"] == 1.0 and d["words"]["gold"] == 10
    assert d["sentences"]["recall"] == 1.0 and d["sentences"]["gold_boundaries"] == 1
    res = CliRunner().invoke(command, [str(conllu)])
    assert "words (exact boundaries)" in res.output and "1.0000" in res.output
