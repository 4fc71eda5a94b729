// Events whose reports disagree on the date.
// Each report (REPORTED_IN) keeps the date it gives; this lists events with two report
// dates that cannot both be true. A day inside a month another report gives ('2024-01-28'
// and '2024-01') is only less precise, not a disagreement.
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WHERE r.date IS NOT NULL
WITH e, collect(DISTINCT r.date) AS dates,
     collect({article: a.id, outlet: a.outlet, published: toString(a.published),
              date: r.date}) AS reports
WHERE any(d1 IN dates WHERE any(d2 IN dates
          WHERE NOT d1 STARTS WITH d2 AND NOT d2 STARTS WITH d1))
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
RETURN e.id AS event_id, e.type AS type, s.name AS source, t.name AS target,
       e.date AS date, dates, reports
ORDER BY e.date_start, e.id
