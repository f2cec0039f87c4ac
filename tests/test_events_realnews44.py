"""Round 44 of real news: arguments the sentence names. A target's common noun holds the named owner past «لـ», a
bracket or a participle of belonging; after a word of cause the armed genitive of a strike struck; a verb of
accusing with one phrase and then «بـ» names the accused; its object pronoun stands for the one named candidate
that agrees; a «من» phrase after the subject is no object; an adverb of time is no source; what a targeting verb
targets is no subject."""

from __future__ import annotations

from conftest import news_arg


def test_a_target_noun_holds_its_named_owner() -> None:
    assert news_arg("وقالت المصادر إن طائرات حربية قصفت مواقع لـ«جبهة النصرة» في ريف حلب أمس.", "قصفت",
                    "target") == "جبهة النصرة"
    assert news_arg("وقصفت الطائرات مواقع (جبهة النصرة) بعشرة صواريخ.", "وقصفت", "target") == "جبهة النصرة"
    # a participle says to whom it was said, not whose
    assert news_arg("وقالت المصادر إنها نفت ذلك، قائلة لـ«الشرق الأوسط» إن الأمر غير صحيح.", "نفت",
                    "target") != "الشرق الأوسط"


def test_what_belongs_to_a_group_is_no_agent() -> None:
    text = "وبدأت الطائرات التركية باستهداف مواقع تابعة لتنظيم داعش في سوريا."
    assert news_arg(text, "باستهداف", "target") == "تنظيم داعش"
    assert "مواقع" not in news_arg(text, "باستهداف", "source")


def test_an_adverb_of_time_is_no_source() -> None:
    text = "وقتل حينها 14 ضابط أمن حين اقتحم مسلحون المباني."
    assert news_arg(text, "وقتل", "source") == "مسلحون"  # round 279: the «حين» clause's doer, not «حينها»
    assert news_arg(text, "وقتل", "target") == "14 ضابط أمن"


def test_after_a_word_of_cause_the_armed_genitive_struck() -> None:
    text = "ونقل الجرحى إلى المستشفى جراء قصف الميليشيات الحوثية."
    assert news_arg(text, "قصف", "source") == "الميليشيات الحوثية"
    assert news_arg(text, "قصف", "target") == ""
    # positions after the shelling are its target
    assert news_arg("وقتل عشرة مسلحين جراء قصف مواقع التنظيم.", "قصف", "source") == ""


def test_one_phrase_before_the_charge_is_the_accused() -> None:
    text = "ويتهم مرسي ومن معه باختلاس التقارير السرية."
    assert news_arg(text, "ويتهم", "target") == "مرسي"
    assert news_arg(text, "ويتهم", "source") == ""
    # a subject before the verb stays the accuser
    text = "وقال إن ايران اتهمت البحرين بزيادة التوتر في المنطقة."
    assert news_arg(text, "اتهمت", "source") == "ايران"
    assert news_arg(text, "اتهمت", "target") == "البحرين"


def test_the_accusing_pronoun_stands_for_the_one_candidate() -> None:
    text = "وقال الوزير إن بلاده رصدت تحركات إيران في المنطقة. واتهمها بدعم الميليشيات."
    assert news_arg(text, "واتهمها", "target") == "إيران"
    # two feminine candidates: none is guessed
    text = "وقال البيان إن قطر وتركيا دعمتا الجماعات المسلحة. واتهمها بالتورط في الحرب."
    assert news_arg(text, "واتهمها", "target") == ""


def test_the_origin_of_the_subject_is_no_object() -> None:
    text = "وناشد مواطنون من القطيف الحكومة التدخل لحمايتهم."
    assert news_arg(text, "وناشد", "target") == "الحكومة"
    assert news_arg(text, "وناشد", "source") == "مواطنون"


def test_what_a_targeting_verb_targets_is_no_subject() -> None:
    text = "وأشارت القيادة إلى أن سبع ضربات نفذت قرب الحسكة واستهدفت وحدات تكتيكية ومواقع قتالية."
    assert news_arg(text, "واستهدفت", "target") == "وحدات تكتيكية"
    assert news_arg(text, "واستهدفت", "source") == ""
    # «طالب» is no targeting verb
    text = "وطالب أمس الاثنين، حسين نقوي حسيني، عضو لجنة الأمن القومي، بتنفيذ القانون."
    assert news_arg(text, "وطالب", "source") == "حسين نقوي حسيني"


def test_the_agent_of_a_masdar_of_force_past_its_place() -> None:
    text = "وتأتي سيطرة الحوثيين في صنعاء على المؤسسات بعد أشهر من القتال."
    assert news_arg(text, "سيطرة", "source") == "الحوثيين"
    assert news_arg(text, "سيطرة", "target") == "المؤسسات"
