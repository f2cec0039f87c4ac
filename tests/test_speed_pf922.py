"""Round pf922 (speed): four per-article scans made once per document, with the same answers.

- events.body_names._in_org_span: a trigger inside an organisation's mention, read from the article's sorted
  organisation spans (``Doc.memoized``) instead of every mention per trigger;
- entities.capitalnisbas / entities.elidedbodies: return at once where no token of the article can be read as
  their head word (``dockeys.doc_keys``);
- entities.sport.match_report: the article's words of sport from ``sport_stems`` (made once per article).
Each test checks the answer itself, and a counter-case that must not change."""

from conftest import analyze_news, entity_of_mention, typed_runs_doc

from rasd.entities.sport import match_report
from rasd.events.body_names import _in_org_span
from rasd.events.forms import Cand
from rasd.events.lexicon import Hit, find_triggers, lexicon


def _linear_in_org(doc, i: int, j: int) -> bool:  # type: ignore[no-untyped-def]
    """The old per-trigger scan of every organisation mention: the reference the index must agree with."""
    start, end = doc.tokens[i].start, doc.tokens[j].end
    return any(m.start < start and end <= m.end for e in doc.entities if e.type == "ORGANIZATION"
               for m in e.mentions)


def _hit(i: int, j: int) -> Hit:
    """A real ``Hit`` at tokens i..j (a lexicon entry, «هجوم»): the compiled install checks the arguments' classes."""
    entry = next(e for e, pos in lexicon().get("هجوم", ()) if pos == "N")
    return Hit(i, j, entry, "N", Cand("هجوم"))


def test_org_span_index_agrees_with_the_scan_for_every_token_span() -> None:
    text = ("وأعلنت منظمة التحرير الفلسطينية أمس أن اللجنة التنفيذية لمنظمة التحرير ستجتمع في رام الله، "
            "فيما دعت جامعة الدول العربية إلى وقف القتال وأكد الأمين العام للأمم المتحدة دعمه للحوار.")
    doc = analyze_news(text)
    orgs = [m for e in doc.entities if e.type == "ORGANIZATION" for m in e.mentions]
    assert orgs, "the sentence names organisations"
    n = len(doc.tokens)
    inside = 0
    for i in range(n):
        for j in range(i, min(n, i + 3)):
            want = _linear_in_org(doc, i, j)
            assert _in_org_span(doc, _hit(i, j)) is want, (doc.tokens[i].text, doc.tokens[j].text)
            inside += want
    assert inside > 0  # (some span lies inside a name past its first word)


def test_org_span_first_word_of_a_name_is_not_inside_it() -> None:
    doc = analyze_news("وقالت منظمة العفو الدولية إن الحكومة اعتقلت عشرات الناشطين.")
    m = next(m for e in doc.entities if e.type == "ORGANIZATION" for m in e.mentions)
    first = next(k for k, t in enumerate(doc.tokens) if t.start >= m.start)
    last = max(k for k, t in enumerate(doc.tokens) if t.end <= m.end)
    assert _in_org_span(doc, _hit(first, first)) is False  # (the name's first word: no mention starts before it)
    assert _in_org_span(doc, _hit(last, last)) is (first < last)
    assert _in_org_span(doc, _hit(last, last + 1)) is False  # (runs past the name's end)


def test_org_spans_follow_a_change_of_the_entities() -> None:
    doc = analyze_news("وقالت منظمة العفو الدولية إن الحكومة اعتقلت عشرات الناشطين.")
    m = next(m for e in doc.entities if e.type == "ORGANIZATION" for m in e.mentions)
    last = max(k for k, t in enumerate(doc.tokens) if t.end <= m.end)
    assert _in_org_span(doc, _hit(last, last)) is True
    doc.entities = [e for e in doc.entities if e.type != "ORGANIZATION"]  # (another list: the index is made again)
    assert _in_org_span(doc, _hit(last, last)) is False


def test_trigger_inside_a_body_name_is_no_event_but_after_it_is() -> None:
    doc = analyze_news("وأعلنت هيئة مكافحة الفساد أمس فتح تحقيق في صفقات وزارة الصحة.")
    assert find_triggers(doc.tokens)  # (the sentence has triggers)
    triggers = [doc.text[ev.trigger.start : ev.trigger.end] for ev in doc.events]
    assert not any("مكافحة" in t for t in triggers)


def test_capital_by_its_adjective_still_found_and_no_capital_without_the_noun() -> None:
    doc = analyze_news("ووصل وفد المعارضة مساء أمس إلى العاصمة التركية لإجراء محادثات مع المسؤولين.")
    assert entity_of_mention(doc, "العاصمة التركية").name == "أنقرة"
    doc = analyze_news("وعقد الوزيران اجتماعا مطولا بالعاصمة المصرية لبحث الأزمة.")  # (past the clitic «بـ»)
    assert entity_of_mention(doc, "العاصمة المصرية").name == "القاهرة"
    doc = analyze_news("ووصل وفد المعارضة مساء أمس إلى المدينة التركية لإجراء محادثات مع المسؤولين.")
    assert not any(m.attrs.get("kind") == "capital" and m.source == "anaphor" for m in doc.mentions)


def test_match_report_counts_the_distinct_words_of_sport() -> None:
    assert match_report(typed_runs_doc("وتغلب المنتخب على ضيفه في المباراة التي أقيمت على الملعب الجديد.")) is True
    # «فريق» and «هدف» are as often words of politics: alone they make no match
    assert match_report(typed_runs_doc("وقال عضو فريق التفاوض إن الهدف هو الاتفاق على هدف مشترك.")) is False
    assert match_report(typed_runs_doc("وأعلنت الحكومة عن خطة جديدة لدعم الاقتصاد الوطني.")) is False
