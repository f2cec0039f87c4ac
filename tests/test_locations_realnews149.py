"""Round 149: a place comes from the event's own clause; places after «داخل», a «بـ» place after an occasion's time
word, and the region after «في المناطق ...» (events/where_own.py). Hand-made sentences (paraphrases), each with a
counter-case."""

from __future__ import annotations

from conftest import news_place


def test_place_before_a_connective_is_another_clause() -> None:
    # «، ولذا» opens a clause of its own: the place of the clause before is not the talks'
    text = ("ويصل المنتخب إلى البطولة المقررة في قطر ويمكن أن يتحقق إنجاز كبير لقربنا من الوضع في قطر، ولذا لا "
            "نتعجل في التفاوض مع مدرب جديد.")
    assert news_place(text, "التفاوض") is None


def test_place_of_a_conjunct_with_its_own_preposition_is_not_shared() -> None:
    text = ("فبالإضافة إلى اقتحام الشرطة لمكاتب الشركة في مدينة شنغهاي، وإلى الاحتجاجات الواسعة التي ينظمها سائقو "
            "الأجرة، تواجه الشركة مشكلات.")
    assert news_place(text, "الاحتجاجات") is None
    assert news_place(text, "اقتحام") == "شنغهاي"  # its own conjunct keeps it


def test_place_before_a_new_verb_with_its_own_subject() -> None:
    # «، وقالت مصادر ...»: a verb of saying and its own subject open another clause
    text = "تابع المجلس الأوضاع في اليمن، وقالت مصادر قريبة من المفاوضات الجارية إن الأجواء إيجابية."
    assert news_place(text, "المفاوضات") is None


def test_acts_listed_in_one_scene_share_the_place() -> None:
    # counter-case: the trigger itself after «، و» is one more act in the same scene
    text = "ونفذت القوات الأميركية إنزالا في دير الزور، حيث نجحت في قتل القيادي، واعتقال آخرين."
    assert news_place(text, "واعتقال") == "دير الزور"


def test_same_subject_goes_on_past_the_comma() -> None:
    # counter-case: «، وقللت» goes on with the same subject, no clause of its own
    text = ("وكانت الطائرات قد حدت من تحركات المسلحين في مدينة المكلا، وقللت من انتشارهم بعد استهدافها لعناصر "
            "التنظيم.")
    assert news_place(text, "استهدافها") == "المكلا"


def test_inside_a_country_is_where_an_attack_was() -> None:
    text = "شنت القوات الأميركية غارات جوية على مواقع الجيش السوري داخل سوريا."
    assert news_place(text, "غارات جوية") == "سوريا"


def test_inside_a_place_of_what_is_said_is_not_the_saying() -> None:
    # counter-case: «داخل» names the place of the content, not where it was said
    text = "وأكد مسؤولون حكوميون استخدام المدنيين المحاصرين داخل الفلوجة دروعا بشرية."
    assert news_place(text, "وأكد") is None


def test_clitic_place_after_an_occasion_time_word() -> None:
    text = "وأعلنت لجنة المحامين خلال مؤتمر صحافي أمس بالقاهرة أن الوزير وقع القرار."
    assert news_place(text, "وأعلنت") == "القاهرة"


def test_clitic_object_after_a_time_word_is_no_place() -> None:
    # counter-case: no occasion before the time word; «أشاد بـ» takes its object with «بـ»
    text = "وأشاد الوزير أمس بمصر ودورها في المنطقة."
    assert news_place(text, "وأشاد") is None


def test_region_after_areas_in_lam() -> None:
    text = ("وجاءت العمليات ردا على غارات الطائرات التي استهدفت مواقع الحزب في المناطق الحدودية لإقليم "
            "كردستان.")
    assert news_place(text, "غارات") == "إقليم كردستان"


def test_region_after_throughout() -> None:
    text = "وذكرت أسماء الشبان الذين قتلوا في حوادث إطلاق نار، تدخلت فيها الشرطة في أنحاء الولايات المتحدة."
    assert news_place(text, "قتلوا") == "الولايات المتحدة"


def test_place_word_and_participle_is_not_a_region() -> None:
    # counter-case: «المحاذية لـ» says what the town borders, not where the strike was
    text = "وأعيد الحديث عن الجماعة بعد ضربة جوية نفذتها طائرة في بلدة حضر السورية المحاذية لهضبة الجولان."
    assert news_place(text, "ضربة جوية") != "هضبة الجولان"
