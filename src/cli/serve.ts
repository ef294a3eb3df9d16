import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { KgError } from "../errors.js";
import { start } from "../neo4j/server.js";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start Neo4j if needed, then serve the GraphQL API (explorer page at /, Browser guide at /browser/guide.html)")
    .option("--port <n>", "port to listen on (default: PORT or 4000; 0 picks a free one)")
    .option("--host <h>", "address to bind (default: HOST or 127.0.0.1)")
    .action(async (opts: { port?: string; host?: string }) => {
      const cfg = loadConfig();
      if (opts.port !== undefined) {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new KgError(`--port must be 0–65535, got "${opts.port}".`);
        cfg.api.port = port;
      }
      if (opts.host) cfg.api.host = opts.host;
      await start(cfg.neo4j, (m) => console.error(m));
      const ready = loadConfig(); // provisioning may just have generated the password
      cfg.neo4j.password = ready.neo4j.password;
      // loaded lazily: the GraphQL stack is heavy and only `serve` needs it
      const { createApiServer } = await import("../api/server.js");
      const browserUrl = cfg.neo4j.managed ? `http://127.0.0.1:${cfg.neo4j.httpPort}/browser/` : undefined;
      const server = await createApiServer(cfg, browserUrl ? { browserUrl } : {});
      console.error(`GraphQL API:   ${server.url}  (explorer: open it in a browser)`);
      if (browserUrl) console.error(`Neo4j Browser: ${browserUrl}  (guide: :play ${server.url.replace(/\/graphql$/, "")}/browser/guide.html)`);
      const stop = async (signal: string) => {
        console.error(`${signal}: shutting down`);
        await server.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop("SIGINT"));
      process.once("SIGTERM", () => void stop("SIGTERM"));
    });
}
