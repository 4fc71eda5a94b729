"""When and where, round 3: the error listing of wrong dates and places, and the date and
place constructions added for it.  Own sentences, one construction a case."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.dates import find_dates
from kg.evaluate import ActorIndex, load_actors
from kg.extract.scene import clause
from kg.model import Article, Place
from kg.pipeline import process_article
from tests.extraction import document
from tests.test_evaluate import ACTORS, event, gold_event, score


@pytest.fixture
def actor_index(tmp_path: Path) -> ActorIndex:
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(ACTORS, ensure_ascii=False), encoding="utf-8")
    return load_actors(path)


def test_errors_list_matched_events_with_a_wrong_or_missing_date_or_place(
        tmp_path: Path, actor_index: ActorIndex) -> None:
    baghdad = Place("baghdad", "Baghdad", "city")
    gold = [gold_event("CONSULT", "USA", "IRQ", date="2024-01-27", place="baghdad"),
            gold_event("ACCUSE", "IRN", "USA", date="2024-01", place="IRQ"),
            gold_event("REJECT", "IRQ", "USA", date="2024-01-20")]
    report = score(tmp_path, actor_index, gold,
                   event("CONSULT", "USA", "IRQ", date="2024-01-27", place=baghdad),
                   event("ACCUSE", "IRN", "USA", place=baghdad),
                   event("REJECT", "IRQ", "USA", date="2024-01-21"))
    errors = report.format_errors().splitlines()
    assert errors == [
        "DATE a.txt  ACCUSE    IRN→USA  gold 2024-01 system -  جملة النظام في الاختبار",
        "PLACE a.txt  ACCUSE    IRN→USA  gold IRQ system baghdad  جملة النظام في الاختبار",
        "DATE a.txt  REJECT    IRQ→USA  gold 2024-01-20 system 2024-01-21  "
        "جملة النظام في الاختبار",
    ]
    # The summary the other tools parse is unchanged.
    tail = report.format().splitlines()
    assert tail[-3].startswith("date accuracy 0.33 (3 checked), place accuracy 0.50 (2 checked)")
    assert tail[-2].startswith("strict  P=1.00 R=1.00 F1=1.00")
    assert len(report.to_dict()["strict"]["wrong_attributes"]) == 3


def test_errors_list_fp_and_miss_before_attributes(tmp_path: Path,
                                                   actor_index: ActorIndex) -> None:
    report = score(tmp_path, actor_index,
                   [gold_event("CONSULT", "USA", "IRQ", date="2024-01-27"),
                    gold_event("ACCUSE", "IRN", "USA")],
                   event("CONSULT", "USA", "IRQ"), event("SANCTION", "USA", "IRN"))
    kinds = [line.split()[0] for line in report.format_errors().splitlines()]
    assert kinds == ["FP", "MISS", "DATE"]


# ------------------------------------------------------------- extraction: when and where

def dated(text: str, published: dt.date, type_: str) -> list[tuple[str | None, str | None]]:
    """(date, place id) of each event of ``type_`` the pipeline finds in ``text``."""
    article = Article(id="t", text=text, source="test", published=published)
    return [(e.date, e.place.id if e.place else None)
            for e in process_article(article, strip_boilerplate=False).events
            if e.type == type_]


# A Wednesday.
WEDNESDAY = dt.date(2024, 4, 17)

RESUMED = [
    # a standing description of an actor (present tense) takes no dated adjunct: the
    # occasion after it is the main verb's
    ("تعهدت الدول الأعضاء في التحالف الدولي الذي تقوده الولايات المتحدة عقب اجتماع في "
     "بغداد الاثنين بتقديم مساعدات عسكرية جديدة إلى العراق.", "AGREE", ("2024-04-15", "baghdad")),
    # a comma that opens no clause closes the relative clause; the main clause goes on
    ("استقبل الرئيس الأمريكي جو بايدن رئيس الوزراء العراقي محمد شياع السوداني، الذي وصل "
     "إلى العاصمة الأمريكية في زيارة رسمية، مساء الاثنين في البيت الأبيض.", "CONSULT",
     ("2024-04-15", None)),
]


@pytest.mark.parametrize(("text", "type_", "expected"), RESUMED)
def test_clause_goes_on_after_an_embedded_relative_clause(
        text: str, type_: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in dated(text, WEDNESDAY, type_)


STAYS_IN_RELATIVE = [
    # a relative clause in the past tense keeps its own time: the arrest was on Sunday,
    # the demand is undated
    ("طالب المحتجون الحكومة العراقية بالإفراج عن الناشط الذي اعتقل إثر مداهمة منزله الأحد "
     "في البصرة.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "type_"), STAYS_IN_RELATIVE)
def test_a_past_relative_clause_keeps_its_date(text: str, type_: str) -> None:
    assert all(date is None for date, _ in dated(text, WEDNESDAY, type_))


PLACES = [
    # of a place and the larger place that holds it, named in one phrase, the inner one
    ("مدينة النجف، أبرز المدن المقدسة في العراق، شهدت الجمعة احتجاجات ضد الحكومة العراقية.",
     "PROTEST", "najaf"),
    ("وفي مدينة الفلوجة، ثاني أكبر مدن محافظة الأنبار، تظاهر المئات ضد الحكومة العراقية.",
     "PROTEST", "fallujah"),
    # a hashtag between the preposition and the place ("في #باريس")
    ("وقال وزير الخارجية الأمريكي أنتوني بلينكن الأربعاء في #باريس إن إيران تزعزع استقرار "
     "المنطقة.", "ACCUSE", "paris"),
    # a common spelling of Brussels
    ("اتهم وزير الخارجية الأمريكي أنتوني بلينكن، خلال زيارته إلى بروكسيل، إيران بتزويد روسيا "
     "بالطائرات المسيرة.", "ACCUSE", "brussels"),
]


@pytest.mark.parametrize(("text", "type_", "place"), PLACES)
def test_place_of_the_event(text: str, type_: str, place: str) -> None:
    assert place in [where for _, where in dated(text, WEDNESDAY, type_)]


OWN_DATE = [
    # the dateline is the day of filing; the day the clause names is the event's
    ("الموصل، 12 آذار 2024 (وكالة) - قتل خمسة جنود عراقيين، مساء الاثنين، في هجوم شنه تنظيم "
     "داعش قرب المدينة.", dt.date(2024, 3, 12), "ASSAULT", "2024-03-11"),
    # with no day of its own, the lead's event is told on the day of the dateline
    ("الموصل، 12 آذار 2024 (وكالة) - قتل خمسة جنود عراقيين في هجوم شنه تنظيم داعش قرب "
     "المدينة.", dt.date(2024, 3, 12), "ASSAULT", "2024-03-12"),
    # a meeting that is itself scheduled keeps its day
    ("أكد وزير الخارجية الأمريكي أنتوني بلينكن أن لقاءه المرتقب يوم 3 أيار المقبل مع رئيس "
     "الوزراء العراقي محمد شياع السوداني سيبحث الانسحاب.", WEDNESDAY, "AGREE", "2024-05-03"),
]


@pytest.mark.parametrize(("text", "published", "type_", "date"), OWN_DATE)
def test_the_event_keeps_its_own_date(text: str, published: dt.date, type_: str,
                                      date: str) -> None:
    assert date in [when for when, _ in dated(text, published, type_)]


NOT_THE_EVENTS_DATE = [
    # a participle of scheduling dates the noun before it, not the statement
    ("قال وزير الخارجية العراقي فؤاد حسين إن الحكومة العراقية تدعم الانتخابات المقررة في "
     "تشرين الأول المقبل.", "SUPPORT"),
    # حتى gives where a span ends, not when the event is
    ("أعلن التحالف الدولي أنه سيواصل دعم القوات العراقية حتى أيلول 2026.", "SUPPORT"),
    # a clause of time (بعد أن) happened before the clause it depends on
    ("وتسلمت بغداد الشهر الماضي دفعة من الطائرات بعد أن اشترطت الولايات المتحدة على العراق "
     "إبقاء قائد القوة الجوية في منصبه.", "REQUEST"),
    # a date in a relative clause before the trigger is the relative verb's
    ("رحب الرئيس الإيراني بالاتفاق الذي وقعه العراق مع الكويت في آذار 2023، وآخر تلك الخطوات "
     "كانت زيارته إلى بغداد.", "CONSULT"),
    # a deadline written with a nominative ordinal (الحادي والثلاثون)
    ("وتنص الاتفاقية على أن تنسحب القوات الأمريكية من العراق في موعد أقصاه الحادي والثلاثون "
     "من كانون الأول 2011.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_THE_EVENTS_DATE)
def test_a_date_of_something_else_is_not_the_events(text: str, type_: str) -> None:
    found = dated(text, WEDNESDAY, type_)
    assert found and all(when is None for when, _ in found)


@pytest.mark.parametrize(("text", "value"), [
    ("في الحادي والثلاثون من كانون الأول 2011", "2011-12-31"),
    ("في الخامس والعشرون من آذار 2019", "2019-03-25"),
    ("في العشرون من أيار 2020", "2020-05-20"),
])
def test_ordinal_days_with_a_nominative_ten(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


def test_a_meeting_named_again_has_the_time_and_place_told_before() -> None:
    text = ("عقد وزراء خارجية دول الجوار العراقي اجتماعا في بغداد الأحد لبحث أمن الحدود. "
            "وشارك في الاجتماع وزير الخارجية العراقي فؤاد حسين ونظيره الإيراني.")
    assert ("2024-04-14", "baghdad") in dated(text, WEDNESDAY, "CONSULT")
    alone = "وشارك في الاجتماع وزير الخارجية العراقي فؤاد حسين ونظيره الإيراني."
    assert dated(alone, WEDNESDAY, "CONSULT") == [(None, None)]


# ------------------------------------------------------------- date expressions

PUBLISHED = dt.date(2024, 4, 17)  # a Wednesday

EXPRESSIONS = [
    # a span of days: its month (no granularity of ours holds a span of days)
    ("انعقد المؤتمر بين 3 و5 كانون الثاني 2024 في بغداد.", "2024-01", "month"),
    ("تستمر المناورات من 8 إلى 12 آذار في الخليج.", "2024-03", "month"),
    ("تعقد الدورة في 3-5 أيار المقبل.", "2024-05", "month"),
    # across two months, of a year the text gives: the year
    ("جرت الانتخابات بين 28 شباط و2 آذار 2020.", "2020", "year"),
    # day and month in figures after a word of date, with or without a two-digit year
    ("وصل الوفد العراقي إلى طهران في 27/3 لبحث ملف المياه.", "2024-03-27", "day"),
    ("صدر القرار بتاريخ 12/4/24 عن مجلس الوزراء.", "2024-04-12", "day"),
    ("أعلنت النتائج يوم 3/1/20 بعد تأخير.", "2020-01-03", "day"),
    # Hijri: the weekday fixes the day; without it, the Gregorian month of the window
    ("صدر البيان يوم الخميس 14 شوال 1436 هـ عن الديوان.", "2015-07-30", "day"),
    ("بدأت المعركة في 3 ذي الحجة 1444 هـ قرب الحدود.", "2023-06", "month"),
    ("حصل الحادث في 12 رمضان 1445 هـ بحسب الرواية الرسمية.", "2024-03", "month"),
    ("وقعت الحادثة في رمضان 1445 قرب كربلاء.", "2024", "year"),
    # spans counted back whose days all lie in one month
    ("اعتقل الناشط قبل أيام في البصرة.", "2024-04", "month"),
    ("وقع الطرفان الاتفاق قبل أقل من أسبوع.", "2024-04", "month"),
]


@pytest.mark.parametrize(("sentence", "value", "granularity"), EXPRESSIONS)
def test_date_expressions(sentence: str, value: str, granularity: str) -> None:
    found = find_dates(sentence, PUBLISHED)
    assert [(d.value, d.granularity) for d in found] == [(value, granularity)]


UNFIXED = [
    # "last week" on a Tuesday, 2 April: the week may lie in March or April
    ("التقى الوزير نظيره الأسبوع الماضي في الدوحة.", dt.date(2024, 4, 10)),
    ("اعتقل الناشط قبل أيام في البصرة.", dt.date(2024, 4, 3)),
    ("غادر المبعوث العراق قبل أشهر.", PUBLISHED),
    ("عاد السفير إلى منصبه قبل سنوات.", PUBLISHED),
    # a span across the new year without a year
    ("تمتد العطلة من 28 كانون الأول إلى 2 كانون الثاني.", PUBLISHED),
    # figures that are no date: a fraction, a score, an invalid day
    ("حصل الحزب على 1/3 من المقاعد.", PUBLISHED),
    ("فاز المنتخب العراقي 3/1 على منافسه.", PUBLISHED),
    ("نشر الخبر يوم 30/2 دون توضيح.", PUBLISHED),
    # a Hijri year spans two Gregorian years; صفر alone is "zero"
    ("تأسس المجلس عام 1445 هـ.", PUBLISHED),
    ("بلغت الخسائر صفر 2024 بحسب التقرير.", PUBLISHED),
]


@pytest.mark.parametrize(("sentence", "published"), UNFIXED)
def test_dates_the_text_does_not_fix(sentence: str, published: dt.date) -> None:
    assert find_dates(sentence, published) == []


def test_a_reply_to_the_last_speaker_keeps_the_scene_of_the_exchange() -> None:
    text = ("في آذار 2023، وخلال منتدى في الدوحة، اندلع جدل حاد بين الوفدين الأمريكي "
            "والإيراني. وانتقد وزير الخارجية الأمريكي أنتوني بلينكن آنذاك إيران بشدة. ورد "
            "وزير الخارجية الإيراني حسين أمير عبد اللهيان، واتهم بلينكن بالكذب.")
    assert dated(text, WEDNESDAY, "ACCUSE") == [("2023-03", "doha"), ("2023-03", "doha")]


def test_a_statement_about_someone_else_is_no_reply() -> None:
    text = ("قال وزير الخارجية الأمريكي أنتوني بلينكن الأحد في باريس إن إيران تزعزع المنطقة. "
            "واتهم رئيس الوزراء العراقي محمد شياع السوداني إيران بالتدخل.")
    assert (None, None) in dated(text, WEDNESDAY, "ACCUSE")


RESTATED = [
    # the withdrawal named in the lead is dated where it is told again with the same parties
    ("قال مسؤولون عراقيون إن الانسحاب الأمريكي من العراق أضعف الجيش. وكان الجنرال قائدا "
     "للقوات في بغداد، وبعد انسحاب القوات الأمريكية من العراق في كانون الأول 2011 عاد إلى "
     "واشنطن.", "2011-12"),
    # a withdrawal from another country is another event
    ("قال مسؤولون عراقيون إن الانسحاب الأمريكي من العراق أضعف الجيش. وبعد انسحاب القوات "
     "الأمريكية من سوريا في كانون الأول 2018 تغير الوضع.", None),
]


@pytest.mark.parametrize(("text", "date"), RESTATED)
def test_a_one_time_event_named_again(text: str, date: str | None) -> None:
    assert [when for when, _ in dated(text, WEDNESDAY, "RETREAT")][:1] == [date]


STATEMENT_PLACES = [
    # a place after another event in what a statement says is that event's place
    ("أرسل الرئيس الإيراني برقية تعزية إلى الحكومة العراقية بمقتل عشرة جنود في هجوم بمدينة "
     "الموصل.", "SUPPORT", None),
    ("نفى وزير الخارجية الإيراني وجود أي دور لبلاده في مقتل المتظاهرين في البصرة.", "REJECT",
     None),
    # a visit or a meeting the statement is made at is its scene
    ("دعا رئيس الوزراء العراقي خلال زيارته إلى طهران إيران إلى وقف القصف.", "REQUEST",
     "tehran"),
    # حيث: where the clause before it happens
    ("وقد شهدت الموصل مظاهرات غاضبة، حيث اتهم المتظاهرون إيران بالتدخل في شؤون العراق.",
     "ACCUSE", "mosul"),
    # a distance from a city puts the event in its country; the people of a place are from it
    ("دربت القوات الأمريكية ألفي مقاتل من أبناء الأنبار في معسكر يبعد عن الفلوجة 20 كلم.",
     "AID", "IRQ"),
]


@pytest.mark.parametrize(("text", "type_", "place"), STATEMENT_PLACES)
def test_place_of_a_statement_and_of_what_it_tells(text: str, type_: str,
                                                   place: str | None) -> None:
    assert [where for _, where in dated(text, WEDNESDAY, type_)] == [place]


SCENES = [
    # where a statement says someone is, is theirs (the actor's seat), not the statement's
    ("واتهم وزير الخارجية الأمريكي أنتوني بلينكن فصائل مسلحة تنشط في سوريا والعراق بمهاجمة "
     "القواعد الأمريكية.", "ACCUSE", (None, None)),
    # a day after an event noun in construct is that event's (غارات الجمعة)
    ("وكانت الحكومة العراقية قد أدانت غارات الجمعة على مواقع الحشد الشعبي.", "ACCUSE",
     (None, None)),
    # a title and its holder's name after the verb: a new speaker, whose statement does not
    # go on in the scene of the one before
    ("وفي طهران، توعد المرشد الإيراني علي خامنئي الولايات المتحدة بالرد. وانتقد رئيس حكومة "
     "تصريف الأعمال العراقية مصطفى الكاظمي الضربة الأمريكية.", "ACCUSE", (None, None)),
]


@pytest.mark.parametrize(("text", "type_", "expected"), SCENES)
def test_scene_of_statements(text: str, type_: str,
                             expected: tuple[str | None, str | None]) -> None:
    assert dated(text, WEDNESDAY, type_) == [expected]


def test_and_a_name_and_a_verb_open_a_clause() -> None:
    sentence = document("إيران والقوى الكبرى تتوصلان إلى اتفاق نووي في فيينا وبغداد ترحب").sentences[0]
    words = [t.text for t in sentence.tokens]
    lo, hi = clause(sentence.tokens, words.index("ترحب"), words.index("ترحب") + 1)
    assert words[lo:hi] == ["وبغداد", "ترحب"]


def test_a_passive_verb_is_no_statement_going_on() -> None:
    text = ("وقال وزير الخارجية الإيراني إن بلاده ستواصل دعم الحكومة السورية في دمشق. وتضاف "
            "هذه المساعدة إلى ملايين الدولارات التي سبق أن وعدت بها طهران بغداد.")
    assert all(where is None for _, where in dated(text, WEDNESDAY, "AGREE"))
