// Public surface of the graph stage: ExtractionResults → Neo4j, the reference skeleton, statistics.
export { writeResults, DEFAULT_MAX_EVIDENCE } from "./write.js";
export type { ArticleOutcome, ArticleStatus, WriteOutcome, WriterOptions } from "./write.js";
export { seedReference, readGraphReference, identityReference, ProvinceIndex } from "./reference-seed.js";
export type { GraphReference, SeedReport } from "./reference-seed.js";
export { resolvePersonIdentity } from "./identity.js";
export type { IdentityDecision, PersonContext } from "./identity.js";
export { graphStats } from "./stats.js";
export type { GraphStats } from "./stats.js";
export type { WriteCounters } from "./counters.js";
