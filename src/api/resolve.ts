import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { extract, ExtractionInputError } from "../extract/index.js";
import { loadReference } from "../reference/load.js";
import { read } from "./db.js";
import { lookupCache } from "./lookup-cache.js";
import { expand, loadAbbreviations, luceneQuery, tokens } from "./search-text.js";

// Turns what an analyst typed for a document, body, locality or person (an id, a code, a name in
// any spelling) into node ids: exact matches (id, code, name or alias, diacritics ignored) win;
// otherwise the best full-text hit(s).

export type Kind = "Resolution" | "Organization" | "Locality" | "Person";

const INDEX: Record<Kind, string> = {
  Resolution: "resolutionSearch",
  Organization: "organizationSearch",
  Locality: "localitySearch",
  Person: "personSearch",
};

interface Candidate {
  id: string;
  name: string;
  aliases: string[] | null;
  code: string | null;
  score: number;
  exactKey: boolean;
  props: Record<string, unknown>;
}

/** The projection every reference type returns (see resolvers/types.ts). */
export const PROJECTION: Record<Kind, string> = {
  Resolution: "n {.id, .code, .title, .docType, issuedOn: toString(n.issuedOn)}",
  Organization: "n {.id, .name, .kind, .level}",
  Locality: "n {.id, .name, .level}",
  Person: "n {.id, .name}",
};

const NAME: Record<Kind, string> = { Resolution: "title", Organization: "name", Locality: "name", Person: "name" };

function keyOf(s: string): string {
  return tokens(s).join(" ");
}

function candidates(driver: Driver, cfg: Config, kind: Kind, ref: string, lucene: string | null): Promise<Candidate[]> {
  return lookupCache(driver).get(JSON.stringify(["candidates", kind, ref, lucene]), () => loadCandidates(driver, cfg, kind, ref, lucene));
}

async function loadCandidates(driver: Driver, cfg: Config, kind: Kind, ref: string, lucene: string | null): Promise<Candidate[]> {
  const name = NAME[kind];
  const codeMatch = kind === "Resolution" ? " OR n.code IN $codes" : "";
  // Exact keys can use the unique id constraint; aliases are compared on the few full-text candidates.
  const cypher = `
    CALL {
      MATCH (n:${kind}) WHERE n.id = $ref${codeMatch}
      RETURN n, 1.0e9 AS score, true AS exactKey${
        lucene
          ? `
      UNION
      CALL db.index.fulltext.queryNodes($index, $lucene, {limit: 25}) YIELD node AS n, score
      RETURN n, score, false AS exactKey`
          : ""
      }
    }
    WITH n, max(score) AS score, any(x IN collect(exactKey) WHERE x) AS exactKey
    RETURN n.id AS id, n.${name} AS name, n.aliases AS aliases, ${kind === "Resolution" ? "n.code" : "null"} AS code,
           score, exactKey, ${PROJECTION[kind]} AS props
    ORDER BY score DESC LIMIT 25`;
  const codes = [ref.trim(), ref.trim().toUpperCase().replace(/\s+/g, "")];
  return read<Candidate>(driver, cfg, cypher, { ref: ref.trim(), codes, index: INDEX[kind], lucene: lucene ?? "" });
}

export interface Resolved<T = Record<string, unknown>> {
  ids: string[];
  nodes: T[];
}

/**
 * Document spellings ("NQ TW4 (Khóa XI)", "Nghị quyết trung ương 4 (khóa 11)", "Kết luận 21") are read by the
 * extractor's own document grammar, so the API resolves a spelling exactly as ingest did.
 */
async function recognizedDocuments(driver: Driver, cfg: Config, ref: string): Promise<Record<string, unknown>[]> {
  let ids: string[];
  try {
    ids = extract(ref, loadReference())
      .entities.filter((e) => e.type === "Resolution")
      .map((e) => e.id);
  } catch (err) {
    if (err instanceof ExtractionInputError) return []; // not text (NUL bytes, huge): the full-text path refuses it cleanly
    throw err;
  }
  if (ids.length !== 1) return [];
  // Codes repeat across terms (12-NQ/TW of 2012 and of 2017). Without a term or a year in what the analyst
  // typed there is no date to choose by, so a bare code means every document carrying it.
  const dated = /khóa|khoá|khoa|nhiệm kỳ|nhiem ky/i.test(ref) || /(^|\D)(19|20)\d{2}(\D|$)/.test(ref) || /(^|[\s(])[XVI]{1,5}([\s)]|$)/.test(ref);
  return read<{ props: Record<string, unknown> }>(
    driver,
    cfg,
    `MATCH (n0:Resolution {id: $id})
     OPTIONAL MATCH (m:Resolution) WHERE $all AND n0.code IS NOT NULL AND m.code = n0.code AND m.id <> n0.id
     WITH n0, collect(m) AS others
     UNWIND [n0] + others AS n
     WITH n ORDER BY n.issuedOn DESC
     RETURN ${PROJECTION.Resolution} AS props`,
    { id: ids[0], all: !dated },
  ).then((rows) => rows.map((r) => r.props));
}

/** Exact matches if any, else the top full-text hits (ties) among those matching every term. */
export function resolveRef<T = Record<string, unknown>>(driver: Driver, cfg: Config, kind: Kind, ref: string): Promise<Resolved<T>> {
  return lookupCache(driver).get(JSON.stringify(["ref", kind, ref]), () => loadRef<T>(driver, cfg, kind, ref));
}

async function loadRef<T>(driver: Driver, cfg: Config, kind: Kind, ref: string): Promise<Resolved<T>> {
  if (kind === "Resolution") {
    const nodes = await recognizedDocuments(driver, cfg, ref);
    if (nodes.length > 0) return { ids: nodes.map((n) => n.id as string), nodes: nodes as T[] };
  }
  const groups = expand(ref, loadAbbreviations());
  if (groups.length === 0 && !ref.trim()) return { ids: [], nodes: [] };
  const wanted = new Set([keyOf(ref), groups.map((g) => g[g.length - 1]).join(" ")]);
  const pick = (cs: Candidate[]): Candidate[] => {
    const exact = cs.filter(
      (c) => c.exactKey || wanted.has(keyOf(c.name ?? "")) || (c.aliases ?? []).some((a) => wanted.has(keyOf(a))) || (c.code !== null && wanted.has(keyOf(c.code))),
    );
    if (exact.length > 0) return exact;
    const top = cs[0]?.score;
    return top === undefined ? [] : cs.filter((c) => c.score >= top - 1e-9);
  };
  // Every term must match: a filter that quietly fell back to a partial match would answer about another document.
  const chosen = pick(await candidates(driver, cfg, kind, ref, groups.length ? luceneQuery(groups, true) : null));
  return { ids: chosen.map((c) => c.id), nodes: chosen.map((c) => c.props as T) };
}

/** One person by id or exact name; several same-name people are an error listing them (homonyms are common). */
export async function resolvePerson(driver: Driver, cfg: Config, ref: string, argumentName: string): Promise<{ id: string; name: string }> {
  const cs = await candidates(driver, cfg, "Person", ref, tokens(ref).length ? luceneQuery(expand(ref, new Map()), true) : null);
  const byId = cs.filter((c) => c.exactKey);
  const exact = byId.length ? byId : cs.filter((c) => keyOf(c.name) === keyOf(ref) || (c.aliases ?? []).some((a) => keyOf(a) === keyOf(ref)));
  if (exact.length === 1) return { id: exact[0]!.id, name: exact[0]!.name };
  if (exact.length === 0) {
    throw new GraphQLError(`No person matches "${ref}".`, {
      extensions: { code: "NOT_FOUND", argumentName, suggestions: cs.slice(0, 5).map((c) => ({ id: c.id, name: c.name })) },
    });
  }
  throw new GraphQLError(`"${ref}" names ${exact.length} different people; pass one of their ids.`, {
    extensions: { code: "AMBIGUOUS", argumentName, candidates: exact.slice(0, 10).map((c) => ({ id: c.id, name: c.name })) },
  });
}

/** A locality plus everything inside it and every unit it succeeded (merged 2025 units keep their history). */
export async function localityArea(driver: Driver, cfg: Config, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return lookupCache(driver).get(JSON.stringify(["localityArea", ids]), () => loadArea(driver, cfg, ids));
}

async function loadArea(driver: Driver, cfg: Config, ids: string[]): Promise<string[]> {
  const rows = await read<{ ids: string[] }>(
    driver,
    cfg,
    `MATCH (l0:Locality) WHERE l0.id IN $ids
     MATCH (l0)<-[:PART_OF|SUCCEEDED_BY*0..6]-(x:Locality)
     RETURN collect(DISTINCT x.id) AS ids`,
    { ids },
  );
  return rows[0]?.ids ?? [];
}

/** A body plus its parts (a committee's standing committee and boards). */
export async function bodyParts(driver: Driver, cfg: Config, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return lookupCache(driver).get(JSON.stringify(["bodyParts", ids]), () => loadParts(driver, cfg, ids));
}

async function loadParts(driver: Driver, cfg: Config, ids: string[]): Promise<string[]> {
  const rows = await read<{ ids: string[] }>(
    driver,
    cfg,
    `MATCH (o0:Organization) WHERE o0.id IN $ids
     MATCH (o0)<-[:PART_OF*0..3]-(x:Organization)
     RETURN collect(DISTINCT x.id) AS ids`,
    { ids },
  );
  return rows[0]?.ids ?? [];
}
