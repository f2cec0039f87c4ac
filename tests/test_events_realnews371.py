"""Round ev371 of real news: missing event parties. The sides of clashes «بين X وY» named past a side head
(«ومتمردي تنظيم ...», «قوات ...») or «مقاتلين من» an organisation (events/clash_sides.py). Hand-made sentences
(paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg


def test_clash_side_past_rebels_and_group_heads_and_quotes() -> None:
    text = "واستمرت المواجهات بين الجيش التركي ومتمردي تنظيم «حزب العمال الكردستاني» في جنوب البلاد."
    assert news_arg(text, "المواجهات", "source") == "الجيش التركي"
    assert news_arg(text, "المواجهات", "target") == "حزب العمال الكردستاني"


def test_clash_side_past_fighters_min_an_organisation() -> None:
    text = "ووقعت اشتباكات بين مقاتلين من حزب العمال الكردستاني والجيش التركي قرب الحدود."
    assert news_arg(text, "اشتباكات", "source") == "حزب العمال الكردستاني"
    assert news_arg(text, "اشتباكات", "target") == "الجيش التركي"


def test_fighters_min_a_country_are_no_side() -> None:
    # «مقاتلين من سوريا»: where the fighters come from, not the side that fights.
    text = "ووقعت اشتباكات بين مقاتلين من سوريا والجيش التركي قرب الحدود."
    assert news_arg(text, "اشتباكات", "source") != "سوريا"


def test_clash_side_past_forces_head_with_min_jiha() -> None:
    text = "وتواصلت المواجهات أمس في أبين بين قوات الجيش الوطني والمقاومة، من جهة، والميليشيات الحوثية، من جهة أخرى."
    assert news_arg(text, "المواجهات", "source") == "الجيش الوطني"
    assert news_arg(text, "المواجهات", "target") == "الميليشيات الحوثية"
