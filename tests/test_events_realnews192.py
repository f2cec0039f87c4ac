"""Events in real-news constructions, round 192: named parties the argument finder left as a phrase or did not
reach (events.named_targets, events.gentilics): a hostile act's names after «على» past a comma, one event each, by
the person named before his title; «مع الوفد الإيراني»: the country's delegation, IRNGOV; «أشاد بما تقوم به دولة X»: that country, and
no «بما ...» phrase as a target; «الكردستاني» after «حزب العمال الكردستاني»: the party; no MISC party."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg, news_event


def _targets(text: str, trigger: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    start = doc.text.index(trigger)
    return sorted((event_arg(doc, ev, "source"), event_arg(doc, ev, "target")) for ev in doc.events
                  if ev.trigger.start == start)


def test_hostile_act_on_names_listed_after_a_comma() -> None:
    text = ("بينما بدأ البرلمان البحث عن خطة، شن الفريق خليفة حفتر القائد العام للجيش الموالي للحكومة في ليبيا، "
            "هجوما عنيفا ومفاجئا بعد صمت طويل، على قطر والسودان وتركيا، واتهمها بدعم الإرهابيين.")
    assert _targets(text, "هجوما") == [("خليفة حفتر", "السودان"), ("خليفة حفتر", "تركيا"), ("خليفة حفتر", "قطر")]
    assert news_arg(text, "واتهمها") == "خليفة حفتر"


def test_no_listed_target_where_a_name_comes_first_or_no_name_follows() -> None:
    # the first named thing after the act is a place, not a name after «على»
    assert _targets("شن الجيش هجوما في سوريا، على مواقع المتمردين.", "هجوما") == [("الجيش", "")]
    # the title's phrase is no apposition of the man who speaks
    text = "قال المتحدث محمد علي إن القائد العام للجيش شن هجوما عنيفا على المتمردين."
    assert news_arg(text, "هجوما") == "القائد العام للجيش"


def test_talks_with_a_countrys_delegation() -> None:
    text = "أعلنت حركة أحرار الشام أمس عن توقف المفاوضات مع الوفد الإيراني في دمشق. وقالت إيران إنها مستعدة."
    # (since round en431 «الوفد الإيراني» is a body of its own, IRNGOV, not the bare country)
    assert news_arg(text, "المفاوضات", "target") == "الوفد الإيراني"
    doc, ev = news_event(text, "المفاوضات")
    assert next(e.actor for e in doc.entities if e.id == ev.target) == "IRNGOV"
    # a delegation of no country named
    text = "أعلنت حركة أحرار الشام أمس عن توقف المفاوضات مع الوفد المرافق للمبعوث في دمشق. وقالت إيران إنها مستعدة."
    assert news_arg(text, "المفاوضات", "target") == "الوفد المرافق للمبعوث"


def test_praise_for_what_a_country_does() -> None:
    text = "أشاد رئيس الوزراء المصري إبراهيم محلب بما تقوم به دولة الإمارات من دور كبير."
    assert news_arg(text, "أشاد", "target") == "دولة الإمارات"
    assert news_arg(text, "أشاد") == "إبراهيم محلب"
    # praise for what was achieved: no party, and no «بما ...» phrase
    assert news_arg("أشاد رئيس الوزراء المصري إبراهيم محلب بما تحقق من تقدم.", "أشاد", "target") == ""


def test_short_form_of_a_party_named_before() -> None:
    text = ("جدد الرئيس التركي رجب طيب أردوغان التزامه بمحاربة حزب العمال الكردستاني. "
            "وطالب الحزب القومي بوقف مفاوضات السلام مع الكردستاني.")
    assert news_arg(text, "مفاوضات", "target") == "حزب العمال الكردستاني"
    # no party of that name before: the word stays as read
    text = "جدد الرئيس رجب طيب أردوغان التزامه بمحاربة الحزب القومي. وطالب الحزب بوقف مفاوضات السلام مع الكردستاني."
    assert news_arg(text, "مفاوضات", "target") == "الكردستاني"


def test_no_misc_party() -> None:
    text = "اقتحم متسوقون غاضبون متجر سوبر ماركت «Unifrin» صباح الجمعة الماضي في المدينة."
    doc = analyze_news(text)
    misc = {e.id for e in doc.entities if e.type == "MISC"}
    assert misc and all(ev.source not in misc and ev.target not in misc for ev in doc.events)
    assert news_arg(text, "اقتحم", "target") == ""
    # a body stays the target
    assert news_arg("اقتحم مسلحون مقر الحزب القومي في أنقرة صباح أمس.", "اقتحم", "target") == "الحزب القومي"


def test_a_name_spelt_like_the_preposition_is_no_preposition() -> None:
    # «علي» is the child's name, not «على»: no target read from after it as a preposition's object; round ev878:
    # the burning's bare genitive is the one burnt (``gen:tgt``), the child himself
    text = "أدان الوزير سعد دوابشة جريمة إحراق الطفل علي دوابشة على يد مستوطنين."
    assert news_arg(text, "إحراق", "target") == "علي دوابشة"


def test_accusation_of_her_the_feminine_country_before() -> None:
    text = "تابعت الرابطة بأسف التصريحات التي صدرت عن نائب الرئيس العراقي نوري المالكي ضد السعودية واتهامه لها بتغذية الإرهاب."
    assert news_arg(text, "واتهامه", "target") == "السعودية"
    # «لها» is no masculine country's
    text = "تابعت الرابطة بأسف تصريحات نوري المالكي ضد الأردن واتهامه لها بتغذية الإرهاب."
    assert news_arg(text, "واتهامه", "target") == ""


def test_to_meet_the_ministers_of_a_council() -> None:
    text = ("وصل كيري إلى الدوحة للمشاركة في اجتماع مع دول مجلس التعاون الخليجي. وكان كيري أعلن عزمه التوجه إلى "
            "الدوحة للقاء وزراء خارجية دول مجلس التعاون وبحث الملف النووي معهم.")
    assert news_arg(text, "للقاء", "target") == "مجلس التعاون الخليجي"
    assert news_arg(text, "للقاء") == "كيري"
    # a place phrase first: no one met is read past it
    text = "أعلن كيري عزمه التوجه إلى الدوحة للقاء في قصر الضيافة الذي يستضيف مجلس التعاون الخليجي."
    assert news_arg(text, "للقاء", "target") == ""
