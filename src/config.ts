import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "./paths.js";

/** Where the database comes from: provisioned by this project on loopback, or an external server. */
export interface Neo4jConfig {
  managed: boolean;
  uri: string;
  username: string;
  /** Undefined for a managed server until it has been provisioned (the password is generated then). */
  password: string | undefined;
  database: string;
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Timeout of the API's read transactions, in ms: an analyst query must not hold the server. */
  txTimeoutMs: number;
  /** Timeout of ingest write transactions, in ms: a batch (and its first query plan) may take long on a busy machine. */
  writeTxTimeoutMs: number;
}

export interface ApiConfig {
  host: string;
  port: number;
  /** HS256 secret or JWKS URL for writer tokens; unset means every write is refused. */
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
  production: boolean;
  introspection: boolean;
  maxDepth: number;
  maxComplexity: number;
  maxPageSize: number;
  bodyLimitBytes: number;
}

export interface Config {
  neo4j: Neo4jConfig;
  api: ApiConfig;
  logLevel: string;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  return ["1", "true", "yes", "on"].includes(raw);
}

export function passwordFile(home: string): string {
  return join(home, "password");
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const home = resolve(env.KG_NEO4J_HOME ?? join(repoRoot(), ".neo4j"));
  const boltPort = int(env, "NEO4J_BOLT_PORT", 7687);
  const httpPort = int(env, "NEO4J_HTTP_PORT", 7474);
  const external = env.NEO4J_URI !== undefined && env.NEO4J_URI !== "";
  const storedPassword = existsSync(passwordFile(home)) ? readFileSync(passwordFile(home), "utf8").trim() : undefined;
  const production = env.NODE_ENV === "production";
  return {
    neo4j: {
      managed: !external,
      uri: external ? env.NEO4J_URI! : `bolt://127.0.0.1:${boltPort}`,
      username: env.NEO4J_USERNAME ?? "neo4j",
      password: env.NEO4J_PASSWORD || storedPassword,
      database: env.NEO4J_DATABASE ?? "neo4j",
      home,
      boltPort,
      httpPort,
      heap: env.NEO4J_HEAP ?? "2g",
      pageCache: env.NEO4J_PAGECACHE ?? "2g",
      txTimeoutMs: int(env, "NEO4J_TX_TIMEOUT_MS", 15_000),
      writeTxTimeoutMs: int(env, "NEO4J_WRITE_TX_TIMEOUT_MS", 300_000),
    },
    api: {
      host: env.HOST ?? "127.0.0.1",
      port: int(env, "PORT", 4000),
      jwtSecret: env.KG_JWT_SECRET || undefined,
      jwksUrl: env.KG_JWKS_URL || undefined,
      production,
      introspection: bool(env, "KG_INTROSPECTION", !production),
      maxDepth: int(env, "KG_MAX_DEPTH", 8),
      maxComplexity: int(env, "KG_MAX_COMPLEXITY", 2000),
      maxPageSize: int(env, "KG_MAX_PAGE_SIZE", 100),
      bodyLimitBytes: int(env, "KG_BODY_LIMIT_BYTES", 1_000_000),
    },
    logLevel: env.LOG_LEVEL ?? "info",
  };
}
