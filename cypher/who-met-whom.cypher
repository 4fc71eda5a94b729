// Who met whom in a period: meetings, calls, visits and talks (CONSULT) per pair.
// Pairs of actors are unordered (a visit by A to B and by B to A count for one pair).
// Dates are ISO strings; an event counts when its date range overlaps [since, until].
// Negated and future (planned) meetings are left out. Undated meetings count only when
// include_undated is true: set it to false when you narrow the period.
// :param since => '1900-01-01'
// :param until => '2100-12-31'
// :param include_undated => true
MATCH (e:Event {type: 'CONSULT'})-[:SOURCE]->(s:Actor), (e)-[:TARGET]->(t:Actor)
WHERE NOT coalesce(e.negated, false) AND NOT coalesce(e.future, false)
  AND ((e.date_start IS NULL AND $include_undated)
       OR (e.date_end >= date($since) AND e.date_start <= date($until)))
WITH e, CASE WHEN s.id <= t.id THEN s ELSE t END AS a,
        CASE WHEN s.id <= t.id THEN t ELSE s END AS b
RETURN a.id AS actor_a, a.name AS name_a, b.id AS actor_b, b.name AS name_b,
       count(DISTINCT e) AS meetings, collect(DISTINCT e.mode) AS modes,
       min(e.date) AS first, max(e.date) AS last
ORDER BY meetings DESC, actor_a, actor_b
