"""Event arguments in real-news constructions, round 197: a verb right after an indefinite noun act opens a clause
that describes it, no actor («في جولة تستمر أسبوعا»); the one a noun act is said to be issued by («انتقادات صدرت
عن فلان»); the second of two subjects named together is whom they meet («إن فلان وفلان سيبحثان ... في اجتماع»)."""

from __future__ import annotations

from conftest import news_arg


def test_a_verb_after_an_indefinite_act_describes_it() -> None:
    text = "وكان الوزير جون كيري غادر أمس واشنطن في جولة تستمر أسبوعا تشمل عدة عواصم عربية."
    assert news_arg(text, "جولة") == "جون كيري"
    past = "وانتهت اجتماعات استمرت عشرة أيام في جنيف دون اتفاق."
    assert news_arg(past, "اجتماعات") == ""
    relative = "ويشارك القادة في اجتماع يتم فيه اختيار الأمين العام الجديد."
    assert news_arg(relative, "اجتماع") == ""
    # a noun in construct is still the act's genitive
    genitive = "وتابع الجميع زيارة يوسف بن علوي إلى طهران."
    assert news_arg(genitive, "زيارة") == "يوسف بن علوي"


def test_an_act_issued_by_someone_is_theirs() -> None:
    text = "ويأتي القرار بعد انتقادات حادة صدرت عن رئيس الوزراء البريطاني ديفيد كاميرون أمس."
    assert news_arg(text, "انتقادات") == "ديفيد كاميرون"
    relative = "وردت الحكومة على الانتقادات الشديدة التي صدرت عن زعيم المعارضة كمال كليتشدار أوغلو."
    assert news_arg(relative, "الانتقادات") == "كمال كليتشدار أوغلو"
    accused = "وجاء ذلك بعد اتهامات صدرت عن وزير الخارجية الإيراني محمد جواد ظريف أمس."
    assert news_arg(accused, "اتهامات") == "محمد جواد ظريف"
    # the ruling is issued by the court, not the criticism
    other = "وتوالت الانتقادات لقرار صدر عن المحكمة العليا أمس."
    assert news_arg(other, "الانتقادات") != "المحكمة العليا"


def test_two_subjects_named_together_meet_each_other() -> None:
    text = ("وقال مسؤول إن جون كيري وسيرغي لافروف سيناقشان قضايا عدة في اجتماع بالعاصمة الماليزية "
            "كوالالمبور.")
    assert news_arg(text, "اجتماع") == "جون كيري"
    assert news_arg(text, "اجتماع", "target") == "سيرغي لافروف"
    body = "ومن المقرر أن يبدأ الاتحاد الأوروبي وتونس مفاوضات لتوقيع اتفاق للتجارة الحرة."
    assert news_arg(body, "مفاوضات", "target") == "تونس"
    # a meeting of others the two attend, or one told before: no target
    others = "ويشارك جون كيري وسيرغي لافروف في اجتماع لرابطة دول جنوب شرقي آسيا."
    assert news_arg(others, "اجتماع", "target") == ""
    told = "وانسحب جون كيري وسيرغي لافروف من الاجتماع الذي عقد في كوالالمبور."
    assert news_arg(told, "الاجتماع", "target") == ""
