import { KgError } from "../errors.js";

/** Input the extractor refuses: not text, or too large to be one article. */
export class ExtractionInputError extends KgError {
  constructor(
    message: string,
    readonly code: "NOT_TEXT" | "TOO_LARGE" | "EMPTY",
  ) {
    super(message, code === "TOO_LARGE" ? "split the file into single articles" : "pass the plain text of one article (UTF-8)");
    this.name = "ExtractionInputError";
  }
}
