"""Attacks and protests: when a material event is the news of its sentence.

One construction per test, in sentences written for these tests.  ``asserted`` tells
whether any trigger of the type is reported as having happened (see test_factuality).
"""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import process_article
from tests.test_factuality import asserted
from tests.test_triggers import types


def emitted(text: str, type_: str) -> bool:
    """Whether extraction emits a non-negated event of ``type_`` for the sentence."""
    article = Article(id="t", text=text, source="<test>")
    events = process_article(article, strip_boilerplate=False).events
    return any(e.type == type_ and not e.negated for e in events)


def test_attack_in_a_when_clause_dates_another_event() -> None:
    assert not asserted("بذلت الحكومة جهودا كبيرة لتهدئة الشارع عندما هاجم مسلحون مبنى البلدية.",
                        "ASSAULT")
    # the attack of the main clause is still the news
    assert asserted("قتل جندي عندما انفجرت عبوة ناسفة قرب دوريته.", "ASSAULT")


def test_words_of_harm_in_a_list_are_nouns() -> None:
    assert not asserted("تعيش المنطقة منذ أشهر على وقع أعمال نهب وقتل.", "ASSAULT")
    assert not asserted("حذر التقرير مما يجري في الأرياف من ذبح وخطف.", "ASSAULT")
    # verbs joined by و still report what happened
    assert asserted("قتل مسلحون حارسين وخطفوا مهندسا من موقع العمل أمس.", "ASSAULT")


def test_verb_with_object_pronoun_after_an_attack_noun_describes_it() -> None:
    assert not asserted("أشاد الوزير بصمود الحراس بعد هجوم شنه مسلحون على المصرف.", "ASSAULT")


def test_a_year_is_no_toll() -> None:
    assert not asserted("كتب المؤرخ فصلا عن مذبحة 1948 في القرية.", "ASSAULT")
    assert asserted("مقتل 12 شخصا في مذبحة بالقرية.", "ASSAULT")


def test_possibility_or_fear_of_an_attack_is_no_report() -> None:
    assert not asserted("ناقش الضباط إمكانية خطف طائرة ركاب.", "ASSAULT")
    assert not asserted("أغلقت السلطات الطريق خشية أن تكون الجماعة قد خطفت المهندسين.",
                        "ASSAULT")


def test_who_is_responsible_for_a_killing_is_talk_about_it() -> None:
    assert not asserted("تلاحق الشرطة العصابة المسؤولة عن مقتل خمسة من الحراس.", "ASSAULT")


def test_verbal_noun_after_a_present_tense_verb_is_its_object() -> None:
    assert not asserted("قال الشيخ إن الدين يحرم قتل الأبرياء في الحرب.", "ASSAULT")
    # أمس is no verb, so the verb after it is still a report
    assert asserted("وأمس قتل حارسان في هجوم على المصرف.", "ASSAULT")


def test_any_one_as_object_is_a_kind_of_act() -> None:
    assert not asserted("قال المتحدث إن الجماعة مستعدة لأن تخطف أي أجنبي يدخل المنطقة.",
                        "ASSAULT")
    assert not asserted("كشف البيان عن نية الجماعة خطف أية رهينة غربية.", "ASSAULT")


def test_what_is_believed_in_a_relative_clause_describes_its_noun() -> None:
    assert not asserted("عثرت الشرطة على السيارة التي يعتقد أن المسلحين خطفوا بها الطبيب.",
                        "ASSAULT")


def test_deaths_in_a_disaster_are_no_attack() -> None:
    assert "ASSAULT" not in types("قتل عشرون شخصا في زلزال ضرب الإقليم الجبلي.")
    assert "ASSAULT" in types("قتل عشرون شخصا في تفجير ضرب السوق.")


def test_rally_in_support_is_no_protest() -> None:
    assert "PROTEST" not in types("تظاهر آلاف الطلاب تأييدا لقرار الحكومة.")
    assert asserted("تظاهر آلاف الطلاب احتجاجا على قرار الحكومة.", "PROTEST")


def test_verb_saying_a_protest_took_place_reports_a_definite_one() -> None:
    assert emitted("تجددت الاحتجاجات في العاصمة أمس.", "PROTEST")
    assert emitted("اندلعت المظاهرات في المدن الجنوبية مساء أمس.", "PROTEST")
    assert emitted("شهدت المدينة مظاهرات حاشدة ضد الغلاء.", "PROTEST")


def test_event_noun_after_a_demonstrative_or_likened_to_another_is_told_already() -> None:
    assert not asserted("قال المنظمون إن عشرات الآلاف شاركوا في هذه المظاهرة.", "PROTEST")
    assert not asserted("اعتقل عشرة طلاب خلال تظاهرة مماثلة في الجامعة الشهر الماضي.", "PROTEST")
    assert asserted("خرج آلاف الطلاب في مظاهرة أمام الجامعة أمس.", "PROTEST")


def test_time_elapsed_since_an_attack_makes_it_background() -> None:
    assert not asserted("أقام الأهالي صلاة بمرور خمسة أعوام على تفجير السوق الذي قتل فيه 30.",
                        "ASSAULT")
