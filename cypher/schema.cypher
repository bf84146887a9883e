// Entente graph schema. Applied at every start; every statement is idempotent (IF NOT EXISTS).
// Model: (:Actor)-[:ACTOR]->(:Event)-[:RECIPIENT]->(:Actor); (:Mention)-[:EVIDENCES]->(:Event);
// (:Mention)-[:IN]->(:Article); (:Article)-[:MENTIONS]->(:Actor); and, derived from the events,
// one direct relationship per relation type between two actors (SANCTIONS, ALLIED_WITH, ...).
// (:Curation) nodes hold analysts' corrections, applied onto the graph by packages/store/src/curation.ts.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE;
CREATE INDEX article_file IF NOT EXISTS FOR (a:Article) ON (a.file);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
// Curations: an analyst's corrections (packages/store/src/curation.ts), found by id and by what they apply to.
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE;
CREATE INDEX curation_on IF NOT EXISTS FOR (c:Curation) ON (c.on);
// Names and aliases in both scripts; Lucene's Arabic analyzer folds orthography and light stems.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name_en, a.name_ar, a.aliases_text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
