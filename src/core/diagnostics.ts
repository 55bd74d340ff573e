/**
 * A problem found while processing a document, attached to the document it is about (as in vfile),
 * so that one bad input never stops a batch.
 */
export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Stable machine-readable code, e.g. "extract/empty", "sources/binary". */
  code: string;
  severity: Severity;
  message: string;
  /** Stage that raised it: sources, extract, nlp, geo, events, store. */
  stage: string;
  /** Offsets into the text the diagnostic is about (Article.text after extraction), when known. */
  span?: { start: number; end: number };
}

export function diagnostic(
  stage: string,
  code: string,
  message: string,
  severity: Severity = "warning",
  span?: { start: number; end: number },
): Diagnostic {
  return { stage, code: `${stage}/${code}`, message, severity, ...(span ? { span } : {}) };
}

/** A document is skipped (not stored) when any diagnostic is an error. */
export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
