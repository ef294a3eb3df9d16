import "reflect-metadata";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../context.js";
import { int, read } from "../db.js";
import { lookupCache } from "../lookup-cache.js";
import { page, paginate } from "../pagination.js";
import * as Q from "../queries.js";
import { bodyParts, resolvePerson, resolveRef } from "../resolve.js";
import { expand, loadAbbreviations, luceneQuery } from "../search-text.js";
import { selectionOf } from "../selection.js";
import { documentEventShape, implementationShape, implementedDocumentShape, officialShape, timelineShape, timelineWantsDocuments } from "../shapes.js";
import {
  BodyRef,
  Connection,
  DateScalar,
  DocumentEventConnection,
  DocumentRef,
  ImplementationConnection,
  ImplementedDocumentConnection,
  LocalityRef,
  OfficialConnection,
  SearchHit,
  SearchType,
  Timeline,
  type DocumentEventRow,
  type ImplementationRow,
  type ImplementedDocumentRow,
  type OfficialRow,
  type TimelineEntry,
} from "./types.js";

/** Cost for graphql-query-complexity: a base for the Cypher plus the page times the selected subtree. */
const pageCost = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  10 + (typeof args.first === "number" ? args.first : 20) * Math.max(1, childComplexity);

function maxPage(ctx: ApiContext): number {
  return ctx.cfg.api.maxPageSize;
}

function requireText(value: string, argumentName: string): string {
  const v = value.trim();
  if (!v || v.length > 300) {
    throw new GraphQLError(`\`${argumentName}\` must be 1–300 characters.`, { extensions: { code: "BAD_USER_INPUT", argumentName } });
  }
  return v;
}

interface Area {
  localities: LocalityRef[];
  localityIds: string[];
  bodyIds: string[];
}

async function area(ctx: ApiContext, locality: string): Promise<Area> {
  const resolved = await resolveRef<LocalityRef>(ctx.driver, ctx.cfg, "Locality", requireText(locality, "locality"));
  if (resolved.ids.length === 0) return { localities: [], localityIds: [], bodyIds: [] };
  const rows = await lookupCache(ctx.driver).get(JSON.stringify(["area", resolved.ids]), () =>
    read<{ ids: string[]; bodies: string[] }>(ctx.driver, ctx.cfg, Q.AREA, { ids: resolved.ids }),
  );
  return { localities: resolved.nodes, localityIds: rows[0]?.ids ?? [], bodyIds: rows[0]?.bodies ?? [] };
}

async function bodies(ctx: ApiContext, body: string): Promise<{ bodies: BodyRef[]; ids: string[] }> {
  const resolved = await resolveRef<BodyRef>(ctx.driver, ctx.cfg, "Organization", requireText(body, "body"));
  return { bodies: resolved.nodes, ids: await bodyParts(ctx.driver, ctx.cfg, resolved.ids) };
}

function intersect(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const set = new Set(b);
  return a.filter((x) => set.has(x));
}

const emptyPage = { edges: [], pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } };

@Resolver()
export class AnalystResolver {
  @Query(() => ImplementationConnection, {
    complexity: pageCost,
    description:
      "Who implemented which document where. `document` is an id, a code (21-KL/TW) or any spelling (NQ TW4 khóa XII); " +
      "`locality` covers everything inside it and the units it succeeded in the 2025 mergers; `body` covers its parts. " +
      "`from`/`to` bound the dates the implementation was reported.",
  })
  async implementations(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("document", () => String, { nullable: true }) document?: string | null,
    @Arg("locality", () => String, { nullable: true }) locality?: string | null,
    @Arg("body", () => String, { nullable: true }) body?: string | null,
    @Arg("from", () => DateScalar, { nullable: true }) from?: unknown,
    @Arg("to", () => DateScalar, { nullable: true }) to?: unknown,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<ImplementationConnection> {
    const p = page(first, after, maxPage(ctx));
    const [docs, bs, ar] = await Promise.all([
      document != null ? resolveRef<DocumentRef>(ctx.driver, ctx.cfg, "Resolution", requireText(document, "document")) : null,
      body != null ? bodies(ctx, body) : null,
      locality != null ? area(ctx, locality) : null,
    ]);
    const meta = { documents: docs?.nodes ?? [], bodies: bs?.bodies ?? [], localities: ar?.localities ?? [] };
    const bodyIds = intersect(bs?.ids ?? null, ar?.bodyIds ?? null);
    if ((docs && docs.ids.length === 0) || (bodyIds && bodyIds.length === 0)) return { ...emptyPage, ...meta };
    const cypher = Q.implementationsCypher(
      { docs: docs !== null, bodies: bodyIds !== null, from: from != null, to: to != null },
      implementationShape(selectionOf(info)),
    );
    const rows = await read<ImplementationRow>(ctx.driver, ctx.cfg, cypher, {
      docIds: docs?.ids ?? null,
      bodyIds,
      from: from ?? null,
      to: to ?? null,
      skip: int(p.skip),
      fetch: int(p.fetch),
    });
    const { items, pageInfo } = paginate(rows, p);
    return { edges: items, pageInfo, ...meta };
  }

  @Query(() => OfficialConnection, {
    complexity: pageCost,
    description:
      "Officials of a body (and its parts) or of every body based in a locality, newest report first. With `asOf`, only " +
      "positions reported on or before that date, dated by their latest report before it.",
  })
  async officials(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("body", () => String, { nullable: true }) body?: string | null,
    @Arg("locality", () => String, { nullable: true }) locality?: string | null,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf?: unknown,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<OfficialConnection> {
    const p = page(first, after, maxPage(ctx));
    if (body == null && locality == null) {
      throw new GraphQLError("Pass `body` or `locality`.", { extensions: { code: "BAD_USER_INPUT" } });
    }
    const [bs, ar] = await Promise.all([body != null ? bodies(ctx, body) : null, locality != null ? area(ctx, locality) : null]);
    const meta = { bodies: bs?.bodies ?? [], localities: ar?.localities ?? [] };
    const bodyIds = intersect(bs?.ids ?? null, ar?.bodyIds ?? null);
    if (bodyIds && bodyIds.length === 0) return { ...emptyPage, ...meta };
    const rows = await read<OfficialRow>(ctx.driver, ctx.cfg, Q.officialsCypher({ bodies: bodyIds !== null, asOf: asOf != null }, officialShape(selectionOf(info))), {
      bodyIds,
      asOf: asOf ?? null,
      skip: int(p.skip),
      fetch: int(p.fetch),
    });
    const { items, pageInfo } = paginate(rows, p);
    return { edges: items, pageInfo, ...meta };
  }

  @Query(() => Timeline, {
    complexity: pageCost,
    description: "A person's titles held (with their asOf dates) and events attended (with role), newest first, with sources.",
  })
  async timeline(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("person", () => String, { description: "Person id, or a name that only one person has." }) person: string,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<Timeline> {
    const p = page(first, after, maxPage(ctx));
    const who = await resolvePerson(ctx.driver, ctx.cfg, requireText(person, "person"), "person");
    const sel = selectionOf(info);
    const [rows, docs] = await Promise.all([
      read<TimelineEntry>(ctx.driver, ctx.cfg, Q.timelineCypher(timelineShape(sel)), { id: who.id, skip: int(p.skip), fetch: int(p.fetch) }),
      timelineWantsDocuments(sel) ? read<{ document: DocumentRef }>(ctx.driver, ctx.cfg, Q.PERSON_DOCUMENTS, { id: who.id }) : [],
    ]);
    const { items, pageInfo } = paginate(rows, p);
    return { person: who, edges: items, pageInfo, documents: docs.map((d) => d.document) };
  }

  @Query(() => DocumentEventConnection, {
    complexity: pageCost,
    description: "Events about a document (any spelling), optionally only those held or organized in a locality.",
  })
  async documentEvents(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("document", () => String) document: string,
    @Arg("locality", () => String, { nullable: true }) locality?: string | null,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<DocumentEventConnection> {
    const p = page(first, after, maxPage(ctx));
    const [docs, ar] = await Promise.all([
      resolveRef<DocumentRef>(ctx.driver, ctx.cfg, "Resolution", requireText(document, "document")),
      locality != null ? area(ctx, locality) : null,
    ]);
    if (docs.ids.length === 0 || (ar && ar.localityIds.length === 0)) return { ...emptyPage, documents: docs.nodes };
    const rows = await read<DocumentEventRow>(ctx.driver, ctx.cfg, Q.documentEventsCypher({ area: ar !== null, several: docs.ids.length > 1 }, documentEventShape(selectionOf(info))), {
      docIds: docs.ids,
      locIds: ar?.localityIds ?? null,
      bodyIds: ar?.bodyIds ?? null,
      skip: int(p.skip),
      fetch: int(p.fetch),
    });
    const { items, pageInfo } = paginate(rows, p);
    return { edges: items, pageInfo, documents: docs.nodes };
  }

  @Query(() => ImplementedDocumentConnection, {
    complexity: pageCost,
    description: "Documents a body (or one of its parts) implemented, newest evidence first.",
  })
  async implementedDocuments(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("body", () => String) body: string,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<ImplementedDocumentConnection> {
    const p = page(first, after, maxPage(ctx));
    const bs = await bodies(ctx, body);
    if (bs.ids.length === 0) return { ...emptyPage, bodies: bs.bodies };
    const rows = await read<ImplementedDocumentRow>(ctx.driver, ctx.cfg, Q.documentsOfBodyCypher(implementedDocumentShape(selectionOf(info))), {
      bodyIds: bs.ids,
      skip: int(p.skip),
      fetch: int(p.fetch),
    });
    const { items, pageInfo } = paginate(rows, p);
    return { edges: items, pageInfo, bodies: bs.bodies };
  }

  @Query(() => Connection, {
    complexity: 50,
    description: "How two people are connected: a shortest path (at most `maxLength` ≤ 6 steps) through bodies, events, documents and places.",
  })
  async connection(
    @Ctx() ctx: ApiContext,
    @Arg("from", () => String, { description: "Person id or unambiguous name." }) from: string,
    @Arg("to", () => String, { description: "Person id or unambiguous name." }) to: string,
    @Arg("maxLength", () => Int, { nullable: true, defaultValue: 6 }) maxLength: number,
  ): Promise<Connection> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) {
      throw new GraphQLError("`maxLength` must be between 1 and 6.", { extensions: { code: "BAD_USER_INPUT", argumentName: "maxLength" } });
    }
    const [a, b] = await Promise.all([
      resolvePerson(ctx.driver, ctx.cfg, requireText(from, "from"), "from"),
      resolvePerson(ctx.driver, ctx.cfg, requireText(to, "to"), "to"),
    ]);
    if (a.id === b.id) return { from: a, to: b, length: 0, nodes: [{ label: "Person", ...a }], steps: [] };
    const rows = await read<{ nodes: Connection["nodes"]; steps: Connection["steps"] }>(ctx.driver, ctx.cfg, Q.connectionCypher(maxLength), {
      from: a.id,
      to: b.id,
    });
    const path = rows[0];
    if (!path) return { from: a, to: b, length: null, nodes: [], steps: [] };
    return { from: a, to: b, length: path.steps.length, nodes: path.nodes, steps: path.steps };
  }

  @Query(() => [SearchHit], {
    complexity: ({ args, childComplexity }) => 10 + (typeof args.first === "number" ? args.first : 10) * Math.max(1, childComplexity),
    description:
      "Search persons, bodies, documents and localities, ignoring diacritics and expanding abbreviations " +
      "(“nq tw4 khoa xii”, “Nguyen Van Hieu”, “BTV Thanh uy Can Tho”). Best hits first.",
  })
  async search(
    @Ctx() ctx: ApiContext,
    @Arg("text", () => String) text: string,
    @Arg("types", () => [SearchType], { nullable: true }) types?: SearchType[] | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first?: number,
  ): Promise<SearchHit[]> {
    const n = page(first ?? 10, null, maxPage(ctx)).size;
    const raw = requireText(text, "text");
    const groups = expand(raw, loadAbbreviations());
    if (groups.length === 0) return [];
    const wanted = [...new Set(types && types.length ? types : Object.values(SearchType))];
    const cypher = Q.searchCypher(wanted);
    const codes = [raw, raw.toUpperCase().replace(/\s+/g, "")];
    const run = (q: string) => read<SearchHit>(ctx.driver, ctx.cfg, cypher, { q, n: int(n), codes });
    // Hits matching every term rank above hits matching some; the exact code match ranks first.
    const hits = await run(luceneQuery(groups, true));
    const seen = new Set(hits.map((h) => `${h.type}:${h.id}`));
    if (hits.length < n && groups.length > 1) {
      for (const h of await run(luceneQuery(groups, false))) {
        const key = `${h.type}:${h.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push(h);
      }
    }
    const best = new Map<string, SearchHit>();
    for (const h of hits) if (!best.has(`${h.type}:${h.id}`)) best.set(`${h.type}:${h.id}`, h);
    return [...best.values()].slice(0, n);
  }
}
