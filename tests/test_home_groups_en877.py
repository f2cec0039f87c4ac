"""Round en877: domestic bodies of no country word (security forces, security and military sources, unions,
government committees, the authorities) take the country the article is clearly about, as the listed heads of en617
do; settlers are Israel's by the lexicon; the Syrian opposition's interim government is SYROPP, not the Assad
government. Counter-cases: another country in the paragraph, an article about no one country, a nisba."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity

TUNISIA = ("أعلنت الرئاسة في تونس تمديد حالة الطوارئ في البلاد.\n\n"
           "وشهدت مدينة سوسة التونسية احتجاجات جديدة أمس.\n\n"
           "وقالت الحكومة التونسية إن الوضع في صفاقس مستقر.\n\n")


def _group(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "GROUP" and e.name == name)


def test_security_sources_in_a_tunisia_article_are_tuncop() -> None:
    e = _group(analyze_news(TUNISIA + "وأكدت مصادر أمنية أن الشرطة اعتقلت خمسة مشتبه بهم في سوسة."), "مصادر أمنية")
    assert (e.country, e.actor) == ("TUN", "TUNCOP")


def test_unions_in_a_tunisia_article_are_tunlab() -> None:
    e = _group(analyze_news(TUNISIA + "ونظمت النقابات احتجاجا أمام مقر الوزارة في صفاقس."), "النقابات")
    assert (e.country, e.actor) == ("TUN", "TUNLAB")


def test_security_forces_in_a_tunisia_article_are_tuncop() -> None:
    e = _group(analyze_news(TUNISIA + "واعتقلت قوات الأمن عشرة متشددين في ولاية القصرين."), "قوات الأمن")
    assert (e.country, e.actor) == ("TUN", "TUNCOP")


def test_another_country_in_the_paragraph_leaves_it_open() -> None:
    doc = analyze_news(TUNISIA + "وأكدت مصادر أمنية أن مسلحين ليبيين عبروا الحدود إلى بن قردان.")
    e = _group(doc, "مصادر أمنية")
    assert (e.country, e.actor) == (None, "COP")


def test_no_article_country_no_change() -> None:
    e = _group(analyze_news("وأكدت مصادر أمنية أن الشرطة اعتقلت خمسة مشتبه بهم."), "مصادر أمنية")
    assert (e.country, e.actor) == (None, "COP")


def test_a_nisba_keeps_its_own_country() -> None:
    doc = analyze_news(TUNISIA + "وأكدت مصادر أمنية جزائرية أن الشرطة اعتقلت خمسة مشتبه بهم.")
    e = next(e for e in doc.entities if e.type == "GROUP" and e.name.startswith("مصادر أمنية"))
    assert (e.country, e.actor) == ("DZA", "DZACOP")


def test_settlers_are_israels_by_the_lexicon() -> None:
    e = _group(analyze_news("وهاجم مستوطنين منازل الفلسطينيين في قرية قرب الخليل."), "مستوطنين")
    assert (e.country, e.actor) == ("ISR", "ISRCVL")


def test_the_interim_government_is_the_syrian_opposition() -> None:
    doc = analyze_news("وأعلنت الحكومة السورية المؤقتة عن خطة لإدارة المناطق المحررة في ريف حلب.")
    e = next(e for e in doc.entities if e.name == "الحكومة السورية المؤقتة")
    assert (e.country, e.actor) == ("SYR", "SYROPP")


def test_the_syrian_government_stays_syrgov() -> None:
    doc = analyze_news("وأعلنت الحكومة السورية عن خطة لإعادة إعمار المناطق في ريف حلب.")
    e = next(e for e in doc.entities if e.name == "الحكومة السورية")
    assert (e.country, e.actor) == ("SYR", "SYRGOV")


# An article mostly on Egypt that names Libya too (not twice as often: the resolver's own test of one country fails),
# where a large share of the sentences that name a country name Egypt.
EGYPT = ("أعلنت اللجنة العليا للانتخابات في مصر موعد الانتخابات البرلمانية.\n\n"
         "وتستعد الأحزاب المصرية للانتخابات في القاهرة والإسكندرية.\n\n"
         "وشهدت محافظة الجيزة المصرية اجتماعات للمرشحين أمس.\n\n"
         "وتتابع ليبيا الانتخابات باهتمام.\n\n"
         "وتعاني ليبيا من أزمة سياسية.\n\n")


def _person(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_a_titled_officer_takes_the_dominant_country() -> None:
    doc = analyze_news(EGYPT + "وقال اللواء حسام الدين منصور إن الاستعدادات اكتملت.")
    e = _person(doc, "حسام الدين منصور")
    assert (e.country, e.actor) == ("EGY", "EGYMIL")


def test_an_officer_in_a_sentence_naming_another_country_stays_open() -> None:
    doc = analyze_news(EGYPT + "وقال اللواء حسام الدين منصور إن الحدود مع ليبيا آمنة.")
    e = _person(doc, "حسام الدين منصور")
    assert (e.country, e.actor) == (None, None)
