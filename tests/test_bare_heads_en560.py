"""Round en560: a bare definite head noun («السفارة», «المكتب», «المشيخة») stands for the one body the article named
with that head before it; two such bodies, or none, leave it alone."""

from __future__ import annotations

from conftest import entity_name_covering as _entity_of


def test_embassy_named_before() -> None:
    text = "نقلت وسائل الإعلام بيان السفارة السعودية في لندن، وقالت إن السفارة تعمل مع السلطات البريطانية."
    assert _entity_of(text, "السفارة") == "السفارة السعودية"


def test_office_named_before() -> None:
    text = "وأعلن «مكتب أخبار سوريا» المعارض أن القصف استمر. وقال المكتب إن القذائف سقطت على المدينة."
    assert _entity_of(text, "المكتب") == "مكتب أخبار سوريا"


def test_two_embassies_left_alone() -> None:
    text = ("زار الوفد السفارة السعودية في لندن ثم السفارة الأميركية في باريس. "
            "وقالت السفارة إن الزيارة كانت ناجحة.")
    assert _entity_of(text, "السفارة") is None


def test_no_body_named_before() -> None:
    text = "وقال المكتب إن الاجتماع سيعقد غدا في العاصمة."
    assert _entity_of(text, "المكتب") is None
