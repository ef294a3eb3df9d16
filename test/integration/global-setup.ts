import { openDriver } from "../../src/graph/driver.js";
import { migrate } from "../../src/graph/migrate.js";
import { start, status, stop } from "../../src/neo4j/server.js";
import { testConfig } from "./test-env.js";

let startedHere = false;

/** Starts (or reuses) the test Neo4j and applies the schema; a failure here fails the suite with its reason. */
export async function setup(): Promise<void> {
  const cfg = testConfig().neo4j;
  startedHere = cfg.managed && status(cfg).state !== "running";
  await start(cfg, (m) => console.error(`[test neo4j] ${m}`));
  const ready = testConfig().neo4j; // re-read: provisioning may have generated the password
  const driver = openDriver(ready);
  try {
    await migrate(driver, ready.database);
  } finally {
    await driver.close();
  }
}

export async function teardown(): Promise<void> {
  if (startedHere && !process.env.KG_TEST_KEEP_NEO4J) stop(testConfig().neo4j, (m) => console.error(`[test neo4j] ${m}`));
}
