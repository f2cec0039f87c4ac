"""Quotes, round qu538: a report in the subject's place speaks for the body it names after «صدر/صادر عن», its name
in quote marks too («ويقول تقرير حديث صادر عن «ديلتا» للأبحاث إن»), and a relayed unnamed source ends before
«قوله/قولها/قولهم/قولهما» («نقلت رويترز عن مسؤولين غربيين قولهم إن»: the officials, not their words)."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows, quote_speakers


def _speaker_text(text: str) -> str | None:
    return news_quote_rows(text)[0][2]


def test_a_quoted_issuer_after_sadir_an_is_the_speaker_text() -> None:
    text = "ويقول تقرير حديث صادر عن «كوبالت» للأبحاث، إن السوق تحتاج إلى سنوات من الإصلاح."
    assert _speaker_text(text) == "«كوبالت» للأبحاث"


def test_an_issuer_after_sadara_an_is_the_speaker_text() -> None:
    text = ("وأفاد تقرير فصلي صدر عن إدارة البحوث والدراسات في دائرة الأراضي بأن المعاملات ارتفعت "
            "خلال الربع الثاني.")
    assert _speaker_text(text) == "إدارة البحوث والدراسات في دائرة الأراضي"


def test_a_named_issuer_of_a_memo_is_the_speaker() -> None:
    text = "وقالت مذكرة صادرة عن وزارة الخارجية المصرية إن المفاوضات ستستأنف الأسبوع المقبل."
    assert quote_speakers(analyze_news(text)) == [("وقالت", "وزارة الخارجية المصرية")]


def test_a_report_with_no_issuer_keeps_its_own_phrase() -> None:
    text = "ويقول تقرير حديث إن السوق تحتاج إلى سنوات من الإصلاح."
    assert _speaker_text(text) == "تقرير حديث"


def test_a_person_not_a_report_is_left_alone() -> None:
    text = "وقال مسؤول حكومي رفيع إن المفاوضات ستستأنف الأسبوع المقبل."
    assert _speaker_text(text) == "مسؤول حكومي رفيع"


def test_a_relayed_source_ends_before_their_saying() -> None:
    text = "ونقلت الوكالة عن مسؤولين غربيين كبار قولهم إن العقوبات ستبقى سارية حتى نهاية العام."
    assert news_quote_rows(text)[0][2] in (None, "مسؤولين غربيين كبار")
    doc = analyze_news(text)
    q = doc.quotes[0]
    assert q.speaker is not None
    ent = doc.entity(q.speaker)
    assert ent is not None and [doc.text[m.start:m.end] for m in ent.mentions] == ["مسؤولين غربيين كبار"]


def test_a_relayed_one_source_ends_before_his_saying() -> None:
    text = "ونقلت الصحيفة عن مسؤول رفيع قوله إن الزيارة تأجلت إلى موعد لاحق."
    assert _speaker_text(text) == "مسؤول رفيع"


def test_a_relayed_pair_ends_before_their_saying() -> None:
    text = "ونقلت الصحيفة عن دبلوماسيين اثنين رفيعين قولهما إن الزيارة تأجلت إلى موعد لاحق."
    rows = news_quote_rows(text)
    assert "قول" not in (rows[0][2] or "")


def test_a_recent_study_is_not_cut_at_hadith() -> None:
    text = "وأوقعت الهجمات ضعف عدد الوفيات، وذلك وفقًا لدراسة حديثة أجرتها مؤسسة «نيوأميركا»."
    assert quote_speakers(analyze_news(text)) == [("وفقًا", "نيوأميركا")]


def test_a_relayed_source_with_a_body_is_unchanged() -> None:
    text = "ونقلت الصحيفة عن مسؤولين في وزارة الدفاع قولهم إن الزيارة تأجلت إلى موعد لاحق."
    doc = analyze_news(text)  # (qu894: the officials speak, as «وقال مسؤولون في الوزارة»; the ministry their body)
    assert quote_speakers(doc) == [("ونقلت", "[مسؤولين في وزارة الدفاع]")]
    assert doc.entity(doc.quotes[0].actor()).name == "وزارة الدفاع"
