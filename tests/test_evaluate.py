"""Scoring against gold: tiny hand-written gold files and hand-built system events."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kg.errors import EvalError
from kg.evaluate import (
    ActorIndex,
    EvalReport,
    evaluate,
    evaluate_sentences,
    load_actors,
    load_gold,
    normalise_name,
    with_gold_dates,
)
from kg.model import Actor, Article, ArticleFailure, Event, Place
from kg.pipeline import ArticleResult

ACTORS = [
    {"id": "USA", "kind": "state", "names_ar": ["الولايات المتحدة", "واشنطن"]},
    {"id": "IRQ", "kind": "state", "names_ar": ["العراق", "بغداد", "الحكومة العراقية"]},
    {"id": "IRN", "kind": "state", "names_ar": ["إيران", "طهران"]},
    {"id": "mohammed-shia-al-sudani", "kind": "person", "country": "IRQ",
     "names_ar": ["محمد شياع السوداني", "السوداني"]},
    {"id": "antony-blinken", "kind": "person", "country": "USA",
     "names_ar": ["أنتوني بلينكن", "بلينكن"]},
    {"id": "kataib-hezbollah", "kind": "armed_group", "country": "IRQ",
     "names_ar": ["كتائب حزب الله"]},
]

STATE = {"USA": "الولايات المتحدة", "IRQ": "العراق", "IRN": "إيران"}
PEOPLE = {"antony-blinken": ("person", "USA"), "mohammed-shia-al-sudani": ("person", "IRQ"),
          "kataib-hezbollah": ("armed_group", "IRQ")}


def gold_event(type_: str, source: str, target: str | None, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "source": source, "target": target, "evidence": "دليل مكتوب للاختبار",
            **extra}


def actor(actor_id: str | None) -> Actor | None:
    if actor_id is None:
        return None
    if actor_id in STATE:
        return Actor(actor_id, actor_id, "state", name_ar=STATE[actor_id], country=actor_id)
    kind, country = PEOPLE[actor_id]
    return Actor(actor_id, actor_id, kind, country=country)


def event(type_: str, source: str | None, target: str | None, **extra: Any) -> Event:
    return Event(id="e", type=type_, mode=None, source=actor(source), target=actor(target),
                 sentence="جملة النظام في الاختبار", **extra)


def result(article_id: str, *events: Event, source: str | None = None) -> ArticleResult:
    return ArticleResult(Article(id=article_id, text="", source=source or article_id),
                         list(events))


@pytest.fixture
def actors(tmp_path: Path) -> ActorIndex:
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(ACTORS, ensure_ascii=False), encoding="utf-8")
    return load_actors(path)


def score(tmp_path: Path, actors: ActorIndex, gold_events: list[dict[str, Any]],
          *events: Event) -> EvalReport:
    """Write one gold article ``a.txt`` and score the given system events on it."""
    path = tmp_path / "gold.jsonl"
    line = {"article": "a.txt", "published": "2024-01-28", "events": gold_events}
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return evaluate(load_gold(path), actors, [result("a", *events)])


def prf(report: EvalReport, lenient: bool = False) -> tuple[int, int, int, float, float, float]:
    t = (report.lenient if lenient else report.strict).total
    return t.tp, t.fp, t.fn, round(t.precision, 3), round(t.recall, 3), round(t.f1, 3)


def test_exact_match(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors,
                   [gold_event("CONSULT", "antony-blinken", "mohammed-shia-al-sudani")],
                   event("CONSULT", "antony-blinken", "mohammed-shia-al-sudani"))
    assert prf(report) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_wrong_type_is_a_false_positive_and_a_miss(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors, [gold_event("CONSULT", "USA", "IRQ")],
                   event("SUPPORT", "USA", "IRQ"), event("CONSULT", "USA", "IRQ"))
    assert prf(report) == (1, 1, 0, 0.5, 1.0, 0.667)
    assert report.strict.by_type["SUPPORT"].fp == 1
    assert report.strict.by_type["CONSULT"].tp == 1


def test_type_alt_is_accepted(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors,
                   [gold_event("AGREE", "USA", "IRQ", type_alt=["COOPERATE"])],
                   event("COOPERATE", "USA", "IRQ"))
    assert prf(report) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_symmetric_matches_reversed_but_directed_does_not(tmp_path: Path,
                                                          actors: ActorIndex) -> None:
    symmetric = score(tmp_path, actors, [gold_event("CONSULT", "USA", "IRQ", symmetric=True)],
                      event("CONSULT", "IRQ", "USA"))
    assert prf(symmetric) == (1, 0, 0, 1.0, 1.0, 1.0)
    directed = score(tmp_path, actors, [gold_event("ACCUSE", "USA", "IRN")],
                     event("ACCUSE", "IRN", "USA"))
    assert prf(directed) == (0, 1, 1, 0.0, 0.0, 0.0)


def test_null_gold_target_matches_any_target(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors, [gold_event("ASSAULT", "kataib-hezbollah", None)],
                   event("ASSAULT", "kataib-hezbollah", "USA"))
    assert prf(report) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_optional_events_cost_nothing(tmp_path: Path, actors: ActorIndex) -> None:
    gold = [gold_event("CONSULT", "USA", "IRQ"),
            gold_event("THREATEN", "USA", "IRN", optional=True)]
    both = score(tmp_path, actors, gold, event("CONSULT", "USA", "IRQ"),
                 event("THREATEN", "USA", "IRN"))
    assert prf(both) == (1, 0, 0, 1.0, 1.0, 1.0)
    assert both.strict.optional_matched == 1
    required_only = score(tmp_path, actors, gold, event("CONSULT", "USA", "IRQ"))
    assert prf(required_only) == (1, 0, 0, 1.0, 1.0, 1.0)
    none = score(tmp_path, actors, gold)
    assert prf(none) == (0, 0, 1, 0.0, 0.0, 0.0)


def test_required_gold_takes_precedence_over_optional(tmp_path: Path,
                                                       actors: ActorIndex) -> None:
    # The optional event comes first and could take the only system event.
    gold = [gold_event("CONSULT", "USA", None, optional=True),
            gold_event("CONSULT", "USA", "IRQ")]
    report = score(tmp_path, actors, gold, event("CONSULT", "USA", "IRQ"))
    assert prf(report) == (1, 0, 0, 1.0, 1.0, 1.0)
    assert report.strict.optional_matched == 0


def test_matching_is_maximal_not_first_come(tmp_path: Path, actors: ActorIndex) -> None:
    # The first gold event accepts both system events; the second only the first one.
    gold = [gold_event("ASSAULT", "kataib-hezbollah", None),
            gold_event("ASSAULT", "kataib-hezbollah", "USA")]
    report = score(tmp_path, actors, gold, event("ASSAULT", "kataib-hezbollah", "USA"),
                   event("ASSAULT", "kataib-hezbollah", "IRQ"))
    assert prf(report) == (2, 0, 0, 1.0, 1.0, 1.0)


def test_negated_events_are_dropped(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors, [gold_event("RETREAT", "USA", None)],
                   event("RETREAT", "USA", None, negated=True))
    assert prf(report) == (0, 0, 1, 0.0, 0.0, 0.0)
    assert report.negated_dropped == 1 and report.system_events == 0


def test_lenient_matches_person_to_their_state(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors, [gold_event("SUPPORT", "antony-blinken", "IRQ")],
                   event("SUPPORT", "USA", "mohammed-shia-al-sudani"))
    assert prf(report) == (0, 1, 1, 0.0, 0.0, 0.0)
    assert prf(report, lenient=True) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_lenient_does_not_match_other_countries(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors, [gold_event("SUPPORT", "antony-blinken", "IRQ")],
                   event("SUPPORT", "antony-blinken", "IRN"))
    assert prf(report, lenient=True) == (0, 1, 1, 0.0, 0.0, 0.0)


def test_system_specific_id_matches_by_arabic_name(tmp_path: Path, actors: ActorIndex) -> None:
    # Its own id, a spelling with a different alef and yaa, a proclitic and diacritics.
    own = Event(id="e", type="CONSULT", mode=None,
                source=Actor("sys-person-17", "Blinken", "person", name_ar="أنتونى بلِينكن"),
                target=Actor("sys-person-3", "Sudani", "person"),
                target_mentions=["وبالسوداني"])
    report = score(tmp_path, actors,
                   [gold_event("CONSULT", "antony-blinken", "mohammed-shia-al-sudani")], own)
    assert prf(report) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_known_id_is_not_overridden_by_a_mention(tmp_path: Path, actors: ActorIndex) -> None:
    # The system said "the state of Iraq" for a mention of the prime minister's name.
    coarse = event("CONSULT", "USA", "IRQ", target_mentions=["السوداني"])
    report = score(tmp_path, actors, [gold_event("CONSULT", "USA", "mohammed-shia-al-sudani")],
                   coarse)
    assert prf(report) == (0, 1, 1, 0.0, 0.0, 0.0)
    assert prf(report, lenient=True) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_unknown_name_does_not_match(tmp_path: Path, actors: ActorIndex) -> None:
    stranger = Event(id="e", type="CONSULT", mode=None,
                     source=Actor("sys-person-9", "Someone", "person", name_ar="سمير الحلبي"),
                     target=actor("IRQ"))
    report = score(tmp_path, actors, [gold_event("CONSULT", "antony-blinken", "IRQ")], stranger)
    assert prf(report, lenient=True) == (0, 1, 1, 0.0, 0.0, 0.0)


def test_normalise_name() -> None:
    assert normalise_name("الحُكومةُ العراقيّة") == normalise_name("حكومه عراقيه")
    assert normalise_name("إيـــران") == normalise_name("ايران")
    assert normalise_name("«واشنطن»") == "واشنطن"


def test_gold_event_matches_at_most_once(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors, [gold_event("ASSAULT", "kataib-hezbollah", "USA")],
                   event("ASSAULT", "kataib-hezbollah", "USA"),
                   event("ASSAULT", "kataib-hezbollah", "USA"))
    assert prf(report) == (1, 1, 0, 0.5, 1.0, 0.667)
    assert len(report.strict.false_positives) == 1


def test_date_and_place_accuracy(tmp_path: Path, actors: ActorIndex) -> None:
    gold = [gold_event("ASSAULT", "kataib-hezbollah", "USA", date="2024-01", place="JOR"),
            gold_event("CONSULT", "USA", "IRQ", date="2024-01-27", place="baghdad")]
    baghdad = Place("baghdad", "Baghdad", "city")
    report = score(tmp_path, actors, gold,
                   event("ASSAULT", "kataib-hezbollah", "USA", date="2024-01-28"),
                   event("CONSULT", "USA", "IRQ", date="2024-01", place=baghdad))
    assert prf(report) == (2, 0, 0, 1.0, 1.0, 1.0)
    assert (report.strict.date.right, report.strict.date.total) == (1, 2)
    assert (report.strict.place.right, report.strict.place.total) == (1, 2)


def test_missing_article_and_result_naming(tmp_path: Path, actors: ActorIndex) -> None:
    path = tmp_path / "gold.jsonl"
    lines = [{"article": "one.txt", "events": [gold_event("CONSULT", "USA", "IRQ")]},
             {"article": "two.txt", "events": [gold_event("ACCUSE", "IRN", "USA")]},
             {"article": "three.txt", "events": [gold_event("REJECT", "IRQ", "USA"),
                                                 gold_event("REJECT", "IRN", "USA")]}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    results = [result("x1", event("CONSULT", "USA", "IRQ"), source="/data/in/one.txt"),
               result("two", event("ACCUSE", "IRN", "USA")),
               result("elsewhere", event("ACCUSE", "IRN", "USA")),
               ArticleFailure("/data/in/broken.html", "not UTF-8")]
    report = evaluate(load_gold(path), actors, results)
    assert prf(report) == (2, 0, 2, 1.0, 0.5, 0.667)
    assert report.missing == ["three.txt"]
    assert report.unscored == ["elsewhere"]
    assert len(report.failures) == 1
    assert {m.article for m in report.strict.misses} == {"three.txt"}
    assert report.to_dict()["missing_articles"] == ["three.txt"]


def test_report_text_ends_with_headline_figures(tmp_path: Path, actors: ActorIndex) -> None:
    report = score(tmp_path, actors, [gold_event("CONSULT", "USA", "IRQ"),
                                      gold_event("ACCUSE", "IRN", "USA")],
                   event("CONSULT", "USA", "IRQ"), event("SANCTION", "USA", "IRN"))
    tail = report.format().splitlines()[-6:]
    assert tail[-2].startswith("strict  P=0.50 R=0.50 F1=0.50")
    assert tail[-1].startswith("lenient P=0.50 R=0.50 F1=0.50")
    errors = report.format_errors().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("FP   a.txt  SANCTION  USA→IRN")
    assert errors[1].startswith("MISS a.txt  ACCUSE    IRN→USA")
    json.dumps(report.to_dict(), ensure_ascii=False)  # serialisable


def test_bad_gold_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"article": "a.txt", "events": []}\n'
                    '{"article": "b.txt", "events": [{"type": "MEET", "source": "USA"}]}\n',
                    "utf-8")
    with pytest.raises(EvalError, match=r"gold.jsonl:2: unknown event type 'MEET'"):
        load_gold(path)


def test_sentence_level(tmp_path: Path) -> None:
    rows = [("s1", "yes", "قصفت طائرات مسيرة قاعدة عسكرية شمال البلاد فجر اليوم"),
            ("s2", "yes", "هاجم مسلحون نقطة تفتيش على الطريق الدولي"),
            ("s3", "easy no", "افتتح الوزير معرضا للكتاب في العاصمة"),
            ("s4", "difficult no", "تحدث الخبراء عن تاريخ الهجمات في المنطقة"),
            ("s5", "difficult no", "ناقش البرلمان قانون الموازنة العامة"),
            ("s6", "ambiguous", "قصف غامض لم تتبنه أي جهة")]
    path = tmp_path / "assault.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "event_type": "ASSAULT", "label": label,
                                          "text": text}, ensure_ascii=False)
                              for i, label, text in rows), "utf-8")

    def stub(text: str) -> list[Event]:
        # Fires on words for shelling and on "attacks"; a negated shelling does not count.
        if "قصف" in text:
            return [event("ASSAULT", "USA", None, negated="غامض" in text)]
        if "الهجمات" in text:
            return [event("ASSAULT", None, None)]
        return [event("PROTEST", None, None)] if "البرلمان" in text else []

    report = evaluate_sentences(path, "ASSAULT", stub)
    t = report.counts
    assert (t.tp, t.fp, t.fn, report.true_negatives) == (1, 1, 1, 2)
    assert (round(t.precision, 3), round(t.recall, 3)) == (0.5, 0.5)
    assert report.by_label["difficult no"] == {"n": 2, "fired": 1}
    assert report.by_label["ambiguous"]["n"] == 1
    assert [i.id for i in report.false_positives] == ["s4"]
    assert [i.id for i in report.false_negatives] == ["s2"]
    assert report.format().splitlines()[-1].startswith("ASSAULT P=0.50 R=0.50 F1=0.50")
    assert evaluate_sentences(path, extract_fn=stub, limit=2).counts.tp == 1


def test_with_gold_dates_fills_only_missing_dates(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"article": "d1.txt", "published": "2015-07-21", "events": []}\n', "utf-8")
    dated = Article("d1", "", "/x/d1.txt", published=dt.date(2015, 7, 20))
    undated = Article("d1", "", "/y/d1.txt")
    other = Article("z", "", "/x/z.txt")
    out = list(with_gold_dates([dated, undated, other], load_gold(path)))
    assert [a.published for a in out if isinstance(a, Article)] == [
        dt.date(2015, 7, 20), dt.date(2015, 7, 21), None]
