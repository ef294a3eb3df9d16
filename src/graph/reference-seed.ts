// The national skeleton: gazetteer localities (PART_OF, SUCCEEDED_BY) and the catalogue of central
// documents (ISSUED_BY central bodies), read from seeds/reference/*.json and merged idempotently.
// Nodes and edges loaded here carry `reference: true` (documents: `catalogued: true`), so retracting
// an article never deletes them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { foldDiacritics } from "../extract/fold.js";
import { repoRoot } from "../paths.js";
import { addCounters, emptyCounters, type WriteCounters } from "./counters.js";
import type { IdentityReference } from "./plan.js";

export interface RawLocality {
  id: string;
  name: string;
  level: string;
  parent: string | null;
  aliases?: string[];
  validFrom?: string | null;
  validUntil?: string | null;
  successor?: string | null;
}

export interface RawDocument {
  id: string;
  code?: string | null;
  number?: string | null;
  docType?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  term?: string | null;
  plenum?: number | null;
  title: string;
  aliases?: string[];
}

export interface RawCentralBody {
  id: string;
  name: string;
  kind?: string;
  forms?: string[];
}

export interface GraphReference {
  localities: RawLocality[];
  documents: RawDocument[];
  centralBodies: RawCentralBody[];
  /** Files that were missing or unreadable (the seed goes on without them). */
  problems: string[];
}

const PROVINCE_LEVELS = new Set(["PROVINCE", "MUNICIPALITY"]);

function readJson(dir: string, file: string, problems: string[]): Record<string, unknown> | null {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push(`${file} is missing`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (err) {
    problems.push(`${file} is not valid JSON (${(err as Error).message})`);
    return null;
  }
}

export function readGraphReference(dir = join(repoRoot(), "seeds", "reference")): GraphReference {
  const problems: string[] = [];
  const loc = readJson(dir, "localities.json", problems);
  const docs = readJson(dir, "documents.json", problems);
  const bodies = readJson(dir, "bodies.json", problems);
  return {
    localities: Array.isArray(loc?.localities) ? (loc.localities as RawLocality[]) : [],
    documents: Array.isArray(docs?.documents) ? (docs.documents as RawDocument[]) : [],
    centralBodies: Array.isArray(bodies?.central) ? (bodies.central as RawCentralBody[]) : [],
    problems,
  };
}

/** Maps any locality id to the key of its province-level unit ("loc:dong-thap:thap-muoi" → "dong-thap"). */
export class ProvinceIndex {
  private readonly byId = new Map<string, RawLocality>();

  constructor(localities: readonly RawLocality[]) {
    for (const l of localities) this.byId.set(l.id, l);
  }

  provinceOf(localityId: string): string | null {
    let cur = this.byId.get(localityId);
    for (let hops = 0; cur && hops < 10; hops++) {
      if (PROVINCE_LEVELS.has(cur.level)) return stripPrefix(cur.id);
      if (cur.level === "COUNTRY" || !cur.parent) return null;
      cur = this.byId.get(cur.parent);
    }
    if (this.byId.has(localityId)) return null;
    // not in the gazetteer: ids nest as loc:<province>:<district>…
    const key = stripPrefix(localityId).split(":")[0];
    return key ? key : null;
  }
}

function stripPrefix(id: string): string {
  return id.startsWith("loc:") ? id.slice(4) : id;
}

/** name + aliases + their folded forms, distinct, for the full-text `searchText`. */
export function searchParts(name: string, aliases: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of [name, ...aliases]) {
    for (const v of [s, foldDiacritics(s)]) if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

function isoDate(s: string | null | undefined): string | null {
  return typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
}

const SEED_LOCALITIES = `
UNWIND $rows AS row
MERGE (n:Locality {id: row.id})
SET n.name = row.name, n.nameAscii = row.nameAscii, n.level = row.level,
    n.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
    n.validUntil = CASE WHEN row.validUntil IS NULL THEN null ELSE date(row.validUntil) END,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.referenceAliases = row.aliases,
    n.searchText = reduce(s = '', p IN reduce(acc = [], x IN split(coalesce(n.searchText, ''), ' | ') + row.search |
        CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + p),
    n.reference = true`;

const SEED_LOCALITY_PARTS = `
UNWIND $rows AS row
MATCH (c:Locality {id: row.id}) MATCH (p:Locality {id: row.parent})
MERGE (c)-[r:PART_OF]->(p)
SET r.reference = true,
    r.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
    r.validUntil = CASE WHEN row.validUntil IS NULL THEN null ELSE date(row.validUntil) END`;

const SEED_SUCCESSIONS = `
UNWIND $rows AS row
MATCH (a:Locality {id: row.id}) MATCH (b:Locality {id: row.successor})
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.reference = true, r.on = CASE WHEN row.validUntil IS NULL THEN null ELSE date(row.validUntil) + duration('P1D') END`;

const SEED_BODIES = `
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n.name = row.name, n.nameAscii = row.nameAscii, n.kind = row.kind, n.level = 'CENTRAL',
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.referenceAliases = row.aliases,
    n.searchText = reduce(s = '', p IN reduce(acc = [], x IN split(coalesce(n.searchText, ''), ' | ') + row.search |
        CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + p),
    n.reference = true`;

const SEED_DOCUMENTS = `
UNWIND $rows AS row
MERGE (n:Resolution {id: row.id})
SET n.title = row.title, n.docType = row.docType, n.code = row.code, n.number = row.number,
    n.plenum = row.plenum, n.term = row.term,
    n.issuedOn = CASE WHEN row.issuedOn IS NULL THEN null ELSE date(row.issuedOn) END,
    n.catalogued = true,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.referenceAliases = row.aliases,
    n.searchText = reduce(s = '', p IN reduce(acc = [], x IN split(coalesce(n.searchText, ''), ' | ') + row.search |
        CASE WHEN x = '' OR x IN acc THEN acc ELSE acc + x END) | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + p)
WITH n, row WHERE row.issuer IS NOT NULL
MERGE (o:Organization {id: row.issuer})
  ON CREATE SET o.name = row.issuer, o.level = 'CENTRAL', o.reference = true
MERGE (n)-[r:ISSUED_BY]->(o)
SET r.reference = true`;

export interface SeedReport {
  localities: number;
  documents: number;
  centralBodies: number;
  counters: WriteCounters;
  problems: string[];
}

async function run(tx: ManagedTransaction, cypher: string, rows: unknown[], acc: WriteCounters): Promise<void> {
  if (rows.length === 0) return;
  const res = await tx.run(cypher, { rows });
  addCounters(acc, res.summary.counters.updates());
}

/** Loads the skeleton in one transaction; safe to call before every ingest. */
export async function seedReference(driver: Driver, database: string, ref: GraphReference = readGraphReference()): Promise<SeedReport> {
  const known = new Set(ref.localities.map((l) => l.id));
  const localities = ref.localities.map((l) => ({
    id: l.id,
    name: l.name,
    nameAscii: foldDiacritics(l.name),
    level: l.level,
    validFrom: isoDate(l.validFrom),
    validUntil: isoDate(l.validUntil),
    aliases: l.aliases ?? [],
    search: searchParts(l.name, l.aliases ?? []),
    parent: l.parent,
    successor: l.successor ?? null,
  }));
  const bodies = ref.centralBodies.map((b) => ({
    id: b.id,
    name: b.name,
    nameAscii: foldDiacritics(b.name),
    kind: b.kind ?? null,
    aliases: (b.forms ?? []).filter((f) => f !== b.name),
    search: searchParts(b.name, b.forms ?? []),
  }));
  const documents = ref.documents.map((d) => ({
    id: d.id,
    title: d.title,
    docType: d.docType ?? null,
    code: d.code ?? null,
    number: d.number ?? null,
    plenum: typeof d.plenum === "number" ? d.plenum : null,
    term: d.term ?? null,
    issuedOn: isoDate(d.issuedOn),
    issuer: d.issuer ?? null,
    aliases: d.aliases ?? [],
    search: searchParts(d.title, [...(d.code ? [d.code] : []), ...(d.aliases ?? [])]),
  }));
  const counters = emptyCounters();
  const session = driver.session({ database });
  try {
    const acc = await session.executeWrite(async (tx) => {
      const c = emptyCounters();
      await run(tx, SEED_LOCALITIES, localities, c);
      await run(tx, SEED_LOCALITY_PARTS, localities.filter((l) => l.parent && known.has(l.parent)), c);
      await run(tx, SEED_SUCCESSIONS, localities.filter((l) => l.successor && known.has(l.successor)), c);
      await run(tx, SEED_BODIES, bodies, c);
      await run(tx, SEED_DOCUMENTS, documents, c);
      return c;
    });
    addCounters(counters, acc);
  } finally {
    await session.close();
  }
  return { localities: localities.length, documents: documents.length, centralBodies: bodies.length, counters, problems: ref.problems };
}

/** What the identity rules need from the reference data. */
export function identityReference(ref: GraphReference): IdentityReference {
  const central = new Set(ref.centralBodies.map((b) => b.id));
  for (const d of ref.documents) if (d.issuer) central.add(d.issuer);
  return { provinces: new ProvinceIndex(ref.localities), centralOrgIds: central };
}
