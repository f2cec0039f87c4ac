"""Round en975: a three-word name ending on a family name that is also a common word stays whole («حسن رضائي
مقدم،»); a Western surname in an odd spelling takes its listed Latin form («سيليفيان» Sullivan, through
latin_overrides.tsv); a government sharing its genitive with «وشعب» is named with the country («حكومة قطر»); civilians
and witnesses of no country word take the one country of their sentence's places or of a one-country article."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity


def _named(doc: Doc, word: str) -> Entity:
    return next(e for e in doc.entities if word in e.name)


def _group(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "GROUP" and e.name == name)


def test_three_word_name_with_common_family_name_stays_whole() -> None:
    doc = analyze_news("وصرح الباحث حسن رضائي مقدم، مدير مركز الدراسات في طهران، بأن الاتفاق مهم.")
    e = _named(doc, "رضائي")
    assert e.type == "PERSON"
    assert e.name == "حسن رضائي مقدم"


def test_rank_after_name_is_not_taken_into_it() -> None:
    doc = analyze_news("والتقى الوزير علي حسن المقدم في الجيش بالوفد الزائر.")
    assert all(not e.name.endswith("المقدم") for e in doc.entities if e.type == "PERSON")


def test_odd_spelling_of_sullivan_is_romanised() -> None:
    doc = analyze_news("وقال جون سيليفيان، الباحث في معهد بروكينغز، إن العقوبات ستستمر.")
    assert _named(doc, "سيليفيان").latin == "John Sullivan"


def test_shared_genitive_government_is_named_with_the_country() -> None:
    doc = analyze_news("وأعرب الوزير عن تقديره لحكومة وشعب قطر على دعمهما المتواصل.")
    e = next(x for x in doc.entities if x.actor == "QATGOV")
    assert e.name == "حكومة قطر"


def test_civilians_take_the_country_of_the_sentence_place() -> None:
    doc = analyze_news("وقتل سبعة من المدنيين في قصف جوي على مدينة إدلب.")
    assert _group(doc, "المدنيين").actor == "SYRCVL"


_YEMEN = ("شنت طائرات التحالف غارات على مواقع في صنعاء. وتقدمت القوات نحو تعز. وسيطرت المقاومة على عدن. "
          "واندلعت معارك في مأرب. وقال مسؤول في الحكومة اليمنية إن الوضع في اليمن يتحسن. ")


def test_witnesses_take_the_country_of_a_one_country_article() -> None:
    doc = analyze_news(_YEMEN + "وقال شهود عيان إن الاشتباكات استمرت طوال الليل.")
    assert _group(doc, "شهود عيان").actor == "YEMCVL"


def test_witnesses_stay_of_no_country_where_the_sentence_names_two() -> None:
    doc = analyze_news(_YEMEN + "وقال شهود عيان إن طائرات قصفت مواقع بين جيزان السعودية وصعدة.")
    assert _group(doc, "شهود عيان").country is None
