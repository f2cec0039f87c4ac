"""Quote speakers on real news, round 4: the subject of the clause nearest before a cue («فيما شدد X ...، موضحا»,
«X يزور ...، ويشير», «أعرب X ...، والتي قال»), «سبق لـX أن», «وفقا لـ» a source, a title before a name, «تابع»
with an object."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def test_participle_after_a_while_clause_takes_its_subject() -> None:
    doc = analyze("وقال سامر خليل إنه بحث مع نظيره ملفات عدة، فيما شدد جون كيري على ضرورة وقف القتال، موضحا أن "
                  "مصر شريك مهم.")  # fmt: skip
    assert quote_speakers(doc) == [("وقال", "سامر خليل"), ("موضحا", "جون كيري")]


def test_participle_after_a_name_inside_the_quote_keeps_the_speaker() -> None:
    doc = analyze("وقال سامر خليل إن الرئيس جون كيري يزور القاهرة، مشيرا إلى أن الزيارة مهمة.")
    assert quote_speakers(doc) == [("وقال", "سامر خليل"), ("مشيرا", "سامر خليل")]


def test_conjoined_verb_shares_the_subject_of_the_clause_before() -> None:
    doc = analyze("- 2 مايو: الملك سلمان يستقبل الرئيس في الرياض. - 12 مايو: وزير الخارجية سامر خليل يزور القاهرة، "
                  "ويشير خلال مؤتمر صحافي إلى أن التنسيق مستمر.")  # fmt: skip
    assert quote_speakers(doc)[-1] == ("ويشير", "سامر خليل")


def test_relative_object_cue_takes_the_subject_of_the_clause_it_hangs_on() -> None:
    doc = analyze("قال الرئيس باراك أوباما إن القواعد جديدة. قبل أن يبدأ الرئيس أوباما خطابه أمس، أعرب ميتش ماكونيل "
                  "أنه سيفعل كل ما بوسعه لمواجهة تلك القواعد، والتي قال إن «الرئيس أصدرها دون الكونغرس».")  # fmt: skip
    assert quote_speakers(doc)[-1] == ("قال", "ميتش ماكونيل")


def test_according_to_a_rule_is_no_quote() -> None:
    doc = analyze("وتمنح المنح للطلاب وفقا للمميزات الشخصية لكل متعلم.")
    assert quote_speakers(doc) == []


def test_according_to_an_unlisted_agency_gives_it() -> None:
    # round en503: an agency head and a foreign name are a body of their own (entities/foreignbodies.py), no
    # longer only the speaker's phrase
    doc = analyze("قال سامر خليل إن الأمر انتهى. وقتل عشرة أشخاص في الهجوم، وفقا لوكالة إيلنا للأنباء.")
    assert quote_speakers(doc) == [("قال", "سامر خليل"), ("وفقا", "وكالة إيلنا للأنباء")]


def test_followed_with_a_definite_object_is_no_speech() -> None:
    doc = analyze("وقال عبد الفتاح، وهو مهاجر يعيش في لندن منذ 50 عاما، وتابع الجلسات التي انطلقت أمس، لـ«الشرق الأوسط»: "
                  "«الوضع صعب جدا».")  # fmt: skip
    assert quote_speakers(doc) == [("وقال", "عبد الفتاح")]
