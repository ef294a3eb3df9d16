import "reflect-metadata";
import { scalars } from "@neo4j/graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";

// Output types of the hand-written resolvers. Names never reuse @neo4j/graphql's generated ones
// (Person, PersonConnection, PageInfo…), so the merged schema has no collisions; `id` fields let a
// client follow up with the generated queries (`people(where: { id: { eq: … } })`).

/** The generated schema's own Date scalar, so both halves of the merged schema share one `Date`. */
export const DateScalar = scalars.GraphQLDate;
export const JSONScalar = GraphQLJSON;

export enum SearchType {
  PERSON = "PERSON",
  ORGANIZATION = "ORGANIZATION",
  DOCUMENT = "DOCUMENT",
  LOCALITY = "LOCALITY",
}
registerEnumType(SearchType, { name: "SearchType", description: "What `search` looks for." });

@ObjectType({ description: "A page position in the analyst queries' cursor pagination." })
export class AnalystPageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType({ description: "A person, by id and name." })
export class PersonRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "A body (Organization), by id and name." })
export class BodyRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field(() => String, { nullable: true }) level!: string | null;
}

@ObjectType({ description: "A locality, by id and name." })
export class LocalityRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) level!: string | null;
}

@ObjectType({ description: "A resolution, directive, conclusion… (Resolution), by id, code and title." })
export class DocumentRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) docType!: string | null;
  @Field(() => DateScalar, { nullable: true }) issuedOn!: string | null;
}

@ObjectType({ description: "An event, by id, name and date." })
export class EventRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) eventType!: string | null;
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
}

@ObjectType({ description: "A source article." })
export class ArticleRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) publishedAt!: string | null;
}

@ObjectType({ description: "A person holding a title at a body (HOLDS_POSITION)." })
export class PositionHolder {
  @Field(() => PersonRef) person!: PersonRef;
  @Field(() => String) title!: string;
  @Field(() => BodyRef) body!: BodyRef;
  @Field(() => DateScalar, { nullable: true, description: "Latest date the position was reported." }) lastSeen!: string | null;
}

@ObjectType({ description: "One body implementing one document, with who, where, when and the evidence." })
export class ImplementationRow {
  @Field(() => BodyRef) body!: BodyRef;
  @Field(() => LocalityRef, { nullable: true }) locality!: LocalityRef | null;
  @Field(() => DocumentRef) document!: DocumentRef;
  @Field(() => DateScalar, { nullable: true }) firstSeen!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastSeen!: string | null;
  @Field(() => [PositionHolder], { description: "People holding positions at the body or its parts, most recently reported first (at most 10)." })
  officials!: PositionHolder[];
  @Field(() => [EventRef], { description: "Events about the document organized by the body or one of its parts, reported by the articles behind this implementation (its 20 latest sources), newest first, at most 10." }) events!: EventRef[];
  @Field(() => [ArticleRef], { description: "Articles supporting the implementation (at most 10)." }) articles!: ArticleRef[];
  @Field(() => [String], { description: "Short quotes from those articles." }) evidence!: string[];
}

@ObjectType()
export class ImplementationEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ImplementationRow) node!: ImplementationRow;
}

@ObjectType({ description: "A page of implementations plus what the filters were resolved to." })
export class ImplementationConnection {
  @Field(() => [ImplementationEdge]) edges!: ImplementationEdge[];
  @Field(() => AnalystPageInfo) pageInfo!: AnalystPageInfo;
  @Field(() => [DocumentRef], { description: "Documents the `document` argument matched (empty without it)." }) documents!: DocumentRef[];
  @Field(() => [LocalityRef], { description: "Localities the `locality` argument matched, before expansion to parts and predecessors." })
  localities!: LocalityRef[];
  @Field(() => [BodyRef], { description: "Bodies the `body` argument matched, before expansion to their parts." }) bodies!: BodyRef[];
}

@ObjectType({ description: "An official: a person with a title at a body, and when and where that was reported." })
export class OfficialRow {
  @Field(() => PersonRef) person!: PersonRef;
  @Field(() => String) title!: string;
  @Field(() => BodyRef) body!: BodyRef;
  @Field(() => LocalityRef, { nullable: true }) locality!: LocalityRef | null;
  @Field(() => [DateScalar], { description: "Dates the position was reported as held (on or before `asOf` when given)." }) asOf!: string[];
  @Field(() => DateScalar, { nullable: true }) firstSeen!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastSeen!: string | null;
  @Field(() => [ArticleRef]) sources!: ArticleRef[];
}

@ObjectType()
export class OfficialEdge {
  @Field(() => String) cursor!: string;
  @Field(() => OfficialRow) node!: OfficialRow;
}

@ObjectType()
export class OfficialConnection {
  @Field(() => [OfficialEdge]) edges!: OfficialEdge[];
  @Field(() => AnalystPageInfo) pageInfo!: AnalystPageInfo;
  @Field(() => [BodyRef]) bodies!: BodyRef[];
  @Field(() => [LocalityRef]) localities!: LocalityRef[];
}

export enum TimelineKind {
  POSITION = "POSITION",
  EVENT = "EVENT",
}
registerEnumType(TimelineKind, { name: "TimelineKind" });

@ObjectType({ description: "One dated entry of a person's timeline: a title held (POSITION) or an event attended (EVENT)." })
export class TimelineEntry {
  @Field(() => TimelineKind) kind!: TimelineKind;
  @Field(() => DateScalar, { nullable: true }) date!: string | null;
  @Field(() => String, { nullable: true, description: "Title held (POSITION) or title given at the event (EVENT)." }) title!: string | null;
  @Field(() => BodyRef, { nullable: true }) body!: BodyRef | null;
  @Field(() => EventRef, { nullable: true }) event!: EventRef | null;
  @Field(() => String, { nullable: true, description: "CHAIRED, SPOKE, ATTENDED, REPORTED, LED_DELEGATION, AWARDED, OTHER" }) role!: string | null;
  @Field(() => [DateScalar], { description: "POSITION: every date it was reported as held." }) asOf!: string[];
  @Field(() => [DocumentRef], { description: "EVENT: documents the event concerned." }) documents!: DocumentRef[];
  @Field(() => [ArticleRef]) sources!: ArticleRef[];
}

@ObjectType()
export class TimelineEdge {
  @Field(() => String) cursor!: string;
  @Field(() => TimelineEntry) node!: TimelineEntry;
}

@ObjectType({ description: "A person's titles and events in date order (newest first)." })
export class Timeline {
  @Field(() => PersonRef) person!: PersonRef;
  @Field(() => [TimelineEdge]) edges!: TimelineEdge[];
  @Field(() => AnalystPageInfo) pageInfo!: AnalystPageInfo;
  @Field(() => [DocumentRef], { description: "Every document the person's events concerned." }) documents!: DocumentRef[];
}

@ObjectType({ description: "A person at an event, with role and title." })
export class Participant {
  @Field(() => PersonRef) person!: PersonRef;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
}

@ObjectType({ description: "An event concerning a document." })
export class DocumentEventRow {
  @Field(() => EventRef) event!: EventRef;
  @Field(() => [LocalityRef]) localities!: LocalityRef[];
  @Field(() => [BodyRef]) organizers!: BodyRef[];
  @Field(() => [Participant], { description: "At most 20." }) participants!: Participant[];
  @Field(() => [DocumentRef], { description: "The matched documents this event concerns." }) documents!: DocumentRef[];
  @Field(() => [ArticleRef]) articles!: ArticleRef[];
}

@ObjectType()
export class DocumentEventEdge {
  @Field(() => String) cursor!: string;
  @Field(() => DocumentEventRow) node!: DocumentEventRow;
}

@ObjectType()
export class DocumentEventConnection {
  @Field(() => [DocumentEventEdge]) edges!: DocumentEventEdge[];
  @Field(() => AnalystPageInfo) pageInfo!: AnalystPageInfo;
  @Field(() => [DocumentRef]) documents!: DocumentRef[];
}

@ObjectType({ description: "A document a body implemented." })
export class ImplementedDocumentRow {
  @Field(() => DocumentRef) document!: DocumentRef;
  @Field(() => BodyRef) body!: BodyRef;
  @Field(() => DateScalar, { nullable: true }) firstSeen!: string | null;
  @Field(() => DateScalar, { nullable: true }) lastSeen!: string | null;
  @Field(() => [String]) evidence!: string[];
  @Field(() => [ArticleRef]) articles!: ArticleRef[];
}

@ObjectType()
export class ImplementedDocumentEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ImplementedDocumentRow) node!: ImplementedDocumentRow;
}

@ObjectType()
export class ImplementedDocumentConnection {
  @Field(() => [ImplementedDocumentEdge]) edges!: ImplementedDocumentEdge[];
  @Field(() => AnalystPageInfo) pageInfo!: AnalystPageInfo;
  @Field(() => [BodyRef]) bodies!: BodyRef[];
}

@ObjectType({ description: "A node on a connection path." })
export class PathNode {
  @Field(() => String, { description: "Person, Organization, Locality, Resolution or Event." }) label!: string;
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "A relationship on a connection path, in its stored direction." })
export class PathStep {
  @Field(() => String) type!: string;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => String, { nullable: true, description: "HOLDS_POSITION / PARTICIPATED_IN title." }) title!: string | null;
  @Field(() => String, { nullable: true, description: "PARTICIPATED_IN role." }) role!: string | null;
}

@ObjectType({ description: "How two people are connected: a shortest path through bodies, events and places." })
export class Connection {
  @Field(() => PersonRef) from!: PersonRef;
  @Field(() => PersonRef) to!: PersonRef;
  @Field(() => Int, { nullable: true, description: "Number of relationships; null when not connected within maxLength." }) length!: number | null;
  @Field(() => [PathNode]) nodes!: PathNode[];
  @Field(() => [PathStep]) steps!: PathStep[];
}

@ObjectType({ description: "A search hit." })
export class SearchHit {
  @Field(() => SearchType) type!: SearchType;
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "Code of a document, kind of a body, level of a locality." }) detail!: string | null;
  @Field(() => Float) score!: number;
}

@ObjectType()
export class LabelCount {
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "Server and graph status." })
export class Health {
  @Field(() => String) status!: string;
  @Field(() => String, { nullable: true }) neo4jVersion!: string | null;
  @Field(() => String, { nullable: true }) neo4jEdition!: string | null;
  @Field(() => Boolean, { description: "False when no JWT secret/JWKS is configured (every write is refused)." }) writable!: boolean;
  @Field(() => [LabelCount]) counts!: LabelCount[];
}
