import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { passwordFile, type Neo4jConfig } from "../config.js";
import { KgError } from "../errors.js";
import { repoRoot } from "../paths.js";
import { checkJava, checkMaven } from "./toolchain.js";

/** The Neo4j version pinned in neo4j/pom.xml; the marker file makes a version bump re-provision. */
export function pinnedVersion(): string {
  const pom = readFileSync(join(repoRoot(), "neo4j", "pom.xml"), "utf8");
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new Error("neo4j/pom.xml has no <neo4j.version> property");
  return m[1];
}

export const dirs = (home: string) => ({
  lib: join(home, "lib"),
  conf: join(home, "conf"),
  data: join(home, "data"),
  logs: join(home, "logs"),
  run: join(home, "run"),
  plugins: join(home, "plugins"),
  import: join(home, "import"),
  marker: join(home, "lib", ".provisioned"),
});

export function isProvisioned(cfg: Neo4jConfig): boolean {
  const d = dirs(cfg.home);
  return existsSync(d.marker) && readFileSync(d.marker, "utf8").trim() === pinnedVersion();
}

/** Downloads the server's jars (first run only), writes neo4j.conf and the initial password. */
export function provision(cfg: Neo4jConfig, log: (msg: string) => void): void {
  checkJava();
  const d = dirs(cfg.home);
  for (const dir of [d.lib, d.conf, d.data, d.logs, d.run, d.plugins, d.import]) mkdirSync(dir, { recursive: true });

  if (!isProvisioned(cfg)) {
    checkMaven();
    const version = pinnedVersion();
    log(`Downloading Neo4j ${version} Community from Maven Central into ${d.lib} (first run only)…`);
    const res = spawnSync(
      "mvn",
      ["-q", "-B", "-f", join(repoRoot(), "neo4j", "pom.xml"), "dependency:copy-dependencies",
        `-DoutputDirectory=${d.lib}`, "-DincludeScope=runtime", "-Dmdep.overWriteReleases=true"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    if (res.status !== 0) {
      const out = `${res.stdout}\n${res.stderr}`;
      const offline = /Could not transfer|UnknownHost|Connection refused|timed out|Network is unreachable/i.test(out);
      throw new KgError(
        offline ? "Maven could not reach Maven Central to download Neo4j." : "Maven failed to download Neo4j.",
        offline
          ? "Check the network/proxy (Maven reads ~/.m2/settings.xml), or set NEO4J_URI to use an existing Neo4j."
          : `Maven said:\n${out.trim().split("\n").slice(-15).join("\n")}`,
      );
    }
    const jars = readdirSync(d.lib).filter((f) => f.endsWith(".jar"));
    if (!jars.some((j) => j.startsWith("neo4j-server-"))) {
      throw new KgError("The Neo4j download is incomplete (no neo4j-server jar).", `Delete ${d.lib} and run again.`);
    }
    writeFileSync(d.marker, `${version}\n`);
  }

  writeFileSync(join(d.conf, "neo4j.conf"), renderConf(cfg));

  const pwFile = passwordFile(cfg.home);
  if (!existsSync(pwFile) || !existsSync(join(d.data, "dbms", "auth.ini"))) {
    // hex: a generated password must never start with "-", which the admin tool would read as an option
    const password = cfg.password ?? randomBytes(18).toString("hex");
    runAdmin(cfg, ["dbms", "set-initial-password", password]);
    writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    chmodSync(pwFile, 0o600);
    cfg.password = password;
    log(`Generated the Neo4j password and stored it in ${pwFile}.`);
  }
}

export function javaArgs(cfg: Neo4jConfig, mainClass: string, args: string[]): string[] {
  return ["-cp", `${dirs(cfg.home).lib}/*`, `-Dbasedir=${cfg.home}`, mainClass, ...args];
}

export function launcherEnv(cfg: Neo4jConfig): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: cfg.home, NEO4J_CONF: dirs(cfg.home).conf };
}

function runAdmin(cfg: Neo4jConfig, args: string[]): void {
  const res = spawnSync("java", javaArgs(cfg, "org.neo4j.server.startup.Neo4jAdminBoot", args), {
    encoding: "utf8",
    env: launcherEnv(cfg),
  });
  if (res.status !== 0) {
    throw new KgError(`neo4j-admin ${args.slice(0, 2).join(" ")} failed`, `${res.stdout}${res.stderr}`.trim());
  }
}

function renderConf(cfg: Neo4jConfig): string {
  const d = dirs(cfg.home);
  return `# Written by \`kg neo4j start\` on every start; edit the environment (NEO4J_HEAP, NEO4J_PAGECACHE,
# NEO4J_BOLT_PORT, NEO4J_HTTP_PORT), not this file.
server.directories.data=${d.data}
server.directories.logs=${d.logs}
server.directories.run=${d.run}
server.directories.plugins=${d.plugins}
server.directories.import=${d.import}
server.directories.lib=${d.lib}
server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:${cfg.boltPort}
server.http.enabled=true
server.http.listen_address=127.0.0.1:${cfg.httpPort}
server.https.enabled=false
dbms.security.auth_enabled=true
server.memory.heap.initial_size=${cfg.heap}
server.memory.heap.max_size=${cfg.heap}
server.memory.pagecache.size=${cfg.pageCache}
db.transaction.timeout=120s
dbms.usage_report.enabled=false
# Lets Neo4j Browser load the project's guide when the API serves it.
browser.remote_content_hostname_whitelist=*
server.jvm.additional=-XX:+UseG1GC
server.jvm.additional=-XX:-OmitStackTraceInFastThrow
server.jvm.additional=-XX:+DisableExplicitGC
server.jvm.additional=-Djdk.tls.ephemeralDHKeySize=2048
server.jvm.additional=-Dlog4j2.disable.jmx=true
`;
}
