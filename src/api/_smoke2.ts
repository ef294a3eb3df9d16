import { readFileSync } from "node:fs";
import { extractTyped } from "./resolvers/extract.js";
const t0 = performance.now();
const r = extractTyped(readFileSync("seeds/articles/000_0e83560fbb577f55.txt", "utf8"), null);
console.log(Math.round(performance.now() - t0), r.entities.length, r.relations.length, JSON.stringify(r.entities[0]).slice(0, 300));
