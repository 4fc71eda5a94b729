// Timeline of the events between two actors, by date, with the reports that state them.
// Either side may be the source. An actor whose kind is in member_kinds counts for its
// country (the `country` property or a MEMBER_OF link): by default people, so a meeting of
// two foreign ministers is a state-state event; add 'intl_org' to count the US-led
// coalition as the USA. Undated events come last, and only when include_undated is true.
// :param actor_a => 'IRQ'
// :param actor_b => 'USA'
// :param member_kinds => ['person']
// :param include_undated => true
MATCH (e:Event)-[:SOURCE]->(s:Actor), (e)-[:TARGET]->(t:Actor)
WHERE e.date_start IS NOT NULL OR $include_undated
WITH e, s, t,
     [s.id] + CASE WHEN s.kind IN $member_kinds
                   THEN [s.country] + [(s)-[:MEMBER_OF]->(c:Actor) | c.id] ELSE [] END AS s_sides,
     [t.id] + CASE WHEN t.kind IN $member_kinds
                   THEN [t.country] + [(t)-[:MEMBER_OF]->(c:Actor) | c.id] ELSE [] END AS t_sides
WHERE ($actor_a IN s_sides AND $actor_b IN t_sides)
   OR ($actor_b IN s_sides AND $actor_a IN t_sides)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, s, t, collect(DISTINCT a.id) AS articles, collect(DISTINCT a.outlet) AS outlets
RETURN e.date AS date, e.type AS type, e.mode AS mode, e.topic AS topic, e.quad AS quad,
       s.name AS source, t.name AS target, e.negated AS negated, e.id AS event_id,
       articles, outlets
ORDER BY e.date_start, e.date_end, e.type, e.id
