"""Round 111 of real news: acts told again, accusations and generic acts get no day. A span counted from another
act («في غضون أسابيع عقب الغزو», «بعد أسابيع من الكشف») gives no day, to the act it dates nor to the one it counts
from (but «وجاء الإعلان بعد ...» is the news); charges a party denies, a noun act under a present verb of stance
(«يدعم شن الضربات»), an act «بأي وسيلة» or in a definition, a noun act fronted as a topic («وعن الغارات»), what an
anniversary counts from, an act «بين الحين والآخر», an aim («تهدف إلى») and plural acts a present relative clause
tells as going on have no day; «لكن» opens another clause, whose time is not the trigger's; «يجب أن «تقدم»» is
owed (planned) across a quotation mark. The sample's articles are dated 2015-08-02 (a Sunday)."""

from __future__ import annotations

from conftest import news_date, news_modality


def test_a_span_counted_from_another_act_gives_no_day() -> None:
    lead = "غزا الجيش البلاد في 2 أغسطس 1990. "
    text = lead + "وقال الخبير: ففي البداية اجتمعت المنظمة في جنيف في غضون أسابيع قليلة عقب الغزو."
    assert news_date(text, "اجتمعت") is None
    text = "وأعلنت الحكومة أمس خطتها، بعد أسبوعين على بدء غارات جوية على مواقع المسلحين."
    assert news_date(text, "غارات جوية") is None
    assert news_date(text, "وأعلنت") == "2015-08-01"
    # the news an article links to the past keeps its day; with no span, the day told before
    text = "وجاءت تصريحات المبعوث بعد أيام على تحرير المدينة."
    assert news_date(text, "تصريحات") == "2015-08-02"
    assert news_date(lead + "وقال الخبير: ففي البداية اجتمعت المنظمة في جنيف عقب الغزو.", "اجتمعت") == "1990-08-02"


def test_denied_charges_and_acts_under_a_stance_have_no_day() -> None:
    text = "ونفى الرئيس بشدة الاتهامات بأن بلاده تساعد المسلحين."
    assert news_date(text, "الاتهامات") is None
    assert news_date(text, "ونفى") == "2015-08-02"
    assert news_date("ووجه الادعاء أمس الاتهامات إلى المسلحين.", "الاتهامات") == "2015-08-01"
    assert news_date("لكن البرلمان يدعم شن الضربات الجوية في الشمال فقط.", "شن الضربات") is None
    assert news_date("وشنت الطائرات الضربات الجوية في الشمال.", "الضربات الجوية") == "2015-08-02"


def test_generic_acts_and_topics_have_no_day() -> None:
    text = "ويعرّف النظام المنظمة المحظورة بأنها كل جماعة الغرض منها الدعوة إلى تعطيل العمل بالدستور."
    assert news_date(text, "الدعوة") is None
    assert news_date("والغرض من الجماعة الدعوة بأي وسيلة إلى العنف.", "الدعوة") is None
    assert news_date("ووجهت الجماعة الدعوة إلى أنصارها.", "الدعوة") == "2015-08-02"
    text = "وعن الغارات التي نفذتها الطائرات قرب البلدة، قال القائد إنها كانت محدودة."
    assert news_date(text, "الغارات") is None
    text = "وقال القائد إن الطائرات نفذت الغارات قرب البلدة."
    assert news_date(text, "الغارات") == "2015-08-02"
    text = "وقال الرئيس في كلمة بمناسبة مرور عام على الهجوم على البلدة إنه لن ينسى الضحايا."
    # round 212: the act an anniversary is of is a year before the article (its year-month), not the article's day
    assert news_date(text, "الهجوم") == "2014-08"


def test_recurring_aimed_and_ongoing_acts_have_no_day() -> None:
    text = "وقال القائد إن مواجهات عنيفة تدور بين الحين والآخر في أطراف القاعدة."
    assert news_date(text, "مواجهات") is None
    assert news_date("وقال القائد إن مواجهات عنيفة دارت في أطراف القاعدة.", "مواجهات") == "2015-08-02"
    text = "وحذر من الإرهاب الذي يهدد المنطقة والتي تهدف إلى قتل الأبرياء."
    assert news_date(text, "قتل") is None
    text = "وقال إن الهجمات الإرهابية في الشمال التي يتصدى لها الجيش تراجعت."
    assert news_date(text, "الهجمات") is None
    # (round 123: an act condemned has no day of the condemnation's; an act claimed is of the day)
    text = "وتبنى التنظيم الهجمات الإرهابية التي استهدفت المساجد."
    assert news_date(text, "الهجمات") == "2015-08-02"


def test_but_opens_another_clause_and_an_obligation_crosses_a_quote() -> None:
    text = ("وقال إن هذا الخطاب لا يمكن أن يلتقي مع الحكومة ولكن يرتبط بدعوة قالها الشيخ في 27 يوليو سنة 2013.")
    assert news_date(text, "يلتقي") is None
    text = "وأضافت أن المفوضية يجب أن «تقدم دعما للإعداد لاستئناف العلاقات»."
    assert news_modality(text, "تقدم") == "planned"
    assert news_date(text, "تقدم دعما") is None
    text = "وأضافت أن المفوضية قدمت دعما للإعداد لاستئناف العلاقات."
    assert news_modality(text, "قدمت") == "reported"
    assert news_date(text, "قدمت دعما") == "2015-08-02"
