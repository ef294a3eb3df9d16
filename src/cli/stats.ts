import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { openDriver } from "../graph/driver.js";
import { graphStats, type TopEntry } from "../graph/stats.js";
import { start } from "../neo4j/server.js";

function table(title: string, rows: TopEntry[]): string[] {
  if (rows.length === 0) return [`${title}: none yet`];
  return [`${title}:`, ...rows.map((r) => `  ${String(r.count).padStart(6)}  ${r.name}  (${r.id})`)];
}

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("count nodes per label and relationships per type; list the top documents, bodies and localities")
    .option("--json", "machine-readable output")
    .option("--top <n>", "entries per top list", (v) => Math.max(1, Number.parseInt(v, 10) || 10), 10)
    .action(async (opts: { json?: boolean; top: number }) => {
      const cfg = loadConfig().neo4j;
      await start(cfg, (m) => console.error(m));
      const driver = openDriver(loadConfig().neo4j);
      try {
        const s = await graphStats(driver, cfg.database, opts.top);
        if (opts.json) {
          console.log(JSON.stringify(s, null, 2));
          return;
        }
        const lines = ["Nodes:"];
        for (const [k, v] of Object.entries(s.labels)) lines.push(`  ${k.padEnd(18)} ${v}`);
        lines.push("Relationships:");
        for (const [k, v] of Object.entries(s.relationships)) lines.push(`  ${k.padEnd(18)} ${v}`);
        lines.push(...table("Top documents (implementing bodies)", s.topDocuments));
        lines.push(...table("Top bodies (articles)", s.topBodies));
        lines.push(...table("Top localities (articles)", s.topLocalities));
        console.log(lines.join("\n"));
      } finally {
        await driver.close();
      }
    });
}
