import { spawnSync } from "node:child_process";
import { KgError } from "../errors.js";

/** Checks that Java 17+ and Maven are on PATH; Neo4j 5.26 runs on Java 17 or 21. */
export function checkJava(): number {
  const res = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (res.error || res.status !== 0) {
    throw new KgError(
      "Java was not found on PATH.",
      "Install a Java 17 runtime (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  const out = `${res.stderr}${res.stdout}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  const major = m ? (m[1] === "1" ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) {
    throw new KgError(
      `Java ${Number.isNaN(major) ? "(unknown version)" : major} found; Neo4j 5.26 needs Java 17 or newer.`,
      "Install Java 17 and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  return major;
}

export function checkMaven(): void {
  const res = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (res.error || res.status !== 0) {
    throw new KgError(
      "Maven (mvn) was not found on PATH; it is needed once, to download Neo4j from Maven Central.",
      "Install Maven (e.g. `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j.",
    );
  }
}
