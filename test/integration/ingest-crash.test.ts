// kill -9 in the middle of an ingest leaves only whole articles; a rerun completes the corpus with
// no duplicates and the same graph as an uninterrupted run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestSummary } from "../../src/ingest/index.js";
import { claimsPerArticle, countsByLabel, duplicateEdges, graphFacts } from "./graph-support.js";
import { killGroup, runCli, spawnCli } from "./ingest-support.js";
import { testDriver, wipe } from "./support.js";

const ARTICLES = 400;
const driver = testDriver();
const tmp = mkdtempSync(join(tmpdir(), "kg-crash-"));
const corpus = join(tmp, "corpus");

beforeAll(async () => {
  const gen = await runCli(["synth", "--articles", String(ARTICLES), "--seed", "7", "--out", corpus]);
  expect(gen.code, gen.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await driver.close();
});

describe("crash safety", () => {
  it("SIGKILL mid-ingest, then a rerun, gives the graph of a clean run", async () => {
    // the reference: one uninterrupted run
    await wipe(driver);
    const clean = await runCli(["ingest", corpus, "--batch", "5", "--concurrency", "2", "--json"]);
    expect(clean.code, clean.stderr).toBe(0);
    const cleanSummary = JSON.parse(clean.stdout) as IngestSummary;
    expect(cleanSummary.articles.new).toBe(ARTICLES);
    const expected = await graphFacts(driver);
    const cleanClaims = await claimsPerArticle(driver);

    // the same run, killed once some articles have landed
    await wipe(driver);
    const { child, done } = spawnCli(["ingest", corpus, "--batch", "5", "--concurrency", "2", "--workers", "2"]);
    const deadline = Date.now() + 240_000;
    let landed = 0;
    while (Date.now() < deadline) {
      landed = (await countsByLabel(driver)).Article ?? 0;
      if (landed >= 20) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    killGroup(child);
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");
    const partial = await claimsPerArticle(driver);
    expect(partial.size).toBeGreaterThanOrEqual(20);
    expect(partial.size).toBeLessThan(ARTICLES);
    // every article present is whole: the same claims as in the clean run
    for (const [id, n] of partial) expect(n, id).toBe(cleanClaims.get(id));

    const rerun = await runCli(["ingest", corpus, "--batch", "5", "--concurrency", "2", "--json"]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as IngestSummary;
    expect(summary.articles.unchanged).toBe(partial.size);
    expect(summary.articles.new).toBe(ARTICLES - partial.size);
    expect(summary.articles.failed).toBe(0);

    expect(await duplicateEdges(driver)).toBe(0);
    expect(await graphFacts(driver)).toEqual(expected);
    expect(await claimsPerArticle(driver)).toEqual(cleanClaims);
  }, 900_000);
});
