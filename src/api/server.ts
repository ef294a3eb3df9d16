import "reflect-metadata";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import depthLimit from "graphql-depth-limit";
import type { Driver } from "neo4j-driver";
import { pino, type Logger } from "pino";
import type { Config } from "../config.js";
import { openDriver } from "../graph/driver.js";
import { repoRoot } from "../paths.js";
import { authSettings, bearer, createVerifier, unauthenticated, writerPlugin } from "./auth.js";
import type { ApiContext } from "./context.js";
import { disableNagleForBolt } from "../graph/driver.js";
import { explorerPage } from "./explorer.js";
import { limitsPlugin } from "./limits.js";
import { configureLookupCache, DEFAULT_LOOKUP_CACHE, type LookupCacheOptions } from "./lookup-cache.js";
import { buildSchema } from "./schema.js";

export interface ApiServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  schema: GraphQLSchema;
  driver: Driver;
  close(): Promise<void>;
}

export interface ApiServerOptions {
  /** Reuse a driver (closed by the caller); by default one is opened from cfg.neo4j and closed on close(). */
  driver?: Driver;
  logger?: Logger;
  /** URL of Neo4j Browser, linked from the explorer page. */
  browserUrl?: string;
  /** Cache of reference look-ups (see lookup-cache.ts); `{ size: 0 }` turns it off. */
  lookupCache?: Partial<LookupCacheOptions>;
}

/** Files under docs/browser/ the server publishes for Neo4j Browser (`:style`, `:play`). */
const BROWSER_FILES: Record<string, string> = {
  "/browser/style.grass": "text/plain; charset=utf-8",
  "/browser/guide.html": "text/html; charset=utf-8",
};

class TooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new TooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume(); // discard the rest; the 413 goes out with Connection: close
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...extra });
  res.end(text);
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, extra);
}

function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? "";
  return accept.includes("text/html") && !accept.startsWith("application/json");
}

/** Maps errors from the database and @neo4j/graphql to stable codes; hides internals in production. */
function errorFormatter(cfg: Config, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { name?: string; code?: string; message?: string } | undefined;
    const ext = { ...formatted.extensions };
    // @neo4j/graphql throws plain GraphQLErrors with these exact messages
    const neoAuth = original?.message;
    if (original?.name === "Neo4jGraphQLAuthenticationError" || neoAuth === "Unauthenticated") {
      return { ...formatted, message: "Unauthenticated: generated mutations need `Authorization: Bearer <JWT>` with the writer role.", extensions: { ...ext, code: "UNAUTHENTICATED" } };
    }
    if (original?.name === "Neo4jGraphQLForbiddenError" || neoAuth === "Forbidden") {
      return { ...formatted, message: "Forbidden: this operation needs a JWT with the writer role.", extensions: { ...ext, code: "FORBIDDEN" } };
    }
    if (typeof original?.code === "string" && original.code.startsWith("Neo.")) {
      const timeout = /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(original.code);
      ext.code = timeout ? "TIMEOUT" : "DATABASE_ERROR";
      log.warn({ neo4jCode: original.code, err: original.message }, "database error");
      return {
        ...formatted,
        message: timeout ? `The query ran longer than ${cfg.neo4j.txTimeoutMs} ms and was stopped.` : "The database could not answer this request.",
        extensions: cfg.api.production ? { code: ext.code } : ext,
      };
    }
    if (cfg.api.production && ext.code === "INTERNAL_SERVER_ERROR") {
      log.error({ err: original?.message }, "internal error");
      return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return { ...formatted, extensions: ext };
  };
}

export async function createApiServer(cfg: Config, opts: ApiServerOptions = {}): Promise<ApiServer> {
  const log = opts.logger ?? pino({ level: cfg.logLevel, base: { svc: "kg-api" } });
  disableNagleForBolt(); // before the driver opens its first connection
  const ownsDriver = !opts.driver;
  const driver = opts.driver ?? openDriver(cfg.neo4j);
  const auth = authSettings(cfg.api);
  const verify = createVerifier(auth);
  if (!auth.writable) log.warn(`auth: ${auth.description}`);
  else log.info(`auth: ${auth.description}`);

  const cache = configureLookupCache(driver, { ...DEFAULT_LOOKUP_CACHE, ...opts.lookupCache });
  const schema = await buildSchema(driver, cfg, auth);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: cfg.api.introspection,
    csrfPrevention: true,
    persistedQueries: false,
    includeStacktraceInErrorResponses: !cfg.api.production,
    validationRules: [depthLimit(cfg.api.maxDepth)],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // no cache hints in the schema, yet the default plugin visits every resolved field
      ApolloServerPluginCacheControlDisabled(),
      writerPlugin(),
      {
        // a write may add aliases, parts or localities: cached look-ups could miss them
        async requestDidStart() {
          return {
            async willSendResponse({ operation }) {
              if (operation?.operation === "mutation") cache.clear();
            },
          };
        },
      },
      limitsPlugin({ maxComplexity: cfg.api.maxComplexity, maxPageSize: cfg.api.maxPageSize }),
    ],
    formatError: errorFormatter(cfg, log),
    logger: { debug: (m) => log.debug(m), info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) },
  });
  await apollo.start();

  const contextFor = (req: IncomingMessage) => async (): Promise<ApiContext> => {
    const token = bearer(req.headers.authorization);
    let jwt: ApiContext["jwt"];
    if (token) {
      try {
        jwt = await verify(token);
      } catch {
        throw unauthenticated("The bearer token is invalid or expired.");
      }
    }
    return {
      driver,
      cfg,
      ...(jwt ? { jwt } : {}),
      executionContext: driver,
      sessionConfig: { database: cfg.neo4j.database },
      transaction: { timeout: cfg.neo4j.txTimeoutMs, metadata: { app: "kg-api" } },
    };
  };

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let body: unknown = undefined;
    if (req.method === "POST") {
      const raw = await readBody(req, cfg.api.bodyLimitBytes);
      const type = req.headers["content-type"] ?? "";
      if (type.includes("application/json")) {
        try {
          body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
        } catch {
          graphqlError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
          return;
        }
      } else {
        body = raw.toString("utf8");
      }
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? "GET", headers, search: url.search, body };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: contextFor(req) });
    const out: Record<string, string> = {};
    for (const [k, v] of response.headers) out[k] = v;
    res.writeHead(response.status ?? 200, out);
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function ready(res: ServerResponse): Promise<void> {
    try {
      await driver.executeQuery("RETURN 1", {}, { database: cfg.neo4j.database, transactionConfig: { timeout: 2_000 } });
      sendJson(res, 200, { status: "ready" });
    } catch (err) {
      sendJson(res, 503, { status: "unavailable", reason: cfg.api.production ? "neo4j unreachable" : String((err as Error).message ?? err) });
    }
  }

  const endpointPath = "/graphql";
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const method = req.method ?? "GET";
    try {
      if (path === "/health/live") return sendJson(res, 200, { status: "live" });
      if (path === "/health/ready") return await ready(res);
      const browserType = BROWSER_FILES[path];
      if (browserType) {
        // Neo4j Browser fetches these from its own origin
        const text = await readFile(join(repoRoot(), "docs", "browser", path.slice("/browser/".length)), "utf8");
        res.writeHead(200, { "content-type": browserType, "access-control-allow-origin": "*", "cache-control": "no-cache" });
        res.end(text);
        return;
      }
      if ((path === "/" || path === endpointPath) && method === "GET" && prefersHtml(req) && !url.searchParams.has("query")) {
        const page = explorerPage({ endpoint: endpointPath, introspection: cfg.api.introspection, browserUrl: opts.browserUrl ?? null });
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'" });
        res.end(page);
        return;
      }
      if (path === endpointPath) {
        if (method !== "GET" && method !== "POST") return graphqlError(res, 405, "METHOD_NOT_ALLOWED", "Use GET or POST.", { allow: "GET, POST" });
        return await graphql(req, res, url);
      }
      graphqlError(res, 404, "NOT_FOUND", `Nothing at ${path}; the GraphQL endpoint is ${endpointPath}.`);
    } catch (err) {
      if (err instanceof TooLarge) {
        return graphqlError(res, 413, "PAYLOAD_TOO_LARGE", `The request body exceeds ${cfg.api.bodyLimitBytes} bytes.`, { connection: "close" });
      }
      log.error({ err }, "request failed");
      if (!res.headersSent) graphqlError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
      else res.end();
    }
  };

  const http: Server = createServer((req, res) => void handler(req, res));
  http.keepAliveTimeout = 5_000;
  http.headersTimeout = 10_000;
  http.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(cfg.api.port, cfg.api.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const host = cfg.api.host.includes(":") ? `[${cfg.api.host}]` : cfg.api.host;
  const url = `http://${host}:${port}${endpointPath}`;
  log.info({ url }, "GraphQL API listening");

  return {
    url,
    port,
    schema,
    driver,
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      if (ownsDriver) await driver.close();
    },
  };
}
