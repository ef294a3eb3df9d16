import { join } from "node:path";
import { repoRoot } from "../paths.js";

export interface SideInstanceDefaults {
  /** Folder under .neo4j/; a non-default port gets `<folder>-<port>` so two runs can coexist. */
  folder: string;
  boltPort: string;
  httpPort: string;
  heap: string;
  pageCache: string;
}

/**
 * Environment for a managed Neo4j beside the main one (tests, benchmarks), so it can be wiped freely.
 * `<prefix>_BOLT_PORT`, `_HTTP_PORT`, `_HOME`, `_NEO4J_HEAP`, `_NEO4J_PAGECACHE` override the defaults;
 * `<prefix>_NEO4J_URI` (+ `_NEO4J_PASSWORD`) points at an external server instead — it WILL be wiped.
 */
export function sideInstanceEnv(prefix: string, d: SideInstanceDefaults, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  delete env.NEO4J_URI;
  if (base[`${prefix}_NEO4J_URI`]) {
    env.NEO4J_URI = base[`${prefix}_NEO4J_URI`];
    env.NEO4J_PASSWORD = base[`${prefix}_NEO4J_PASSWORD`] ?? base.NEO4J_PASSWORD;
  }
  const port = base[`${prefix}_BOLT_PORT`];
  env.KG_NEO4J_HOME = base[`${prefix}_HOME`] ?? join(repoRoot(), ".neo4j", port ? `${d.folder}-${port}` : d.folder);
  env.NEO4J_BOLT_PORT = port ?? d.boltPort;
  env.NEO4J_HTTP_PORT = base[`${prefix}_HTTP_PORT`] ?? d.httpPort;
  env.NEO4J_HEAP = base[`${prefix}_NEO4J_HEAP`] ?? d.heap;
  env.NEO4J_PAGECACHE = base[`${prefix}_NEO4J_PAGECACHE`] ?? d.pageCache;
  return env;
}
