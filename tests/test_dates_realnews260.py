"""Round 260: event dates. An act supposed by someone («يظنون أن الجماعة قد أعلنت»: no act of the article's day) and a
past act of a dead figure told in a relative clause («الملك المؤسس ...، رحمه الله، الذي زار»). Hand-made sentences
(paraphrases), dated 2015-08-02 by ``analyze_news``: «أمس» is 2015-08-01."""

from __future__ import annotations

from conftest import news_date

DEFAULT = "2015-08-02"


def test_supposed_act_is_undated() -> None:
    text = "وجعل ذلك كثيرا من السكان يظنون أن «الجماعة» قد أعلنت ولاءها للتنظيم."
    assert news_date(text, "أعلنت") is None
    text = "ويزعم أنصار الحزب أن الحكومة اعتقلت عشرات الناشطين في الشمال."
    assert news_date(text, "اعتقلت") is None
    # counter-case: a verb of saying, not of supposing: the act told on the article's day
    text = "وقال السكان إن الجماعة قد أعلنت ولاءها للتنظيم."
    assert news_date(text, "أعلنت") == DEFAULT
    # counter-case: «أنها» with its own predicate: the verb is of the outer clause, the act of the article's day
    text = "وقال السكان إن طائرات يعتقد أنها تابعة للتحالف قصفت مواقع الجماعة."
    assert news_date(text, "قصفت") == DEFAULT


def test_late_figure_relative_act_is_past() -> None:
    text = "وأرسى العلاقة الملك المؤسس عبد العزيز، رحمه الله، الذي زار القاهرة مرة واحدة."
    assert news_date(text, "زار") is None
    text = "وتحدث الكاتب عن الزعيم الراحل للحركة الذي أعلن الحرب على الحكومة."
    assert news_date(text, "أعلن") is None
    # counter-case: a former official («السابق») acts today
    text = "والتقى الرئيس السابق للحكومة، الذي زار القاهرة، بوزير الخارجية."
    assert news_date(text, "زار") == DEFAULT
    # counter-case: a relative clause on a living person: the article's day
    text = "وأشاد الحزب بأمينه العام، الذي زار القاهرة على رأس وفد."
    assert news_date(text, "زار") == DEFAULT


def test_impersonal_belief_keeps_the_acts_day() -> None:
    # «يُعتقد أن» right before «أن», no subject: "it is believed that X did it": the act happened, on its day
    text = "وأفاد شهود بأن صحفيا فقد قرب الحدود، ويعتقد أن مسلحين اختطفوا الصحفي من سيارته."
    assert news_date(text, "اختطفوا") == DEFAULT
    # counter-case: the plural believers are people supposing: no act of the day
    text = "وأفاد شهود بأن صحفيا فقد قرب الحدود، ويعتقدون أن مسلحين اختطفوا الصحفي من سيارته."
    assert news_date(text, "اختطفوا") is None
