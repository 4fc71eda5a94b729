// The actor network in a period: who acted on whom, how often, cooperating or in conflict.
// One row per directed actor pair with its events counted by quad class. Dates are ISO
// strings; an event counts when its date range overlaps [since, until]. Negated and
// hypothetical events are left out. Undated events count only when include_undated is true.
// :param since => '1900-01-01'
// :param until => '2100-12-31'
// :param include_undated => false
MATCH (e:Event)-[:SOURCE]->(s:Actor), (e)-[:TARGET]->(t:Actor)
WHERE NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false)
  AND ((e.date_start IS NULL AND $include_undated)
       OR (e.date_end >= date($since) AND e.date_start <= date($until)))
RETURN s.id AS source_id, s.name AS source, s.kind AS source_kind,
       t.id AS target_id, t.name AS target, t.kind AS target_kind,
       sum(CASE WHEN e.quad ENDS WITH 'cooperation' THEN 1 ELSE 0 END) AS cooperation,
       sum(CASE WHEN e.quad ENDS WITH 'conflict' THEN 1 ELSE 0 END) AS conflict,
       count(e) AS events, collect(DISTINCT e.type) AS types
ORDER BY events DESC, source_id, target_id
