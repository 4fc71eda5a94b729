// The evidence for one event: every sentence, article and outlet that states it.
// Each row is one report, with the date that report gives. event_id '' picks the
// most-reported event (ties go to the smallest id), so the query shows something useful on
// any graph.
// :param event_id => ''
MATCH (e:Event)-[:REPORTED_IN]->(:Article)
WHERE $event_id = '' OR e.id = $event_id
WITH e, count(*) AS reports
ORDER BY reports DESC, e.id
LIMIT 1
MATCH (e)-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[:AT]->(p:Place)
RETURN e.id AS event_id, e.type AS type, e.mode AS mode, e.date AS event_date,
       s.name AS source, t.name AS target, p.name AS place, e.merged_on AS merged_on,
       a.id AS article, a.title AS title, a.outlet AS outlet, a.url AS url,
       toString(a.published) AS published, r.date AS report_date, r.trigger AS trigger,
       r.sentence_index AS sentence_index, r.sentence AS sentence
ORDER BY a.published, a.id, r.sentence_index
