"""Round 53 of real news: modality of conditions, demands and fears, codes and non-events. Sanctions with a
condition after them («إذا انتهكت») or named as a principle («مبدأ إعادة فرض») are hypothetical; sanctions called
for or needed («دعا إلى فرض», «وضرورة ... وفرض») are planned; a present verb after «بعد أن» is planned; massacres
avoided («تجنبا لوقوع») are hypothetical; in a question only the act after «هل» is asked about. A state of
emergency declared is 1724, no statement; what a threat threatens with, what an incitement urges, a protest that is
a trade, a visit made every year and a crossing forced by migrants are no events; a call received, its receiver
before it, is a consultation."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes


def _modes(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code, e.modality) for e in doc.events]


def test_sanctions_under_a_condition_are_hypothetical() -> None:
    assert ("فرض", "163", "hypothetical") in _modes("ونبه إلى صعوبة إعادة فرض العقوبات على البلاد إذا خرقت التعهدات.")
    assert ("فرض", "163", "hypothetical") in _modes("وناقش الطرفان مبدأ إعادة فرض العقوبات على الحكومة.")
    # «ما إذا»: whether, no condition on the meeting
    assert ("اجتماعا", "040", "asserted") in _modes("وعقد المجلس اجتماعا لبحث ما إذا كان الاتفاق ساريا.")
    # «في حال» + a state: no condition
    assert ("اجتماعها", "040", "asserted") in _modes("وقررت القيادة الإبقاء على اجتماعها في حال انعقاد دائم.")


def test_sanctions_called_for_or_needed_are_planned() -> None:
    assert ("فرض", "163", "planned") in _modes("ودعا النائب إلى فرض عقوبات على الشركات المخالفة.")
    text = "وشدد البيان على ضرورة ملاحقتها ومعاقبتها وفرض عقوبات عليها."
    assert ("وفرض", "163", "planned") in _modes(text)
    assert ("وفرضت", "163", "asserted") in _modes("وفرضت الوزارة عقوبات على الشركات المخالفة.")


def test_a_present_verb_after_bada_an_is_to_come() -> None:
    assert ("نسيطر", "192", "planned") in _modes("وقال القائد: سنتقدم نحو الجسر بعد أن نسيطر على التلة.")
    assert ("سيطرت", "192", "asserted") in _modes("وتقدمت القوات نحو الجسر بعد أن سيطرت على التلة.")


def test_massacres_averted_are_hypothetical() -> None:
    modes = _modes("وانتشرت وحدات الجيش حول القرى تجنبًا لوقوع مجازر فيها.")
    assert any(c.startswith("20") and m == "hypothetical" for _, c, m in modes)
    assert not any(c.startswith("20") and m == "asserted" for _, c, m in modes)


def test_in_a_question_only_what_follows_hal_is_asked() -> None:
    modes = _modes("وقصفت الطائرات مواقع المسلحين أمس، فكيف تنكر الحكومة ذلك؟")
    assert ("وقصفت", "195", "asserted") in modes
    assert any(m == "hypothetical" for t, _, m in _modes("هل زار الوزير المدينة؟") if t == "زار")
    # «هل هذا ...؟» after it asks about all said before
    modes = _modes("وقال الجنرال إن جماعة مسلحة تقف وراء خطف الصحافيين الخمسة، هل هذا صحيح؟")
    assert not any(t == "خطف" and m in ("asserted", "reported") for t, _, m in modes)
    # a rhetorical «متى»: never heard of
    modes = _modes("ومتى سمع أحد عن استهداف الجيش لمواقع التنظيم في المدينة؟")
    assert ("استهداف", "190", "hypothetical") in modes


def test_a_state_of_emergency_declared_is_coercion() -> None:
    assert any(c == "1724" for _, c in _codes("وأعلن رئيس الجمهورية حالة الطوارئ في كامل البلاد."))
    assert any(c == "1724" for _, c in _codes("ويمنح إعلان حالة الطوارئ الشرطة صلاحيات واسعة."))
    assert not any(c == "1724" for _, c in _codes("وأعلن الرئيس أن حالة الطوارئ ستنتهي قريبا."))


def test_what_a_threat_threatens_with_is_no_bombing() -> None:
    assert not any(c == "183" for _, c in _codes("وتحدثت المصادر عن تهديدات جدية بتفجير المؤتمر."))
    assert not any(c == "183" for _, c in _codes("وهدد المسلحون بتفجير المبنى."))
    assert any(c == "183" for _, c in _codes("وقام المسلحون بتفجير المبنى."))


def test_an_incitement_to_kill_tells_no_killing() -> None:
    assert not any(c.startswith("19") for _, c in _codes("ووجهت إليه تهمة تحريض الطوائف على قتل بعضها."))
    assert any(c.startswith("19") for _, c in _codes("وأقدم المسلح على قتل ثلاثة من جيرانه."))


def test_a_protest_plied_as_a_trade_is_no_protest() -> None:
    assert not any(c.startswith("14") for _, c in _codes("وظهرت أسماء امتهنت الاحتجاج على كل قرار."))


def test_a_visit_every_year_is_a_custom() -> None:
    assert not any(c == "042" for _, c in _codes("ويزور الأمير المحافظة كل عام."))
    assert not any(c == "042" for _, c in _codes("ويزور الوزير المخيمات سنويا."))
    assert any(c == "042" for _, c in _codes("ويزور الأمير المحافظة غدا."))


def test_a_crossing_forced_by_migrants_is_no_assault() -> None:
    assert not any(c == "190" for _, c in _codes("وأوقفت الشرطة محاولة من جانب مهاجرين لاقتحام النفق."))
    assert any(c == "190" for _, c in _codes("واقتحم المسلحون مقر البلدية."))


def test_a_call_received_its_receiver_between_is_a_consultation() -> None:
    codes = _codes("وتلقى وزير الخارجية الأمير سعود الفيصل اتصالا من نظيره الأردني.")
    assert ("وتلقى", "040") in codes
    # with «هاتفيا» the call noun tells it, once
    codes = _codes("وتلقى وزير الخارجية الأمير سعود الفيصل اتصالا هاتفيا من نظيره الأردني.")
    assert [c for _, c in codes].count("041") == 1 and "040" not in [c for _, c in codes]  # round ev901


def test_pledges_kept_are_no_pledge() -> None:
    assert not any(c.startswith("03") for _, c in _codes("وربط الوزير الاستثمار بالتزامها بتعهداتها أمام المجتمع الدولي."))
    assert any(c.startswith("03") for _, c in _codes("وقدم الوزير تعهدات جديدة للمزارعين."))


def test_the_wounded_cared_for_tell_no_attack() -> None:
    codes = _codes("وقام المحافظ أمس بزيارة الجرحى في مستشفى المدينة.")
    assert any(c == "042" for _, c in codes) and not any(c.startswith("19") for _, c in codes)
    assert not any(c.startswith("19") for _, c in _codes("وأشرفت الهيئة على نقل الجرحى إلى الأردن."))
    assert any(c.startswith("19") for _, c in _codes("وأسفرت الاشتباكات عن مقتل خمسة وعشرات الجرحى."))


def test_what_a_step_is_apt_to_threaten_is_no_threat() -> None:
    assert not any(c.startswith("13") for _, c in _codes("وقال إن رفض الاتفاق من شأنه أن يهدد «مصداقية» الحكومة."))
    assert any(c.startswith("13") for _, c in _codes("وهددت الحكومة المعارضة بالسجن."))
