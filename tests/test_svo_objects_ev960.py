"""Round ev960: a name that opens its clause before a singular verb (past a time word or an aside, after «وكان», or
before a verb of going chained to a verb in «و») is the subject; the name after the verb is then its object."""

from conftest import news_event


def _parties(text: str, trigger: str) -> tuple[str | None, str | None]:
    doc, e = news_event(text, trigger)
    names = {x.id: x.name for x in doc.entities}
    return names.get(e.source) if e.source else None, names.get(e.target) if e.target else None


def test_time_word_between_name_and_verb() -> None:
    text = "الرئيس المصري عبد الفتاح السيسي أمس استقبل جون كيري في القاهرة لبحث الأزمة."
    doc, e = news_event(text, "استقبل")
    assert e.code == "043"
    assert _parties(text, "استقبل") == ("عبد الفتاح السيسي", "جون كيري")


def test_time_word_with_title_before_the_object() -> None:
    text = "الملك عبدالله الثاني اليوم التقى وزير الخارجية الأمريكي جون كيري في عمان."
    assert _parties(text, "التقى") == ("عبدالله الثاني", "جون كيري")


def test_verb_in_wa_after_a_verb_of_return() -> None:
    text = "الرئيس الفرنسي فرانسوا هولاند عاد إلى باريس، واستقبل محمد جواد ظريف في قصر الإليزيه."
    assert _parties(text, "واستقبل") == ("فرانسوا هولاند", "محمد جواد ظريف")


def test_verb_in_wa_after_a_verb_of_leaving() -> None:
    text = "وزير الخارجية الأمريكي جون كيري غادر القاهرة، والتقى عادل الجبير في جدة."
    assert _parties(text, "والتقى") == ("جون كيري", "عادل الجبير")


def test_name_after_kana_with_relative_aside() -> None:
    text = "وكان الرئيس التونسي الباجي قائد السبسي، الذي وصل إلى الجزائر أمس، استقبل رجب طيب أردوغان في قصر قرطاج."
    assert _parties(text, "استقبل") == ("الباجي قائد السبسي", "رجب طيب أردوغان")


def test_vso_with_time_word_unchanged() -> None:
    text = "استقبل الرئيس المصري عبد الفتاح السيسي أمس جون كيري في القاهرة."
    assert _parties(text, "استقبل") == ("عبد الفتاح السيسي", "جون كيري")


def test_pronoun_on_the_verb_keeps_the_name_after_it_the_subject() -> None:
    text = "الرئيس الفرنسي فرانسوا هولاند عاد إلى باريس، واستقبله محمد جواد ظريف في المطار."
    assert _parties(text, "واستقبله") == ("محمد جواد ظريف", "فرانسوا هولاند")


def test_name_with_its_own_object_stays_subject() -> None:
    text = "الحكومة السعودية أمس أدانت الهجوم، وأدانت الولايات المتحدة التفجير."
    assert _parties(text, "وأدانت")[0] == "الولايات المتحدة"


def test_verb_of_another_form_keeps_its_own_subject() -> None:
    text = "المستشارة الألمانية أنجيلا ميركل عادت إلى برلين، واستقبل الرئيس الفرنسي فرانسوا هولاند في باريس."
    assert _parties(text, "واستقبل")[0] == "فرانسوا هولاند"
