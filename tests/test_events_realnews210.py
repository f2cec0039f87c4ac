"""Round 210 (hand-made sentences): parties told by a pronoun on the trigger or in the sentence before: «كما» + the
act told before («كما تحاصرهم»: its source, and the pronoun's party), the visitor of «في استقباله», the doer of a masdar
after «رفض», the dropped subject of «وأكد حدوث ...», and «التزام بلاده» for the speaker's country."""

from __future__ import annotations

from conftest import news_arg

BESIEGE = ("وقالت مصادر عسكرية إن المتمردين الحوثيين انسحبوا من تعز، وإن القوات اليمنية تحاصر المتمردين قرب الطريق. "
           "كما تحاصرهم في منطقة جبلية شرق الطريق.")


def test_also_repeats_the_act_before() -> None:
    assert news_arg(BESIEGE, "تحاصرهم", "source") == "القوات اليمنية"


def test_also_pronoun_is_the_target_before() -> None:
    assert news_arg(BESIEGE, "تحاصرهم", "target") == "الحوثيين"


def test_also_with_another_act_carries_nothing() -> None:
    text = ("وقالت مصادر عسكرية إن القوات اليمنية دخلت مدينة تعز أمس. "
            "كما تحاصرهم في منطقة جبلية شرق المدينة.")
    assert news_arg(text, "تحاصرهم", "source") != "القوات اليمنية"


RECEPTION = ("وكان الرئيس المصري عبد الفتاح السيسي قد وصل أمس إلى عمان في زيارة رسمية. "
             "وكان في استقباله بالمطار الملك عبدالله الثاني.")


def test_reception_pronoun_is_the_visitor() -> None:
    assert news_arg(RECEPTION, "استقباله", "target") == "عبد الفتاح السيسي"
    assert news_arg(RECEPTION, "استقباله", "source") == "عبدالله الثاني"


def test_reception_feminine_pronoun_is_no_man() -> None:
    text = ("وكان الرئيس المصري عبد الفتاح السيسي قد وصل أمس إلى عمان في زيارة رسمية. "
            "وكان في استقبالها بالمطار الملك عبدالله الثاني.")
    assert news_arg(text, "استقبالها", "target") != "عبد الفتاح السيسي"


def test_refused_meeting_is_done_by_who_refused() -> None:
    text = "نفى رئيس الوزراء الإسرائيلي بنيامين نتنياهو أنه رفض لقاء الرئيس الأميركي باراك أوباما."
    # ev486: the refusal (125) is the event told, the meeting refused none of its own
    assert news_arg(text, "رفض", "source") == "بنيامين نتنياهو"
    assert news_arg(text, "رفض", "target") == "باراك أوباما"


def test_condemned_killing_is_not_done_by_who_condemned() -> None:
    text = "وأدان وزير الخارجية الأميركي جون كيري اغتيال النائب العام المصري هشام بركات."
    assert news_arg(text, "اغتيال", "source") != "جون كيري"


def test_happening_masdar_is_no_subject() -> None:
    text = ("وقال وزير الخارجية اليمني رياض ياسين للصحيفة إن الرئيس طلب دعما بحريا. "
            "وأكد حدوث اتفاق على تعاون عسكري بين البلدين.")
    assert news_arg(text, "وأكد", "source") == "رياض ياسين"


def test_named_subject_after_verb_stays() -> None:
    text = ("وقال وزير الخارجية اليمني رياض ياسين للصحيفة إن الرئيس طلب دعما بحريا. "
            "وأكد الوزير المصري سامح شكري حدوث اتفاق على تعاون عسكري بين البلدين.")
    assert news_arg(text, "وأكد", "source") == "سامح شكري"


def test_commitment_of_his_country_does_the_act() -> None:
    text = ("وأدان وزير الخارجية الأميركي جون كيري الهجوم على الجنود. "
            "وشدد على التزام بلاده بتقديم الدعم العسكري لمصر، موضحا أن الحرب على الإرهاب طويلة.")
    assert news_arg(text, "بتقديم", "source") == "الولايات المتحدة"


def test_genitive_homeland_of_another_noun_does_nothing() -> None:
    text = ("وأدان وزير الخارجية الأميركي جون كيري الهجوم على الجنود. "
            "وشدد على أمن بلاده قبل تقديم الدعم العسكري لمصر، موضحا أن الحرب على الإرهاب طويلة.")
    assert news_arg(text, "تقديم", "source") != "الولايات المتحدة"


def test_also_with_its_own_subject_keeps_it() -> None:
    text = ("وأكد الباحث السوري عبد الرحمن الحاج أن الجبهة تريد إقصاء المعتدلين. "
            "كما أكد رجل ملثم من عناصر الجبهة أن المجموعة خطفت المقاتلين.")
    assert news_arg(text, "أكد رجل", "source") != "عبد الرحمن الحاج"

