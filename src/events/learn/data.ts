import { join } from "node:path";
import { articleOf } from "../../eval/events.ts";
import { readJsonl } from "../../eval/harness.ts";
import { annotate } from "../../nlp/index.ts";
import type { Doc } from "../../nlp/types.ts";
import { PLOVER_MODES, type PloverType } from "../schema.ts";

/**
 * Readers of the labelled training corpora in ../shared/data/events (PLOVER dev, CASE 2021); the
 * CAMEO dictionary is read in dictionary.ts, the sentence decision's corpora in sentence-corpora.ts.
 * Only `npm run train:events` and the evaluator call them; nothing read here is committed.
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
