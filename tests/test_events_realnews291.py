"""Round ev291: event arguments. A named feminine state or body right after a feminine verb of calling is the one who
calls, not whom it calls on; a bare «الرئيس» is the one person the article gave that bare title, where no other
president was named since; a noun act after «بدأت في»/«واصل» takes the named subject of the clause before; a place
inside a person's designation («مبعوث الأمم المتحدة في اليمن فلان») is his post, not where the act is; a visit to a
named place is there, not in its aim's matter; «إنها لم تقصف»: the speaker's pronoun over a negation."""

from conftest import analyze_news, event_arg, news_arg, news_event


# -- a feminine verb of calling and a named feminine state or body after it (vso.feminine_subject)

def test_feminine_state_after_calling_verb_is_the_caller() -> None:
    text = "أصدرت الخارجية الأردنية بيانا أمس. وطالبت فرنسا بوقف القتال في ليبيا فورا."
    assert news_arg(text, "وطالبت") == "فرنسا"
    text = "وعقدت الحكومة اجتماعا طارئا. ودعت تركيا إلى ضبط النفس على الحدود."
    assert news_arg(text, "ودعت") == "تركيا"
    assert news_arg(text, "ودعت", "target") == ""


def test_feminine_body_after_calling_verb_is_the_caller() -> None:
    text = "ودعت منظمة هيومن رايتس ووتش إلى الإفراج عن الصحافيين المعتقلين."
    assert news_arg(text, "ودعت") == "منظمة هيومن رايتس ووتش"


def test_counter_masculine_country_after_feminine_verb_is_addressed() -> None:
    # «العراق» is masculine: the feminine verb's subject is dropped, Iraq is the one called on
    text = "وتحدثت الوزيرة للصحافيين أمس. ودعت العراق إلى حماية الحدود."
    assert news_arg(text, "ودعت", "target") == "العراق"


def test_counter_masculine_verb_before_state_keeps_addressee() -> None:
    text = "ودعا المجتمع الدولي إلى التحرك لوقف الحرب."
    assert news_arg(text, "ودعا") != "المجتمع الدولي"


# -- a bare title told again (bare_titles)

def test_bare_president_is_the_one_holding_that_title() -> None:
    text = ("وقال المتحدث الرسمي إن الرئيس السيسي سيكون في القاعة الكبرى منذ الصباح، وإن الضيوف سيكونون في "
            "مقر الإقامة، وفور وصول الرئيس سيستقبلهم في المنصة.")
    assert news_arg(text, "سيستقبلهم") == "السيسي"


def test_counter_bare_president_after_another_president_named() -> None:
    text = ("يصل الرئيس السيسي إلى الميناء صباحا، ويشارك الرئيس العراقي فؤاد معصوم في الحفل، "
            "وفور وصول الرئيس سيستقبلهم في المنصة.")
    assert news_arg(text, "سيستقبلهم") in ("", "الرئيس")


# -- a noun act after a verb of aspect with a dropped subject (aspect_carry)

def test_aspect_verb_with_dropped_subject_takes_the_clause_before() -> None:
    text = "وقبل أسبوع، شنت روسيا أولى ضرباتها على مواقع المسلحين في القوقاز، كما بدأت في مهاجمة عناصر متشددة."
    assert news_arg(text, "مهاجمة") == "روسيا"
    text = "وأعلن حزب الله تأييده للحكومة، كما واصل مهاجمة مواقع المسلحين في القلمون."
    assert news_arg(text, "مهاجمة") == "حزب الله"


def test_counter_aspect_verb_of_other_gender_takes_no_one() -> None:
    # «واصلت» is feminine, «حزب الله» masculine: the act is someone else's
    text = "وأعلن حزب الله تأييده للحكومة، كما واصلت مهاجمة مواقع المسلحين في القلمون."
    assert news_arg(text, "مهاجمة") != "حزب الله"


def test_counter_aspect_verb_with_its_own_subject() -> None:
    text = "وقبل أسبوع، شنت روسيا أولى ضرباتها على مواقع المسلحين، كما بدأ الجيش في مهاجمة عناصر متشددة."
    assert news_arg(text, "مهاجمة") != "روسيا"


# -- a place inside a person's designation (where_posts)

def test_place_in_an_envoys_designation_is_no_location() -> None:
    text = "وبحث الرئيس خلال لقائه أمس بالقاهرة مبعوث الأمين العام للأمم المتحدة في ليبيا برناردينو ليون سبل الحل."
    doc, ev = news_event(text, "لقائه")
    assert event_arg(doc, ev, "target") == "برناردينو ليون"
    assert next(e.name for e in doc.entities if e.id == ev.location) == "القاهرة"


def test_place_in_a_commanders_designation_is_no_location() -> None:
    text = "من جهته، قال قائد جيش الإسلام في الغوطة زهران علوش في تصريح صحافي إن المعارك مستمرة."
    doc, ev = news_event(text, "تصريح")
    assert ev.location is None


def test_counter_vso_meeting_in_a_place_keeps_it() -> None:
    # the designation right after the verb is its subject: «in Cairo» is where they met
    text = "التقى أمين عام الجامعة العربية في القاهرة وزير الخارجية سامح شكري."
    doc, ev = news_event(text, "التقى")
    assert next(e.name for e in doc.entities if e.id == ev.location) == "القاهرة"


def test_counter_place_with_no_person_after_it_stays() -> None:
    text = "واجتمع الوزير مع ممثل الأمم المتحدة في صنعاء أمس."
    doc, ev = news_event(text, "واجتمع")
    assert next(e.name for e in doc.entities if e.id == ev.location) == "صنعاء"


# -- a visit to a named place and its aim's matter (where_purpose.visited_aim_place)

def test_visit_is_where_it_goes_not_in_its_aims_matter() -> None:
    text = "ويزور وزير الخارجية الإيراني الكويت لبحث جهود التسوية في اليمن وسوريا."
    doc, ev = news_event(text, "ويزور")
    assert next(e.name for e in doc.entities if e.id == ev.location) == "الكويت"


def test_counter_visit_with_no_place_target_keeps_its_place() -> None:
    # no named place is the target and no aim between: the «في» place is where the visit is
    text = "ويزور وزير الخارجية الإيراني مدينة جدة في السعودية."
    doc, ev = news_event(text, "ويزور")
    assert next(e.name for e in doc.entities if e.id == ev.location) == "السعودية"


# -- the speaker's pronoun over a negation (agents.pronoun_complementizer_before)

def test_speaker_pronoun_over_negation_is_the_doer() -> None:
    text = "وقالت الحكومة الباكستانية، أمس، إنها لم تقصف أي قرى يسكنها مدنيون في وزيرستان."
    doc, ev = news_event(text, "تقصف")
    assert event_arg(doc, ev, "source") == "الحكومة الباكستانية"
    assert ev.modality == "negated"


def test_counter_no_pronoun_before_the_negation() -> None:
    text = "وقالت الحكومة الباكستانية، أمس، إن الطائرات لم تقصف أي قرى في وزيرستان."
    doc, ev = news_event(text, "تقصف")
    assert event_arg(doc, ev, "source") != "الحكومة الباكستانية"



# -- charges someone faces (clause_roles.faces_charges)

def test_charges_faced_are_against_him_and_made_by_no_one_named_before() -> None:
    text = "ويواجه هانيبال القذافي وهو نجل الزعيم الليبي الراحل معمر القذافي عدة اتهامات."
    doc, ev = news_event(text, "اتهامات")
    assert event_arg(doc, ev, "target") == "هانيبال القذافي"
    assert ev.source is None  # (not the father named in the apposition)


def test_counter_charges_denied_keep_their_maker_after_them() -> None:
    # a verb of denying: the maker of the charges named after the noun stays
    text = "ونفى حزب الله اتهامات الحكومة البحرينية له بالتدخل."
    doc, ev = news_event(text, "اتهامات")
    assert event_arg(doc, ev, "target") == "حزب الله"
    assert event_arg(doc, ev, "source") == "الحكومة البحرينية"


# -- «حيث» + a verb inside an «إن» clause (clauses.hayth_subject)

def test_hayth_verb_in_reported_clause_is_the_clause_subjects() -> None:
    text = ("وقال المتحدث باسم الخارجية إن المبعوث الأميركي جون كيري سيتوجه إلى مسقط حيث التقى من قبل "
            "بممثلين للحوثيين.")
    assert news_arg(text, "التقى") == "جون كيري"


def test_counter_hayth_verb_after_a_main_clause_takes_its_subject() -> None:
    # no «إن» clause before «حيث»: the main clause's named subject, as before
    text = "ترأس الرئيس عبد الفتاح السيسي اجتماعا للحكومة أمس، حيث طالب بالالتزام بالخطة."
    assert news_arg(text, "طالب") == "عبد الفتاح السيسي"


# -- «من قبل» as «before», no agent words (nearest_agent._adverb_before)

def test_min_qabl_before_a_preposition_is_an_adverb() -> None:
    text = ("وقال المتحدث إن المبعوث جون كيري سيذهب بعد زيارته لمصر إلى سلطنة عمان حيث التقى من قبل "
            "بممثلين للحوثيين.")
    assert news_arg(text, "زيارته") == "جون كيري"  # (not taken away as the doer of «التقى من قبل»)


def test_counter_min_qabl_before_a_noun_names_the_doer() -> None:
    text = "وطالب الوزير بالتحقيق في اغتيال الناشط من قبل مسلحين مجهولين."
    assert news_arg(text, "اغتيال") == "مسلحين مجهولين"
    assert news_arg(text, "بالتحقيق") != "مسلحين مجهولين"


def test_counter_feminine_verb_after_a_comma_goes_on_the_clause() -> None:
    # «، وطالبت»: the verb goes on the clause before; the named state after it is the one called on
    text = "وأدانت منظمة التعاون الإسلامي الهجوم على المسجد، وطالبت فرنسا بحماية المساجد."
    assert news_arg(text, "وطالبت") != "فرنسا"
