"""Round en997: actor and country consistency. Kurdish armed descriptions in a sentence that names the article's
country among others are that country's rebels, as the PKK of the lexicon is (TURREB, not KURREB); Iraq's KDP is a
listed Iraqi party (IRQPTY), and its short name after it too; an officer named by a bare title in one brief of a
digest is of his brief's country, not the country the whole page names most; a rank at the head of a lexicon
person's name («مقدم», lieutenant colonel) is no part of the name nor of its Latin."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity


def _named(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.name == name)


DIGEST = ("هجوم على موكب وزير في سريلانكا\n"
          "كولومبو - «الشرق الأوسط»: أعلنت الشرطة في سريلانكا أن مسلحين هاجموا أمس موكب وزير التجارة كومارا بيريرا "
          "في العاصمة. وقال بيريرا للصحافيين إنه لم يصب بأذى.\n\n"
          "الرئيس البرازيلي يزور الأرجنتين\n"
          "برازيليا - «الشرق الأوسط»: يزور رئيس البرازيل الأرجنتين الأسبوع المقبل. وقال مسؤول في البرازيل إن الزيارة "
          "تتناول التجارة. وأضاف أن البرازيل تريد اتفاقا جديدا، وأن البرازيل لن تتراجع.")


def test_bare_titled_minister_of_a_digest_takes_his_briefs_country() -> None:
    e = _named(analyze_news(DIGEST), "كومارا بيريرا")
    assert (e.country, e.actor) == ("LKA", "LKAGOV")


def test_one_story_article_is_not_read_as_a_digest() -> None:
    from rasd.entities.stories import story_starts
    doc = analyze_news("برازيليا - «الشرق الأوسط»: يزور رئيس البرازيل الأرجنتين الأسبوع المقبل.\n"
                       "وقال مسؤول إن الزيارة مهمة.")
    assert story_starts(doc) == []
    assert story_starts(analyze_news(DIGEST)) == [0, DIGEST.index("الرئيس البرازيلي")]


KURDS = ("أنقرة - قالت الحكومة التركية إن الجيش سيواصل عملياته في جنوب شرقي تركيا. وأضافت أن تركيا لن تتفاوض مع "
         "المتمردين. وأعلن الجيش التركي أمس أن طائراته قصفت مواقع في العراق وقتلت 40 مقاتلا كرديا، بحسب بيان صدر في "
         "أنقرة. وأكد رئيس الوزراء التركي أن الحملة ستستمر في تركيا.")


def test_kurdish_fighters_in_a_sentence_naming_two_countries_are_the_articles_rebels() -> None:
    e = _named(analyze_news(KURDS), "مقاتلا كرديا")
    assert (e.country, e.actor, e.latin) == ("TUR", "TURREB", "Kurdish fighters")


def test_kdp_is_an_iraqi_party_and_so_is_its_short_name() -> None:
    doc = analyze_news("أربيل - أعلن الحزب الديمقراطي الكردستاني رفضه تعديل قانون الرئاسة في الإقليم. وقال مسؤول إن "
                       "الحزب الديمقراطي يدعو إلى انتخاب الرئيس مباشرة.")
    assert _named(doc, "الحزب الديمقراطي الكردستاني").actor == "IRQPTY"
    assert all(e.actor == "IRQPTY" for e in doc.entities if e.name.startswith("الحزب الديمقراطي"))


def test_pjak_is_irans_rebels_and_kdpi_not_iraqs_party() -> None:
    doc = analyze_news("وقال حزب الحياة الحرة الكردستاني إن مقاتليه اشتبكوا مع الحرس الثوري، فيما نفى الحزب الديمقراطي "
                       "الكردستاني الإيراني أي صلة بالهجوم.")
    assert _named(doc, "حزب الحياة الحرة الكردستاني").actor == "IRNREB"
    assert _named(doc, "الحزب الديمقراطي الكردستاني الإيراني").actor == "IRNREB"


def test_rank_heading_a_lexicon_name_is_no_part_of_it() -> None:
    doc = analyze_news("وقال المقدم عبد غني الدليمي إن الشرطة اعتقلت خمسة مطلوبين في الرمادي.")
    e = next(x for x in doc.entities if x.type == "PERSON")
    assert e.name == "عبد غني الدليمي"
    assert "Muqaddam" not in (e.latin or "")
    assert (e.country, e.roles) == ("IRQ", ["المقدم"])


def test_participle_muqaddam_is_no_name() -> None:
    doc = analyze_news("وأكد الوزير أن الدعم المقدم من المانحين وصل، وقال مقدم البرنامج سامي نبيل إن الحلقة ألغيت.")
    assert all("Muqaddam" not in (e.latin or "") for e in doc.entities)
    assert _named(doc, "سامي نبيل").type == "PERSON"
