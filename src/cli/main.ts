#!/usr/bin/env node
import { Command } from "commander";
import { describeError } from "../errors.js";
import { registerNeo4j } from "./neo4j.js";
import { registerUp } from "./up.js";
import { registerMigrate } from "./migrate.js";
import { registerExtract } from "./extract.js";
import { registerSynth } from "./synth.js";
import { registerServe } from "./serve.js";
import { registerIngest } from "./ingest.js";
import { registerStats } from "./stats.js";

const program = new Command("kg")
  .description("Vietnamese officials & resolutions knowledge graph: articles → Neo4j → GraphQL")
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

registerUp(program);
registerNeo4j(program);
registerMigrate(program);
registerExtract(program);
registerSynth(program);
registerServe(program);
registerIngest(program);
registerStats(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`error: ${describeError(err)}`);
  if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
  process.exitCode = typeof (err as { exitCode?: unknown }).exitCode === "number" ? (err as { exitCode: number }).exitCode : 1;
});
