import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { ingestText } from "../ingest/index.js";
import { openDriver } from "../graph/driver.js";
import { testConfig } from "../../test/integration/test-env.js";
import { wipe } from "../../test/integration/support.js";
import { createApiServer } from "./server.js";
const cfg = testConfig(); cfg.api.port = 0;
const driver = openDriver(cfg.neo4j);
await wipe(driver);
const dir = "seeds/articles";
for (const f of readdirSync(dir).sort()) await ingestText(readFileSync(join(dir, f), "utf8"), { path: f }, driver, cfg);
const s = await createApiServer(cfg, { driver, logger: pino({ level: "silent" }) });
const out: Record<string, unknown> = {};
const queries: Record<string, [string, Record<string, unknown>]> = JSON.parse(readFileSync("/tmp/apidoc/queries.json", "utf8"));
for (const [name, [query, variables]] of Object.entries(queries)) {
  const r = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  out[name] = await r.json();
}
writeFileSync("/tmp/apidoc/out.json", JSON.stringify(out, null, 2));
await s.close(); await driver.close();
