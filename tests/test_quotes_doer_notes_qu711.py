"""Round qu711: (a) a zero-subject cue goes on with the doer of the sentence just before («زيارة قامت بها فلانة ... .
وقالت»), not an older speaker; (b) a plural cue after «، حيث/إذ» takes the last plural of people before it («مع
ممثلي الشركة، حيث أوضحوا»); (c) an editor's note in brackets inside a quote («(يقصد ...)», «(أي الملا منصور)», «(في
إشارة إلى ...)») is left out of its ``content_parts``."""

from conftest import analyze_news


def _quote(text: str, cue: str) -> dict:  # type: ignore[type-arg]
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue)
    d = q.to_dict(doc.text)
    d["name"] = names.get(q.speaker) if q.speaker is not None else None
    return d


OLDER = "وقالت رئاسة الجمهورية في بيان إن الرئيس استقبل الوفد العسكري. "
VISIT = ("وكانت ألمانيا قد منحت تونس مساعدة عسكرية، وذلك خلال زيارة قامت بها أورسولا فون ديرليان وزيرة الدفاع "
         "الألمانية إلى تونس قبل أيام. ")
SAID = "وقالت إثر لقائها بالرئيس التونسي إن الجيش الألماني سيزود نظيره التونسي بعتاد عسكري."


def test_the_doer_of_the_sentence_before_speaks_not_an_older_body() -> None:
    doc = analyze_news(OLDER + VISIT + SAID)
    said = [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وقالت"]
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(q.speaker or "") for q in said] == ["رئاسة الجمهورية", "أورسولا فون ديرليان"]


def test_no_doer_before_the_older_body_goes_on() -> None:
    text = OLDER + "وكانت ألمانيا قد منحت تونس مساعدة عسكرية قبل أيام. " + SAID
    doc = analyze_news(text)
    said = [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وقالت"]
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(q.speaker or "") for q in said] == ["رئاسة الجمهورية", "رئاسة الجمهورية"]


def test_a_masculine_doer_does_not_take_a_feminine_cue() -> None:
    text = OLDER + ("وكانت ألمانيا قد منحت تونس مساعدة عسكرية، وذلك خلال زيارة قام بها الوزير فرانك فالتر شتاينماير "
                    "إلى تونس قبل أيام. ") + SAID
    doc = analyze_news(text)
    said = [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وقالت"]
    names = {e.id: e.name for e in doc.entities}
    assert names.get(said[-1].speaker or "") != "فرانك فالتر شتاينماير"


def test_a_plural_cue_after_haythu_takes_the_representatives() -> None:
    text = ("أطلقت الشركة متصفحا جديدا. وتحدثت «الشرق الأوسط» مع ممثلي الشركة حول المتصفح، حيث أوضحوا أنه "
            "سيقدم الدعم للغة العربية.")
    d = _quote(text, "أوضحوا")
    assert d["speaker"] is None and d["speaker_text"]["text"] == "ممثلي الشركة"


def test_a_plural_cue_after_idh_past_a_preposition() -> None:
    d = _quote("والتقى الوزير بالمسؤولين في الشركة، إذ أكدوا أن المشروع سيكتمل قريبا.", "أكدوا")
    assert d["speaker_text"]["text"] == "المسؤولين"


def test_no_group_of_people_no_speaker_text() -> None:
    d = _quote("وزار الوفد الشركة خلال اليومين الماضيين، حيث أكدوا أن المشروع سيكتمل.", "أكدوا")
    assert "speaker_text" not in d


def test_a_singular_cue_after_haythu_is_not_the_group() -> None:
    d = _quote("وتحدث الوزير مع ممثلي الشركة، حيث أكد أن المشروع سيكتمل.", "أكد")
    assert d.get("speaker_text", {}).get("text") != "ممثلي الشركة"


def _parts(text: str, cue: str) -> list[str] | None:
    d = _quote(text, cue)
    return [p["text"] for p in d["content_parts"]] if "content_parts" in d else None


def test_yaqsid_note_left_out() -> None:
    text = ("وقال الرئيس الأميركي باراك أوباما: «إن المستشارة (يقصد مستشارة الأمن القومي الأميركي، سوزان رايس) "
            "أبلغتني بالتطورات في اليمن».")
    assert _parts(text, "وقال") == ["إن المستشارة", "أبلغتني بالتطورات في اليمن"]


def test_ay_note_before_a_definite_word_left_out() -> None:
    text = "ويضيف الباحث سامي العلي: «أعتقد أن عملية السلام في ظل حكمه (أي الملا منصور) ستتعزز»."
    assert _parts(text, "ويضيف") == ["أعتقد أن عملية السلام في ظل حكمه", "ستتعزز"]


def test_fi_ishara_note_left_out() -> None:
    text = ("وشدد النائب سامي العلي على أن «الجهات التي تطالب بذلك (في إشارة إلى بعض الفصائل المسلحة) "
            "لا تفهم النظام».")
    assert _parts(text, "وشدد") == ["الجهات التي تطالب بذلك", "لا تفهم النظام"]


def test_ay_meaning_any_and_a_month_stay() -> None:
    text = ("وأضاف الوزير سامي العلي: «إن هذا القرار يقول (أي صاروخ تم تصميمه لحمل رؤوس نووية) ولم يكن لدينا "
            "مثل هذا التصميم».")
    assert _parts(text, "وأضاف") is None
    text = "وقال الوزير سامي العلي: «سنلتقي في يوليو (تموز) المقبل في الرياض»."
    assert _parts(text, "وقال") is None
