// Every demand, promise or act about foreign forces leaving Iraq, with who said it.
// In date order: events with topic 'withdrawal', and RETREAT/CONCEDE events with mode
// 'withdraw'. `kind` reads the PLOVER type: REQUEST is a demand, AGREE/CONCEDE a promise,
// RETREAT the act itself, REJECT a refusal. Negated and future statements are kept,
// flagged.
MATCH (e:Event)
WHERE e.topic = 'withdrawal' OR (e.type IN ['RETREAT', 'CONCEDE'] AND e.mode = 'withdraw')
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a:Article)
WITH e, s, t, collect(r.sentence) AS sentences, collect(DISTINCT a.id) AS articles
RETURN e.date AS date,
       CASE e.type WHEN 'REQUEST' THEN 'demand' WHEN 'AGREE' THEN 'promise'
                   WHEN 'CONCEDE' THEN 'promise' WHEN 'RETREAT' THEN 'act'
                   WHEN 'REJECT' THEN 'refusal' ELSE toLower(e.type) END AS kind,
       e.type AS type, e.mode AS mode, e.topic AS topic,
       s.name AS said_by, s.role AS role, s.country AS said_by_country, t.name AS target,
       e.negated AS negated, e.future AS future, e.id AS event_id,
       sentences, articles
ORDER BY e.date_start, e.date_end, e.id
