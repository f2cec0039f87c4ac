"""Round ev897 (events.owned_doers): more possessive pronouns that name the doer of a noun act: a woman the entity
layer gave no gender, told by the feminine verb after her name; the dropped subject of a verb of saying before the
act («وقالت إثر لقائها»: its speaker); and «دعوته» (his call), but not an invitation made to him («تمت دعوته»,
«دعوته لزيارة»)."""

from conftest import news_arg


def test_woman_of_no_known_gender_told_by_her_feminine_verb() -> None:
    text = ("وقال ناشطون إن المفوضة الأوروبية كاترينا ليندكفيست أغفلت ملف السجناء السياسيين "
            "خلال زيارتها الأخيرة إلى القاهرة.")
    assert news_arg(text, "زيارتها") == "كاترينا ليندكفيست"


def test_dropped_subject_of_a_cue_holds_the_meeting() -> None:
    text = ("ووصلت وزيرة الدفاع الألمانية أورسولا فون دير لاين إلى بيروت أمس. "
            "وقالت إثر لقائها برئيس الحكومة تمام سلام إن الجيش الألماني سيزود الجيش بعتاد عسكري.")
    assert news_arg(text, "لقائها") == "أورسولا فون دير لاين"


def test_the_envoy_makes_his_call() -> None:
    text = ("وبحث أعضاء الائتلاف مقترحات المبعوث الأممي ستافان دي ميستورا الأخيرة، "
            "وبخاصة دعوته لتشكيل لجان عمل مشتركة.")
    assert news_arg(text, "دعوته") == "ستافان دي ميستورا"


def test_counter_an_invitation_made_to_him() -> None:
    text = ("واستقبل وزير الخارجية المصري سامح شكري أمس المبعوث الأممي ستافان دي ميستورا، "
            "الذي وصل إثر دعوته لزيارة القاهرة.")
    assert news_arg(text, "دعوته") == ""
    text = "وأشاد وزير الخارجية المصري سامح شكري بالمبعوث الأممي ستافان دي ميستورا، ثم تمت دعوته إلى وقف القتال."
    assert news_arg(text, "دعوته") == ""


def test_counter_the_cue_speaker_is_not_taken_past_a_party_named_before_the_act() -> None:
    text = ("ووصلت وزيرة الدفاع الألمانية أورسولا فون دير لاين إلى بيروت أمس. "
            "وقالت إن وزيرة الخارجية الإيطالية فيديريكا موغيريني أجلت زيارتها إلى لبنان.")
    assert news_arg(text, "زيارتها") == "فيديريكا موغيريني"


def test_plural_pronoun_of_a_body_named_by_a_nisba_plural() -> None:
    text = ("وقصفت طائرات التحالف مواقع للحوثيين في محافظة تعز أمس. "
            "وجاء القصف بعد أيام من سيطرتهم على مطار المدينة.")
    assert news_arg(text, "سيطرتهم") == "الحوثيين"


def test_counter_plural_pronoun_is_no_body_of_a_singular_name() -> None:
    text = "وأصدر البنتاغون بيانا عن الوضع في اليمن أمس. وجاء ذلك بعد أيام من سيطرتهم على مطار عدن."
    assert news_arg(text, "سيطرتهم") == ""


def test_counter_plural_pronoun_past_an_unnamed_plural_of_people() -> None:
    text = ("وقصفت طائرات التحالف مواقع للحوثيين في محافظة تعز أمس، وقتل عدد من المسلحين. "
            "وجاء القصف بعد أيام من سيطرتهم على مطار المدينة.")
    assert news_arg(text, "سيطرتهم") == ""
