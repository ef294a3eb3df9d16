import { loadConfig, type Config } from "../../src/config.js";
import { sideInstanceEnv } from "../../src/neo4j/side-instance.js";

/**
 * Integration tests run against their own managed Neo4j (own folder and ports), so they may wipe it
 * freely without touching the database `npm start` fills. KG_TEST_BOLT_PORT etc. move it;
 * KG_TEST_NEO4J_URI points the tests at an external server instead — it WILL be wiped.
 */
export function testEnv(): NodeJS.ProcessEnv {
  return sideInstanceEnv("KG_TEST", { folder: "test-instance", boltPort: "17687", httpPort: "17474", heap: "1g", pageCache: "512m" });
}

export function testConfig(): Config {
  return loadConfig(testEnv());
}
