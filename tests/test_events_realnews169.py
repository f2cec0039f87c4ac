"""Round 169 of real news: arguments from anaphora. A lead's title whose holder the next sentence names
(entities/titlelinks.py, past an honorific and a person of another country named in the lead); «خلال اللقاء» with
one party named takes the other of the article's one meeting pair (events/meeting_pairs.py); «هذه الاتهامات»,
«الهجوم»: the parties of the one act of the kind told just before (events/pointed_back.py); the antecedent of
«التي أعلنت» and the first party listed after «مثل» (events/relative_subjects.py); a later verb of another word
with no target is another act (events/duplicates.py). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg


def test_lead_title_is_the_person_the_next_sentence_names_past_an_honorific() -> None:
    text = ("انتقد وزير الخارجية الكويتي دعم إيران للميليشيات في المنطقة. وقال الدكتور صباح الخالد في حديث لوكالة"
            " رويترز إن الحوار مع طهران ممكن.")
    assert news_arg(text, "انتقد", "source") == "صباح الخالد"
    assert news_arg(text, "انتقد", "target") == "إيران"


def test_lead_title_is_not_a_person_of_another_country() -> None:
    text = ("انتقد وزير الخارجية الكويتي دعم إيران لنظام بشار الأسد. وقال الرئيس التركي رجب طيب أردوغان في حديث"
            " لوكالة رويترز إن الحوار مع طهران ممكن.")
    assert news_arg(text, "انتقد", "source") == "وزير الخارجية الكويتي"


_MEETING = ("استقبل ولي العهد الأمير محمد بن نايف في الرياض أمس وزير الخارجية الفرنسي لوران فابيوس. {}وتناول اللقاء"
            " العلاقات الثنائية بين البلدين. وبحث اللقاء كذلك تطورات الأوضاع في المنطقة. من جانبه، نقل وزير الخارجية"
            " الفرنسي خلال اللقاء تحيات الرئيس الفرنسي.")


def test_meeting_noun_with_one_party_takes_the_other_of_the_meeting_pair() -> None:
    text = _MEETING.format("")
    at = text.rindex("اللقاء")
    text = text[:at] + "الاجتماع" + text[at + len("اللقاء"):]
    # round gr423: with the pair's other party taken, the noun names the reception's two parties: it tells that
    # reception again, one event (the host receives the French minister)
    assert news_arg(text, "الاجتماع", "target") == "لوران فابيوس"
    assert news_arg(text, "الاجتماع", "source") == "محمد بن نايف"


def test_meeting_noun_after_two_meeting_pairs_takes_no_other_party() -> None:
    text = _MEETING.format("واستقبل ولي العهد كذلك وزير الخارجية البريطاني فيليب هاموند. ")
    at = text.rindex("اللقاء")
    assert news_arg(text[:at] + "الاجتماع" + text[at + len("اللقاء"):], "الاجتماع", "target") == ""


def test_these_accusations_are_the_one_accusation_told_before() -> None:
    text = ("اتهمت الحكومة اليمنية جماعة الحوثيين بقصف الأحياء السكنية في تعز. ورفضت وزارة الخارجية الإيرانية هذه"
            " الاتهامات.")
    assert news_arg(text, "الاتهامات", "source") == "الحكومة اليمنية"
    assert news_arg(text, "الاتهامات", "target") == "جماعة الحوثيين"


def test_these_accusations_after_two_accusations_have_no_parties() -> None:
    text = ("اتهمت الحكومة اليمنية جماعة الحوثيين بقصف الأحياء السكنية في تعز. واتهم حزب المؤتمر الحكومة بالفساد."
            " ورفضت وزارة الخارجية الإيرانية هذه الاتهامات.")
    assert news_arg(text, "الاتهامات", "source") == ""
    assert news_arg(text, "الاتهامات", "target") == ""


def test_the_attack_after_an_attack_repelled_takes_no_doer() -> None:
    # the subject of «صدها» is the one attacked: no doer to pass on to «الهجوم»
    text = "وواصلت المقاومة الشعبية صدها هجوما كبيرا على مدينة الضالع. ويهدف الهجوم إلى اقتحام المدينة."
    assert news_arg(text, "الهجوم", "source") == ""


def test_relative_clause_verb_is_done_by_the_body_before_the_relative() -> None:
    text = "وقالت مصادر محلية إن حركة حماس، التي أعلنت أمس انسحابها من الحوار، ستعقد مؤتمرا."
    assert news_arg(text, "أعلنت", "source") == "حركة حماس"


def test_relative_clause_with_a_place_before_it_takes_no_source() -> None:
    text = "وقالت مصادر محلية إن الحركة في مدينة غزة، التي أعلنت أمس انسحابها من الحوار، ستعقد مؤتمرا."
    assert news_arg(text, "أعلنت", "source") != "غزة"


def test_plural_parties_are_done_by_the_first_listed_after_mithl() -> None:
    text = "وتواصل هذه الأطراف انتقاداتها للحكومة التونسية، مثل «الجبهة الشعبية» وحزب التيار الشعبي."
    assert news_arg(text, "انتقاداتها", "source") == "الجبهة الشعبية"


def test_a_named_party_keeps_its_act_past_mithl() -> None:
    text = "وتواصل الحكومة انتقاداتها للمعارضة، مثل «الجبهة الشعبية» وحزب التيار الشعبي."
    assert news_arg(text, "انتقاداتها", "source") == "الحكومة"


def test_a_later_verb_of_another_word_is_another_act() -> None:
    text = "انتقد الوزير السعودي عادل الجبير إيران بشدة أمس. وفي سياق آخر، هاجم الجبير الانتقادات الدولية للمملكة."
    assert news_arg(text, "هاجم", "source") == "عادل الجبير"
    assert news_arg(text, "هاجم", "target") != "إيران"
