"""Round qu983: three leftovers of the quote speakers' audit.

- «وأبلغ X Y أن ...» / «وأخبر X Y أن»: a cue of telling someone; X speaks, Y (the addressee) is skipped, and the one
  phrase between the verb and its words is the addressee, never the speaker (``quotes.told_whom``);
- an unnamed source of «according to» runs on over its «في» phrase to the comma or full stop that ends it, and the
  group a quote's unnamed speaker makes is named with its nisbas («دبلوماسيين غربيين», no country);
- a person set off by commas after an unnamed speaker phrase, his title and «السابق» before his name, joins it.
"""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def _rows(text: str, cue: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == cue]


def test_told_named_speaker_with_addressee_after_him() -> None:
    text = "وأبلغ وزير الخارجية الفرنسي لوران فابيوس نظيره الإيراني أن بلاده لن تقبل بأي اتفاق ضعيف."
    rows = _rows(text, "وأبلغ")
    assert len(rows) == 1
    assert rows[0][1] == "لوران فابيوس"
    assert rows[0][3] == "بلاده لن تقبل بأي اتفاق ضعيف"


def test_told_with_subject_before_verb_is_not_the_addressee() -> None:
    text = ("التقى الأمين العام للجامعة العربية نبيل العربي المبعوث الدولي أمس. وقال المتحدث إن نبيل العربي أبلغ "
            "المبعوث أن الجامعة ستدرس الأمر.")
    rows = _rows(text, "أبلغ")
    assert len(rows) == 1
    assert rows[0][1] == "نبيل العربي"
    assert rows[0][3] == "الجامعة ستدرس الأمر"


def test_told_unnamed_speaker_stops_before_the_press() -> None:
    text = "وأبلغت مصادر طبية الصحافيين أن الهجوم أوقع قتلى في صفوف المدنيين."
    rows = _rows(text, "وأبلغت")
    assert len(rows) == 1
    assert rows[0][2] == "مصادر طبية"
    assert rows[0][3] == "الهجوم أوقع قتلى في صفوف المدنيين"


def test_told_spokeswoman_stops_before_the_addressee() -> None:
    text = "وأبلغت المتحدثة باسم الوزارة الصحافيين بأن الوزير سيسافر غدا إلى القاهرة."
    rows = _rows(text, "وأبلغت")
    assert len(rows) == 1
    assert rows[0][2] == "المتحدثة باسم الوزارة"


def test_told_sources_stop_before_a_named_paper() -> None:
    text = "وأبلغت المصادر والشهود «الشرق الأوسط» بأن القصف استمر طوال الليل."
    rows = _rows(text, "وأبلغت")
    assert len(rows) == 1
    assert rows[0][2] == "المصادر والشهود"


def test_told_journalists_alone_are_never_the_speaker() -> None:
    text = "وأخبر الصحافيين أن الحكومة ستقدم استقالتها خلال أيام."
    rows = _rows(text, "وأخبر")
    assert all(r[2] != "الصحافيين" and r[1] != "الصحافيين" for r in rows)


def test_according_source_runs_over_its_place() -> None:
    text = "وسقط عشرات القتلى في القصف على حمص، بحسب مصادر طبية في المدينة."
    rows = _rows(text, "بحسب")
    assert len(rows) == 1
    assert rows[0][2] == "مصادر طبية في المدينة"


def test_relayed_diplomats_group_keeps_its_nisba() -> None:
    doc = analyze_news("ونقلت الوكالة عن دبلوماسيين غربيين أن المحادثات تعثرت بسبب الخلاف على العقوبات.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "ونقلت")
    ent = doc.entity(q.speaker)
    assert ent is not None and ent.type == "GROUP"
    assert ent.name == "دبلوماسيين غربيين"
    assert ent.actor == "GOV" and ent.country is None


def test_country_nisba_group_still_has_its_country() -> None:
    doc = analyze_news("وذكرت مصادر أمنية عراقية أن الهجوم وقع فجر اليوم قرب الحدود.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وذكرت")
    ent = doc.entity(q.speaker)
    assert ent is not None and ent.name == "مصادر أمنية عراقية" and ent.actor == "IRQCOP"


def test_set_off_former_king_joins_the_speaker_text() -> None:
    text = "وأشارت أسرة آخر ملوك البلاد، الملك السابق أحمد فؤاد، في بيان إلى أن الملك لن يحضر الاحتفال."
    rows = _rows(text, "وأشارت")
    assert len(rows) == 1
    assert rows[0][2] == "أسرة آخر ملوك البلاد، الملك السابق أحمد فؤاد"


def test_set_off_former_minister_speaks_for_the_title_phrase() -> None:
    text = "وقال رئيس اللجنة الأولمبية في البلاد، الوزير السابق خالد المنصوري، إن الفريق مستعد للبطولة."
    rows = _rows(text, "وقال")
    assert len(rows) == 1
    assert rows[0][1] == "خالد المنصوري"


def test_telling_lookalikes_are_no_cue() -> None:
    for text, word in (("باعت الحكومة حصة تبلغ قيمتها ثلاثة مليارات دولار في المصرف الوطني.", "تبلغ"),
                       ("وأخبرت الصحيفة عن الزلزال الذي ضرب الإقليم دون أن يسفر عن خسائر.", "وأخبرت"),
                       ("كان صمته أبلغ من الكلام، فيما كتب على الجدار: «صباح الخير».", "أبلغ")):
        assert _rows(text, word) == [], word
    # («وأبلغه بأنه «...»» with its «بأن» is a cue since round qu994: tests/test_told_pronoun_qu994.py)


def test_participle_with_its_complement_is_no_nisba_of_the_group() -> None:
    doc = analyze_news("ويحذر مسؤولون معنيون بمكافحة الإرهاب من أن التنظيم يخطط لهجمات جديدة.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "ويحذر")
    ent = doc.entity(q.speaker)
    assert ent is not None and ent.name == "مسؤولون"
