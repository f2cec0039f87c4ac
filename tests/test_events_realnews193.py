"""Event sources in real-news constructions, round 193: the antecedent of a coordinated relative («فلان، ومن ...،
والذي يرفض»), the sentence's subject as the doer of a masdar after a word of time («تسعى الجزائر ... بعد
إعلانها»), the agent of «الذي يتوقع أن تفرضه X», the side named first of a clash «بين X وY وZ», and the subject
of a verb of ability the word run took into a phrase («في الأسبوع الأول لتتمكن الميليشيات من إعادة السيطرة»)."""

from __future__ import annotations

from conftest import news_arg


def test_a_coordinated_relative_is_done_by_the_name_before_the_first_description() -> None:
    text = ("وبحسب السيناتور الديمقراطي جون سميث، ومن عمل طويلا لتأخير التصويت على المعاهدة، والذي يرفض اتفاق "
            "إيران اليوم، قال إن التصويت سيتأخر.")
    assert news_arg(text, "يرفض") == "جون سميث"
    # the relative's verb with a name after it has its own subject
    own = ("وبحسب السيناتور الديمقراطي جون سميث، ومن عمل طويلا لتأخير التصويت، والذي يرفضه الرئيس باراك أوباما، "
           "فإن التصويت سيتأخر.")
    assert news_arg(own, "يرفضه") != "جون سميث"


def test_a_masdar_after_a_word_of_time_is_done_by_the_sentence_subject() -> None:
    text = "وتسعى الجزائر إلى جذب الاستثمارات من فرنسا، بعد إعلانها عن خطة لإصلاح الاقتصاد."
    assert news_arg(text, "إعلانها") == "الجزائر"
    masc = "ويأمل المغرب في الحصول على مزيد من القروض الدولية، بعد إعلانه عن بناء سور على حدوده مع الجزائر."
    assert news_arg(masc, "إعلانه") == "المغرب"
    # another state named as a clause's subject in between: whose act it is is not told
    other = "وتسعى الجزائر إلى جذب الاستثمارات، وقالت فرنسا إنها سترحب بذلك بعد إعلانها عن خطة لإصلاح الاقتصاد."
    assert news_arg(other, "إعلانها") != "الجزائر"


def test_the_agent_of_an_expected_act_in_a_relative() -> None:
    text = "وخزنت الميليشيات المؤن تحسبا للحصار الذي يتوقع أن تفرضه المقاومة الشعبية على صنعاء."
    assert news_arg(text, "للحصار") == "المقاومة الشعبية"
    # the expecting verb's own subject named between: no agent read
    own = "وخزنت الميليشيات المؤن تحسبا للحصار الذي يتوقع المراقبون أن يطول."
    assert news_arg(own, "للحصار") == ""


def test_the_side_named_first_of_a_clash_between_three() -> None:
    text = "وقالت مصادر إن اشتباكات عنيفة دارت بين الميليشيات الحوثية وصالح والمقاومة الشعبية في مأرب."
    assert news_arg(text, "اشتباكات") == "الميليشيات الحوثية"
    assert news_arg(text, "اشتباكات", "target") == "المقاومة الشعبية"  # round ev807: the last of three
    # two named sides keep source and target
    two = "وقالت مصادر إن اشتباكات عنيفة دارت بين الميليشيات الحوثية والمقاومة الشعبية في مأرب."
    assert news_arg(two, "اشتباكات", "target") == "المقاومة الشعبية"


def test_the_subject_of_a_verb_of_ability_the_word_run_took_in() -> None:
    text = "سقط المطار بيد المقاومة الجنوبية في الأسبوع الأول لتتمكن الميليشيات من إعادة السيطرة عليه."
    assert news_arg(text, "السيطرة") == "الميليشيات"
    then = "سقط المطار بيد المقاومة الجنوبية في الأسبوع الأول ثم تمكنت الميليشيات من إعادة السيطرة عليه."
    assert news_arg(then, "السيطرة") == "الميليشيات"
    # no actor's phrase after the verb of ability («تمكن خلالها»): the subject named before still acts
    before = "وقال المصدر إن تنظيم داعش كثف من هجماته من محورين تمكن خلالها من استعادة السيطرة على الحي الشرقي."
    assert news_arg(before, "السيطرة") == "تنظيم داعش"
    # the able side repels an attack: it does not make it
    repelled = "وهاجم مسلحون الحاجز ليلا لتتمكن القوات من صد الهجوم بعد ساعة."
    assert news_arg(repelled, "الهجوم") != "القوات"


def test_an_act_of_force_undergone_has_its_undergoer_as_target() -> None:
    text = "وتركزت الضربات على مواقع لحزب العمال الكردستاني التي تعرضت لعشرات الغارات الجوية."
    assert news_arg(text, "الغارات", "target") == "حزب العمال الكردستاني"
    vso = "وتعرضت قوات الجيش السوري لهجوم من تنظيم داعش."
    assert news_arg(vso, "لهجوم", "target") == "قوات الجيش السوري"
    assert news_arg(vso, "لهجوم") == "تنظيم داعش"
    # no verb of undergoing: the «لـ» phrase is no undergoer's
    other = "وأشار حزب العمال الكردستاني إلى الحاجة لعشرات الغارات الجوية."
    assert news_arg(other, "الغارات", "target") != "حزب العمال الكردستاني"


def test_a_siege_is_not_told_again_by_strikes() -> None:
    text = ("وفرضت المقاومة الشعبية حصارا على المدينة منذ أسبوع. وقال القائد إن هناك تنسيقا مع قوات التحالف "
            "بهدف توحيد الضربات العسكرية الجوية والبرية.")
    assert news_arg(text, "الضربات") == ""
    # an attack told again by «الهجوم» still takes its parties
    again = "وشنت المقاومة الشعبية هجوما على المدينة منذ أسبوع. وقال القائد إن الهجوم كان ناجحا."
    assert news_arg(again, "الهجوم كان") == "المقاومة الشعبية"
