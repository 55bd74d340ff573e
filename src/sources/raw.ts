import { type Diagnostic, diagnostic } from "../core/diagnostics.ts";
import type { RawDoc } from "./types.ts";

/** MIME types for the container kinds that become documents directly. */
export const HTML = "text/html";
export const PLAIN = "text/plain";

/** A document that could not be read: empty bytes plus an error saying what happened and what to do. */
export function failedDoc(uri: string, code: string, message: string): RawDoc {
  return {
    uri,
    bytes: new Uint8Array(0),
    contentType: PLAIN,
    fetchedAt: new Date().toISOString(),
    diagnostics: [diagnostic("sources", code, message, "error")],
  };
}

export function infoDiagnostic(code: string, message: string): Diagnostic {
  return diagnostic("sources", code, message, "info");
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node's own messages already start with the code ("EACCES: permission denied, …").
    return code && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** What to do about a document above the size limit, in every too-large message. */
export const RAISE_LIMIT = "split it or raise --max-bytes (e.g. --max-bytes 50MB)";
