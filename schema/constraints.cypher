// Constraints and indexes for the model in graph.graphql. `kg migrate` runs every statement;
// each is idempotent (IF NOT EXISTS). One statement per `;`.

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locality_id IF NOT EXISTS FOR (n:Locality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

CREATE INDEX person_name_ascii IF NOT EXISTS FOR (n:Person) ON (n.nameAscii);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX locality_level IF NOT EXISTS FOR (n:Locality) ON (n.level);
CREATE INDEX resolution_code IF NOT EXISTS FOR (n:Resolution) ON (n.code);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_text_hash IF NOT EXISTS FOR (n:Article) ON (n.textHash);
CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
// Events about a document, newest first, straight from the index (CONCERNS copies the document's id and
// the event's date; see Concern in graph.graphql).
CREATE INDEX concern_doc_date IF NOT EXISTS FOR ()-[c:CONCERNS]-() ON (c.doc, c.date);

// Full-text search that ignores diacritics ("Nguyen Huu Loi" finds "Nguyễn Hữu Lợi"; Đ folds to D).
// Names and `searchText` (aliases, abbreviations, folded forms) are indexed together.
CREATE FULLTEXT INDEX personSearch IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX organizationSearch IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX localitySearch IF NOT EXISTS FOR (n:Locality) ON EACH [n.name, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX resolutionSearch IF NOT EXISTS FOR (n:Resolution) ON EACH [n.title, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
