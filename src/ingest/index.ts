// Public surface of the ingest stage: files or text → extraction → graph.
export { ingestPaths, ingestText, ensureReferenceSeeded, validateResult } from "./pipeline.js";
export type { IngestOptions, IngestSummary, IngestProgress, IngestTextResult, FileError } from "./pipeline.js";
export { decodeInput, InputRejected, DEFAULT_MAX_BYTES } from "./decode.js";
export type { DecodedInput } from "./decode.js";
export { readFileInput, readStreamInput } from "./read.js";
export { expandPaths } from "./paths.js";
