"""Entities, round ents85: a citizen's name after «المواطن», a place word before a man's name, city spellings, and
a speaker resumed by «هو أيضا».

* «المواطن/المواطنة» before a name is a title (no sector): «المواطن فيصل المضف»; after a title and a listed given
  name, a definite word too rare for a noun of the news is the family name (not a participle before its preposition:
  «الدكتور خالد المتخصص في», nor a frequent adjective: «الملك فيصل الراحل»);
* a place word before what the tagger reads as a man's name makes the place, and the place's name holds the place
  word: «جبل عبد الملك» (not «عبد الملك» alone);
* the spellings «شنغهاي» (Shanghai) and «ألماتي» (Almaty) are the cities (places_extra.tsv, through the build);
* «فإن فلان هو أيضا يرى أن ...»: the name before the resuming pronoun and «أيضا» speaks (no one carried over);
* «X، نائب مدير عام مطار عدن الدولي»: a person of no country takes the country of the located place in the apposition
  of office right after his name (not past a preposition: «المبعوث الخاص إلى اليمن», «مراسل الصحيفة في القاهرة»).
"""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type


def _speakers(text: str) -> list[str | None]:
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [names.get(q.speaker) if q.speaker else None for q in doc.quotes]


# ------------------------------------------------------------------------------------------------ citizens
def test_citizen_and_rare_family_name_is_one_person() -> None:
    doc = analyze_news("والبداية مع المواطن فيصل المضف الذي عمل في النفط. وقال المضف إن الغزو كان مفاجئا.")
    e = entity_named(doc, "فيصل المضف")
    assert list(e.roles) == ["المواطن"] and len(e.mentions) == 2


def test_woman_citizen_is_her_title() -> None:
    doc = analyze_news("وقالت المواطنة سعاد الكندري إن الماء انقطع.")
    assert list(entity_named(doc, "سعاد الكندري").roles) == ["المواطنة"]


def test_citizen_with_an_adjective_is_nobody() -> None:
    assert names_of_type(analyze_news("ويعاني المواطن العربي من الغلاء منذ سنوات."), "PERSON") == []


def test_participle_before_its_preposition_is_no_family_name() -> None:
    persons = names_of_type(analyze_news("وقال الدكتور خالد المتخصص في الاقتصاد إن البلاد بخير."), "PERSON")
    assert "خالد المتخصص" not in persons


def test_frequent_adjective_after_a_king_is_no_family_name() -> None:
    persons = names_of_type(analyze_news("وقال الملك فيصل الراحل إن البلاد بخير."), "PERSON")
    assert "فيصل الراحل" not in persons


# ------------------------------------------------------------------------------------------------ place words
def test_mountain_named_after_a_man_keeps_its_place_word() -> None:
    doc = analyze_news("وتقع النقاط المقابلة لواحة الكفرة وجبل عبد الملك، في الداخل الليبي.")
    assert "جبل عبد الملك" in names_of_type(doc, "LOCATION")
    assert "عبد الملك" not in names_of_type(doc, "PERSON") + names_of_type(doc, "LOCATION")


def test_man_named_abd_al_malik_stays_a_person() -> None:
    doc = analyze_news("ووصل عبد الملك الحوثي إلى الجبل أمس.")
    assert "عبد الملك الحوثي" in names_of_type(doc, "PERSON")
    assert names_of_type(doc, "LOCATION") == []


# ------------------------------------------------------------------------------------------------ city spellings
def test_shanghai_spelling_is_the_chinese_city() -> None:
    text = "وتنقل السفن البضائع بين شنغهاي ونيويورك كل أسبوع."
    doc = analyze_news(text)
    e = next(e for e in doc.entities if any(text[m.start : m.end] == "شنغهاي" for m in e.mentions))
    assert (e.type, e.country) == ("LOCATION", "CHN")


def test_shanghai_organisation_stays_the_body() -> None:
    doc = analyze_news("وعقدت قمة منظمة شنغهاي في روسيا الشهر الماضي.")
    assert "منظمة شنغهاي" in names_of_type(doc, "ORGANIZATION")
    assert not any(n in ("شانغهاي", "شنغهاي") for n in names_of_type(doc, "LOCATION"))


def test_almaty_after_a_dual_place_word() -> None:
    doc = analyze_news("وانحصر التصويت بين مدينتي بكين وألماتي قبل أن تحسم اللجنة الأمر.")
    assert entity_named(doc, "ألماتي").country == "KAZ"


# ------------------------------------------------------------------------------------------------ «هو أيضا»
_BEFORE = "وكان غانم الرشيد في الكويت. وعقد فيصل المطيري لقاء. وكما في حالة المطيري فإن "


def test_name_then_resuming_pronoun_and_also_speaks() -> None:
    assert _speakers(_BEFORE + "الرشيد هو أيضا يرى أن الكويت عرضة لهزة أخرى.") == ["غانم الرشيد"]


def test_name_then_also_speaks() -> None:
    assert _speakers(_BEFORE + "الرشيد أيضا يرى أن الكويت عرضة لهزة أخرى.") == ["غانم الرشيد"]


def test_place_before_the_pronoun_is_no_speaker() -> None:
    speakers = _speakers("وقال فيصل المطيري إن الوضع صعب. وكما في حالة العراق فإن الكويت هي أيضا ترى أن الخطر قائم.")
    assert speakers[0] == "فيصل المطيري" and "الكويت" not in speakers


def test_province_word_stays_out_of_the_regions_name() -> None:
    doc = analyze_news("وقصفت الطائرات مواقع شمال مدينة سامراء في محافظة صلاح الدين أمس.")
    places = names_of_type(doc, "LOCATION")
    assert "صلاح الدين" in places and "محافظة صلاح الدين" not in places


# ------------------------------------------------------------------------------------------------ a post's place
def _country(text: str, name: str) -> str | None:
    country: str | None = entity_named(analyze_news(text), name).country
    return country


def test_post_at_a_located_airport_gives_the_country() -> None:
    text = "وقال عبد الرقيب العمري، نائب مدير عام مطار عدن الدولي، إن العمل متواصل."
    assert _country(text, "عبد الرقيب العمري") == "YEM"


def test_envoy_to_a_country_takes_no_country_from_it() -> None:
    assert _country("وقال فهد القاشي، المبعوث الخاص إلى اليمن، إن العمل متواصل.", "فهد القاشي") is None


def test_reporter_in_a_city_takes_no_country_from_it() -> None:
    assert _country("وقال سامر حداد، مراسل الصحيفة في القاهرة، إن العمل متواصل.", "سامر حداد") is None
