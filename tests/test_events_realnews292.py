"""Round 292: which events exist, their code and modality. (The round's «طلب ... من X» request trigger was taken out
after the merge: a judge found its new events on real news mixed — anecdotes, first-person columns, negated
requirements; the noun «طلب» stays no event.) «امتنع عن التعليق» declines comment (011) as «رفض التعليق» does; an act told as an ability («قدرة التنظيم على
الخطف»), an eagerness («متحمسون لاتهام») or one of the options listed («خيارات: المصادقة ...، ورفض المصادقة») is
hypothetical."""

from conftest import analyze_news, news_arg, news_codes, news_event, news_modality


def _triggers(text: str) -> list[str]:
    doc = analyze_news(text)
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_counter_request_noun_and_verb_without_min_are_no_appeal() -> None:
    # the noun «طلب» (an application) and «طلب» with no one asked are no request event
    assert "طلبا" not in _triggers("وقدمت الشركة طلبا إلى الحكومة للحصول على ترخيص.")
    assert "وطلب" not in _triggers("وطلب اللاجئون اللجوء في ألمانيا.")


def test_abstaining_from_comment_declines_comment() -> None:
    text = "وامتنع جون كيري عن التعليق على التقارير."
    doc, ev = news_event(text, "وامتنع")
    assert ev.code == "011"
    assert news_arg(text, "وامتنع") == "جون كيري"
    assert ev.modality == "asserted"
    assert news_modality("ولم يمتنع جون كيري عن التعليق.", "يمتنع") == "negated"


def test_counter_abstaining_from_a_vote_is_no_event() -> None:
    assert "وامتنعت" not in _triggers("وامتنعت الصين عن التصويت على القرار.")


def test_ability_to_kidnap_is_hypothetical() -> None:
    assert news_modality("وأشار إلى قدرة التنظيم على الخطف في المناطق الحدودية.", "الخطف") == "hypothetical"
    # the owner in brackets between the noun of ability and «على»
    assert news_modality("وأشار إلى قدرة (النصرة) على الخطف، وهي ضربة قوية.", "الخطف") == "hypothetical"


def test_counter_focus_on_kidnapping_is_no_ability() -> None:
    assert news_modality("وأشار إلى تركيز التنظيم على الخطف في المناطق الحدودية.", "الخطف") != "hypothetical"


def test_eager_to_accuse_is_hypothetical() -> None:
    text = "وقال إن الجمهوريين متحمسون لاتهام الإدارة بالتقصير في حماية السفارة."
    assert news_modality(text, "لاتهام") == "hypothetical"


def test_counter_hurried_to_accuse_is_not_hypothetical() -> None:
    text = "وقال إن الجمهوريين سارعوا لاتهام الإدارة بالتقصير."
    assert news_modality(text, "لاتهام") != "hypothetical"


def test_listed_option_of_rejection_is_hypothetical() -> None:
    text = ("ويتعين على أعضاء الكونغرس اختيار واحد من بين ثلاثة خيارات: المصادقة على الاتفاقية، "
            "ورفض المصادقة عليها، أو عدم عمل أي شيء.")
    assert news_modality(text, "ورفض") == "hypothetical"
    assert news_modality("ويتعين على البرلمان الاختيار بين المصادقة على الاتفاق ورفض المصادقة عليه.",
                         "ورفض") == "hypothetical"


def test_counter_rejection_after_comparing_options_is_asserted() -> None:
    # the options weighed, then the rejection done: no list opened before it
    text = "وقارن البرلمان بين الخيارين ثم رفض المصادقة على الاتفاق."
    assert news_modality(text, "رفض") == "asserted"


def test_noun_request_acted_on_is_no_event() -> None:
    assert "طلب" not in _triggers("وكان تدخل التحالف بناء على طلب من الرئيس اليمني عبدربه منصور هادي.")
    assert "طلبا" not in _triggers("وتلقى الوسيط طلبا من مسؤول في التنظيم ليكون وسيطا.")
    assert "لطلب" not in _triggers("وأوقفت الشركة مصانعها استجابة لطلب من الحكومة الليبية.")


def test_source_asking_not_to_be_named_is_no_request() -> None:
    assert "طلب" not in _triggers("وأضاف المسؤول الذي طلب عدم الكشف عن هويته أن الهجوم فشل.")


def test_act_of_a_desire_noun_is_hypothetical() -> None:
    text = "وأبدى سامح شكري تطلعه أيضا في أن يسهم هذا الحوار في حث الجانب الأميركي على الاستثمار."
    assert news_modality(text, "حث") == "hypothetical"
    # round ev372: a will («رغبة») to do an act is an intention, planned (events.intent_frames.willed)
    assert news_modality("وأكد جون كيري رغبة بلاده في تقديم الدعم الأمني لمصر.", "تقديم") == "planned"


def test_counter_desire_noun_without_its_complement() -> None:
    # «نزولا عند رغبة الشعب»: the desire met, the act done (no «في/أن» after the noun)
    assert news_modality("ونزولا عند رغبة الشعب قصفت الطائرات مواقع التنظيم.", "قصفت") == "asserted"


def test_must_not_ask_is_negated() -> None:
    assert news_modality("وقال جون كيري إنه يجب ألا يزور الرئيس المدينة.", "يزور") == "negated"


def test_counter_must_visit_and_except_visit() -> None:
    assert news_modality("وقال جون كيري إنه يجب أن يزور الرئيس المدينة.", "يزور") == "planned"
    # «إلا أن»: an exception, no prohibition
    assert news_modality("ولم يبق أمام الرئيس إلا أن يزور المدينة.", "يزور") != "negated"
