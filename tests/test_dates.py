"""Date expressions in Arabic news text: one construction a case, read against a fixed date."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kg.dates import DateMention, find_dates
from kg.timestamps import parse_date_option

# A Wednesday: the weekdays below are counted back from it.
PUBLISHED = dt.date(2024, 4, 17)


def only(sentence: str, published: dt.date | None = PUBLISHED) -> DateMention:
    mentions = find_dates(sentence, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


ABSOLUTE = [
    # Levantine month with its MSA twin, in brackets or after a slash, either order
    ("وصل الوفد العراقي إلى طهران في 27 كانون الثاني (يناير) 2024.", "27 كانون الثاني (يناير) 2024", "2024-01-27", "day"),
    ("انعقدت الجلسة في 3 شباط/فبراير 2023 بحضور السفراء.", "3 شباط/فبراير 2023", "2023-02-03", "day"),
    ("أعلنت الحكومة في 12 نوفمبر/تشرين الثاني 2019 حالة الطوارئ.", "12 نوفمبر/تشرين الثاني 2019", "2019-11-12", "day"),
    ("وقّع الطرفان الاتفاق في 5 تموز 2021 في بغداد.", "5 تموز 2021", "2021-07-05", "day"),
    ("جرت الانتخابات في العاشر من تشرين الأول 2021.", "العاشر من تشرين الأول 2021", "2021-10-10", "day"),
    ("اغتيل القائد في 3 يناير 2020 قرب المطار.", "3 يناير 2020", "2020-01-03", "day"),
    ("بدأ الانسحاب في 15 آب 2011 من القواعد الجنوبية.", "15 آب 2011", "2011-08-15", "day"),
    ("سُجّل الهجوم في 9 إبريل 2003 وسط العاصمة.", "9 إبريل 2003", "2003-04-09", "day"),
    ("تعود المذكرة إلى 30 يونيه 2014 بحسب الوثائق.", "30 يونيه 2014", "2014-06-30", "day"),
    ("صدر البيان يوم الخميس 25 كانون الثاني 2024 عن الخارجية.", "يوم الخميس 25 كانون الثاني 2024", "2024-01-25", "day"),
    ("وصل المبعوث في 2 مايو من عام 2022 إلى أربيل.", "2 مايو من عام 2022", "2022-05-02", "day"),
    ("وقعت الاشتباكات في 14 أيار 2018م على الحدود.", "14 أيار 2018م", "2018-05-14", "day"),
    # Eastern Arabic digits
    ("عقد البرلمان جلسته في ٢٧ كانون الثاني ٢٠٢٤.", "٢٧ كانون الثاني ٢٠٢٤", "2024-01-27", "day"),
    ("نُشر القرار بتاريخ ٢٧ ٠١ ٢٠٢٤ في الجريدة الرسمية.", "٢٧ ٠١ ٢٠٢٤", "2024-01-27", "day"),
    ("أُعلن الاتفاق في ٢٠٢٣/٠٣/١٠ في بكين.", "٢٠٢٣/٠٣/١٠", "2023-03-10", "day"),
    # numeric dates, year first or day first
    ("صدر المرسوم بتاريخ 2020/1/3 وفق الجريدة.", "2020/1/3", "2020-01-03", "day"),
    ("انتهت المهلة في 3-1-2020 دون اتفاق.", "3-1-2020", "2020-01-03", "day"),
    ("أرسلت الوزارة مذكرة مؤرخة 21.06.2022 إلى السفارة.", "21.06.2022", "2022-06-21", "day"),
    ("يبدأ الإحصاء في 2024-10-01 في جميع المحافظات.", "2024-10-01", "2024-10-01", "day"),
    # month and year
    ("تصاعدت الهجمات في يناير 2020 على القواعد.", "يناير 2020", "2020-01", "month"),
    ("زار الرئيس واشنطن في نيسان 2019 للمرة الأولى.", "نيسان 2019", "2019-04", "month"),
    ("انطلقت المفاوضات في أيلول/سبتمبر 2022 في فيينا.", "أيلول/سبتمبر 2022", "2022-09", "month"),
    # year after a cue
    ("دخلت القوات الأمريكية العراق عام 2003 بعد الغزو.", "عام 2003", "2003", "year"),
    ("اندلعت الاحتجاجات سنة 2011 في عدة مدن.", "سنة 2011", "2011", "year"),
    ("خرجت القوات في العام 2011 بموجب الاتفاقية.", "العام 2011", "2011", "year"),
    ("تضاعفت الصادرات منذ عام ٢٠١٨ بحسب التقرير.", "عام ٢٠١٨", "2018", "year"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "granularity"), ABSOLUTE)
def test_absolute_dates(sentence: str, text: str, value: str, granularity: str) -> None:
    mention = only(sentence, None)
    assert (mention.text, mention.value, mention.granularity, mention.relative) == (
        text, value, granularity, False,
    )
    assert sentence[mention.start:mention.end] == text


RELATIVE = [
    # days and months given without a year take it from the publication date
    ("تحيي الفصائل ذكرى هجوم 7 أكتوبر/تشرين الأول كل عام.", "7 أكتوبر/تشرين الأول", "2023-10-07", "day"),
    ("قال الوزير إن القمة ستعقد في 5 مايو في بغداد.", "5 مايو", "2024-05-05", "day"),
    ("ذكّر المتحدث بما جرى في 29 فبراير في الميناء.", "29 فبراير", "2024-02-29", "day"),
    ("وقعت الحادثة في التاسع من أبريل الجاري قرب الحدود.", "التاسع من أبريل الجاري", "2024-04-09", "day"),
    ("وصل الوفد في الثاني من الشهر الجاري إلى الكويت.", "الثاني من الشهر الجاري", "2024-04-02", "day"),
    ("أجّل المجلس جلسته إلى الحادي والعشرين من مارس بسبب الخلافات.", "الحادي والعشرين من مارس", "2024-03-21", "day"),
    ("اجتمعت اللجنة في 15 الجاري لمناقشة الموازنة.", "15 الجاري", "2024-04-15", "day"),
    ("أُطلق سراح الصحفي في العشرين من الشهر الماضي.", "العشرين من الشهر الماضي", "2024-03-20", "day"),
    ("تصاعد التوتر منذ أغسطس الماضي على الحدود.", "أغسطس الماضي", "2023-08", "month"),
    ("تراجعت الأسعار في آب الماضي بشكل حاد.", "آب الماضي", "2023-08", "month"),
    ("يتوقع أن تعقد الانتخابات في يونيو المقبل.", "يونيو المقبل", "2024-06", "month"),
    ("شهدت المدينة في شهر آب موجة حر.", "آب", "2023-08", "month"),
    ("تستمر المهلة منذ مايو بحسب الاتفاق.", "مايو", "2023-05", "month"),
    # words for days
    ("التقى رئيس الوزراء أمس بالسفير الأمريكي.", "أمس", "2024-04-16", "day"),
    ("أعلنت الوزارة يوم أمس عن خطة جديدة.", "يوم أمس", "2024-04-16", "day"),
    ("وصل الوزير إلى عمّان أول أمس في زيارة رسمية.", "أول أمس", "2024-04-15", "day"),
    ("تبدأ المحادثات اليوم في مسقط.", "اليوم", "2024-04-17", "day"),
    ("يغادر الوفد غداً إلى أنقرة.", "غداً", "2024-04-18", "day"),
    ("يصل المبعوث بعد غد إلى بيروت.", "بعد غد", "2024-04-19", "day"),
    # weekdays: the most recent one on or before publication
    ("انفجرت عبوة ناسفة الأحد قرب السوق.", "الأحد", "2024-04-14", "day"),
    ("أكد المتحدث يوم الاثنين أن المفاوضات مستمرة.", "يوم الاثنين", "2024-04-15", "day"),
    ("تظاهر المئات مساء الثلاثاء أمام السفارة.", "مساء الثلاثاء", "2024-04-16", "day"),
    ("استقبل الرئيس نظيره الأربعاء في القصر.", "الأربعاء", "2024-04-17", "day"),
    ("جرت الجولة السابقة الأربعاء الماضي في الدوحة.", "الأربعاء الماضي", "2024-04-10", "day"),
    ("تستأنف الجلسات السبت المقبل في جنيف.", "السبت المقبل", "2024-04-20", "day"),
    # a day word with its weekday: the weekday wins
    ("أعلن الجيش أمس الاثنين مقتل اثنين من المسلحين.", "أمس الاثنين", "2024-04-15", "day"),
    ("قال الوزير اليوم الأربعاء إن الحوار مستمر.", "اليوم الأربعاء", "2024-04-17", "day"),
    ("يزور الأمين العام بغداد غدا الخميس.", "غدا الخميس", "2024-04-18", "day"),
    # months and years as a whole
    ("ارتفعت الصادرات النفطية الشهر الماضي إلى مستوى قياسي.", "الشهر الماضي", "2024-03", "month"),
    ("تنتهي ولاية اللجنة خلال الشهر الجاري بحسب القانون.", "الشهر الجاري", "2024-04", "month"),
    ("تضاعفت الهجمات العام الماضي مقارنة بما سبقه.", "العام الماضي", "2023", "year"),
    ("ستجري الانتخابات المحلية في السنة المقبلة وفق الدستور.", "السنة المقبلة", "2025", "year"),
    ("تراجع التضخم خلال هذا العام إلى النصف.", "هذا العام", "2024", "year"),
    # weeks and spans counted back from publication (2024-04-17): a week has no granularity
    # of ours, so it is given as its month; only an exact count of days keeps the day
    ("التقى الوزير نظيره الأسبوع الماضي في عمّان.", "الأسبوع الماضي", "2024-04", "month"),
    ("وصل الوفد قبل ثلاثة أيام إلى أربيل.", "قبل ثلاثة أيام", "2024-04-14", "day"),
    ("اعتُقل الناشط قبل يومين في البصرة.", "قبل يومين", "2024-04-15", "day"),
    ("أُطلق سراحه قبل نحو أسبوعين بكفالة.", "قبل نحو أسبوعين", "2024-04", "month"),
    ("وقبل حوالي عشرين يوما زار الوزير طهران.", "قبل حوالي عشرين يوما", "2024-03", "month"),
    ("انتهى العقد قبل ثلاثة أشهر دون تجديد.", "قبل ثلاثة أشهر", "2024-01", "month"),
    ("غادر السفير منصبه قبل عامين.", "قبل عامين", "2022", "year"),
    ("تتواصل الاجتماعات منذ بداية الأسبوع في بغداد.", "منذ بداية الأسبوع", "2024-04", "month"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "granularity"), RELATIVE)
def test_relative_dates(sentence: str, text: str, value: str, granularity: str) -> None:
    mention = only(sentence)
    assert (mention.text, mention.value, mention.granularity, mention.relative) == (
        text, value, granularity, True,
    )
    assert sentence[mention.start:mention.end] == text


@pytest.mark.parametrize("sentence", [row[0] for row in RELATIVE])
def test_relative_dates_need_publication(sentence: str) -> None:
    assert find_dates(sentence, None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "نشرت الولايات المتحدة 2500 جندي في قواعد عدة.",
        "ارتفعت نسبة المشاركة إلى 80% في المدن الكبرى.",
        "تكرر القصف 170 مرة منذ بداية النزاع.",
        "بدأ الاجتماع الساعة 10 صباحا بتوقيت بغداد.",
        "أصيب 3 أشخاص بجروح طفيفة في الحادث.",
        "للاستفسار يرجى الاتصال بالرقم 07901234567 أو 0770-123-4567.",
        "استند البيان إلى قرار 2334 الصادر عن مجلس الأمن.",
        "صادق البرلمان على 1200 بند من الموازنة.",
        "تأسست الجمعية عام 1445 هـ في النجف.",
        "حصل الحادث في 21 رمضان 1445 هـ بحسب الرواية الرسمية.",  # late March or early April
        "اجتمع الطرفان الاثنين من الأسبوع الماضي في أربيل.",
        "انسحب المرشح قبل يومين من موعد الاقتراع.",
        "تبدأ العطلة ليلة الجمعة بحسب الإعلان.",
        "في اليوم التالي أعلنت الحكومة الحداد.",
        "وفي اليوم الأول من الزيارة جال الوفد في المدينة القديمة.",
        "لم يتغير الموقف حتى اليوم بحسب مصادر مطلعة.",
        "نقلت قناة روسيا اليوم تصريحات المسؤول.",
        "ضم المنتخب الأحد عشر لاعبا الأساسيين.",
        "تحسنت العلاقات بين الاثنين خلال اللقاء.",
        "طالب الأب بالإفراج عن ابنه المعتقل.",
        "مارس الوفد ضغوطا كبيرة على المفاوضين.",
        "أُعيد فتح المعبر 31 فبراير وفق رواية غير دقيقة.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


def test_offsets_sorted_and_non_overlapping() -> None:
    sentence = (
        "قال المتحدث مساء الثلاثاء إن 2500 جندي غادروا منذ 27 كانون الثاني (يناير) 2024، "
        "وإن المرحلة الثانية تبدأ الشهر المقبل كما أُعلن عام 2023."
    )
    mentions = find_dates(sentence, PUBLISHED)
    assert [m.text for m in mentions] == [
        "مساء الثلاثاء", "27 كانون الثاني (يناير) 2024", "الشهر المقبل", "عام 2023",
    ]
    assert all(sentence[m.start:m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_longest_match_wins_over_weekday() -> None:
    # the weekday alone, or the month alone, would be a second, overlapping date
    (mention,) = find_dates("عقد الاجتماع الأحد 7 تموز 2019 في الرياض.", PUBLISHED)
    assert (mention.text, mention.value) == ("الأحد 7 تموز 2019", "2019-07-07")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("واليوم يبدأ الوفد جولته الثانية.", "اليوم"),
        ("وتراجعت الواردات والعام الماضي أيضا.", "العام الماضي"),
        ("وصل الوزير والخميس الماضي غادر.", "الخميس الماضي"),
        ("ارتفع الإنفاق وعام 2019 شهد ذروته.", "عام 2019"),
    ],
)
def test_conjunction_is_not_in_the_span(sentence: str, text: str) -> None:
    mention = only(sentence)
    assert mention.text == text
    assert sentence[mention.start:mention.end] == text


def test_both_years_of_a_pair() -> None:
    mentions = find_dates("تضاعف الإنتاج بين عامي 2003 و2011 بحسب التقرير.")
    assert [(m.text, m.value) for m in mentions] == [("عامي 2003", "2003"), ("2011", "2011")]


def test_day_without_year_far_ahead_is_last_year() -> None:
    # more than FUTURE_WINDOW after publication: the previous year's day
    assert only("أقيم المعرض في 20 ديسمبر في الكويت.").value == "2023-12-20"


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("2024-01-27", dt.date(2024, 1, 27)),
        ("  2024-01-27 ", dt.date(2024, 1, 27)),
        ("٢٠٢٤-٠١-٢٧", dt.date(2024, 1, 27)),
        ("27 يناير 2024", dt.date(2024, 1, 27)),
        ("27 كانون الثاني 2024", dt.date(2024, 1, 27)),
        ("٣ شباط ٢٠٢٣", dt.date(2023, 2, 3)),
        ("2020/1/3", dt.date(2020, 1, 3)),
    ],
)
def test_parse_date_option(option: str, expected: dt.date) -> None:
    assert parse_date_option(option) == expected


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("يناير 2024", "names a month, not a day"),
        ("عام 2024", "names a year, not a day"),
        ("2024", "cannot read"),
        ("أمس", "cannot read"),
        ("2024-02-30", "cannot read"),
        ("", "cannot read"),
        ("tomorrow", "cannot read"),
    ],
)
def test_parse_date_option_rejects(option: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        parse_date_option(option)
    assert "2024-01-27" in str(info.value)  # the message shows the expected form


@pytest.mark.parametrize("line, expected", [
    ("الموصل، 14 آذار/مارس 2017 (وكالة محلية) - استعادت القوات", "2017-03-14"),
    ("الحدود السورية العراقية، 2 أيار 2019 - عبرت قافلة", "2019-05-02"),
    ("الأحد 5 كانون الثاني 2020 - صوت النواب", "2020-01-05"),
    ("قال الوزير في 3 يناير 2020 إن القوات - وهي كثيرة - باقية", None),
    ("بغداد - (وكالة) - أعلن المتحدث أمس", None),
])
def test_dateline_date_only_reads_a_dateline(line: str, expected: str | None) -> None:
    from kg.timestamps import dateline_date

    found = dateline_date(line)
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize("value, expected", [
    ("Fri, 03 Jan 2020 10:00:00 GMT", "2020-01-03"),
    ("2024-01-28T22:15:00+03:00", "2024-01-28"),
    ("3 January 2020", "2020-01-03"),
    ("2500", None),
    ("January", None),
])
def test_parse_timestamp_needs_a_full_day(value: str, expected: str | None) -> None:
    from kg.timestamps import parse_timestamp

    found = parse_timestamp(value)
    assert (found.isoformat() if found else None) == expected
