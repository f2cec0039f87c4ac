"""Quote speakers in constructions of real news (seventh hand-judged sample): the person whose words «بحسب التعبير
المفضل لفلان» cites, a share of people («قال 87.5 في المائة من المواطنين») that is no speaker, a person named after
a head no title list has («سكرتير الدولة للشؤون المحلية فلان»), and «كما ذكرتُ آنفا» in an interview's answer."""

from __future__ import annotations

from rasd import analyze
from rasd.quotes import extract_quotes

from conftest import quote_speakers


def test_whose_words_according_to_names_the_speaker() -> None:
    doc = analyze("وقال الوزير لوران فابيوس إن الاتفاق جيد. ونجحت باريس في جعله «أكثر صلابة» بحسب التعبير المفضل "
                  "لفابيوس، إلا أن ذلك لم يمنع الخلاف.")
    at = doc.text.index("لفابيوس") + 1
    for ent in doc.entities:  # the entity layer of a long article may leave the name after «لـ» unmarked
        ent.mentions = [m for m in ent.mentions if not (m.start <= at < m.end)]
    doc.quotes = extract_quotes(doc)
    assert quote_speakers(doc)[-1] == ("بحسب", "لوران فابيوس")


def test_a_share_is_no_speaker_but_the_group_it_counts_is() -> None:
    doc = analyze("وقال 87.5 في المائة من المواطنين إنهم يؤيدون الحكومة.")
    assert quote_speakers(doc) == [("وقال", "[المواطنين]")]


def test_a_bare_share_names_no_one() -> None:
    doc = analyze("وقال 40 في المائة إن الوضع سيئ.")
    assert quote_speakers(doc) == [("وقال", None)]


def test_a_person_after_a_head_no_title_list_has() -> None:
    doc = analyze("وقال سكرتير الدولة للشؤون المحلية غريك كلارك إن الحكومة ستدعم البلديات.")
    assert quote_speakers(doc) == [("وقال", "غريك كلارك")]


def test_a_person_after_a_head_with_a_pronoun() -> None:
    doc = analyze("وقال رئيسها كريغ ريدي إنه سيتم فتح تحقيق.")
    assert quote_speakers(doc) == [("وقال", "كريغ ريدي")]


def test_a_person_after_a_title_in_the_genitive_is_not_the_speaker() -> None:
    doc = analyze("أكدت إدارة الرئيس الأميركي باراك أوباما أن الحرب مستمرة.")
    assert quote_speakers(doc)[0][1] != "باراك أوباما"


def test_as_i_said_in_an_answer_is_the_interviewee() -> None:
    doc = analyze("قال الرئيس نيكوس أناستاسيادس إن التسوية ممكنة. وأكدت الوزيرة فاطمة أحمد أن الوضع جيد.\n\n"
                  "* ما موقفكم من الجيران؟\n- كما ذكرت آنفا، إن علاقاتنا مع الجيران ممتازة.")
    assert quote_speakers(doc)[-1] == ("ذكرت", "نيكوس أناستاسيادس")


def test_as_she_pointed_out_is_no_first_person() -> None:
    doc = analyze("قال الرئيس نيكوس أناستاسيادس إن التسوية ممكنة. وأعلنت القيادة المشتركة أن الطائرات نفذت 17 ضربة. "
                  "كما أشارت إلى أن سبع ضربات نفذت قرب الحسكة.")
    assert quote_speakers(doc)[-1][1] != "نيكوس أناستاسيادس"
