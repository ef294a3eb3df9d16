import { join } from "node:path";
import { loadConfig, type Config } from "../../src/config.js";
import { repoRoot } from "../../src/paths.js";

/**
 * Integration tests run against their own managed Neo4j (own folder and ports), so they may wipe it
 * freely without touching the database `npm start` fills. KG_TEST_NEO4J_URI points them at an
 * external server instead — it WILL be wiped.
 */
export function testEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_URI;
  if (process.env.KG_TEST_NEO4J_URI) {
    env.NEO4J_URI = process.env.KG_TEST_NEO4J_URI;
    env.NEO4J_PASSWORD = process.env.KG_TEST_NEO4J_PASSWORD ?? process.env.NEO4J_PASSWORD;
  }
  // a non-default port gets its own folder, so two suites (say, a CI run beside a developer's) can coexist
  const port = process.env.KG_TEST_BOLT_PORT;
  env.KG_NEO4J_HOME = join(repoRoot(), ".neo4j", port ? `test-instance-${port}` : "test-instance");
  env.NEO4J_BOLT_PORT = process.env.KG_TEST_BOLT_PORT ?? "17687";
  env.NEO4J_HTTP_PORT = process.env.KG_TEST_HTTP_PORT ?? "17474";
  env.NEO4J_HEAP = process.env.KG_TEST_NEO4J_HEAP ?? "1g";
  env.NEO4J_PAGECACHE = process.env.KG_TEST_NEO4J_PAGECACHE ?? "512m";
  return env;
}

export function testConfig(): Config {
  return loadConfig(testEnv());
}
