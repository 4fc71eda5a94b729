"""Argument rules, round 3: members standing for their organisation, and a governing
body after إلى as the one who receives."""

from __future__ import annotations

from tests.extraction import ids, of_type


def test_member_states_after_verb_stand_for_the_alliance() -> None:
    [event] = of_type("تعهدت الدول الأعضاء في حلف شمال الأطلسي بدعم العراق.", "AGREE")
    assert ids(event)[0] == "nato"


def test_member_groups_before_verb_stand_for_the_organisation() -> None:
    [event] = of_type("الفصائل المنضوية في الحشد الشعبي أدانت الغارة الأمريكية.", "ACCUSE")
    assert ids(event) == ("popular-mobilization-forces", "USA")


def test_government_after_ila_receives_the_promise() -> None:
    [event] = of_type("وعدت كندا بتقديم مساعدات جديدة إلى الحكومة العراقية.", "AGREE")
    assert ids(event) == ("CAN", "IRQ")
