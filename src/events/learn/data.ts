import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { articleOf } from "../../eval/events.ts";
import { readJsonl } from "../../eval/harness.ts";
import { annotate } from "../../nlp/index.ts";
import type { Doc } from "../../nlp/types.ts";
import { PLOVER_MODES, PLOVER_TYPES, type PloverType } from "../schema.ts";
import type { TriggerContext } from "./features.ts";
import { STOPWORDS } from "./words.ts";

/**
 * Readers of the training corpora in ../shared/data/events (and CoNLL-2003 for negatives). Only
 * `npm run train:events` and the evaluator call them; nothing read here is committed.
 */

/** When a corpus gives no date, relative dates resolve against this day (as in src/eval/events.ts). */
const FALLBACK_DATE = "2000-01-01";

export function textDoc(text: string, date = FALLBACK_DATE): Doc {
  return annotate(articleOf(text, date));
}

/** A document whose lines are its sentences (CoNLL's one sentence per line). */
export function linesDoc(lines: readonly string[]): Doc {
  const text = lines.join("\n");
  const blocks: { start: number; end: number; kind: "paragraph" }[] = [];
  let at = 0;
  for (const line of lines) {
    blocks.push({ start: at, end: at + line.length, kind: "paragraph" });
    at += line.length + 1;
  }
  return annotate({ ...articleOf(text, FALLBACK_DATE), blocks });
}

export interface LabelledSentence {
  id: string;
  text: string;
  date?: string;
  type?: PloverType;
  mode?: string;
  /** The gold trigger word, when the corpus marks it. */
  triggerWord?: string;
  /** CASE 2021: the gold ACLED sub-event type. */
  acled?: string;
}

/** A gold mode of the PLOVER records (coded in an older version: "riot-spon", "demo-org") as a PLOVER 2.0 mode. */
function ploverMode(type: PloverType, mode: string | null | undefined): string | undefined {
  if (!mode) return undefined;
  const base = mode.split("-")[0];
  return PLOVER_MODES[type].find((m) => m === mode || m === base);
}

export function ploverSentences(dataDir: string): LabelledSentence[] {
  const rows = readJsonl<{
    id: string;
    text: string;
    date?: string;
    event: PloverType;
    mode?: string | null;
    event_text?: string;
  }>(join(dataDir, "events/plover_gsr_dev.jsonl"));
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    date: r.date && r.date !== FALLBACK_DATE ? r.date : undefined,
    type: r.event,
    mode: ploverMode(r.event, r.mode),
    triggerWord: r.event_text?.split(/\s+/)[0]?.toLowerCase(),
  }));
}

/**
 * ACLED sub-event types that name one PLOVER type (and mode) soundly. Left out: looting, mob
 * violence, change to group/activity and "Other", which PLOVER splits across several types.
 */
export const ACLED_TO_PLOVER: Record<string, [PloverType, string?]> = {
  "Abduction/forced disappearance": ["ASSAULT", "abduct"],
  Agreement: ["AGREE"],
  "Air/drone strike": ["ASSAULT", "aerial"],
  "Armed clash": ["ASSAULT", "firearms"],
  Arrests: ["COERCE", "arrest"],
  Attack: ["ASSAULT"],
  "Chemical weapon": ["ASSAULT", "unconventional"],
  "Disrupted weapons use": ["COERCE", "seize"],
  "Excessive force against protesters": ["ASSAULT", "crowd-control"],
  "Government regains territory": ["COERCE", "seize"],
  Grenade: ["ASSAULT", "explosives"],
  "Headquarters or base established": ["MOBILIZE"],
  "Non-state actor overtakes territory": ["COERCE", "seize"],
  "Non-violent transfer of territory": ["RETREAT", "withdraw"],
  "Peaceful protest": ["PROTEST", "demo"],
  "Protest with intervention": ["PROTEST", "demo"],
  "Remote explosive/landmine/IED": ["ASSAULT", "explosives"],
  "Sexual violence": ["ASSAULT", "sexual"],
  "Shelling/artillery/missile attack": ["ASSAULT", "heavy-weapons"],
  "Suicide bomb": ["ASSAULT", "suicide-attack"],
  "Violent demonstration": ["PROTEST", "riot"],
};

/** CASE 2021 labels outside ACLED that are no political event at all: negatives for the sentence decision. */
const CASE_NON_EVENTS = new Set(["NATURAL_DISASTER", "MAN_MADE_DISASTER"]);

export interface CaseSnippet extends LabelledSentence {
  seen: boolean;
  /** True for snippets that report no political event (disasters). */
  nonEvent: boolean;
}

export function caseSnippets(dataDir: string): CaseSnippet[] {
  const rows = readJsonl<{
    id: string;
    text: string;
    label: string;
    acled_sub_event_type: string | null;
    seen_acled_type: boolean;
  }>(join(dataDir, "events/case2021_task2_acled.jsonl"));
  return rows.map((r) => {
    const mapped = r.acled_sub_event_type ? ACLED_TO_PLOVER[r.acled_sub_event_type] : undefined;
    return {
      id: r.id,
      text: r.text,
      acled: r.acled_sub_event_type ?? undefined,
      type: mapped?.[0],
      mode: mapped?.[1],
      seen: r.seen_acled_type,
      nonEvent: CASE_NON_EVENTS.has(r.label),
    };
  });
}

/** CAMEO code → PLOVER type and mode, from plover/CAMEO2PLOVER-2021.txt ("0311: AGREE,  , economic # …"). */
function cameoToPlover(dataDir: string): Map<string, { type: PloverType; mode?: string }> {
  const map = new Map<string, { type: PloverType; mode?: string }>();
  const text = readFileSync(join(dataDir, "events/plover/CAMEO2PLOVER-2021.txt"), "utf8");
  for (const line of text.split("\n")) {
    const m = line.match(/^(\d+):\s*([A-Z]+)\s*,\s*([\w-]*)/);
    if (!m || !(PLOVER_TYPES as readonly string[]).includes(m[2])) continue;
    const type = m[2] as PloverType;
    const mode = PLOVER_MODES[type].includes(m[3]) ? m[3] : undefined;
    map.set(m[1], { type, mode });
  }
  return map;
}

function lookupCode(map: ReturnType<typeof cameoToPlover>, code: string) {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const hit = map.get(c);
    if (hit) return hit;
  }
  return undefined;
}

/** Prepositions that introduce a pattern's object ("ATTACK * AGAINST +"). */
const PREPOSITIONS = new Set([
  "against",
  "with",
  "to",
  "on",
  "for",
  "from",
  "in",
  "at",
  "into",
  "over",
  "of",
]);

export interface WeakTrigger {
  context: TriggerContext;
  type: PloverType;
  mode?: string;
}

/**
 * Weak training examples from the PETRARCH CAMEO verb dictionary: every verb of a block with the
 * block's code, and every pattern ("- * WITHDRAWAL FROM ^ BY + &MILITARY [1056]") as the verb with
 * the pattern's words before and after it, coded by the pattern. CAMEO codes become PLOVER types
 * through CAMEO2PLOVER; codes with no PLOVER type ("say", "---") give no example.
 */
export function dictionaryTriggers(dataDir: string): WeakTrigger[] {
  const codes = cameoToPlover(dataDir);
  const text = gunzipSync(
    readFileSync(join(dataDir, "events/dictionaries/CAMEO.verbpatterns.150430.txt.gz")),
  ).toString("latin1");
  const synsets = new Map<string, string>();
  const out: WeakTrigger[] = [];
  let currentSynset: string | undefined;
  let block: { code: string; verbs: Map<string, string> } | undefined;
  const word = (w: string) => (w.startsWith("&") ? (synsets.get(w) ?? w.slice(1)) : w).toLowerCase();
  const add = (lemma: string, left: string[], right: string[], code: string) => {
    const hit = lookupCode(codes, code);
    if (!hit) return;
    const content = right.filter((w) => !STOPWORDS.has(w) && !PREPOSITIONS.has(w));
    const prep = right.find((w) => PREPOSITIONS.has(w));
    const negated = left.some((w) => w === "not" || w === "no" || w === "never");
    out.push({
      type: hit.type,
      mode: hit.mode,
      context: {
        lemma,
        pos: "VERB",
        left: left.slice(-2).reverse(),
        right: right.slice(0, 3),
        object: content[0] ? { lemma: content[0], prep } : undefined,
        negated,
        sentence: [...left, ...right].filter((w) => !STOPWORDS.has(w) && /\p{L}/u.test(w)),
        entities: [],
      },
    });
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    const comment = raw.includes("#") ? raw.slice(raw.indexOf("#") + 1).trim() : "";
    if (!line) continue;
    const header = line.match(/^---\s*(\S+)\s*\[([\d-]+)\]\s*---/);
    if (header) {
      block = { code: header[2], verbs: new Map() };
      currentSynset = undefined;
      continue;
    }
    if (!block) {
      // Synset definitions before the verb blocks: "&DEFENSE" then "+DEFENSE", "+DEFENCE".
      if (line.startsWith("&")) currentSynset = line.split(/\s/)[0];
      else if (line.startsWith("+") && currentSynset && !synsets.has(currentSynset))
        synsets.set(currentSynset, line.slice(1).split(/[\s_]/)[0]);
      continue;
    }
    const code = line.match(/\[([\d:-]+)\]/)?.[1]?.split(":")[0];
    if (line.startsWith("-")) {
      const pattern = line.slice(1).replace(/\[.*$/, "").trim().split(/\s+/);
      const star = pattern.indexOf("*");
      if (star < 0 || !code || code.includes("-")) continue;
      const words = (ws: string[]) =>
        ws.filter((w) => !/^[$+^%]$/.test(w) && w !== "*").flatMap((w) => word(w).split("_"));
      const verbName = comment.split(/\s/)[0]?.toUpperCase();
      const verb = block.verbs.get(verbName) ?? [...block.verbs.keys()][0];
      if (verb)
        add(
          block.verbs.get(verb) ?? verb.toLowerCase(),
          words(pattern.slice(0, star)),
          words(pattern.slice(star + 1)),
          code,
        );
      continue;
    }
    // A verb line: "SAY {SAYS SAID SAYING}", "EXPRESS [0110]", "+CLEAR_UP".
    const verb = line.replace(/^\+/, "").split(/[\s{[]/)[0];
    if (!/^[A-Z][A-Z_-]*$/.test(verb)) continue;
    const [lemma, ...particle] = verb.toLowerCase().split("_");
    block.verbs.set(verb, lemma);
    const verbCode = code ?? block.code;
    if (!verbCode.includes("-")) add(lemma, [], particle, verbCode);
  }
  return out;
}

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
