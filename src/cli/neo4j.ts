import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { reset, start, status, stop } from "../neo4j/server.js";

const say = (msg: string) => console.error(msg);

export function registerNeo4j(program: Command): void {
  const cmd = program
    .command("neo4j")
    .description("manage the local Neo4j 5.26 Community server (provisioned from Maven Central into .neo4j/)");

  cmd
    .command("start")
    .description("provision on first use, start on 127.0.0.1 and wait until Bolt answers (idempotent)")
    .action(async () => start(loadConfig().neo4j, say));

  cmd
    .command("stop")
    .description("stop the local server")
    .action(() => stop(loadConfig().neo4j, say));

  cmd
    .command("status")
    .description("print whether the local server is running (exit 3 when stopped)")
    .option("--json", "machine-readable output")
    .action((opts: { json?: boolean }) => {
      const cfg = loadConfig().neo4j;
      const st = status(cfg);
      if (opts.json) console.log(JSON.stringify({ ...st, uri: cfg.uri, home: cfg.home }));
      else if (st.state === "running") console.log(`running (pid ${st.pid}) — Bolt ${cfg.uri}, Browser http://127.0.0.1:${cfg.httpPort}/browser/`);
      else if (st.state === "external") console.log(`external server at ${st.uri} (NEO4J_URI)`);
      else console.log("stopped");
      if (st.state === "stopped") process.exitCode = 3;
    });

  cmd
    .command("reset")
    .description("stop the local server and delete its data and password")
    .action(() => reset(loadConfig().neo4j, say));
}
