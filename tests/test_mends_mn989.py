"""Round mn989: four mends.

- A saying whose place was left as its topic («في الأردن») keeps that country when its speaker, of another country,
  held talks that day with that country as a side (its officials): the host he is visiting (events.topic_venue).
- An inquiry only asked for («تطلب فيها التحقيق مع», «طالبت ... بالتحقيق مع») is no legal action done (court_acts).
- «أعلى/أرفع محكمة مصرية» describes the court the article names (entities.kindcourts), no new body.
- «مسلحون أكراد» placed as TURREB keeps its latin "Kurdish gunmen" (events.armed_sides, groups).
"""

from __future__ import annotations

from conftest import analyze_news, entity_named, news_arg, news_event_rows

HOST = ("وأجرى وزير الخارجية الفرنسي لوران فابيوس اليوم محادثات مع المسؤولين الأردنيين في مختلف الملفات. "
        "وشدد فابيوس على ضرورة وقف الهجمات الإرهابية في الأردن.")
OWN = ("وأجرى وزير الخارجية الأردني ناصر جودة اليوم محادثات مع المسؤولين الفرنسيين في مختلف الملفات. "
       "وشدد جودة على ضرورة وقف الهجمات الإرهابية في الأردن.")
ASKED = "وقدمت عائلة الشاب شكوى إلى الشرطة، تطلب فيها التحقيق مع الضابط سامي حمدان."
DEMANDED = "وطالبت النيابة العامة بالتحقيق مع المتهم سامي حمدان."
COURT = ("وقال المستشار سامي حمدان، رئيس المحكمة الدستورية العليا، إنه سيحضر الحفل بصفته رئيسا لأعلى محكمة مصرية، "
         "وفق ما أعلنت الرئاسة المصرية.")
KURDS = "وقتل مسلحون أكراد جنديين تركيين في هجوم على مركز للشرطة في جنوب شرق تركيا أمس."


def test_topic_country_kept_where_the_speaker_visits_it() -> None:
    assert news_arg(HOST, "وشدد", "location") == "الأردن"


def test_topic_country_of_the_speaker_himself_is_no_venue() -> None:
    assert news_arg(OWN, "وشدد", "location") == ""


def test_an_inquiry_only_asked_for_is_no_legal_action() -> None:
    for text in (ASKED, DEMANDED):
        assert [r for r in news_event_rows(text) if r[0] == "173"] == [], text


def test_highest_court_of_a_country_is_the_court_named() -> None:
    doc = analyze_news(COURT)
    court = entity_named(doc, "المحكمة الدستورية العليا")
    assert court.actor == "EGYJUD"
    assert len(court.mentions) == 2
    assert [e.name for e in doc.entities if e.name == "محكمة مصرية"] == []


def test_kurdish_gunmen_placed_in_turkey_keep_their_latin() -> None:
    gunmen = entity_named(analyze_news(KURDS), "مسلحون أكراد")
    assert (gunmen.actor, gunmen.latin) == ("TURREB", "Kurdish gunmen")
