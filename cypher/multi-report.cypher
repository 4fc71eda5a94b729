// Events reported by several articles, the most reported first.
// With every article and outlet that reports them and the date each report gives.
// :param min_reports => 2
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WITH e, count(DISTINCT a) AS reports, collect(DISTINCT a.id) AS articles,
     collect(DISTINCT a.outlet) AS outlets, collect(r.date) AS report_dates
WHERE reports >= $min_reports
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
RETURN e.id AS event_id, e.type AS type, e.mode AS mode, e.date AS date,
       s.name AS source, t.name AS target, reports, articles, outlets, report_dates,
       e.merged_on AS merged_on
ORDER BY reports DESC, e.date_start, e.id
