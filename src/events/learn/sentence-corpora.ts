import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { readJsonl } from "../../eval/harness.ts";

/** Documents for the sentence decision: the leads of NGEC's synthetic stories and of CoNLL-2003's political news (positives), and CoNLL-2003's sports and market reports and GUM's non-news genres (negatives). Read only by `npm run train:events` and the evaluator; nothing read here is committed. */

/** Fields of a CSV file with quoted, multi-line fields (RFC 4180). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * The leads of NGEC's synthetic stories: each story is written about one political event, and its
 * first paragraph reports it. Used as positives for the sentence decision only (its type labels
 * follow other conventions than the PLOVER gold). Every `every`-th story, in file order.
 */
export function syntheticLeads(dataDir: string, every: number): { id: string; text: string }[] {
  const rows = parseCsv(
    gunzipSync(readFileSync(join(dataDir, "events/ngec_synthetic_events.csv.gz"))).toString("utf8"),
  );
  const col = rows[0].indexOf("text");
  return rows
    .slice(1)
    .filter((_, i) => i % every === 0)
    .map((r, i) => ({ id: `ngec-${i}`, text: (r[col] ?? "").split(/\n+/)[0].trim() }))
    .filter((r) => r.text.length > 0);
}

/** Sports sections of CoNLL-2003's Reuters copy open with the sport in capitals: "TENNIS - RESULTS AT …". */
const SPORTS_HEADLINE =
  /^(SOCCER|TENNIS|CRICKET|GOLF|BASEBALL|BASKETBALL|ATHLETICS|CYCLING|RUGBY( UNION| LEAGUE)?|BOXING|MOTOR RACING|MOTORCYCLING|HORSE RACING|ICE HOCKEY|NFL|NHL|NBA|SKIING|ALPINE SKIING|SWIMMING|ROWING|SAILING|YACHTING|BADMINTON|SQUASH|TABLE TENNIS|VOLLEYBALL|HOCKEY|AMERICAN FOOTBALL|FORMULA ONE|CHESS|JUDO|WRESTLING|TRIATHLON|NORDIC SKIING|SPEED SKATING|FIGURE SKATING|BOBSLEIGH|ARCHERY|SHOOTING|GYMNASTICS|HANDBALL|WATER POLO|EQUESTRIANISM|DARTS|SNOOKER|POLO|CANOEING|BILLIARDS|LACROSSE|FENCING|TAEKWONDO|WEIGHTLIFTING|SOFTBALL|BEACH VOLLEYBALL|MOUNTAIN BIKING|DIVING|KARATE|SUMO|CROQUET|NETBALL|SURFING|BOWLING|WINDSURFING|MODERN PENTATHLON|SHOWJUMPING|AUSTRALIAN RULES)\b.* - /;

/** Market reports: a headline about prices, rates, issues or results... */
const MARKET_HEADLINE =
  /\b(stocks?|shares|bonds?|bourse|forex|dollar|yen|mark|rates?|prices?|futures|index|treasur(y|ies)|cattle|hogs|grain|wheat|corn|soy\w*|coffee|cocoa|sugar|copper|gold|crude|oil|output|net|profit|earnings|dividend|FRN|pct|tonnes|trade surplus|trade deficit|inflation|gdp|yields?)\b/i;

/** ...and none of the words of politics and conflict, which Reuters' market copy sometimes leads with. */
const POLITICAL_HEADLINE =
  /\b(war|troops|army|rebels?|guerrillas?|police|minister|government|president|talks|election|vote|protest|strike|attack|killed|sanctions?|embargo|coup|opposition|parliament|court)\b/i;

let conllTrain: { dataDir: string; docs: Map<string, string[][]> } | undefined;

/** CoNLL-2003 train's documents (id → its sentences' tokens), read once for the negatives and the leads. */
function conllTrainDocs(dataDir: string): Map<string, string[][]> {
  if (conllTrain?.dataDir === dataDir) return conllTrain.docs;
  const file = join(dataDir, "ner/conll2003/train.jsonl");
  const docs = new Map<string, string[][]>();
  if (existsSync(file))
    for (const r of readJsonl<{ doc: string; tokens: string[] }>(file)) {
      const doc = docs.get(r.doc) ?? [];
      doc.push(r.tokens);
      docs.set(r.doc, doc);
    }
  conllTrain = { dataDir, docs };
  return docs;
}

/**
 * Negatives for the sentence decision: the body sentences of CoNLL-2003 train documents that are
 * sports results or market reports by their headline (rules above), skipping the dateline and
 * lines of fewer than 5 tokens (tables of scores).
 */
export function conllNegativeDocs(dataDir: string): { id: string; lines: string[]; kind: string }[] {
  const docs = conllTrainDocs(dataDir);
  const out: { id: string; lines: string[]; kind: string }[] = [];
  for (const [id, sentences] of docs) {
    const headline = sentences[0].join(" ");
    const kind = SPORTS_HEADLINE.test(headline)
      ? "sports"
      : MARKET_HEADLINE.test(headline) && !POLITICAL_HEADLINE.test(headline)
        ? "markets"
        : undefined;
    if (!kind) continue;
    const lines = sentences
      .slice(2)
      .filter((s) => s.length >= 5)
      .map(detokenise);
    if (lines.length) out.push({ id, lines, kind });
  }
  return out;
}

/** CoNLL's tokens as running text: "U.S. stocks rose 1.2 pct ." → "U.S. stocks rose 1.2 pct." */
function detokenise(tokens: readonly string[]): string {
  return tokens
    .join(" ")
    .replace(/ ([.,;:!?%)'](?:\s|$))/g, "$1")
    .replace(/ ([.,;:!?%)])$/g, "$1")
    .replace(/\( /g, "(")
    .replace(/ (n't|'s|'re|'ve|'ll|'d)\b/g, "$1")
    .replace(/\$ (\d)/g, "$$$1");
}

/**
 * GUM genres that are prose but not news of events (the train split): academic writing, how-to
 * guides, travel guides, textbooks and fiction. Negatives for the sentence decision beside CoNLL's
 * sports and markets, so that it learns what a political event is from the words of the sentence
 * and not from the look of a Reuters results page. GUM's news, interviews, speeches, biographies
 * and court transcripts are left out: they tell events.
 */
const GUM_NEGATIVE_GENRES = ["academic", "whow", "voyage", "textbook", "fiction"] as const;

export function gumNegativeDocs(dataDir: string): { id: string; lines: string[]; kind: string }[] {
  const file = join(dataDir, "ner/gum/train.jsonl");
  if (!existsSync(file)) return [];
  const docs = new Map<string, string[]>();
  for (const r of readJsonl<{ doc: string; tokens: string[] }>(file)) {
    const genre = r.doc.split("_")[1];
    if (!(GUM_NEGATIVE_GENRES as readonly string[]).includes(genre) || r.tokens.length < 5) continue;
    const doc = docs.get(r.doc) ?? [];
    doc.push(detokenise(r.tokens));
    docs.set(r.doc, doc);
  }
  return [...docs].map(([id, lines]) => ({ id, lines, kind: id.split("_")[1] }));
}

/**
 * Positives from the same Reuters copy as the negatives: the lead sentence of each CoNLL-2003 train
 * story whose headline is about politics or conflict (and not sports or markets). A wire story's
 * lead tells its news, so these are weak labels; they keep the sentence decision from learning the
 * look of Reuters copy (datelines, "pct", short lines) as a sign of "no event".
 */
export function conllPoliticalLeads(dataDir: string): { id: string; text: string }[] {
  const docs = conllTrainDocs(dataDir);
  const out: { id: string; text: string }[] = [];
  for (const [id, sentences] of docs) {
    const headline = sentences[0].join(" ");
    if (SPORTS_HEADLINE.test(headline) || MARKET_HEADLINE.test(headline)) continue;
    if (!POLITICAL_HEADLINE.test(headline)) continue;
    const lead = sentences.slice(2).find((s) => s.length >= 8);
    if (lead) out.push({ id: `conll-lead-${id}`, text: detokenise(lead) });
  }
  return out;
}
