import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { PLOVER_MODES, PLOVER_TYPES, type PloverType } from "../schema.ts";
import type { TriggerContext } from "./features.ts";
import { STOPWORDS } from "./words.ts";

/** Weak training examples from the PETRARCH CAMEO verb dictionary, coded as PLOVER types through CAMEO2PLOVER. Read only by `npm run train:events` and the evaluator; nothing read here is committed. */

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
