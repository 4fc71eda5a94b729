// Everything one actor did or had done to it: its events as source or target, by date.
// Actors whose kind is in member_kinds and who belong to it (the `country` property or a
// MEMBER_OF link) are included too, under their own name: e.g. ['person'] adds the events
// of its officials. The default [] keeps to the actor itself.
// :param actor => 'IRQ'
// :param member_kinds => []
MATCH (e:Event)-[rel:SOURCE|TARGET]->(x:Actor)
WHERE x.id = $actor
   OR (x.kind IN $member_kinds
       AND (x.country = $actor OR EXISTS { MATCH (x)-[:MEMBER_OF]->(:Actor {id: $actor}) }))
OPTIONAL MATCH (e)-[other:SOURCE|TARGET]->(y:Actor)
WHERE type(other) <> type(rel)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, rel, x, y, count(DISTINCT a) AS reports
RETURN e.date AS date, toLower(type(rel)) AS role, x.name AS actor, e.type AS type,
       e.mode AS mode, e.topic AS topic, e.quad AS quad, y.name AS counterpart,
       e.negated AS negated, reports, e.id AS event_id
ORDER BY e.date_start, e.date_end, e.id, role
