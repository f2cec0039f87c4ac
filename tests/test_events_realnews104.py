"""Round 104 of real news: CAMEO codes and non-events. An attack attributed to or claimed by an extremist group, one
an extremist group does to police, soldiers or a mosque, and an attack noun that names a terrorist act told before
are unconventional violence (18x, not 190); a phone call that only carries a statement to the paper is no CONSULT;
«يهدد» of a thing or of a belief is a danger, no threat; a relative «ما» is no negation; someone's meetings in general
are none. Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_codes, news_event, news_modality


def _codes(text: str, trigger: str) -> list[str]:
    return [code for t, code in news_codes(text) if t == trigger]


# -- 18x by the extremist doer ----------------------------------------------------------------------------------


def test_attacks_attributed_to_the_extremist_organisation_are_unconventional() -> None:
    text = "وغيرت الحكومة سياستها بعد هجمات عنيفة على الاراضي الاردنية نسب معظمها الى التنظيم المتطرف."
    assert _codes(text, "هجمات") == ["180"]


def test_attack_attributed_to_rebels_stays_conventional() -> None:
    text = "وغيرت الحكومة سياستها بعد هجمات عنيفة على مواقع الجيش نسب معظمها الى المتمردين."
    assert _codes(text, "هجمات") == ["190"]


def test_attack_claimed_by_isis_is_unconventional() -> None:
    doc, ev = news_event("واستخدم الحزام في الاعتداء الذي تبناه تنظيم «داعش» في المدينة.", "الاعتداء")
    assert ev.code == "180"


def test_isis_attack_on_police_is_unconventional() -> None:
    doc, ev = news_event("وهاجم تنظيم داعش مركزا للشرطة في مدينة العريش أمس.", "وهاجم")
    assert ev.code == "180"
    assert event_arg(doc, ev, "source") == "تنظيم داعش"


def test_isis_attack_on_a_town_stays_conventional() -> None:
    doc, ev = news_event("وهاجم تنظيم داعش بلدة القريتين في ريف حمص أمس.", "وهاجم")
    assert ev.code == "190"


def test_definite_attack_after_a_suicide_bombing_is_that_bombing() -> None:
    text = ("وقتل عشرون شخصا في تفجير انتحاري استهدف مسجدا في المدينة يوم الجمعة. "
            "وبدأت المحكمة أمس محاكمة عشرة رجال يشتبه بضلوعهم في الاعتداء.")
    assert _codes(text, "الاعتداء") == ["1831"]


def test_definite_attack_after_a_battle_stays_conventional() -> None:
    text = ("وشن الجيش هجوما على مواقع المتمردين في الجبل يوم الجمعة. "
            "وقال ضابط إن عشرة جنود أصيبوا خلال الهجوم.")
    assert _codes(text, "الهجوم") == ["190"]


# -- a phone call that carries a statement --------------------------------------------------------------------


def test_call_that_carries_a_statement_is_no_consultation() -> None:
    text = "وقال المتحدث باسم الحكومة سالم العمري في اتصال هاتفي، أمس، إن الوزير سيعود إلى المدينة قريبا."
    assert [c for _, c in news_codes(text) if c.startswith("04")] == []


def test_call_with_the_paper_is_no_consultation() -> None:
    text = "وذكر الوزير سالم العمري خلال اتصال هاتفي مع «الشرق الأوسط» أن الحكومة ستعود إلى العاصمة."
    assert [c for _, c in news_codes(text) if c.startswith("04")] == []


def test_call_with_a_president_is_a_consultation() -> None:
    text = "وأكد الملك سلمان في اتصال هاتفي مع الرئيس المصري أن العلاقات بين البلدين قوية."
    doc, ev = news_event(text, "اتصال هاتفي")
    assert ev.code == "041"  # round ev901: a consultation by telephone
    assert event_arg(doc, ev, "source") == "سلمان"


# -- a danger, no threat --------------------------------------------------------------------------------------


def test_belief_that_a_deal_will_endanger_is_no_threat() -> None:
    text = "ويسعى معارضو الصفقة، ومنهم منظمات تعتقد أنها ستهدد أمن المنطقة، إلى إقناع النواب برفضها."
    assert [c for _, c in news_codes(text) if c.startswith("13")] == []


def test_abstract_antecedent_of_a_relative_threat_is_no_threat() -> None:
    text = "وحذر الشيخ من الغزو الثقافي الذي يهدد البلاد."
    assert [c for _, c in news_codes(text) if c.startswith("13")] == []


def test_conflict_that_came_to_endanger_is_no_threat() -> None:
    text = "وكتب المحلل إن صراع الهويات واختلاف الولاءات بات يهدد دولنا ومجتمعاتنا."
    assert [c for _, c in news_codes(text) if c.startswith("13")] == []


def test_president_threatening_a_veto_is_a_threat() -> None:
    doc, ev = news_event("وهدد الرئيس الأميركي باراك أوباما باستخدام حق النقض ضد القرار.", "وهدد")
    assert ev.code == "130"
    assert event_arg(doc, ev, "source") == "باراك أوباما"


def test_extremists_who_threatened_the_president_threaten() -> None:
    text = "وطالبت الرئاسة بالتحقيق مع المتطرفين الذين هددوا الرئيس."
    assert _codes(text, "هددوا") == ["130"]


# -- a relative «ما» ------------------------------------------------------------------------------------------


def test_ma_after_a_noun_phrase_is_relative() -> None:
    text = "وحصلت الحكومة على قروض بلغت مليار دولار من البنك الدولي والصندوق العربي ما قدم دعما كبيرا للموازنة."
    assert news_modality(text, "قدم") == "asserted"


def test_ma_with_a_resumptive_pronoun_is_relative() -> None:
    assert news_modality("ونفى الجيش ما أعلنه المتمردون عن حصار المدينة.", "أعلنه") == "asserted"


def test_kull_ma_is_relative() -> None:
    assert news_modality("كل ما أعلن رسميا كان الاتفاق على القاعدة الجوية.", "أعلن") == "asserted"


def test_ma_opening_its_clause_negates() -> None:
    assert news_modality("وقال السكان إن المدينة مهملة، ما زار الرئيس المدينة منذ عامين.", "زار") == "negated"


def test_ma_of_a_thing_that_confirms_is_no_statement() -> None:
    text = "لكن ما يؤكد على متانة العلاقة بين البلدين تلك الرسالة التي بعثها الملك."
    assert [c for _, c in news_codes(text) if c == "010"] == []


# -- someone's meetings in general ----------------------------------------------------------------------------


def test_owned_speeches_and_meetings_are_no_meeting() -> None:
    text = "وكان الموقف حاضرا دائما في خطاباته ولقاءاته بانسحاب القوات من البلاد."
    assert [c for _, c in news_codes(text) if c.startswith("04")] == []


def test_owned_meetings_with_leaders_are_meetings() -> None:
    doc = analyze_news("وأثمرت زياراته ولقاءاته مع القادة العرب عن اتفاق جديد.")
    assert "040" in [e.code for e in doc.events]


def test_ma_of_what_someone_stresses_is_his_statement() -> None:
    doc, ev = news_event("هذا ما يؤكد عليه الباحث الروسي يفغيني مينتشينكو في دراسته الأخيرة.", "يؤكد")
    assert ev.code == "010"


def test_passive_announced_leader_is_no_source() -> None:
    text = "ولم يشر المتحدث إلى الملا أختر منصور الذي كان قد أعلن زعيما جديدا للحركة بعد اجتماع في باكستان."
    doc, ev = news_event(text, "أعلن")
    assert ev.source is None
    assert event_arg(doc, ev, "target") == "أختر منصور"


def test_active_announcement_keeps_its_source() -> None:
    doc, ev = news_event("وأعلن الرئيس فلاديمير بوتين أن المنظمة دخلت مرحلة جديدة.", "وأعلن")
    assert event_arg(doc, ev, "source") == "فلاديمير بوتين"
