"""Round 285: event arguments (source, target, location). An apposition set off by commas after a named VSO subject
keeps it the subject; agent words past a statement's matter are the matter's; a word's own «ب» after a free
preposition is no clitic; a place past a comma and another clause's verb is that clause's; «قامت بها X» names a noun
act's doer; a host verb's «ـهم/ـهما» receives the guests told before; a verb of holding names the holder of a noun
act past the holder's titles and a comma."""

from conftest import analyze_news, news_arg, news_place


# events.apposed_inserts: «خطفت X، ذراع Y، أمس، مجموعة»


def test_apposition_after_named_subject_keeps_the_subject() -> None:
    text = "اختطفت جبهة النصرة، فرع تنظيم القاعدة في سوريا، أمس، مجموعة من مقاتلي الفرقة 30 قرب مدينة إدلب."
    assert news_arg(text, "اختطفت") == "جبهة النصرة"
    assert news_arg(text, "اختطفت", "target") == "الفرقة 30"  # not the apposition's genitive


def test_apposition_genitive_is_no_object_of_a_demand() -> None:
    text = "وطالب أمس الأحد، النائب محمد صالح، عضو لجنة الأمن القومي في البرلمان الإيراني، بمحاكمة المتهمين."
    assert news_arg(text, "وطالب") == "محمد صالح"
    assert news_arg(text, "وطالب", "target") == ""


def test_counter_accusative_adverb_sets_off_no_apposition() -> None:
    # «، خصوصا إيران،»: the adverb's name is the one accused most, still the object
    text = "وقال المسؤول إن الوزير اتهم دول الجوار، خصوصا إيران، بدعم المتمردين في اليمن."
    assert news_arg(text, "اتهم", "target") != ""


# events.matter_agents: «إعلان نبأ غزو X من قبل Y»


def test_agent_past_the_announced_matter_is_not_the_announcer() -> None:
    text = "ومنذ إعلان خبر اجتياح الكويت من قبل القوات العراقية، ألقى الملك سبعة خطابات."
    assert news_arg(text, "إعلان") == ""


def test_counter_agent_right_after_the_statement_noun() -> None:
    assert news_arg("وأثار إعلان الحرب من قبل إيران قلقا واسعا في المنطقة.", "إعلان") == "إيران"


# events.lettered_preps: «على بوابة 40»


def test_word_own_ba_after_free_preposition_is_the_object() -> None:
    text = "وقالت مصادر إن ثلاثة حراس قتلوا عندما قامت مجموعة من تنظيم داعش بالهجوم على بوابة 40 قرب سرت."
    assert news_arg(text, "بالهجوم", "target") == "بوابة"
    assert news_arg(text, "بالهجوم") == "تنظيم داعش"


def test_counter_clitic_ba_with_no_free_preposition_is_the_means() -> None:
    # «بقذائف»: a «بـ» of means after the object, no object itself
    assert news_arg("وقام الجيش بالهجوم على المسلحين بقذائف الهاون.", "بالهجوم", "target") == "المسلحين"


# events.where_other_verb: a place past a comma and another verb


def test_place_of_another_clause_is_not_the_kidnapping_place() -> None:
    text = ("وقالت الجماعة إن المقاتلين الذين خطفتهم «النصرة» أمس، كانوا ضمن دفعة من 60 عنصرا "
            "تلقوا تدريبات عسكرية في الأردن.")
    assert news_place(text, "خطفتهم") is None


def test_counter_place_of_the_clashes_is_the_killing_place() -> None:
    text = "وقال المرصد إن المسلحين خطفوا ثلاثة جنود، وعشرة مدنيين خلال اشتباكات اندلعت بين الطرفين في مدينة حلب."
    assert news_place(text, "خطفوا") == "حلب"


# events.done_by: «عمليات قصف قامت بها X»


def test_light_verb_with_act_pronoun_names_the_doer() -> None:
    text = "وقتل مدنيان جراء عمليات قصف قامت بها الميليشيات الحوثية على أحياء تعز."
    assert news_arg(text, "قصف") == "الميليشيات الحوثية"
    assert news_arg(text, "قصف", "target") != "الميليشيات الحوثية"


def test_counter_no_pronoun_after_the_light_verb() -> None:
    # «قامت الميليشيات بها»: the name stands before «بها», not right after «قامت بها»: no doer read here
    text = "وتصدت المقاومة لعمليات قصف قامت الميليشيات الحوثية بها على أحياء تعز."
    assert news_arg(text, "قصف") != "الميليشيات الحوثية"


# events.received_guests: «سيستقبلهم», «واستقبلهما»


def test_host_pronoun_receives_the_unnamed_guests_before() -> None:
    text = ("وقال مسؤول إن خلال إبحار الرئيس سيكون الملوك والأمراء في مقر الضيافة، "
            "وفور وصول الرئيس السيسي سيستقبلهم في المنصة.")
    assert news_arg(text, "سيستقبلهم", "target") == "الملوك والأمراء"
    assert news_arg(text, "سيستقبلهم") == "السيسي"


def test_host_dual_pronoun_receives_the_named_pair() -> None:
    text = "ووصل الوزير الأردني ناصر جودة ونظيره الإماراتي عبد الله بن زايد إلى القاهرة، واستقبلهما الرئيس السيسي."
    assert news_arg(text, "واستقبلهما", "target") == "ناصر جودة"
    assert news_arg(text, "واستقبلهما") == "السيسي"


def test_counter_no_guests_told_before() -> None:
    # soldiers are no guests' word: the pronoun is left unnamed, not the hosts
    text = "وعاد الجنود إلى منازلهم، واستقبلهم الأهالي بالورود."
    assert news_arg(text, "واستقبلهم", "target") == ""


# events.held_far: «أجرى فلان، titles، مباحثات»


def test_holder_named_past_titles_and_a_comma() -> None:
    text = ("أجرى الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد السعودي النائب الثاني لرئيس مجلس الوزراء "
            "وزير الدفاع، مباحثات مع الملك عبد الله الثاني ملك المملكة الأردنية الهاشمية، أمس.")
    assert news_arg(text, "مباحثات") == "محمد بن سلمان بن عبد العزيز"
    assert news_arg(text, "مباحثات", "target") == "عبد الله الثاني"


def test_counter_receiving_verb_names_no_holder() -> None:
    # «تلقى فلان، ...، اتصالا من»: the one who calls is the source, not the receiver
    text = "تلقى الأمير محمد بن سلمان، ولي ولي العهد، اتصالا هاتفيا من وزير الخارجية الأميركي جون كيري."
    assert news_arg(text, "اتصالا") == "جون كيري"


def test_counter_no_comma_before_the_act() -> None:
    doc = analyze_news("وأكد الوزير أن مباحثات الرياض كانت مثمرة.")
    assert all(e.attrs.get("source_far_holder") is None for e in doc.events)


# events.inner_subjects: «التهديد الذي مثله فلان ولم يتردد في إعلان»


def test_relative_clause_subject_is_not_the_announcer() -> None:
    text = ("وأضاف: «لقد أدرك الملك فهد الخطر الذي مثله صدام حسين يومها ولم يتردد في إعلان "
            "التزام بلاده بتقديم دعم مالي كبير».")
    assert news_arg(text, "إعلان") != "صدام حسين"


def test_counter_relative_subject_of_its_own_act() -> None:
    # no «و» + verb between: the act is in the relative clause, its subject's
    text = "رفض الرئيس المصري المقترح الذي قدمه الوزير جون كيري في إعلان مشترك."
    assert news_arg(text, "إعلان") == "جون كيري"


# events.arrival_subjects: «وفور وصول الرئيس سيستقبلهم»


def test_the_arriving_one_does_the_next_verb() -> None:
    text = ("وقال الفريق مهاب مميش إن الملوك سيصلون غدا. وأضاف أنه خلال إبحار الرئيس سيكون الملوك والرؤساء "
            "في مقر الضيافة، وفور وصول الرئيس سيستقبلهم ويصطحبهم إلى المنصة الرئيسية.")
    assert news_arg(text, "سيستقبلهم") == "الرئيس"


def test_counter_subject_after_the_verb() -> None:
    text = "وفور وصول الوفد الأردني استقبله الرئيس السيسي في القصر."
    doc = analyze_news(text)
    assert all(not e.attrs.get("source_arrival") for e in doc.events)


# events.pronoun_doers: «... القوات النظامية، في محاولة لتوسيع رقعة سيطرته»


def test_masculine_pronoun_of_the_act_is_its_doer() -> None:
    text = ("أحرز تنظيم داعش أمس تقدما في ريف حمص، بعد هجمات على قرى تابعة لسيطرة القوات النظامية، "
            "في محاولة لتوسيع رقعة سيطرته على البادية السورية.")
    assert news_arg(text, "سيطرته") == "تنظيم داعش"


def test_counter_masculine_phrase_keeps_the_act() -> None:
    assert news_arg("وقالت القوات الحكومية إن الجيش أكمل سيطرته على المدينة.", "سيطرته") == "الجيش"


def test_feminine_pronoun_of_the_act_is_no_man() -> None:
    text = ("ومن الأسباب أن الملا عمر رفض التخلي عن «القاعدة» بعد مطاردة أميركا له، "
            "وشن غاراتها على طالبان في أفغانستان.")
    assert news_arg(text, "وشن") != "عمر"


def test_counter_feminine_pronoun_of_a_feminine_doer() -> None:
    text = "وقالت الوزارة إن القوات الأميركية شنت غاراتها على مواقع التنظيم في الرقة."
    assert news_arg(text, "شنت") == "القوات الأميركية"


# events.vso.feminine_oblique_object: «كما هاجمت مقاتلين أكراد»


def test_oblique_plural_after_a_feminine_verb_is_its_object() -> None:
    text = "وقبل عشرة أيام، قصفت تركيا مواقع التنظيم في سوريا، كما هاجمت مقاتلين أكراد."
    assert news_arg(text, "هاجمت") not in ("مقاتلين", "مقاتلين أكراد")
    assert news_arg(text, "هاجمت", "target") == "مقاتلين أكراد"  # (the people's plural is part of it since ev987)


def test_counter_nominative_plural_after_a_masculine_verb_is_its_subject() -> None:
    assert news_arg("وهاجم مسلحون مجهولون دورية للشرطة في الموصل.", "وهاجم") == "مسلحون مجهولون"


# events.quoted_owner: «نسبت الوكالة إلى فلان قوله، لدى اجتماعه»


def test_the_man_quoted_owns_the_meeting_pronoun() -> None:
    text = ("ونسبت وكالة الأنباء الليبية الرسمية إلى الفريق خليفة حفتر قوله، لدى اجتماعه أمس، "
            "مع عدد من النشطاء السياسيين في مدينة بنغازي، إن الصفقة لم تتم.")
    assert news_arg(text, "اجتماعه") == "خليفة حفتر"


def test_counter_feminine_pronoun_is_not_the_man_quoted() -> None:
    text = "ونقلت الوكالة عن الفريق خليفة حفتر قوله إن الوزيرة زارت بنغازي، وإن اجتماعها مع النشطاء كان مثمرا."
    assert news_arg(text, "اجتماعها") != "خليفة حفتر"


def test_counter_masdar_pronoun_of_the_thing_announced() -> None:
    # «وإعلانها»: the deal announced, the president still its announcer (round ev372: «وطريقة إعلانها», the manner
    # of it, is no announcement: nonevents' quality_heads)
    text = "وانتقد الكثير من الجمهوريين إدارة الرئيس باراك أوباما لقبوله بهذه الصفقة وإعلانها وتسويقها."
    assert news_arg(text, "وإعلانها") == "باراك أوباما"
