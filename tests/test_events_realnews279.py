"""Round 279: acts of force in clauses. A «حين/عندما» clause's own act (a verb with its subject, a light verb's
masdar) is an event of its own and lends the killing before it its doer, named or not; a government «blown up» by
its pronoun is a figure; a noun act in the cause phrase of a verb negated by «لم» is denied."""

from conftest import analyze_news, news_arg, news_event, news_modality


def _triggers(text: str) -> list[str]:
    doc = analyze_news(text)
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_when_clause_storming_is_its_own_event() -> None:
    text = "وقتل يومها ثمانية حراس حين اقتحم مسلحون مقار الشرطة في مدينة الموصل."
    doc, kill = news_event(text, "وقتل")
    assert [doc.text[t.start : t.end] for t in kill.triggers] == ["وقتل"]
    assert news_arg(text, "اقتحم") == "مسلحون"
    assert news_arg(text, "وقتل") == "مسلحون"  # the doer phrase of the clause
    assert news_arg(text, "وقتل", "target") == "ثمانية حراس"


def test_when_clause_light_verb_attack() -> None:
    text = ("وقال ضابط في الجيش إن «ثلاثة من الحراس من اللواء 12 قتلوا، وأصيب عشرة من اللواء ذاته، "
            "عندما قامت مجموعة من تنظيم داعش بالهجوم على حاجز 40 الواقع بين سرت ومصراتة».")
    assert "بالهجوم" in _triggers(text)
    assert news_arg(text, "بالهجوم") == "تنظيم داعش"
    assert news_arg(text, "قتلوا") == "تنظيم داعش"


def test_counter_when_clause_without_own_doer_still_joins() -> None:
    # no subject of its own in the clause: the repeat joins the killing as before
    text = "قتل خمسة جنود عندما اقتحموا موقعا لجبهة النصرة."
    assert news_arg(text, "قتل") == ""


def test_government_blown_by_its_pronoun_is_a_figure() -> None:
    text = "نجت الحكومة العراقية للمرة الثالثة من محاولة تفجيرها من الداخل، وعقدت جلستها أمس."
    assert "تفجيرها" not in _triggers(text)
    assert "لتفجيره" not in _triggers("وشهد الحوار الوطني أمس محاولة جديدة لتفجيره من الداخل.")


def test_counter_pronoun_of_the_bomber_with_an_object() -> None:
    # «تفجيرها لعشرات الأنفاق»: the pronoun is who blows up, and what is blown up follows with «لـ»
    text = "وأعلنت الحكومة المصرية أن قواتها نجحت في تفجيرها لعشرات الأنفاق على الحدود أمس."
    assert "تفجيرها" in _triggers(text)


def test_cause_of_a_negated_fall_is_denied() -> None:
    assert news_modality("وقال المرصد إن المروحية لم تسقط نتيجة لإصابتها بنيران المعارضة.", "لإصابتها") == "negated"
    assert news_modality("وقال إن الجندي لم يمت بسبب القصف بل بسبب المرض.", "القصف") == "negated"


def test_victim_and_conjunct_after_a_passive_killing() -> None:
    text = "وتجددت المعارك في ريف حماة، بينما قتل ضابط كبير وأحد المرافقين في «لواء الحق» خلال اشتباكات مع قوات النظام."
    # round ar427: the killing is set in a clash «مع» a side, who kills (events.attack_doers.clash_killers)
    assert news_arg(text, "قتل") == "قوات النظام"
    assert news_arg(text, "قتل", "target") == "ضابط كبير"
    text = "وأشارت القيادة إلى أن خمس ضربات نفذت قرب الرقة واستهدفت وحدات قتالية ومواقع للتنظيم وآليات ومخزنا للذخيرة."
    assert news_arg(text, "واستهدفت", "target") == "وحدات قتالية"


def test_counter_fighting_sides_joined_by_and() -> None:
    assert news_arg("واشتبك الجنود والمسلحون قرب الحاجز أمس.", "واشتبك") == "الجنود"


def test_counter_cause_of_an_asserted_fall() -> None:
    assert news_modality("وسقطت المروحية نتيجة لإصابتها بنيران المعارضة قرب البلدة أمس.", "لإصابتها") == "asserted"


def test_means_adjective_after_a_verb_shaped_noun_is_no_target() -> None:
    text = "ودارت معارك عنيفة في سهل الغاب رافقها قصف كثيف بالقذائف وقصف جوي على مواقع المعارضة."
    assert news_arg(text, "وقصف", "target") == "مواقع المعارضة"
    assert news_arg(text, "قصف") == ""  # «كثيف بالقذائف» is no doer


def test_counter_a_verb_with_its_subject_keeps_its_object() -> None:
    text = "وقصف الطيران الحربي مواقع المعارضة في البلدة أمس."
    assert news_arg(text, "وقصف") == "الطيران الحربي"
    assert news_arg(text, "وقصف", "target") == "مواقع المعارضة"


def test_count_target_runs_on_over_what_it_counts() -> None:
    text = "وقتل يومها ثمانية حراس حين اقتحم مسلحون عددا من المقار في المدينة."
    assert news_arg(text, "اقتحم", "target") == "عددا من المقار"
    text = "وحثت الحركة عددا كبيرا من سكان البلدة على المشاركة في الاحتجاج."
    assert news_arg(text, "وحثت", "target") == "عددا كبيرا من سكان البلدة"


def test_counter_a_named_target_after_a_count_is_left_alone() -> None:
    text = "وحثت الحركة الأهالي على المشاركة في الاحتجاج."
    assert news_arg(text, "وحثت", "target") == "الأهالي"
