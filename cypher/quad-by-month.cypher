// Cooperation against conflict per month between two actors.
// Counts of events in each PLOVER quad class (verbal/material x cooperation/conflict),
// either direction. An actor whose kind is in member_kinds counts for its country, as in
// the timeline query. Negated and hypothetical events are left out; events dated only to a
// year, or undated, cannot be placed in a month and are left out too.
// :param actor_a => 'IRQ'
// :param actor_b => 'USA'
// :param member_kinds => ['person']
MATCH (e:Event)-[:SOURCE]->(s:Actor), (e)-[:TARGET]->(t:Actor)
WHERE size(e.date) >= 7
  AND NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false)
WITH e,
     [s.id] + CASE WHEN s.kind IN $member_kinds
                   THEN [s.country] + [(s)-[:MEMBER_OF]->(c:Actor) | c.id] ELSE [] END AS s_sides,
     [t.id] + CASE WHEN t.kind IN $member_kinds
                   THEN [t.country] + [(t)-[:MEMBER_OF]->(c:Actor) | c.id] ELSE [] END AS t_sides
WHERE ($actor_a IN s_sides AND $actor_b IN t_sides)
   OR ($actor_b IN s_sides AND $actor_a IN t_sides)
WITH left(e.date, 7) AS month, e
RETURN month,
       sum(CASE WHEN e.quad = 'verbal-cooperation' THEN 1 ELSE 0 END) AS verbal_cooperation,
       sum(CASE WHEN e.quad = 'material-cooperation' THEN 1 ELSE 0 END) AS material_cooperation,
       sum(CASE WHEN e.quad = 'verbal-conflict' THEN 1 ELSE 0 END) AS verbal_conflict,
       sum(CASE WHEN e.quad = 'material-conflict' THEN 1 ELSE 0 END) AS material_conflict,
       sum(CASE WHEN e.quad ENDS WITH 'cooperation' THEN 1 ELSE 0 END) AS cooperation,
       sum(CASE WHEN e.quad ENDS WITH 'conflict' THEN 1 ELSE 0 END) AS conflict,
       count(e) AS events
ORDER BY month
