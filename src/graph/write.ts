// Writes ExtractionResults: all-or-nothing per transaction (one article, or a batch of several),
// with two statements per transaction whatever the number of entities: a pre-check (existing
// articles, same-name people) and one batched write (plus the retraction of replaced articles).
import { int, type Driver, type ManagedTransaction } from "neo4j-driver";
import type { ExtractionResult } from "../extract/types.js";
import { addCounters, emptyCounters, type WriteCounters } from "./counters.js";
import * as Q from "./cypher.js";
import { NODE_LABELS, referenceNodes } from "./node-refs.js";
import { resolvePersonIdentity, type IdentityDecision, type PersonContext } from "./identity.js";
import { searchParts } from "./reference-seed.js";
import { appendRows, compactRows, emptyRows, MENTION_LABELS, parseClaim, personContexts, planArticle, type BatchRows, type IdentityReference, type PatternKey } from "./plan.js";

export type ArticleStatus = "new" | "unchanged" | "replaced" | "failed";

export interface ArticleOutcome {
  articleId: string;
  path: string | null;
  status: ArticleStatus;
  /** Why it failed (status "failed"). */
  reason?: string;
  /** Relations/entities the graph model could not take. */
  skipped: string[];
}

export interface WriteOutcome {
  articles: ArticleOutcome[];
  counters: WriteCounters;
}

export interface WriterOptions {
  driver: Driver;
  database: string;
  identity: IdentityReference;
  /** Quotes kept per edge (default 5). */
  maxEvidence?: number;
  /** Article ids kept in an edge's `sources` sample (default 20); `sourceCount` keeps the total. */
  sourceSample?: number;
  txTimeoutMs?: number;
}

export const DEFAULT_MAX_EVIDENCE = 5;
export const DEFAULT_SOURCE_SAMPLE = 20;

/** An integer parameter: LIMIT and list slices refuse the float a JS number becomes. */
const sampleSize = (opts: WriterOptions) => int(opts.sourceSample ?? DEFAULT_SOURCE_SAMPLE);

async function run(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>, acc: WriteCounters) {
  const res = await tx.run(cypher, params);
  addCounters(acc, res.summary.counters.updates());
  return res;
}

async function writeRows(tx: ManagedTransaction, rows: BatchRows, opts: WriterOptions, acc: WriteCounters): Promise<void> {
  const refs = referenceNodes(rows);
  const params: Record<string, unknown> = {
    maxEvidence: opts.maxEvidence ?? DEFAULT_MAX_EVIDENCE,
    sampleSize: sampleSize(opts),
    articles: rows.articles,
    persons: rows.persons,
    organizations: rows.organizations,
    localities: rows.localities,
    resolutions: rows.resolutions,
    events: rows.events,
    reports: refs.reports,
    sameAs: refs.sameAs,
  };
  for (const l of MENTION_LABELS) params[`mentions${l}`] = refs.mentions[l];
  for (const [key, param] of Q.EDGE_PARAM) params[param] = refs.edges.get(key) ?? [];
  // an id no row refers to stands in for an empty list, which would be typed apart (below)
  for (const l of NODE_LABELS) params[Q.idsParam(l)] = refs.ids[l].length ? refs.ids[l] : [""];
  // Neo4j caches plans per parameter *types*, and an empty list is typed apart from a list of maps:
  // every mix of empty lists would cost a fresh plan of this large statement (seconds). A key-less
  // row keeps each list a list of maps; WRITE_ALL skips such rows.
  for (const [name, value] of Object.entries(params)) if (Array.isArray(value) && value.length === 0) params[name] = [Q.NO_ROW];
  await run(tx, Q.WRITE_ALL, params, acc);
}

/**
 * Withdraws the article from every relationship it claimed (its `claims`, written with it), deleting those
 * no other article supports any more.
 */
async function retractClaims(tx: ManagedTransaction, articleId: string, opts: WriterOptions, acc: WriteCounters): Promise<void> {
  const rec = (await tx.run(Q.READ_CLAIMS, { id: articleId })).records[0];
  const claims = rec?.get("claims") as string[] | null | undefined;
  if (!claims) throw new Error(`article ${articleId} was written without its list of claims: run \`kg migrate\` before replacing it`);
  const dates = (rec!.get("claimDates") as string[] | null) ?? [];
  const byPattern = new Map<PatternKey, Array<{ claim: string; from: string; key: string | null; to: string; dates: string[] }>>();
  claims.forEach((claim, i) => {
    const c = parseClaim(claim, dates[i] ?? "");
    if (!c) return;
    const list = byPattern.get(c.pattern) ?? [];
    list.push({ claim, from: c.from, key: c.key, to: c.to, dates: c.dates });
    byPattern.set(c.pattern, list);
  });
  for (const [pattern, rows] of byPattern) await run(tx, Q.RETRACT_CLAIMS.get(pattern)!, { id: articleId, rows, sampleSize: sampleSize(opts) }, acc);
  await run(tx, Q.RETRACT_SAME_AS, { id: articleId }, acc);
}

/** Withdraws the names only this article used, and rebuilds the search text of the nodes concerned. */
async function retractAliases(tx: ManagedTransaction, articleId: string, acc: WriteCounters): Promise<void> {
  const res = await run(tx, Q.RETRACT_ALIASES, { id: articleId }, acc);
  if (res.records.length === 0) return;
  const rows = res.records.map((rec) => {
    const name = (rec.get("name") as string | null) ?? "";
    const code = rec.get("code") as string | null;
    const aliases = rec.get("aliases") as string[];
    return { node: rec.get("node") as string, searchText: searchParts(name, code ? [...aliases, code] : aliases).join(" | ") };
  });
  await run(tx, Q.SET_SEARCH_TEXT, { rows }, acc);
}

/** The transaction body for a set of results with distinct article ids. Re-run whole on retry. */
async function writeSet(tx: ManagedTransaction, results: readonly ExtractionResult[], opts: WriterOptions): Promise<WriteOutcome> {
  const acc = emptyCounters();
  const contexts = results.map((result) => personContexts(result, opts.identity));
  const slugs = [...new Set(contexts.flat().map((c) => c.slug))];
  const pre = (await tx.run(Q.PRECHECK, { ids: results.map((r) => r.article.id), slugs })).records[0]!;
  const existing = new Map((pre.get("existing") as Array<[string, string | null]>).map(([id, hash]) => [id, hash]));
  let candidates = groupCandidates(pre.get("candidates") as Array<[string, string]>);

  const outcomes: ArticleOutcome[] = [];
  const toWrite: Array<{ result: ExtractionResult; outcome: ArticleOutcome; contexts: PersonContext[] }> = [];
  let retracted = false;
  results.forEach((result, i) => {
    const id = result.article.id;
    const outcome: ArticleOutcome = { articleId: id, path: result.article.path, status: "new", skipped: [] };
    outcomes.push(outcome);
    if (existing.has(id)) {
      if (existing.get(id) === result.article.textHash) {
        outcome.status = "unchanged";
        return;
      }
      outcome.status = "replaced";
    }
    toWrite.push({ result, outcome, contexts: contexts[i]! });
  });
  for (const { outcome } of toWrite) {
    if (outcome.status !== "replaced") continue;
    await retractClaims(tx, outcome.articleId, opts, acc);
    await retractAliases(tx, outcome.articleId, acc);
    await run(tx, Q.RETRACT_NODES, { id: outcome.articleId }, acc);
    retracted = true;
  }
  if (toWrite.length === 0) return { articles: outcomes, counters: acc };
  if (retracted && slugs.length > 0) {
    // retraction may have removed same-name nodes: look again
    const res = await tx.run(Q.SAME_NAME_CANDIDATES, { slugs });
    candidates = new Map(res.records.map((rec) => [rec.get("slug") as string, (rec.get("ids") as string[]).slice().sort()]));
  }

  const rows = emptyRows();
  toWrite.forEach(({ result, outcome, contexts: ctxs }) => {
    const decisions = new Map<string, IdentityDecision>();
    for (const ctx of ctxs) decisions.set(ctx.slug, resolvePersonIdentity(ctx, candidates.get(ctx.slug) ?? []));
    const plan = planArticle(result, decisions);
    outcome.skipped = plan.skipped;
    appendRows(rows, plan.rows);
  });
  await writeRows(tx, compactRows(rows), opts, acc);
  return { articles: outcomes, counters: acc };
}

function groupCandidates(pairs: Array<[string, string]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [slug, id] of pairs) {
    const list = out.get(slug);
    if (list) list.push(id);
    else out.set(slug, [id]);
  }
  for (const list of out.values()) list.sort();
  return out;
}

async function writeInOneTransaction(results: readonly ExtractionResult[], opts: WriterOptions): Promise<WriteOutcome> {
  const session = opts.driver.session({ database: opts.database });
  try {
    return await session.executeWrite((tx) => writeSet(tx, results, opts), opts.txTimeoutMs ? { timeout: opts.txTimeoutMs } : undefined);
  } finally {
    await session.close();
  }
}

/** Splits into runs of distinct article ids (a later version of an article must see the earlier one). */
function distinctRuns(results: readonly ExtractionResult[]): ExtractionResult[][] {
  const runs: ExtractionResult[][] = [];
  let cur: ExtractionResult[] = [];
  let ids = new Set<string>();
  for (const r of results) {
    if (ids.has(r.article.id)) {
      runs.push(cur);
      cur = [];
      ids = new Set();
    }
    cur.push(r);
    ids.add(r.article.id);
  }
  if (cur.length > 0) runs.push(cur);
  return runs;
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** The server (or its database) cannot be reached: what the driver still reports once its retries are spent. */
export function isDatabaseUnavailable(err: unknown): boolean {
  return UNAVAILABLE.has((err as { code?: string } | null)?.code ?? "");
}

function isUnavailable(err: unknown): boolean {
  return isDatabaseUnavailable(err) || (err as { code?: string }).code === "Neo.ClientError.Security.Unauthorized";
}

function errorText(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const first = (e.message ?? String(err)).split("\n")[0] ?? "";
  return e.code ? `${e.code}: ${first}` : first;
}

/**
 * Writes the results as one transaction (per run of distinct ids). If that transaction fails for
 * a reason retries did not cure, each article is retried alone so one bad article cannot sink the
 * others; it is then reported as failed.
 */
export async function writeResults(results: readonly ExtractionResult[], opts: WriterOptions): Promise<WriteOutcome> {
  const out: WriteOutcome = { articles: [], counters: emptyCounters() };
  for (const set of distinctRuns(results)) {
    try {
      const res = await writeInOneTransaction(set, opts);
      out.articles.push(...res.articles);
      addCounters(out.counters, res.counters);
    } catch (err) {
      // the database itself is gone: isolating articles would only repeat the wait
      if (isUnavailable(err)) throw err;
      if (set.length === 1) {
        out.articles.push({ articleId: set[0]!.article.id, path: set[0]!.article.path, status: "failed", reason: errorText(err), skipped: [] });
        continue;
      }
      for (const one of set) {
        const res = await writeResults([one], opts);
        out.articles.push(...res.articles);
        addCounters(out.counters, res.counters);
      }
    }
  }
  return out;
}
