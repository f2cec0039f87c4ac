"""Round 42 of real news: a kind of act named, none done (accepted as a principle, a strength for it, its
quality, the thing in itself, no longer so, prevented); the wounded visited with «لـ»; a negated targeting verb
after a strike belongs to it; a storming after a suicide attack is its own act; a lifted blockade in an article of
an embargo is one."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes, news_triggers as _triggers


def test_talks_accepted_as_a_principle_are_none() -> None:
    assert "بالتفاوض" not in _triggers("واختارها الغرب لأنها كانت تقبل بالتفاوض مع خصومها.")
    assert "بالتفاوض" not in _triggers("وقال إن الحركة لا تقبل بالتفاوض تحت النار.")
    # talks held still are
    assert ("بالتفاوض", "046") in _codes("وقام الوفد بالتفاوض مع الحكومة في جنيف أمس.")


def test_a_strength_for_talks_is_none() -> None:
    assert "للتفاوض" not in _triggers("وهذا التقدم سيمنح الحكومة نقطة قوة للتفاوض مع المتمردين.")
    assert "للتفاوض" not in _triggers("وتستخدم الجماعة الأسرى ورقة ضغط للتفاوض مع الجيش.")
    # a force sent to arrest still plans an arrest
    assert ("لاعتقال", "173") in _codes("وأرسلت الحكومة قوة لاعتقال المطلوبين في القرية.")


def test_the_quality_of_attacks_is_none() -> None:
    assert "الهجمات" not in _triggers("وقال النائب إن القاعدة تركز على جودة الهجمات ونوعيتها.")
    assert "الهجمات" not in _triggers("وتحدث الخبير عن نوعية الهجمات التي يفضلها التنظيم.")
    assert ("الهجمات", "190") in _codes("وشن المسلحون الهجمات على مواقع الجيش أمس.")


def test_visits_in_themselves_and_no_longer_are_none() -> None:
    assert "الزيارات" not in _triggers("وقال المسؤول إن الزيارات بذاتها تعد خطوة إيجابية.")
    assert "رفض" not in _triggers("ولذلك لم يعد رفض الخطة مقتصرا على المعارضة في البرلمان.")
    assert ("الزيارة", "042") in _codes("وبدأ الرئيس الزيارة إلى باريس أمس.")


def test_a_prevented_seizure_is_none() -> None:
    assert "سيطرة" not in _triggers("وتريد أنقرة المنطقة العازلة لمنع سيطرة كردية على الحدود.")
    assert "سيطرة" not in _triggers("وتعمل القوات على منع سيطرة المسلحين على المعبر.")
    assert any(code.startswith("19") for t, code in _codes("وأعلن الجيش سيطرة قواته على المعبر أمس.")
               if t == "سيطرة")


def test_the_wounded_visited_with_la_are_no_attack() -> None:
    assert "الجرحى" not in _triggers("ووصل المحافظ إلى المدينة وتوجه مع الوزير لزيارة الجرحى في المستشفى.")
    assert "الجرحى" not in _triggers("وخرج الوفد لتفقد الجرحى في المستشفى العسكري.")
    # the wounded of an attack still are counted with it
    assert "والجرحى" in _triggers("وسقط عشرات القتلى والجرحى في القصف على السوق.")


def test_a_negated_target_after_a_strike_is_no_new_assault() -> None:
    doc = analyze_news("وقال الجيش في بيان إن القصف لم يستهدف أي مناطق مأهولة بالسكان.")
    hosts = [e for e in doc.events if any(doc.text[t.start : t.end] == "يستهدف" for t in e.triggers)]
    assert all(doc.text[e.trigger.start : e.trigger.end] == "القصف" for e in hosts)
    # a targeting told alone still is an assault
    assert ("واستهدف", "190") in _codes("واستهدف المسلحون مقر الشرطة في المدينة أمس.")


def test_a_storming_after_a_suicide_attack_is_its_own_act() -> None:
    doc = analyze_news("ونفذ ثلاثة من المسلحين عمليات انتحارية على الحواجز، ثم بدأ دخول عناصر الاقتحام إلى المدينة.")
    storm = [e for e in doc.events if any(doc.text[t.start : t.end] == "الاقتحام" for t in e.triggers)]
    assert storm and all(e.code == "190" for e in storm)
    # a plain attack after a suicide attack still repeats it
    doc = analyze_news("وشن مسلح هجوما انتحاريا على معسكر للجيش، وخلف الهجوم عشرات القتلى.")
    assert not [e for e in doc.events if e.code == "190"]


def test_a_lifted_blockade_in_an_article_of_an_embargo_is_one() -> None:
    # round 84: the lifting is the act and the siege it names none of its own; a vote on a lifting or its defence
    # lifts nothing
    text = ("وحذر النواب من أنهم سيرفضون التصويت على رفع الحصار، وقالت المرشحة إن الانتخابات ستكون حاسمة. "
            "وبدفاعها عن رفع الحصار على كوبا أصبحت المرشحة في مواجهة مع منافسيها.")
    assert not [c for t, c in _codes(text) if "الحصار" in t]
    # a lifting with no target of its own in an article of an embargo eases the embargo (085); one from a town, a
    # military siege (0872)
    text = "ودعا الرئيس إلى رفع الحصار الاقتصادي عن كوبا. وقال الوزير إنه تم رفع الحصار أخيرا."
    assert [c for t, c in _codes(text) if "الحصار" in t] == ["085"]
    text = "ودعا الرئيس إلى رفع الحصار الاقتصادي عن كوبا. وتم رفع الحصار عن المدينة."
    assert [c for t, c in _codes(text) if "الحصار" in t] == ["0872"]
    # a siege named only in a demand to lift it is what is demanded, no siege told
    codes = _codes("وطالب الأهالي برفع الحصار، وقالوا إن الجوع يقتلهم.")
    assert ("وطالب", "100") in codes and not [c for t, c in codes if "الحصار" in t]


def test_recovery_wished_to_the_wounded_is_no_attack() -> None:
    assert "للجرحى" not in _triggers("وقدم المجلس العزاء لأسر الضحايا، متمنيا للجرحى الشفاء العاجل.")
    assert "للجرحى" not in _triggers("وتمنى الأمير الشفاء العاجل للجرحى.")
    assert "الجرحى" in _triggers("وقتل خمسة وسقط عشرات الجرحى في الهجوم على السوق.")
