"""Round 254: quote speakers and non-speech. A state right after a feminine verb is the dropped subject of a feminine
cue coordinated after a comma («وتحتفظ بريطانيا بحق ...، وقالت إنها»), not a woman quoted before, unless the verb is
one of travel whose object the place is («وزارت فرنسا، وقالت»); a statement that opens its sentence before a cue with
no «و» speaks for the body it names («بيان شورى طالبان قال:»); «تصريحات ... لفلانة ...، وتقول فيها» are her words;
«، بل قال» goes on with the subject of the clause the comma closes; «مدعيا/مدعية» is a cue (claiming), and a
participle agrees with the head noun a body is named by («أعلن التنظيم ...، مدعيا» for a front).
Hand-made sentences; each rule with a counter-case."""

from conftest import news_quote_rows


def _rows(text: str, cue: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == cue]


_SPOKESWOMAN = "وصرحت المتحدثة باسم المفوضية الأوروبية مينا أندرييفا إن الخطة ضرورية. "


def test_state_after_a_feminine_verb_says_it() -> None:
    text = _SPOKESWOMAN + "ورفضت فرنسا المقترح الجديد، وقالت إنها لن تقبل بحصة وطنية."
    assert _rows(text, "وقالت")[-1][1] == "فرنسا"


def test_state_visited_is_no_speaker() -> None:
    text = "وقالت الوزيرة هند صبري إن الخطة ضرورية. وزارت فرنسا الأسبوع الماضي، وقالت إن العلاقات قوية."
    assert _rows(text, "وقالت")[-1][1] == "هند صبري"


def test_state_before_a_masculine_cue_is_no_speaker() -> None:
    text = "وقال الوزير محمد الأحمد إن الخطة ضرورية. ورفضت فرنسا المقترح الجديد، وقال إنه غير واقعي."
    assert _rows(text, "وقال")[-1][1] == "محمد الأحمد"


def test_fronted_statement_speaks_for_its_body() -> None:
    text = "وصل الوفد أمس إلى العاصمة. بيان وزارة الخارجية الفرنسية قال إن الزيارة ناجحة."
    row = _rows(text, "قال")[0]
    assert row[1] is not None and "الخارجية" in row[1]


def test_statement_inside_a_phrase_is_no_subject() -> None:
    text = "وقال الوزير محمد الأحمد إن الخطة ضرورية. وفي رده على بيان وزارة الخارجية الفرنسية قال إن الزيارة ناجحة."
    assert _rows(text, "قال")[0][1] == "محمد الأحمد"  # his reply to the statement: he speaks, not the ministry


def test_statements_of_a_woman_named_after_them_are_hers() -> None:
    text = ("وقالت العداءة ماريا سافينوفا إن المنشطات منتشرة. ويعتمد الفيلم أيضا على تصريحات سجلتها الكاميرا "
            "الخفية للعداءة الروسية أناستازيا بازديريفا، وتقول فيها: «أصبح لدي عضلات صلبة لكني أستطيع الجري».")
    assert _rows(text, "وتقول")[0][1] == "أناستازيا بازديريفا"


def test_no_speech_noun_no_owner() -> None:
    text = ("وقالت العداءة ماريا سافينوفا إن المنشطات منتشرة. ويعتمد الفيلم أيضا على لقطات للعداءة الروسية أناستازيا "
            "بازديريفا، وتقول فيها: «أصبح لدي عضلات صلبة لكني أستطيع الجري».")
    assert _rows(text, "وتقول")[0][1] != "أناستازيا بازديريفا"


_DEPUTY = "وقال النائب أحمد سعيد إن الجلسة طويلة. "


def test_rather_goes_on_with_the_clause_subject() -> None:
    text = _DEPUTY + "سألت برلمانيا شهيرا عن أهم صفة في الأعضاء، فلم يأخذ الرجل ثانية واحدة ليفكر، بل قال على الفور: الكذب!"
    row = _rows(text, "قال")[0]
    assert row[1] is None and row[2] == "الرجل"


def test_rather_after_a_feminine_verb_keeps_the_speaker() -> None:
    text = _DEPUTY + "سألت برلمانية شهيرة عن أهم صفة في الأعضاء، فلم تأخذ السيدة ثانية واحدة، بل قال على الفور: الكذب!"
    assert _rows(text, "قال")[0][2] != "السيدة"


def test_claiming_is_a_cue() -> None:
    text = "ورفعت الشركة دعوى أمام المحكمة مدعية أن المنافس سرق تصميمها."
    assert _rows(text, "مدعية")[0][3] == "المنافس سرق تصميمها"


def test_prosecutor_is_no_cue() -> None:
    text = "وقال المدعي العام إن القضية مغلقة."
    rows = news_quote_rows(text)
    assert [r[0] for r in rows] == ["وقال"] and rows[0][2] == "المدعي العام"


def test_claiming_participle_agrees_with_the_body_head() -> None:
    text = ("«النصرة» صارت محاصرة لهذا وجهت عملها لمقاتلة المعارضة. وقد أعلن التنظيم القبض على 54 عنصرا، مدعيا "
            "أنهم تلقوا تدريبات عسكرية في الخارج.")
    assert _rows(text, "مدعيا")[0][1] == "النصرة"


def test_participle_of_another_gender_takes_no_body() -> None:
    text = ("«جبهة النصرة» صارت محاصرة لهذا وجهت عملها لمقاتلة المعارضة. وقد أعلنت الحركة القبض على 54 عنصرا، "
            "مدعيا أنهم تلقوا تدريبات عسكرية في الخارج.")
    assert _rows(text, "مدعيا")[0][1] != "جبهة النصرة"


_IRAN = "وقال السفير البريطاني جون جنكنز إن الحوار مفيد مع وزير الخارجية الإيراني محمد جواد ظريف. "


def test_verb_describing_a_person_is_no_statement() -> None:
    text = _IRAN + "شعوري هو أن ظريف رجل عملي يرى أن مصلحة إيران في التواصل مع العالم."
    assert not _rows(text, "يرى")


def test_definite_apposition_still_speaks() -> None:
    text = _IRAN + "وظريف رجل الدبلوماسية الأول يرى أن مصلحة إيران في التواصل مع العالم."
    assert _rows(text, "يرى")[0][3] == "مصلحة إيران في التواصل مع العالم"


def test_statement_against_the_report_is_the_writers() -> None:
    text = "كانت هناك أنباء تقول إن شورى الحركة سحبت لقب الأمير عن خليفته، لكن بيان الحركة حسم الأمر."
    assert _rows(text, "تقول")[0][3] == "شورى الحركة سحبت لقب الأمير عن خليفته"


def test_speakers_own_but_clause_goes_on() -> None:
    text = "وقال المتحدث إن الحركة سحبت اللقب، لكن القرار سيبقى سريا حتى نهاية العام."
    assert _rows(text, "وقال")[0][3].endswith("حتى نهاية العام")


def test_what_came_shortly_after_is_narration() -> None:
    text = ("وأعلن المتحدث خلال مؤتمر صحافي أن الحكومة فتحت المعابر الحدودية كرد فعل فوري وبعدها بقليل انطلقت حشود "
            "من الناس عبر المعابر.")
    assert _rows(text, "وأعلن")[0][3] == "الحكومة فتحت المعابر الحدودية كرد فعل فوري"


def test_after_it_with_no_measure_is_still_said() -> None:
    text = "وقال المتحدث إن القوات دخلت المدينة وبعدها بدأت عمليات التفتيش."
    assert _rows(text, "وقال")[0][3] == "القوات دخلت المدينة وبعدها بدأت عمليات التفتيش"


_CRIME = ("وتحدثت المصادر عن جريمة جديدة بحق أحد الجرحى، وقالت إن أحد المواطنين كان يريد إسعاف ابنه، غير أن نقطة "
          "للمسلحين استوقفته وقام أحد عناصر الميليشيات بإطلاق النار على الشاب وأرداه قتيلا، ")


def test_masculine_cue_after_feminine_sources_goes_on_the_narrated_act() -> None:
    row = _rows(_CRIME + "وقال لوالده: «الآن اذهب وأسعفه».", "وقال")[0]
    assert row[1] is None and row[2] == "أحد عناصر الميليشيات"


def test_agreeing_cue_keeps_the_sources() -> None:
    row = _rows(_CRIME + "وقالت إن الأهالي غاضبون.", "وقالت")[-1]
    assert row[2] == "المصادر"


def test_writer_turning_to_readers_ends_the_words() -> None:
    text = ("كثيرون بعد أن تتردد أمامهم هذه القصة يقولون إنها دلالة على أن الرئيس مؤمن بالحرية، رغم أنكم لو تأملتم "
            "الموقف لاكتشفتم أن العكس هو الصحيح.")
    assert _rows(text, "يقولون")[0][3] == "دلالة على أن الرئيس مؤمن بالحرية"


def test_speakers_own_concession_goes_on() -> None:
    text = "وقال الوزير إن الحكومة ستدعم المزارعين، رغم أن الميزانية محدودة."
    assert _rows(text, "وقال")[0][3] == "الحكومة ستدعم المزارعين، رغم أن الميزانية محدودة"


_DOSTUM = "وقال المتحدث باسم الجنرال دوستم سلطان فيضي إن القوات تقدمت. "


def test_according_aside_inside_a_nominal_clause_reports_all_of_it() -> None:
    text = _DOSTUM + ("ومن أبرز الأهداف التي يعمل الجنرال دوستم على تحقيقها، بحسب المتحدث باسمه، هو العمل على تنسيق "
                      "الجهود بين القوات الأمنية.")
    content = _rows(text, "بحسب")[0][3]
    assert content.startswith("ومن أبرز الأهداف") and content.endswith("بين القوات الأمنية")


def test_according_after_its_clause_reports_the_clause_only() -> None:
    text = "ارتفع عدد القتلى إلى خمسين، بحسب المرصد السوري، في حصيلة جديدة."
    assert _rows(text, "بحسب")[0][3] == "ارتفع عدد القتلى إلى خمسين"


_WRITER = "وقال الكاتب سعد الحرمل إن الوضع صعب. "


def test_second_member_of_a_time_phrase_is_no_subject() -> None:
    text = _WRITER + ("ففي ليلة وضحاها كان الكثير من اللاجئين جل ما يطمحون إليه هو ضمان العيش لهم، معتبرا أن الاستقبال "
                      "الكبير كان له بالغ الأثر في نفوسهم.")
    assert _rows(text, "معتبرا")[0][1] == "سعد الحرمل"


def test_clause_with_its_own_subject_keeps_it() -> None:
    text = _WRITER + "وفي المقابل رد مسؤول حكومي على الانتقادات، معتبرا أن الوضع تحسن."
    assert _rows(text, "معتبرا")[0][1] != "سعد الحرمل"


_TWO = ("والبداية مع المواطن فيصل المضف. وبقي المضف في الكويت حتى تحرير البلاد. ورغم الفارق في العمر بين المضف "
        "والشخصية الأخرى، وهي شخصية عبد المحسن البحر، الشاب الذي عمل في شركات الاستثمار، فإن البحر يفكر بالطريقة "
        "نفسها. ")


def test_as_the_other_sees_it_is_an_aside() -> None:
    rows = news_quote_rows(_TWO + "ويرى البحر كما يرى المضف أن الخطر الحقيقي هو الانهيار الداخلي.")
    assert [(r[0], r[1]) for r in rows] == [("ويرى", "عبد المحسن البحر")]


def test_as_clause_after_the_words_reports_its_own() -> None:
    rows = news_quote_rows(_TWO + "ويرى البحر أن الغزو انتهى، كما يرى المضف أن الخطر باق.")
    assert [r[0] for r in rows] == ["ويرى", "يرى"] and rows[1][3] == "الخطر باق"
