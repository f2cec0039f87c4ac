"""Round ev391: the subject a verb in «و/ف» with none of its own carries from a clause opener the plain reading does
not reach (events.opener_reach, called from events.carry.clause_prior). Hand-made Arabic sentences.

- past prepositional phrases fronted at the sentence's start, the verb that opens the clause still names the subject
  the later verb shares («وفي ختام الاجتماع وافقت اللجنة المركزية ... ورفضت»);
- a verb in «ف/و» right after «؛» goes on the clause before it (the sentence splitter ends a sentence at «؛»): its
  subject is that clause's («وتحركت الحكومة الأردنية سريعا؛ فطالبت»), not an actor carried from an earlier sentence;
- a statement noun of occasion is the clause actor's (events.occasions: «وشدد فلان، وزير ...، في تصريحات»);
- an imperfect main verb after its subject's relative clause has that subject (events.readings.relative_antecedent:
  «نتنياهو الذي يعارض الاتفاق سيلقي كلمة»).
"""

from __future__ import annotations

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _event(doc: Doc, trigger: str) -> Event:
    return next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def _source(doc: Doc, e: Event) -> str | None:
    ent = doc.entity(e.source)
    return ent.name if ent is not None else None


def test_verb_after_fronted_phrase_shares_the_openers_subject(pipe: Pipeline) -> None:
    doc = pipe("وفي ختام الاجتماع وافقت اللجنة المركزية على اقتراح تسيبراس ورفضت اقتراحا آخر.")
    assert _source(doc, _event(doc, "ورفضت")) == "اللجنة المركزية"


def test_fronted_phrase_with_a_relative_clause_after_a_comma(pipe: Pipeline) -> None:
    doc = pipe("وقال عضو في الحزب إن الأغلبية صوتت لصالح المؤتمر، وفي ختام الاجتماع الذي استمر أكثر من 12 ساعة "
               "وافقت اللجنة المركزية على اقتراح تسيبراس ورفضت اقتراحا آخر.")
    assert _source(doc, _event(doc, "ورفضت")) == "اللجنة المركزية"


def test_fronted_relative_clause_names_no_subject_of_the_clause(pipe: Pipeline) -> None:
    # the name inside the relative clause («ترأستها الوزيرة فلانة») is not the subject the later verb shares
    doc = pipe("وفي الجلسة التي ترأستها الوزيرة فيدريكا موجيريني وافقت اللجنة المركزية على الاقتراح ورفضت اقتراحا آخر.")
    assert _source(doc, _event(doc, "ورفضت")) == "اللجنة المركزية"


def test_verb_after_bad_an_goes_on_the_clause_before(pipe: Pipeline) -> None:
    doc = pipe("ووصلت القوات العراقية إلى أطراف المدينة بعد أن سيطرت على شارع 60.")
    assert _source(doc, _event(doc, "سيطرت")) == "القوات العراقية"


def test_verb_after_bad_an_with_its_own_subject_keeps_it(pipe: Pipeline) -> None:
    # «بعد أن هاجمت الطائرات»: the planes attacked, not the man who arrived
    doc = pipe("ووصل وزير الخارجية الأميركي جون كيري إلى الدوحة بعد أن هاجمت الطائرات مواقع داعش.")
    assert _source(doc, _event(doc, "هاجمت")) != "جون كيري"


def test_fronted_openers_subject_must_agree_with_the_later_verb(pipe: Pipeline) -> None:
    # a man opens the clause; the later verb is feminine: he is not its subject
    doc = pipe("وفي ختام الاجتماع وافق الرئيس عبد الفتاح السيسي على الاقتراح ورفضت بعدها الخطة.")
    assert _source(doc, _event(doc, "ورفضت")) is None


def test_verb_after_semicolon_has_the_subject_of_the_clause_before(pipe: Pipeline) -> None:
    doc = pipe("وأدان الرئيس الأمريكي باراك أوباما الهجوم. وتحركت الحكومة الأردنية سريعا؛ فطالبت بوقف الاعتداءات.")
    assert _source(doc, _event(doc, "فطالبت")) == "الحكومة الأردنية"


def test_verb_after_a_full_stop_is_not_read_across_a_semicolon(pipe: Pipeline) -> None:
    # the same verb after a full stop: the semicolon rule does not apply (the sentence before is no clause of it)
    doc = pipe("وتحركت الحكومة الأردنية سريعا. وأدان الرئيس الأمريكي باراك أوباما الهجوم. فطالب بوقف الاعتداءات.")
    assert _source(doc, _event(doc, "فطالب")) != "الحكومة الأردنية"


# events.occasions (round ev391): a statement noun of occasion («في تصريحات», «في تصريحاته») is the clause actor's


def test_statement_noun_of_occasion_after_a_set_off_title_is_the_speakers(pipe: Pipeline) -> None:
    doc = pipe("وشدد الشيخ محمد عبد الله المبارك الصباح، وزير الدولة لشؤون مجلس الوزراء الكويتي، في تصريحات نقلتها "
               "وكالة الأنباء الكويتية أمس، أن العلاقات مع السعودية قوية.")
    assert _source(doc, _event(doc, "تصريحات")) == "محمد عبد الله المبارك الصباح"


def test_fronted_statement_noun_with_a_pronoun_is_the_speakers(pipe: Pipeline) -> None:
    doc = pipe("وفي تصريحاته أمس شدد الشيخ محمد عبد الله المبارك الصباح على أن العلاقات مع السعودية قوية.")
    assert _source(doc, _event(doc, "تصريحاته")) == "محمد عبد الله المبارك الصباح"


def test_statement_noun_with_a_named_genitive_is_not_the_clause_actors(pipe: Pipeline) -> None:
    # «في تصريحات الوزير فلان»: the named man's own statements, not those of the one who cites them
    doc = pipe("وشدد الشيخ محمد عبد الله المبارك الصباح، في تصريحات وزير الخارجية السعودي عادل الجبير، على الأمر.")
    assert _source(doc, _event(doc, "تصريحات")) != "محمد عبد الله المبارك الصباح"


def test_statement_noun_with_a_dual_pronoun_is_no_single_speakers(pipe: Pipeline) -> None:
    doc = pipe("وفي تصريحاتهما أمس شدد الشيخ محمد عبد الله المبارك الصباح على أن العلاقات مع السعودية قوية.")
    assert _source(doc, _event(doc, "تصريحاتهما")) is None


# events.readings.relative_antecedent (round ev391): an imperfect main verb after the subject's relative clause

_NETANYAHU = "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو أمس كلمة. "


def test_imperfect_verb_after_a_relative_clause_has_the_antecedent_as_subject(pipe: Pipeline) -> None:
    doc = pipe(_NETANYAHU + "وقال ممثلون إن نتنياهو الذي يعارض بشدة هذا الاتفاق سيلقي كلمة أمامهم.")
    assert _source(doc, _event(doc, "سيلقي")) == "بنيامين نتنياهو"


def test_verb_in_what_the_relative_clause_says_is_not_the_antecedents(pipe: Pipeline) -> None:
    # «الذي قال إن الحكومة ستهاجم»: the verb goes on what he said; its subject is the one said there
    doc = pipe(_NETANYAHU + "وقال ممثلون إن نتنياهو الذي قال إن الحكومة الإسرائيلية ستهاجم المتظاهرين أثار غضبا.")
    assert _source(doc, _event(doc, "ستهاجم")) == "الحكومة الإسرائيلية"


# events.noun_sources (round ev391): a verb of launching or keeping up a campaign names the doer of the act it governs


def test_subject_of_a_verb_of_launching_does_the_campaigns_acts(pipe: Pipeline) -> None:
    doc = pipe("وبدأت تركيا حملة ضربات جوية على الحزب في شمال العراق.")
    assert _source(doc, _event(doc, "ضربات جوية")) == "تركيا"


def test_act_that_is_the_subject_of_beginning_has_no_doer_from_another_clause(pipe: Pipeline) -> None:
    # «قبل أن يبدأ الهجوم»: the attack begins (its subject); the opposition of the clause before did not do it
    doc = pipe("وكانت المعارضة السورية قد قطعت المياه قبل أن يبدأ الهجوم على الزبداني.")
    assert _source(doc, _event(doc, "الهجوم")) is None


# events.launched_acts (round ev391): a verb of targeting that describes a launched war or campaign


def test_targeting_verb_after_a_launched_war_is_the_launchers(pipe: Pipeline) -> None:
    doc = pipe("وقد أطلق الرئيس رجب طيب اردوغان «حربًا على الارهاب»، تستهدف حزب العمال الكردستاني كما تنظيم «داعش».")
    assert _source(doc, _event(doc, "تستهدف")) == "رجب طيب اردوغان"


def test_targeting_verb_after_a_war_launched_in_the_pluperfect(pipe: Pipeline) -> None:
    doc = pipe("وكان الرئيس التركي رجب طيب إردوغان قد أطلق «حربا على الإرهاب»، تستهدف حزب العمال الكردستاني.")
    assert _source(doc, _event(doc, "تستهدف")) == "رجب طيب إردوغان"


def test_name_inside_the_launched_object_is_not_the_launcher(pipe: Pipeline) -> None:
    # «حربا على حزب العمال الكردستاني»: the party the war is on does not wage it
    doc = pipe("وأطلق الرئيس حربا على حزب العمال الكردستاني، تستهدف مواقعه في الجبال.")
    assert _source(doc, _event(doc, "تستهدف")) != "حزب العمال الكردستاني"


# events.saying_doers (round ev391): the speaker of «قائلا» after a verb act with no subject of its own does it


def test_verb_act_before_saying_participle_is_the_speakers(pipe: Pipeline) -> None:
    # «خرج» is read as no verb, so the verb after «؛» carried the president of the sentence before; «قائلا» names
    # the one who attacked
    doc = pipe("وأدان الرئيس الإسرائيلي رؤوبين رفلين الجريمة بشدة. وإزاء ذلك، خرج رئيس الوزراء بنيامين نتنياهو "
               "لمواجهة الحملة؛ فهاجم السلطة الفلسطينية قائلا: «نشجب جميعا الإرهاب أيا كان مصدره».")
    assert _source(doc, _event(doc, "فهاجم")) == "بنيامين نتنياهو"


def test_verb_act_with_its_own_subject_keeps_it_before_anothers_participle(pipe: Pipeline) -> None:
    doc = pipe("وهاجم رؤوبين رفلين المتطرفين، وعلقت الوزيرة ميري ريغيف على ذلك قائلة: «هذا ظلم».")
    assert _source(doc, _event(doc, "وهاجم")) == "رؤوبين رفلين"


# events.actors.doing_it (round ev391): a verb of sending + «بها» after a message noun names its sender


def test_cable_sent_by_a_named_king_is_his(pipe: Pipeline) -> None:
    doc = pipe("فقبل برقية التعزية التي بعث بها خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى الرئيس المصري "
               "عبد الفتاح السيسي بعد الهجمات، جاءت الصورة مختلفة.")
    ev = _event(doc, "برقية التعزية")
    target = doc.entity(ev.target)
    assert _source(doc, ev) == "سلمان بن عبد العزيز"
    assert target is not None and target.name == "عبد الفتاح السيسي"


def test_sending_verb_followed_by_a_place_names_no_sender(pipe: Pipeline) -> None:
    # «أرسل بها إلى القاهرة»: the phrase after «بها» is where it went, no sender
    doc = pipe("وجاءت برقية التعزية التي أرسل بها إلى القاهرة بعد الهجمات.")
    assert _source(doc, _event(doc, "برقية التعزية")) is None


# events.group_anaphors (round ev391): «مقاتلي الحزب» after the party is named in the sentence


def test_men_of_the_party_named_before_are_that_partys(pipe: Pipeline) -> None:
    doc = pipe("في سياق آخر، اعترفت القيادة العسكرية لحزب العمال الكردستاني، في بيان، أن «مقاتلي الحزب هم من قاموا "
               "بتفجير أنبوب النفط بين إقليم كردستان وتركيا».")
    assert _source(doc, _event(doc, "بتفجير")) == "حزب العمال الكردستاني"


def test_supporters_of_the_party_are_not_the_party(pipe: Pipeline) -> None:
    # «أنصار الحزب»: its supporters are no noun of its men (group_heads): the party is not named the doer
    doc = pipe("في سياق آخر، اعترفت القيادة العسكرية لحزب العمال الكردستاني، في بيان، أن «أنصار الحزب هم من قاموا "
               "بتفجير أنبوب النفط بين إقليم كردستان وتركيا».")
    assert _source(doc, _event(doc, "بتفجير")) is None
