import { Command } from "commander";
import { hasError } from "../../core/diagnostics.ts";
import { EXIT, parseBytes, parseDay, printDiagnostics } from "../output.ts";

/** Kept/dropped marks and a width that fits a terminal line with the rule name. */
const EXPLAIN_TEXT_WIDTH = 90;

/** `chronicle extract FILE [--explain] [--json]`: show what Chronicle reads from a page, and why. */
export function extractCommand(output: NodeJS.WritableStream = process.stdout): Command {
  return new Command("extract")
    .description("extract the article from a page, text dump, feed or archive and print it (no database)")
    .argument("<inputs...>", "files, directories, globs, URLs, feeds, WARCs, or - for stdin")
    .option("--explain", "show every block of the page and why it was kept or dropped")
    .option("--json", "print one JSON Article per line")
    .option("--published <date>", "publication date (YYYY-MM-DD) to use instead of the page's", parseDay)
    .option("--max-bytes <size>", "largest document read, e.g. 50MB (default 10MB)", parseBytes)
    .action(
      async (
        inputs: string[],
        options: { explain?: boolean; json?: boolean; published?: string; maxBytes?: number },
      ) => {
        // Loaded here, not at start-up, so that `chronicle --help` stays fast.
        const { explainExtraction, extractArticle } = await import("../../extract/index.ts");
        const { isNoDocument, readSources } = await import("../../sources/index.ts");
        let documents = 0;
        let failed = 0;
        let emptyInputs = 0;
        for await (const raw of readSources(inputs, options.maxBytes ? { maxBytes: options.maxBytes } : {})) {
          if (isNoDocument(raw)) {
            emptyInputs++;
            printDiagnostics(raw.uri, raw.diagnostics);
            continue;
          }
          documents++;
          const article = extractArticle(raw, options.published ? { publishedAt: options.published } : {});
          if (hasError(article.diagnostics)) failed++;
          if (options.json) {
            const line: Record<string, unknown> = { ...article };
            if (options.explain) line.explain = explainExtraction(raw);
            output.write(`${JSON.stringify(line)}\n`);
            continue;
          }
          const out: string[] = [`# ${article.title || "(no title)"}`, `uri: ${article.uri}`];
          if (article.site) out.push(`site: ${article.site}`);
          if (article.byline) out.push(`byline: ${article.byline}`);
          if (article.publishedAt)
            out.push(
              `published: ${article.publishedAt.value} (${article.publishedAt.precision}, from ${article.publishedAt.foundIn})`,
            );
          out.push(`language: ${article.lang}`);
          for (const d of article.diagnostics) out.push(`${d.severity}: ${d.message} [${d.code}]`);
          if (options.explain) {
            out.push("");
            for (const block of explainExtraction(raw)) {
              const text =
                block.text.length > EXPLAIN_TEXT_WIDTH
                  ? `${block.text.slice(0, EXPLAIN_TEXT_WIDTH - 1)}…`
                  : block.text;
              out.push(
                `${block.kept ? "KEEP" : "drop"} ${block.kind.padEnd(10)} ${text}`,
                `     ${"".padEnd(10)} ↳ ${block.reason}`,
              );
            }
          } else {
            out.push("", article.text);
            for (const caption of article.captions) out.push(`[caption] ${caption}`);
            for (const credit of article.credits) out.push(`[credit] ${credit}`);
          }
          output.write(`${out.join("\n")}\n\n`);
        }
        if (documents === 0) process.exitCode = EXIT.noInput;
        else if (failed > 0 || emptyInputs > 0) process.exitCode = EXIT.someFailed;
      },
    );
}
