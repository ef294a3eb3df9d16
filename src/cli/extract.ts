import type { Command } from "commander";
import { extract } from "../extract/index.js";
import { formatSummary } from "../extract/summary.js";
import { readInputs } from "../ingest/read.js";
import { loadReference } from "../reference/load.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract officials, bodies, localities, documents and events from articles (no database)")
    .argument("<paths...>", "files, directories, or - for standard input")
    .option("--json", "print one JSON object per article (JSON Lines), as in schema/extraction.schema.json")
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const reference = loadReference();
      let failed = 0;
      for await (const input of readInputs(paths)) {
        if (!input.ok) {
          failed++;
          console.error(`error: ${input.path}: ${input.error}`);
          continue;
        }
        const result = extract(input.text, reference, { path: input.path, url: input.url ?? null });
        if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else process.stdout.write(`${formatSummary(result)}\n`);
      }
      if (failed > 0) process.exitCode = 2;
    });
}
