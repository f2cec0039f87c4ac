"""Round ev351: event arguments. Names in apposition after «مع نظيره» are the meeting's partners, no subject of a
noun act after them; a plural nisba after an indefinite plural of people names the body that acts («اقتحم مسلحون
حوثيون»); the claimer of attacks is their doer where its verb has no subject said («حيث أعلنت مسؤوليتها عن
الهجمات»); the issuer of a statement does what the verb of its relative clause says («أصدر فلان بيانا يهاجم فيه»);
a verb in «و» after a comma goes on the clause that «أن» opens with a named subject («أن المنظمة تطلق ...،
وتطالب»)."""

from conftest import news_arg


def test_partner_named_after_maa_is_no_visitor() -> None:
    # «جون كيري» is in apposition to «مع نظيره الأميركي»: the partner, not who visits
    text = "وأكدت موسكو أن وزير الخارجية سيرغي لافروف سيلتقي مع نظيره الأميركي جون كيري خلال زيارة قصيرة لجنيف غدا."
    assert news_arg(text, "زيارة") == "سيرغي لافروف"


def test_counter_the_subject_named_after_a_title_visits() -> None:
    # no «مع»: the name after the title is the clause's own subject, who visits
    text = "وأكدت موسكو أن وزير الخارجية سيرغي لافروف سيبدأ غدا زيارة قصيرة لجنيف."
    assert news_arg(text, "زيارة") == "سيرغي لافروف"


def test_nisba_plural_after_gunmen_names_the_attackers() -> None:
    text = "وفي وقت لاحق، اقتحم مسلحون حوثيون مبنى المحافظة في مدينة إب."
    assert news_arg(text, "اقتحم") == "حوثيون"
    assert news_arg(text, "اقتحم", "target") != "حوثيون"


def test_counter_definite_gunmen_before_the_nisba_are_not_joined() -> None:
    # «المسلحون» with the article: a definite subject of its own, the nisba rule is not asked
    text = "وفي وقت لاحق، اقتحم المسلحون مبنى المحافظة في مدينة إب."
    assert news_arg(text, "اقتحم") != "حوثيون"


def test_claimer_with_no_subject_said_did_the_attacks() -> None:
    text = "وتنتشر جماعة «جند الخلافة» في جبال الشعانبي، حيث أعلنت مسؤوليتها عن عدد من الهجمات على دوريات الجيش."
    assert news_arg(text, "الهجمات") == "جند الخلافة"


def test_counter_denied_claim_names_no_doer() -> None:
    text = "وتنتشر جماعة «جند الخلافة» في جبال الشعانبي، حيث لم تعلن مسؤوليتها عن الهجمات على دوريات الجيش."
    assert news_arg(text, "الهجمات") != "جند الخلافة"


def test_issuer_of_a_statement_attacks_in_it() -> None:
    text = "وفي مطلع الشهر الجاري أصدر حزب الله بيانا ينتقد فيه الحكومة اللبنانية بشدة."
    assert news_arg(text, "ينتقد") == "حزب الله"
    assert news_arg(text, "ينتقد", "target") == "الحكومة اللبنانية"


def test_counter_verb_in_wa_after_the_statement_is_not_its_clause() -> None:
    # «وينتقد» with «و»: a new clause, not a relative clause on the statement
    text = "وفي مطلع الشهر الجاري أصدر حزب الله بيانا وينتقد فيه الحكومة اللبنانية بشدة."
    assert news_arg(text, "وينتقد") != "حزب الله"


def test_verb_after_comma_goes_on_the_clause_after_anna() -> None:
    text = ("وذكرت الباحثة نادية الشامي أن منظمة هيومن رايتس ووتش توجه النداء الثالث منذ اعتقال الصحافي قبل شهرين، "
            "وتطالب السلطات المصرية بالإفراج عنه.")
    assert news_arg(text, "وتطالب") == "منظمة هيومن رايتس ووتش"
    assert news_arg(text, "وتطالب", "target") == "السلطات المصرية"


def test_counter_a_clause_set_off_between_stops_the_carry() -> None:
    # a relative clause between commas stands between: the verb may go on another clause
    text = ("وذكرت الباحثة نادية الشامي أن منظمة هيومن رايتس ووتش توجه النداء الثالث منذ اعتقال الصحافي قبل شهرين، "
            "الذي اعتقل في القاهرة، وتطالب السلطات المصرية بالإفراج عنه.")
    assert news_arg(text, "وتطالب") != "منظمة هيومن رايتس ووتش"


def test_pushed_body_with_a_place_in_its_genitive_does_the_act() -> None:
    text = ("وقصفت الطائرات التركية مواقع المتمردين قرب الحدود، ما دفع حكومة إقليم دارفور المحلية "
            "إلى مطالبة المتمردين بالانسحاب.")
    assert news_arg(text, "مطالبة") == "حكومة إقليم دارفور المحلية"


def test_counter_a_pushed_name_is_the_doer_only_when_it_is_the_whole_phrase() -> None:
    # a place first («دارفور إلى»): no body pushed, the rule gives no source
    text = "وقصفت الطائرات التركية مواقع المتمردين قرب الحدود، ما دفع دارفور إلى مطالبة المتمردين بالانسحاب."
    assert news_arg(text, "مطالبة") != "دارفور"


def test_counted_phrase_after_kana_is_the_subject() -> None:
    text = "وكانت أربع منظمات حقوقية انتقدت الحكومة المصرية بشدة."
    assert news_arg(text, "انتقدت") == "منظمات حقوقية"
    assert news_arg(text, "انتقدت", "target") == "الحكومة المصرية"


def test_counter_a_time_between_kana_and_the_count_is_no_subject() -> None:
    # «كان» opens a clause whose first phrase is a time: the count after it is not right after «كان»
    text = "وكانت أمس أربع منظمات حقوقية انتقدت الحكومة المصرية بشدة."
    assert news_arg(text, "انتقدت") != "منظمات حقوقية"


def test_a_plural_verb_describing_the_gunmen_is_no_target() -> None:
    # review mend: «قدموا من ...» tells where the men came from; the stormed meeting follows the comma
    text = "وقال المصدر إن الاجتماع توقف، إذ اقتحم مسلحون حوثيون قدموا من معقلهم في صعدة، الاجتماع."
    assert news_arg(text, "اقتحم").endswith("حوثيون")
    assert news_arg(text, "اقتحم", "target") != "قدموا"
    # counter: the phrase right after the men is still the target where it is a noun
    assert news_arg("وفي وقت لاحق، اقتحم مسلحون حوثيون مبنى المحافظة في مدينة إب.", "اقتحم", "target").startswith("مبنى")
