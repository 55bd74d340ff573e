import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processExamples } from "../../scripts/examples.ts";
import { processDocument } from "../../src/pipeline/index.ts";
import type { RawDoc } from "../../src/sources/types.ts";
import { Store } from "../../src/store/index.ts";

/** Invented articles for the API and UI tests (our own sentences). */
export const DESK_ARTICLES: { uri: string; title: string; publishedAt: string; text: string }[] = [
  {
    uri: "fixture://nairobi-tax-march.txt",
    title: "Police arrest 25 after Nairobi tax march turns violent",
    publishedAt: "2025-03-05",
    text: "Riot police arrested 25 protesters in Nairobi on Tuesday after a march against new tax rises turned violent, a police spokesman said.\n\nThousands of demonstrators marched to parliament, where officers fired tear gas to disperse them.",
  },
  {
    uri: "fixture://busia-deployment.txt",
    title: "Uganda sends troops to Busia border crossing",
    publishedAt: "2025-03-09",
    text: "Uganda deployed 400 soldiers to the border town of Busia on Saturday, the army said in a statement.\n\nThe Ugandan foreign ministry said the troops would stay until the dispute over the crossing was settled.",
  },
  {
    uri: "fixture://xss-attempt.txt",
    title: '<script>window.__xss = 1</script>Protest in Kampala <img src=x onerror="window.__xss = 2">',
    publishedAt: "2025-03-10",
    text: 'Hundreds of students protested in Kampala on Monday <script>window.__xss = 3</script> against fee increases, the university said.\n\nA banner read <img src=x onerror="window.__xss = 4"> and =HYPERLINK("http://example.invalid") in large letters.',
  },
];

export function deskRawDocs(): RawDoc[] {
  return DESK_ARTICLES.map((a) => ({
    uri: a.uri,
    bytes: new TextEncoder().encode(a.text),
    contentType: "text/plain",
    fetchedAt: `${a.publishedAt}T12:00:00Z`,
    publishedAt: a.publishedAt,
    title: a.title,
    diagnostics: [],
  }));
}

/** A fresh database holding the invented articles (and the bundled examples when asked). */
export async function deskStore(
  options: { examples?: boolean } = {},
): Promise<{ store: Store; path: string }> {
  const path = join(mkdtempSync(join(tmpdir(), "chronicle-desk-")), "desk.db");
  const store = await Store.open(path);
  const processed = deskRawDocs().map((raw) => processDocument(raw));
  if (options.examples) processed.push(...(await processExamples()));
  await store.saveBatch(processed);
  return { store, path };
}
