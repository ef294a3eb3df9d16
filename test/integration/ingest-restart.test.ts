// Neo4j going away in the middle of `kg ingest`: restarted, the CLI rides it out (the driver retries
// its transactions) or stops with a clear message; down for longer than the retry window, the CLI
// stops with a clear message. Either way only whole articles are in the graph, and a rerun gives
// exactly the graph of a clean run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestSummary } from "../../src/ingest/index.js";
import { start, status, stop } from "../../src/neo4j/server.js";
import { claimsPerArticle, countsByLabel, duplicateEdges, graphFacts, type GraphFacts } from "./graph-support.js";
import { killGroup, runCli, spawnCli, type CliRun } from "./ingest-support.js";
import { testDriver, wipe } from "./support.js";
import { testConfig } from "./test-env.js";

const ARTICLES = 600;
const ARGS = ["--batch", "5", "--concurrency", "2"];
const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)/;
const neo4jCfg = testConfig().neo4j;
const log = (m: string) => console.error(`[test neo4j] ${m}`);
const driver = testDriver();
const tmp = mkdtempSync(join(tmpdir(), "kg-restart-"));
const corpus = join(tmp, "corpus");

let expected: GraphFacts;
let cleanClaims: Map<string, number>;

/** Starts the ingest and returns once some articles have landed (while it is still running). */
async function ingestUnderway(): Promise<{ done: Promise<CliRun>; child: ReturnType<typeof spawnCli>["child"] }> {
  const { child, done } = spawnCli(["ingest", corpus, ...ARGS, "--json"]);
  const deadline = Date.now() + 240_000;
  let landed = 0;
  while (Date.now() < deadline && child.exitCode === null) {
    landed = (await countsByLabel(driver)).Article ?? 0;
    if (landed >= 20) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(child.exitCode, "the ingest ended before Neo4j could be stopped").toBeNull();
  expect(landed).toBeGreaterThanOrEqual(20);
  expect(landed).toBeLessThan(ARTICLES);
  return { child, done };
}

/** The CLI's end, or a failure (and a killed process) if it hangs. */
async function ended(run: { child: ReturnType<typeof spawnCli>["child"]; done: Promise<CliRun> }, ms: number): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), ms)));
  const res = await Promise.race([run.done, hung]);
  clearTimeout(timer);
  if (res === "hung") {
    killGroup(run.child);
    await run.done;
    throw new Error(`kg ingest did not end within ${ms / 1000} s of losing Neo4j`);
  }
  return res;
}

/** Whatever the interrupted run left is whole; a rerun then gives exactly the clean graph. */
async function expectWholeThenCompleted(): Promise<void> {
  const partial = await claimsPerArticle(driver);
  expect(partial.size).toBeGreaterThanOrEqual(20);
  for (const [id, n] of partial) expect(n, id).toBe(cleanClaims.get(id));

  const rerun = await runCli(["ingest", corpus, ...ARGS, "--json"]);
  expect(rerun.code, rerun.stderr).toBe(0);
  const summary = JSON.parse(rerun.stdout) as IngestSummary;
  expect(summary.articles).toMatchObject({ unchanged: partial.size, new: ARTICLES - partial.size, replaced: 0, failed: 0 });
  expect(await duplicateEdges(driver)).toBe(0);
  expect(await graphFacts(driver)).toEqual(expected);
  expect(await claimsPerArticle(driver)).toEqual(cleanClaims);
}

async function ensureNeo4jUp(): Promise<void> {
  if (status(neo4jCfg).state !== "running") await start(neo4jCfg, log);
}

beforeAll(async () => {
  const gen = await runCli(["synth", "--articles", String(ARTICLES), "--seed", "11", "--out", corpus]);
  expect(gen.code, gen.stderr).toBe(0);
  // the reference: one uninterrupted run
  await wipe(driver);
  const clean = await runCli(["ingest", corpus, ...ARGS, "--json"]);
  expect(clean.code, clean.stderr).toBe(0);
  expect((JSON.parse(clean.stdout) as IngestSummary).articles.new).toBe(ARTICLES);
  expected = await graphFacts(driver);
  cleanClaims = await claimsPerArticle(driver);
}, 600_000);

afterAll(async () => {
  await ensureNeo4jUp(); // the next test files need it, whatever happened here
  rmSync(tmp, { recursive: true, force: true });
  await driver.close();
}, 240_000);

describe("Neo4j restarted or lost during kg ingest", () => {
  it("a restart mid-run: the CLI completes or fails cleanly, and a rerun gives the clean graph", async () => {
    await wipe(driver);
    const run = await ingestUnderway();
    try {
      stop(neo4jCfg, log);
    } finally {
      await ensureNeo4jUp();
    }
    const res = await ended(run, 300_000);
    log(res.code === 0 ? "kg ingest rode out the restart" : `kg ingest stopped: ${/^error: .*$/m.exec(res.stderr)?.[0] ?? `exit ${res.code}`}`);
    expect(res.stderr).not.toMatch(STACK_TRACE);
    if (res.code === 0) {
      // the driver's retries covered the restart: everything landed (an article whose commit was
      // cut off may be seen again on retry and counted as unchanged)
      const summary = JSON.parse(res.stdout) as IngestSummary;
      expect(summary.articles.failed).toBe(0);
      expect(summary.articles.new + summary.articles.unchanged).toBe(ARTICLES);
    } else {
      expect(res.code, res.stderr).toBe(1);
      expect(res.stderr).toMatch(/^error: Lost Neo4j at bolt:\/\/\S+ during the ingest/m);
    }
    await expectWholeThenCompleted();
  }, 900_000);

  it("Neo4j down for longer than the retry window: a clear error, no hang, and a rerun completes", async () => {
    await wipe(driver);
    const run = await ingestUnderway();
    let res: CliRun;
    try {
      stop(neo4jCfg, log);
      // the driver retries a transaction for 30 s before giving up
      res = await ended(run, 180_000);
    } finally {
      await ensureNeo4jUp();
    }
    expect(res.code, res.stderr).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toMatch(/^error: Lost Neo4j at bolt:\/\/\S+ during the ingest, and it did not come back while the write was retried \(ServiceUnavailable: /m);
    expect(res.stderr).toMatch(/\d+ articles? (?:was|were) written before that, each whole\. Once Neo4j is up again, rerun the same command/);
    expect(res.stderr).not.toMatch(STACK_TRACE);
    await expectWholeThenCompleted();
  }, 900_000);
});
