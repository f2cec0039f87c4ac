"""Round 55 of real news: what a PROTEST is. A crowd that celebrates or only moves, an official who steps out,
«احتجاجا على» as the reason of a resignation or a walk-out, a protest noun as a topic, a means or a charge, and a
note of protest or an official's are no protest; protesters named right after a verb of theirs («ورفع المتظاهرون شعارات»,
«وقطع المحتجون الطريق») are one."""

from __future__ import annotations

from conftest import news_codes as _codes


def _protests(text: str) -> list[str]:
    return [t for t, c in _codes(text) if c.startswith("14")]


def test_a_celebrating_crowd_is_no_protest() -> None:
    assert _protests("وخرج الأهالي إلى الشوارع محتفلين بفوز المنتخب.") == []
    assert _protests("ونزل الآلاف إلى الساحات ابتهاجا بعودة الأمير.") == []
    assert _protests("وخرج الأهالي إلى الشوارع غاضبين من انقطاع الكهرباء.") != []


def test_a_crowd_that_only_moves_is_no_protest() -> None:
    assert _protests("وتدفق الآلاف من اللاجئين إلى الحدود الشمالية.") == []
    assert _protests("وتدفق الآلاف من المتظاهرين إلى الساحة الرئيسية.") != []


def test_an_official_who_steps_out_is_no_protest() -> None:
    assert "خرج" not in _protests("وحين خرج محافظ المدينة للقاء المتظاهرين، هتفوا ضده.")
    assert "وخرج" in _protests("وخرج المتظاهرون إلى ساحة المدينة.")


def test_a_reason_of_a_resignation_or_walk_out_is_no_protest() -> None:
    assert _protests("واستقال الوزير أمس احتجاجا على تعيين المدير الجديد.") == []
    assert _protests("وانسحب النائبان من الجلسة التي عقدت في البرلمان احتجاجا على القانون.") == []
    assert "احتجاجا" in _protests("واعتصم العمال أمام المصنع احتجاجا على تأخر الرواتب.")
    assert "احتجاجا" in _protests("وأضرب العمال عن العمل أمس احتجاجا على تأخر الرواتب.")


def test_a_protest_noun_as_a_topic_means_or_charge_is_no_protest() -> None:
    assert _protests("وحذر الخطيب من استغلال المظاهرات لأغراض سياسية.") == []
    assert _protests("وتحدث الكاتب عن أساليب الاحتجاج السلمي.") == []
    assert _protests("وحكم على الناشط بالسجن بتهمة تنظيم احتجاجات.") == []
    assert _protests("واندلعت احتجاجات في العاصمة أمس.") != []


def test_protesters_right_after_their_verb_protest() -> None:
    assert _protests("ورفع المتظاهرون شعارات تندد بالفساد.") != []
    assert _protests("ونصب المعتصمون خيامهم قرب البرلمان.") != []
    assert ("وقطع المحتجون", "144") in _codes("وقطع المحتجون الطريق أمام السيارات.")
    # protesters after a verb that is no act of theirs
    assert _protests("ورفعت الحكومة الحظر عن التجمعات.") == []


def test_a_protest_in_words_is_no_protest() -> None:
    assert _protests("وسلمت الخارجية السفير مذكرة احتجاج على التصريحات.") == []
    assert _protests("واحتجت وزارة الخارجية على اعتقال الصحفي.") == []
    assert "واحتج" in _protests("واحتج مئات العمال أمام الوزارة على تأخر الرواتب.")
