"""``rasd eval segment [CONLLU]``: word segmentation and sentence splitting against UD Arabic-PUD.

The UD file has no multiword-token lines: its words are already split and ``# text`` is the surface, so each gold
word is a character span of the text. We run ``rasd.text.segment.tokenize`` on each ``# text`` and report:

* word P/R/F1: our words (proclitics, stems, enclitics, punctuation, numbers) against the gold words, a word
  counting as right only when both its boundaries match;
* token accuracy: the share of gold whitespace-delimited tokens whose inner word boundaries are all right (and
  the same over the tokens that gold splits into several words);
* sentence split P/R: the sentences of each ``newdoc`` joined with spaces, our inner sentence ends against gold's.

Conventions: like UD we keep the article ال inside its word and split ل+ال as ل + «لـسلطة»; our ``Word.form``
restores «السلطة» but the boundary is the same, so the scores are unaffected. ``--no-enclitics`` shows the
score with pronoun enclitics left attached on both sides (the convention of most NER data, e.g. ANERcorp).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from ..text.segment import tokenize
from ..text.sentences import sentence_spans

DEFAULT_CONLLU = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
PRON_UPOS = {"PRON"}


@dataclass
class GoldSentence:
    doc: str
    sent_id: str
    text: str
    words: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, upos


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    """Sentences of a CoNLL-U file with each word as a span of ``# text``."""
    doc = sent_id = text = ""
    rows: list[list[str]] = []

    def build() -> GoldSentence:
        g = GoldSentence(doc, sent_id, text)
        pos = 0
        for c in rows:
            form = c[1]
            start = text.index(form, pos) if text[pos : pos + len(form)] != form else pos
            g.words.append((start, start + len(form), c[3]))
            pos = start + len(form)
            if "SpaceAfter=No" not in c[9]:
                while pos < len(text) and text[pos] == " ":
                    pos += 1
        return g

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id ="):
                doc = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id ="):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            elif not line:
                if rows:
                    yield build()
                rows = []
            elif not line.startswith("#"):
                c = line.split("\t")
                if "-" not in c[0] and "." not in c[0]:
                    rows.append(c)
    if rows:
        yield build()


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _merge_enclitics(spans: list[tuple[int, int]], pron: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with each attached enclitic (a span in ``pron`` starting where the previous one ends) merged back."""
    out: list[tuple[int, int]] = []
    for s in spans:
        if out and s in pron and out[-1][1] == s[0]:
            out[-1] = (out[-1][0], s[1])
        else:
            out.append(s)
    return out


def evaluate(path: Path, *, enclitics: bool = True, max_errors: int = 0) -> dict[str, object]:
    tp = n_pred = n_gold = 0
    tok_right = tok_all = split_right = split_all = 0
    errors: Counter[str] = Counter()
    docs: dict[str, list[str]] = {}
    order: list[str] = []
    for g in read_conllu(path):
        if g.doc not in docs:
            docs[g.doc] = []
            order.append(g.doc)
        docs[g.doc].append(g.text)
        gold = [(a, b) for a, b, _ in g.words]
        toks = tokenize(g.text)
        pred = [(w.start, w.end) for t in toks for w in t.words]
        if not enclitics:
            gold = _merge_enclitics(gold, {(a, b) for a, b, u in g.words if u in PRON_UPOS})
            pred = _merge_enclitics(pred, {(w.start, w.end) for t in toks for w in t.words if w.kind == "enclitic"})
        gs, ps = set(gold), set(pred)
        tp += len(gs & ps)
        n_pred += len(ps)
        n_gold += len(gs)
        gb = {b for _, b in gold}
        pb = {b for _, b in pred}
        pos = 0
        for chunk in g.text.split(" "):
            a, b = pos, pos + len(chunk)
            pos = b + 1
            if not chunk:
                continue
            inner_g = {x for x in gb if a < x < b}
            inner_p = {x for x in pb if a < x < b}
            ok = inner_g == inner_p
            tok_all += 1
            tok_right += ok
            if inner_g:
                split_all += 1
                split_right += ok
            if not ok and max_errors:
                gw = "+".join(g.text[x:y] for x, y in gold if a <= x and y <= b)
                pw = "+".join(g.text[x:y] for x, y in pred if a <= x and y <= b)
                errors[f"{chunk}\tgold {gw}\tours {pw}"] += 1
    # sentence splitting over whole documents
    s_tp = s_pred = s_gold = 0
    for d in order:
        sents = docs[d]
        text = " ".join(sents)
        gold_ends: set[int] = set()
        pos = 0
        for s in sents[:-1]:
            pos += len(s)
            gold_ends.add(pos)
            pos += 1
        spans = sentence_spans(text, tokenize(text))
        pred_ends = {s.end for s in spans[:-1]}
        s_tp += len(gold_ends & pred_ends)
        s_pred += len(pred_ends)
        s_gold += len(gold_ends)
    out: dict[str, object] = {
        "file": str(path),
        "enclitics": enclitics,
        "words": {**_prf(tp, n_pred, n_gold), "gold": n_gold, "predicted": n_pred, "matched": tp},
        "tokens": {
            "accuracy": round(tok_right / tok_all, 4) if tok_all else 0.0,
            "gold": tok_all,
            "split_accuracy": round(split_right / split_all, 4) if split_all else 0.0,
            "split_gold": split_all,
        },
        "sentences": {**_prf(s_tp, s_pred, s_gold), "documents": len(order), "gold_boundaries": s_gold,
                      "predicted_boundaries": s_pred},
    }
    if max_errors:
        out["errors"] = [f"{n}\t{e}" for e, n in errors.most_common(max_errors)]
    return out


@click.command(name="segment")
@click.argument("conllu", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--no-enclitics", is_flag=True, help="Score with pronoun enclitics merged into their host word.")
@click.option("--errors", "max_errors", type=int, default=0, help="Also list the N most frequent token errors.")
def command(conllu: Path | None, as_json: bool, no_enclitics: bool, max_errors: int) -> None:
    """Word segmentation and sentence splitting against UD Arabic-PUD (default: the shared copy)."""
    path = conllu or DEFAULT_CONLLU
    if not path.exists():
        raise click.ClickException(f"{path} not found (give the CoNLL-U file of UD Arabic-PUD)")
    res = evaluate(path, enclitics=not no_enclitics, max_errors=max_errors)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    w, t, s = res["words"], res["tokens"], res["sentences"]
    assert isinstance(w, dict) and isinstance(t, dict) and isinstance(s, dict)
    click.echo(f"UD Arabic-PUD: {path}" + ("  (enclitics merged)" if no_enclitics else ""))
    click.echo(f"{'measure':<34}{'P':>8}{'R':>8}{'F1':>8}{'n gold':>9}")
    click.echo(f"{'words (exact boundaries)':<34}{w['precision']:>8.4f}{w['recall']:>8.4f}{w['f1']:>8.4f}{w['gold']:>9}")
    click.echo(f"{'sentence boundaries':<34}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}"
               f"{s['gold_boundaries']:>9}")
    click.echo(f"{'tokens entirely right':<34}{'':>16}{t['accuracy']:>8.4f}{t['gold']:>9}")
    click.echo(f"{'tokens gold splits, right':<34}{'':>16}{t['split_accuracy']:>8.4f}{t['split_gold']:>9}")
    click.echo("Conventions: ال stays in its word as in UD; ل+ال is cut ل|لـ… as in UD (form restores ال).")
    errors = res.get("errors", [])
    assert isinstance(errors, list)
    for e in errors:
        click.echo(str(e))
