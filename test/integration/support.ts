import type { Driver } from "neo4j-driver";
import { openDriver } from "../../src/graph/driver.js";
import { testConfig } from "./test-env.js";

export function testDriver(): Driver {
  return openDriver(testConfig().neo4j);
}

/** Empties the test database; each test file that writes starts from a known state. */
export async function wipe(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", {}, {
    database: testConfig().neo4j.database,
  }).catch(async () => {
    // CALL … IN TRANSACTIONS needs an implicit transaction; executeQuery uses a managed one.
    const session = driver.session({ database: testConfig().neo4j.database });
    try {
      await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    } finally {
      await session.close();
    }
  });
}
