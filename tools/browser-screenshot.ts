// Takes the README's screenshots of Neo4j Browser connected to the local graph, with the project's
// style applied: `npx tsx tools/browser-screenshot.ts` after `npm start` (needs a Chromium on PATH or
// CHROMIUM_PATH). Not part of the tests: it documents what a person sees.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { loadConfig } from "../src/config.js";
import { repoRoot } from "../src/paths.js";

const cfg = loadConfig();
const browserUrl = `http://127.0.0.1:${cfg.neo4j.httpPort}/browser/`;
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function runCypher(page: Page, statement: string): Promise<void> {
  const editor = page.locator('[data-testid="activeEditor"] textarea, [data-testid="activeEditor"] [contenteditable="true"]').first();
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.insertText(statement);
  await page.keyboard.press("Control+Enter");
  await page.waitForTimeout(4_000);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(browserUrl, { waitUntil: "networkidle" });
    await page.fill('[data-testid="boltaddress"]', `bolt://127.0.0.1:${cfg.neo4j.boltPort}`).catch(() => undefined);
    await page.fill('[data-testid="username"]', cfg.neo4j.username);
    await page.fill('[data-testid="password"]', cfg.neo4j.password ?? "");
    await page.click('[data-testid="connect"]');
    await page.waitForTimeout(5_000);
    const grass = readFileSync(join(repoRoot(), "docs", "browser", "style.grass"), "utf8");
    await runCypher(page, `:style ${grass.replace(/\s+/g, " ")}`);
    await runCypher(
      page,
      "MATCH p = (:Person)-[:HOLDS_POSITION]->(o:Organization)-[:IMPLEMENTS]->(:Resolution) OPTIONAL MATCH q = (o)-[:BASED_IN]->(:Locality) RETURN p, q LIMIT 40",
    );
    await page.screenshot({ path: join(repoRoot(), "docs", "browser-graph.png") });
    console.log("wrote docs/browser-graph.png");
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
