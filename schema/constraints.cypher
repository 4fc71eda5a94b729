// Schema applied by kg.store on every connect (idempotent). Neo4j 5 syntax; also runs on
// the embedded ArcadeDB store. Kept equal to kg.store.cypher.constraints() by a test.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_date_start IF NOT EXISTS FOR (e:Event) ON (e.date_start);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
