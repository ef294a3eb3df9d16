import type { Command } from "commander";
import { extract, formatSummary } from "../extract/index.js";
import { InputRejected } from "../ingest/decode.js";
import { expandPaths } from "../ingest/paths.js";
import { readFileInput, readStreamInput, type ReadArticle } from "../ingest/read.js";
import { loadReference } from "../reference/load.js";

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract officials, bodies, localities, documents and events from articles (no database)")
    .argument("<paths...>", "files, directories, globs, or - for standard input")
    .option("--json", "print one JSON object per article (JSON Lines), as in schema/extraction.schema.json")
    .option("--max-bytes <n>", "skip files larger than this", (v) => Number(v), DEFAULT_MAX_BYTES)
    .action(async (paths: string[], opts: { json?: boolean; maxBytes: number }) => {
      const reference = loadReference();
      let failed = 0;
      for await (const source of expandPaths(paths)) {
        const name = source.kind === "file" || source.kind === "error" ? source.path : "<stdin>";
        let input: ReadArticle;
        try {
          if (source.kind === "error") throw new InputRejected(source.reason);
          input =
            source.kind === "stdin" ? await readStreamInput(process.stdin, opts.maxBytes) : await readFileInput(source.path, opts.maxBytes);
        } catch (err) {
          if (!(err instanceof InputRejected)) throw err;
          failed++;
          console.error(`error: ${name}: ${err.message}`);
          continue;
        }
        const result = extract(input.text, reference, { path: input.path });
        process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : `${formatSummary(result)}\n`);
      }
      if (failed > 0) process.exitCode = 2;
    });
}
