import { Socket } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConfig } from "../config.js";
import { KgError } from "../errors.js";

let noDelay = false;

/**
 * The Bolt driver writes a message in 1,400-byte chunks on a socket left with Nagle's algorithm on, so any
 * query whose text and parameters pass that size (a list of 56 body ids is enough) waits for the server's
 * delayed ACK: about 40 ms on loopback instead of 2-5. The driver has no socket option, but it turns
 * keep-alive on for each of its sockets; disabling Nagle there too sends each message at once.
 */
export function disableNagleForBolt(): void {
  if (noDelay) return;
  noDelay = true;
  const setKeepAlive = Socket.prototype.setKeepAlive;
  Socket.prototype.setKeepAlive = function (this: Socket, ...args: Parameters<Socket["setKeepAlive"]>): Socket {
    this.setNoDelay(true);
    return setKeepAlive.apply(this, args);
  };
}

export function openDriver(cfg: Neo4jConfig): Driver {
  if (cfg.password === undefined) {
    throw new KgError(
      "No Neo4j password is known.",
      cfg.managed ? "Run `kg neo4j start` first (it provisions the server and generates one)." : "Set NEO4J_PASSWORD.",
    );
  }
  disableNagleForBolt(); // before the driver opens its first connection
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 30_000,
  });
}
