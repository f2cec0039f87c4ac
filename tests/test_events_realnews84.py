"""Round 84 of real news: a siege or sanctions lifted is an act of its own, not the siege. «رفع/فك/إنهاء الحصار» by
the besieger is CAMEO 0872 (ease military blockade), «رفع العقوبات» or an embargo lifted 085 (ease economic
sanctions), a siege broken by fighting 190; a call to lift one is the call (its content, no siege), a clean refusal
to lift one 1246/1244; an attempted assassination is 185, an assassination 186."""

from __future__ import annotations

from conftest import news_codes, news_event


def _siege_codes(text: str) -> list[str]:
    return [c for t, c in news_codes(text) if "حصار" in t]


def test_a_siege_lifted_eases_a_military_blockade() -> None:
    doc, e = news_event("ورفعت القوات الحكومية الحصار عن البلدة بعد اتفاق مع الأهالي.", "ورفعت")
    assert e.code == "0872" and e.plover == "RETREAT"
    doc, e = news_event("وتم فك الحصار عن المخيم صباح اليوم.", "فك الحصار")
    assert e.code == "0872"
    assert _siege_codes("وقال المحافظ إن الجيش رفع الحصار عن القرية أمس.") == ["0872"]
    # the siege the lifting names is no siege of its own; a siege imposed still is one
    assert "191" not in _siege_codes("ورفعت القوات الحكومية الحصار عن البلدة بعد اتفاق مع الأهالي.")
    assert _siege_codes("وفرضت القوات الحكومية حصارا على البلدة منذ أسابيع.") == ["191"]


def test_sanctions_lifted_ease_sanctions() -> None:
    doc, e = news_event("ورفعت الحكومة الأوروبية العقوبات المفروضة على الشركة.", "ورفعت")
    assert e.code == "085" and e.plover == "CONCEDE"
    doc, e = news_event("وأنهت واشنطن الحصار الاقتصادي على الجزيرة.", "وأنهت")
    assert e.code == "085"
    # a lifting a deal provides for, or one the future brings, is no act told
    assert news_codes("ويقضي الاتفاق برفع تدريجي للعقوبات مقابل قيود على البرنامج.") == []
    assert not [c for _, c in news_codes("وتتوقع الشركات أرباحا كبيرة بعد رفع العقوبات عن البلاد.") if c == "085"]


def test_a_siege_broken_by_fighting_is_force() -> None:
    doc, e = news_event("وتمكنت فصائل المعارضة من فك الحصار عن الحي بعد معارك عنيفة.", "فك الحصار")
    assert e.code == "190"
    doc, e = news_event("وكسرت قوات العشائر الحصار عن المدينة إثر اشتباكات مع المسلحين.", "وكسرت")
    assert e.code == "190"
    # a siege lifted by agreement, with no fight told, eases the blockade
    doc, e = news_event("وكسرت الحكومة الحصار عن المدينة بموجب اتفاق الهدنة.", "وكسرت")
    assert e.code == "0872"


def test_a_call_to_lift_a_siege_is_the_call() -> None:
    assert news_codes("وناشد المجلس الأمم المتحدة رفع الحصار عن المدينة.") == [("وناشد", "020")]
    assert news_codes("ودعا الوزير إلى إنهاء الحصار المفروض على المخيم.") == [("ودعا", "020")]
    assert news_codes("وطالب المتظاهرون برفع العقوبات عن بلادهم.")[0] == ("وطالب", "100")


def test_a_clean_refusal_to_lift_is_a_refusal_to_yield() -> None:
    doc, e = news_event("ورفضت الحكومة رفع الحصار عن البلدة.", "ورفضت")
    assert e.code == "1246"
    doc, e = news_event("ورفض البرلمان رفع العقوبات عن الشركة.", "ورفض")
    assert e.code == "1244"
    # a refusal of something else that mentions a lifting stays a plain rejection
    doc, e = news_event("ورفض الوزير الحديث عن رفع الحصار في المؤتمر.", "ورفض")
    assert e.code == "120"


def test_an_attempted_assassination_is_185() -> None:
    doc, e = news_event("ونجا المحافظ من محاولة اغتيال في وسط المدينة.", "اغتيال")
    assert e.code == "185" and e.modality == "asserted"
    doc, e = news_event("وحاول مسلحون اغتيال القاضي أمام منزله.", "اغتيال")
    assert e.code == "185"
    doc, e = news_event("ولا يزال القائد حيا رغم المحاولات المتكررة لاغتياله.", "لاغتياله")
    assert e.code == "185"
    # an assassination done stays 186; a killing by gunmen stays a killing
    doc, e = news_event("واغتال مسلحون مجهولون القاضي أمام منزله.", "واغتال")
    assert e.code == "186"
    assert not [c for _, c in news_codes("وقتل مسلحون مجهولون القاضي أمام منزله.") if c in ("185", "186")]
