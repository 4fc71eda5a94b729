// Attacks (ASSAULT) involving US forces or Iran-aligned armed groups, by place and month.
// US forces: the actor `us` or any actor whose country is `us` (the US-led coalition, US
// officials). Iran-aligned groups: the ids in `groups`, or an armed group whose country is
// `aligned_with`. Either may be attacker or target. Undated attacks have a null month.
// :param us => 'USA'
// :param aligned_with => 'IRN'
// :param groups => ['iran-aligned-groups', 'kataib-hezbollah', 'kataib-sayyid-al-shuhada', 'harakat-al-nujaba', 'asaib-ahl-al-haq', 'badr-organization', 'islamic-resistance-in-iraq', 'hezbollah', 'houthis']
MATCH (e:Event {type: 'ASSAULT'})
OPTIONAL MATCH (e)-[:SOURCE]->(s:Actor)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[:AT]->(p:Place)
WITH e, s, t, p,
     [x IN [s, t] WHERE x.id = $us OR x.country = $us] AS us_sides,
     [x IN [s, t] WHERE x.id IN $groups
                     OR (x.kind = 'armed_group' AND x.country = $aligned_with)] AS aligned_sides
WHERE size(us_sides) > 0 OR size(aligned_sides) > 0
WITH e, s, t, p, size(us_sides) > 0 AS us_involved, size(aligned_sides) > 0 AS aligned_involved,
     CASE WHEN size(e.date) >= 7 THEN left(e.date, 7) END AS month
RETURN coalesce(p.name, 'unknown') AS place, p.id AS place_id, month,
       count(DISTINCT e) AS attacks,
       sum(CASE WHEN us_involved THEN 1 ELSE 0 END) AS us_involved,
       sum(CASE WHEN aligned_involved THEN 1 ELSE 0 END) AS aligned_involved,
       collect(DISTINCT s.name) AS attackers, collect(DISTINCT t.name) AS targets,
       collect(DISTINCT e.mode) AS modes, collect(DISTINCT e.id) AS event_ids
ORDER BY month, place
