"""The statistical NER tagger (rasd.entities.crf), its training command and `rasd eval ner`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.entities.crf import Lexicon, Tagger, fix_bio, freq_features, spans, spread, spelled_features, token_keys
from rasd.eval.ner import Score, command as eval_command, normalize_tag, read_conll

from conftest import shared_path

# Floor for the shipped model on ANERcorp test (exact-span micro F1, MISC dropped); measured value in the report.
ANERCORP_TEST_F1_FLOOR = 66.0


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.load()


def test_model_load_is_cached() -> None:
    from rasd.entities import crf

    crf._load.cache_clear()
    crf.lexicon.cache_clear()
    t = Tagger.load()
    assert Tagger.load() is t  # loaded once per process (its speed is measured by bench/, not here)


def test_tags_unseen_western_and_arabic_names(tagger: Tagger) -> None:
    # Neither فابيوس/لوران nor العبادي occurs in ANERcorp train.
    toks = "وقال وزير الخارجية الفرنسي لوران فابيوس إن رئيس الوزراء العراقي حيدر العبادي سيزور باريس .".split()
    labels = tagger.tag(toks)
    got = {(" ".join(toks[s:e]), t) for s, e, t in spans(labels)}
    assert ("لوران فابيوس", "PERS") in got
    assert ("حيدر العبادي", "PERS") in got
    assert ("باريس", "LOC") in got
    assert labels[0] == "O" and labels[1] == "O"


def test_tags_clitic_attached_place(tagger: Tagger) -> None:
    toks = "وصل الوفد إلى عمان قادما من دمشق وبالأردن .".split()
    labels = tagger.tag(toks)
    assert labels[toks.index("دمشق")] == "B-LOC"
    assert labels[toks.index("عمان")] == "B-LOC"


def test_tag_doc_spreads_a_surname(tagger: Tagger) -> None:
    doc = [
        "وقال وزير الخارجية الفرنسي لوران فابيوس إن بلاده تدعم الحل .".split(),
        "وأضاف فابيوس أن الاجتماع سيعقد الأسبوع المقبل .".split(),
    ]
    out = tagger.tag_doc(doc)
    assert len(out) == 2 and [len(x) for x in out] == [len(x) for x in doc]
    assert out[1][doc[1].index("فابيوس")] == "B-PERS"


def test_empty_input(tagger: Tagger) -> None:
    assert tagger.tag([]) == []
    assert tagger.tag_doc([]) == []


def test_spread_rules() -> None:
    toks = "التقى على علي الأسد ثم الأسد في مجلس الأمن".split()
    labels = ["O"] * len(toks)
    single = {token_keys("الأسد").core: "PERS"}
    multi = {tuple(token_keys(w).core for w in ["مجلس", "الأمن"]): "ORG"}
    out = spread(toks, labels, single, multi)
    assert out == ["O", "O", "O", "B-PERS", "O", "B-PERS", "O", "B-ORG", "I-ORG"]
    # an already tagged word is left alone
    labels2 = list(labels)
    labels2[3] = "B-LOC"
    assert spread(toks, labels2, {}, {})[3] == "B-LOC"
    # ... unless the document says it is a person, or it was MISC and the document knows better
    assert spread(toks, labels2, {token_keys("الأسد").core: "PERS"}, {})[3] == "B-PERS"
    labels3 = ["O"] * 7 + ["B-MISC", "I-MISC"]
    assert spread(toks, labels3, {}, multi)[7:] == ["B-ORG", "I-ORG"]
    labels4 = ["O"] * 7 + ["B-LOC", "I-LOC"]
    assert spread(toks, labels4, {}, multi)[7:] == ["B-LOC", "I-LOC"]  # LOC/ORG disagreements are left alone


def test_token_keys_strip_clitics() -> None:
    assert token_keys("وبالأردن").core == "اردن"
    assert token_keys("للأمم").core == "امم"
    assert token_keys("وواشنطن").bare == "واشنطن"
    assert token_keys("بوش").core == "بوش"  # three letters: too short to strip a one-letter clitic


def test_lexicon_phrases(tmp_path: Path) -> None:
    (tmp_path / "lexicon.tsv").write_text("country\tولايات متحده\ncity\tعمان\n", encoding="utf-8")
    (tmp_path / "triggers.tsv").write_text("الرئيس\ttitle\n", encoding="utf-8")
    lex = Lexicon.from_files(tmp_path / "lexicon.tsv", tmp_path / "triggers.tsv")
    keys = [token_keys(t) for t in "زار الرئيس وبالولايات المتحدة وعمان".split()]
    assert lex.phrase_tags(keys) == ["", "", "B-country", "I-country", ""]
    assert lex.word_classes(keys[4]) == ("city",)  # via the form without و
    assert lex.triggers[token_keys("الرئيس").core] == "title"


def test_fix_bio_and_spans() -> None:
    assert fix_bio(["O", "I-PERS", "I-PERS", "I-LOC"]) == ["O", "B-PERS", "I-PERS", "B-LOC"]
    assert spans(["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")
    ]  # fmt: skip


# -- evaluation -----------------------------------------------------------------------------------------------
def test_normalize_tag_aqmar_typos() -> None:
    assert [normalize_tag(t) for t in ["B-PER", "I-MIS1`", "I--ORG", "OO", "IO", "B-MIS-2", "B-ENGLISH"]] == [
        "B-PERS", "I-MISC", "I-ORG", "O", "O", "B-MISC", "B-MISC"
    ]  # fmt: skip


def test_read_conll_splits_at_dot_and_blank(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("زار O\nأوباما B-PER\n. O\nفي O\n\nلندن B-LOC\n O\n", encoding="utf-8")
    sents = read_conll(f)
    assert sents == [(["زار", "أوباما", "."], ["O", "B-PERS", "O"]), (["في"], ["O"]), (["لندن"], ["B-LOC"])]


def test_score_exact_span_by_hand() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "B-MISC"]]
    pred = [["B-PERS", "O", "O", "B-LOC", "B-LOC", "B-ORG", "I-ORG", "O"]]
    # gold: PERS(0,2) LOC(3,4) ORG(5,7); pred: PERS(0,1) LOC(3,4) LOC(4,5) ORG(5,7); MISC dropped.
    # correct: LOC(3,4), ORG(5,7) -> P = 2/4, R = 2/3, F1 = 2*0.5*0.6667/1.1667 = 0.5714
    sc = Score()
    sc.add(gold, pred)
    t = sc.table()
    assert (t["micro"]["precision"], t["micro"]["recall"], t["micro"]["f1"]) == (50.0, 66.67, 57.14)
    assert (t["PERS"]["precision"], t["PERS"]["recall"], t["PERS"]["f1"]) == (0.0, 0.0, 0.0)
    assert (t["LOC"]["precision"], t["LOC"]["recall"], t["LOC"]["f1"]) == (50.0, 100.0, 66.67)
    assert t["ORG"]["f1"] == 100.0


def test_eval_command_on_handmade_file(tmp_path: Path) -> None:
    f = tmp_path / "g.conll"
    f.write_text("وقال O\nالرئيس O\nالفرنسي O\nفرانسوا B-PER\nهولاند I-PER\nفي O\nباريس B-LOC\n. O\n", encoding="utf-8")
    res = CliRunner().invoke(eval_command, [str(f), "--json"])
    assert res.exit_code == 0, res.output
    import json

    data = json.loads(res.output)
    assert data["tokens"] == 8
    assert data["scores"]["LOC"]["gold"] == 1 and data["scores"]["PERS"]["gold"] == 1
    assert data["scores"]["micro"]["f1"] >= 50.0


def test_anercorp_test_floor(tagger: Tagger) -> None:
    from rasd.eval.ner import evaluate

    path = shared_path("anercorp", "ANERCorp_derived_test.txt")
    table, n_tokens, elapsed = evaluate(tagger, [path])
    assert n_tokens > 24000
    assert table["micro"]["f1"] >= ANERCORP_TEST_F1_FLOOR, table
    assert n_tokens / elapsed > 1500  # measured ~30k tokens/s on an idle core; loose against a busy machine


def test_eval_aqmar_split_filters_files(tmp_path: Path) -> None:
    import json

    for name, tok in (("Atom", "لندن"), ("Physics", "باريس"), ("Solaris", "دمشق")):
        (tmp_path / f"{name}.txt").write_text(f"في O\n{tok} B-LOC\n\n", encoding="utf-8")
    files = [str(p) for p in sorted(tmp_path.glob("*.txt"))]
    res = CliRunner().invoke(eval_command, [*files, "--aqmar-split", "test", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert [Path(f).stem for f in data["files"]] == ["Physics"] and data["tokens"] == 2
    res = CliRunner().invoke(eval_command, [*files, "--aqmar-split", "dev", "--json"])
    assert [Path(f).stem for f in json.loads(res.output)["files"]] == ["Atom", "Solaris"]


def test_word_frequency_features(tmp_path: Path) -> None:
    (tmp_path / "lexicon.tsv").write_text("city\tبسيط\n", encoding="utf-8")
    (tmp_path / "triggers.tsv").write_text("", encoding="utf-8")
    (tmp_path / "wordfreq.tsv").write_text("# header\n48\tبسيط\n42\tالبسيط\n", encoding="utf-8")
    lex = Lexicon.from_files(tmp_path / "lexicon.tsv", tmp_path / "triggers.tsv", tmp_path / "wordfreq.tsv")
    assert lex.freq == {"بسيط": 48, "البسيط": 42}
    assert freq_features(token_keys("والبسيط"), lex.freq) == ("k0", "c4")  # the whole key is not listed
    assert freq_features(token_keys("ماكغورك"), lex.freq) == ("k0", "c0")
    feats = spelled_features(["بسيط", "2015"], lex)
    assert "Z=k4" in feats[0] and "Z=c4" in feats[0]
    assert not any(str(f).startswith("Z=") for f in feats[1])  # only Arabic words
    without = Lexicon.from_files(tmp_path / "lexicon.tsv", tmp_path / "triggers.tsv")  # a model without the table
    assert not without.freq and not any(str(f).startswith("Z=") for f in spelled_features(["بسيط"], without)[0])


def test_train_command_writes_a_loadable_model(tmp_path: Path) -> None:
    from rasd.entities.train import command as train_command

    sents = [
        "قال الرئيس الفرنسي فرانسوا هولاند في باريس .",
        "وصل الوزير جون كيري إلى بغداد .",
        "التقى هولاند نظيره في لندن .",
        "زار كيري القاهرة أمس .",
    ]
    tags = {"فرانسوا": "B-PERS", "هولاند": "I-PERS", "جون": "B-PERS", "كيري": "I-PERS",
            "باريس": "B-LOC", "بغداد": "B-LOC", "لندن": "B-LOC", "القاهرة": "B-LOC"}  # fmt: skip
    lines = []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks):
            tag = tags.get(t, "O")
            if tag == "I-PERS" and (i == 0 or toks[i - 1] not in tags):
                tag = "B-PERS"  # a surname alone starts its span
            lines.append(f"{t} {tag}")
    train = tmp_path / "train.txt"
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    res = CliRunner().invoke(train_command, ["--train", str(train), "--out", str(out), "--dev-fraction", "0.25",
                                             "--iterations", "30"])  # fmt: skip
    assert res.exit_code == 0, res.output
    import json

    meta = json.loads((out / "model.json").read_text(encoding="utf-8"))
    assert meta["sentences"] == 4 and meta["dev_sentences"] == 1 and meta["refit_on_all"] is True
    t = Tagger.load(out)
    assert t.tag("وصل هولاند إلى باريس .".split())[3] == "B-LOC"
