"""Round ev701: a call made with no «هاتفيا» («أجرى الوزير اتصالا بنظيره», «وأجرت المستشارة اتصالا مع الرئيس») is a
phone call (040), its maker the source and the one after «بـ/مع» the target, like «اتصالا هاتفيا». Counter-cases:
the plural «الاتصالات» (telecoms, contacts: «وزارة الاتصالات», «الاتصالات مقطوعة»), «على اتصال» (a state), and a
call received with no «هاتفيا» (still the receiving verb's: the caller acts)."""

from __future__ import annotations

from conftest import news_event_rows


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c, t, s, g) for c, t, s, g, _ in news_event_rows(text)]


def test_call_made_with_bi() -> None:
    text = "أجرى وزير الخارجية الأمريكي جون كيري اتصالا بنظيره المصري سامح شكري مساء الخميس."
    assert _rows(text) == [("040", "اتصالا", "جون كيري", "سامح شكري")]


def test_call_made_with_maa_feminine() -> None:
    text = "وأجرت المستشارة الألمانية أنجيلا ميركل اتصالا مع الرئيس الروسي فلاديمير بوتين."
    assert _rows(text) == [("040", "اتصالا", "أنجيلا ميركل", "فلاديمير بوتين")]


def test_phone_call_unchanged() -> None:
    text = "أجرى وزير الخارجية الأمريكي جون كيري اتصالا هاتفيا مع نظيره المصري سامح شكري."
    assert _rows(text) == [("041", "اتصالا هاتفيا", "جون كيري", "سامح شكري")]


def test_call_received_unchanged() -> None:
    text = "تلقى الرئيس المصري عبد الفتاح السيسي اتصالا من الملك الأردني عبد الله الثاني."
    rows = _rows(text)
    assert [t for c, t, _, _ in rows if c.startswith("04")] == ["تلقى"]  # the receiving verb's, no made call


def test_telecoms_ministry_no_call() -> None:
    rows = _rows("وأجرى وزير الاتصالات السعودي محمد السويل تعديلات على نظام الاتصالات.")
    assert not any(c.startswith("04") for c, _, _, _ in rows)


def test_contacts_cut_no_call() -> None:
    rows = _rows("وأكد الوزير أن الاتصالات مقطوعة بين البلدين منذ أشهر.")
    assert not any(c.startswith("04") for c, _, _, _ in rows)


def test_in_contact_state_no_call() -> None:
    rows = _rows("وأضاف أن الرئيس الأمريكي باراك أوباما على اتصال دائم مع الملك سلمان.")
    assert not any(c.startswith("04") for c, _, _, _ in rows)
