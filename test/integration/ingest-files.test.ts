import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths, ingestText, type IngestSummary } from "../../src/ingest/index.js";
import { repoRoot } from "../../src/paths.js";
import { writeMixedFolder } from "../fixtures/bad-input/make.js";
import { countsByLabel } from "./graph-support.js";
import { runCli } from "./ingest-support.js";
import { testDriver, wipe } from "./support.js";
import { testConfig } from "./test-env.js";

const driver = testDriver();
const cfg = testConfig();
const tmp = mkdtempSync(join(tmpdir(), "kg-ingest-"));
const seedDir = join(repoRoot(), "seeds", "articles");
const seedTexts = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(seedDir, f), "utf8"));

async function articleCount(): Promise<number> {
  return (await countsByLabel(driver)).Article ?? 0;
}

beforeAll(() => wipe(driver));
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await driver.close();
});

describe("kg ingest on a folder mixing good and broken files", () => {
  it("lands every good article, names every broken file with its reason, exits 2", async () => {
    const set = writeMixedFolder(join(tmp, "mixed"), seedTexts);
    // through worker threads: per-file errors must read the same as in-process
    const run = await runCli(["ingest", set.dir, "--json", "--batch", "2", "--workers", "2"]);
    expect(run.code, run.stderr).toBe(2);
    const summary = JSON.parse(run.stdout) as IngestSummary;
    expect(summary.files).toBe(seedTexts.length + Object.keys(set.bad).length);
    expect(summary.articles).toEqual({ new: seedTexts.length, unchanged: 0, replaced: 0, failed: Object.keys(set.bad).length, validated: 0 });
    expect(summary.errors.map((e) => e.path).sort()).toEqual(Object.keys(set.bad).sort());
    for (const e of summary.errors) expect(e.reason, e.path).toMatch(set.bad[e.path]!);
    // progress and errors go to stderr, one line per broken file, without stack traces
    for (const path of Object.keys(set.bad)) expect(run.stderr).toContain(`error: ${path}: `);
    expect(run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(await articleCount()).toBe(seedTexts.length);

    // a rerun changes nothing and still reports the broken files
    const again = await runCli(["ingest", set.dir]);
    expect(again.code).toBe(2);
    expect(again.stdout).toContain(`articles: 0 new, ${seedTexts.length} unchanged, 0 replaced, ${Object.keys(set.bad).length} failed`);
    expect(again.stdout).toContain("tcvn3.txt: looks like TCVN3");

    const stats = await runCli(["stats", "--json"]);
    expect(stats.code, stats.stderr).toBe(0);
    const s = JSON.parse(stats.stdout) as { labels: Record<string, number>; relationships: Record<string, number>; topDocuments: Array<{ id: string; count: number }> };
    expect(s.labels).toEqual(await countsByLabel(driver).then((c) => ({ Person: 0, Organization: 0, Locality: 0, Resolution: 0, Event: 0, Article: 0, ...c })));
    expect(s.relationships.MENTIONS).toBeGreaterThan(0);
    expect(s.topDocuments.length).toBeGreaterThan(0);
    expect(s.topDocuments[0]!.count).toBeGreaterThanOrEqual(s.topDocuments.at(-1)!.count);
  });

  it("--dry-run extracts and validates without writing", async () => {
    await wipe(driver);
    const run = await runCli(["ingest", join(tmp, "mixed", "good-0.txt"), join(tmp, "mixed", "empty.txt"), "--dry-run", "--json"]);
    expect(run.code).toBe(2);
    const summary = JSON.parse(run.stdout) as IngestSummary;
    expect(summary).toMatchObject({ dryRun: true, files: 2, articles: { validated: 1, failed: 1, new: 0 } });
    expect(await articleCount()).toBe(0);
  });
});

describe("programmatic ingest", () => {
  it("ingestPaths writes, then reports unchanged articles", async () => {
    await wipe(driver);
    const errors: string[] = [];
    const opts = { driver, config: cfg, batch: 2, concurrency: 2, onFileError: (e: { path: string }) => errors.push(e.path) };
    const first = await ingestPaths([seedDir, join(tmp, "missing.txt")], opts);
    expect(first.articles).toMatchObject({ new: seedTexts.length, failed: 1 });
    expect(errors).toEqual([join(tmp, "missing.txt")]);
    expect(first.counters.nodesCreated).toBeGreaterThan(seedTexts.length);
    const second = await ingestPaths([seedDir], opts);
    expect(second.articles).toMatchObject({ new: 0, unchanged: seedTexts.length, failed: 0 });
    expect(second.counters.nodesCreated).toBe(0);
  });

  it("ingestText keys an article by its url: same text is a no-op, new text replaces it", async () => {
    const url = "https://example.vn/tin/hoi-nghi-so-ket";
    const html = `<html><head><title>Hội nghị sơ kết</title></head><body><p>${seedTexts[0]!.replace(/\n/g, "</p><p>")}</p></body></html>`;
    const a = await ingestText(html, { url }, driver, cfg);
    expect(a.status).toBe("new");
    expect(a.title).toBe("Hội nghị sơ kết");
    expect((await ingestText(html, { url }, driver, cfg)).status).toBe("unchanged");
    const b = await ingestText(seedTexts[1]!, { url }, driver, cfg);
    expect(b).toMatchObject({ status: "replaced", articleId: a.articleId });
    const res = await driver.executeQuery("MATCH (a:Article {id: $id}) RETURN a.url AS url, a.title AS title", { id: a.articleId });
    expect(res.records[0]!.get("url")).toBe(url);
    await expect(ingestText("   ", { url }, driver, cfg)).rejects.toThrow("empty text");
  });
});
