"""Round 141 of real news: places of events, third round. A place past a partitive of things («من بينها هجومان
... في X») is the listed item's; one past «، كما» is of the clause it opens; one before a word of protest is the
protest's, not the act protested against. Counter-cases keep each rule narrow: a null is better than a wrong place.
Hand-made sentences."""

from __future__ import annotations

from conftest import news_place


def test_a_place_of_a_listed_item() -> None:
    text = ("وأعلنت الشرطة مقتل خمسة من رجال الأمن أمس في هجمات عدة، من بينها هجومان استهدفا مقرا حكوميا في "
            "مدينة قونية.")
    assert news_place(text, "مقتل") is None
    # a partitive of people: the place still tells where the act was (round ev312: the casualty is a trigger of the
    # shelling's event, which takes the place)
    text = "وأدى القصف أمس إلى مقتل خمسة أشخاص بينهم طفلان في مدينة قونية."
    assert news_place(text, "القصف") == "قونية"


def test_a_place_of_the_clause_also_opens() -> None:
    text = "وقال المسؤول إنه قتل 20 شخصا في أنحاء البلاد، كما فقد ثلاثة آخرون في منطقة مأرب."
    assert news_place(text, "قتل") is None
    # the place before «كما» is the act's own
    text = "وقال المسؤول إنه قتل 20 شخصا في منطقة مأرب، كما فقد ثلاثة آخرون."
    assert news_place(text, "قتل") == "مأرب"


def test_a_place_of_the_protest_not_of_the_act_protested() -> None:
    text = "وتظاهر مئات الأشخاص في مدينة أربيل أمس احتجاجا على القصف الجوي."
    assert news_place(text, "القصف") is None
    assert news_place(text, "وتظاهر") == "أربيل"
    # a place after the act protested against is its own
    text = "وتظاهر مئات الأشخاص في مدينة أربيل أمس احتجاجا على القصف الجوي في مدينة دهوك."
    assert news_place(text, "القصف") == "دهوك"


def test_also_as_shown_keeps_the_place() -> None:
    text = "وكشفت منظمة حقوقية أمس أن تعذيب السجين، كما ظهر في تسجيل مصور من داخل سجن بمدينة مصراتة، كان قاسيا."
    assert news_place(text, "تعذيب") == "مصراتة"


def test_the_place_that_witnesses_an_act() -> None:
    text = "وفي سياق متصل، شهدت محافظة مأرب اليمنية، أمس، أعنف المواجهات بين الجيش والمسلحين."
    assert news_place(text, "المواجهات") == "مأرب"
    text = "وتشهد مدينة حمص منذ أيام مواجهات متقطعة بين الطرفين."
    assert news_place(text, "مواجهات") == "حمص"
    # a place that is not the subject of a verb of witnessing names no place of the act
    text = "وأدانت الحكومة في بيان أمس المواجهات بين الطرفين، ودعت مدينة حمص إلى الهدوء."
    assert news_place(text, "المواجهات") is None


def test_an_act_told_in_these_raids() -> None:
    text = ("ويشن الطيران الحربي منذ أسبوع غارات مكثفة على مواقع المسلحين في مدينة الرقة. وأفادت مصادر طبية بأن "
            "خمسين مسلحا قتلوا في هذه الغارات.")
    assert news_place(text, "غارات") == "الرقة"
    assert news_place(text, "قتلوا") == "الرقة"
    # round mn1001 (tf1027): right after the raids the scene goes on (where_carry.retold_places, force_kin 190/195)
    text = ("ويشن الطيران الحربي منذ أسبوع غارات مكثفة على مواقع المسلحين في مدينة الرقة. وأفادت مصادر طبية بأن "
            "خمسين شخصا قتلوا في هذه الأثناء.")
    assert news_place(text, "قتلوا") == "الرقة"
    # «في هذه الأثناء» names no act: a sentence further on, no place
    text = ("ويشن الطيران الحربي منذ أسبوع غارات مكثفة على مواقع المسلحين في مدينة الرقة. وتقول مصادر المعارضة إن "
            "الوضع الإنساني صعب. وأفادت مصادر طبية بأن خمسين شخصا قتلوا في هذه الأثناء.")
    assert news_place(text, "قتلوا") is None


def test_these_raids_in_one_sentence() -> None:
    text = ("من جهته، ينفذ الطيران يوميا غارات مكثفة على مواقع للمسلحين في جبال شمال العراق، حيث يتحصنون منذ سنوات "
            "وقتل ما لا يقل عن مئة مسلح في هذه الغارات.")
    assert news_place(text, "وقتل") == "العراق"


def test_a_dual_place_word() -> None:
    text = "وقال ناشطون إن اشتباكات عنيفة دارت أمس في محيط بلدتي نبل والزهراء بريف حلب الشمالي."
    assert news_place(text, "اشتباكات") == "نبل"
    # past «، كما» the clashes are another clause's: no place
    text = "وقال ناشطون إن اشتباكات عنيفة دارت أمس بين الطرفين، كما دارت اشتباكات أخرى في محيط بلدتي نبل والزهراء."
    assert news_place(text, "اشتباكات") is None
