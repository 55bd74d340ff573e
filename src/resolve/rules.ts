import type { Actor, Count } from "../events/schema.ts";
import type { ResolveMention } from "./types.ts";

/**
 * Pair rules: each compares two reports on one dimension and says whether they conflict (cannot be
 * one event), support the merge (and why, in words a person can read) or say nothing. A merge needs
 * no conflict and at least one anchoring support (place, actor, recipient or figures): a shared
 * type and day alone do not make two reports one event.
 */
export interface PairVerdict {
  verdict: "conflict" | "support" | "neutral";
  reason?: string;
  /** A support that ties the reports to one event, not merely to one kind of event on one day. */
  anchor?: boolean;
}

export interface PairRule {
  name: string;
  compare(a: ResolveMention, b: ResolveMention): PairVerdict;
}

/** Two precise places further apart than this are different events (a city and its outskirts are not). */
export const CITY_KM = 25;
/** Figures further apart than this ratio describe different events ("12 killed" vs "300 killed"); closer ones are the ordinary disagreement between outlets ("dozens" coded 12 vs "51 wounded"). */
export const COUNT_RATIO = 10;
/** Below this, figures differ by too little to tell (2 vs 9 injured can be one incident). */
export const COUNT_SLACK = 8;

const NEUTRAL: PairVerdict = { verdict: "neutral" };
const FACTUAL = new Set(["asserted", "reported", "negated", "denied"]);

export const sameType: PairRule = {
  name: "type",
  compare(a, b) {
    const [x, y] = [a.event, b.event];
    if (x.type !== y.type) return { verdict: "conflict" };
    if (x.mode && y.mode && x.mode !== y.mode) return { verdict: "conflict" };
    const mode = x.mode ?? y.mode;
    return { verdict: "support", reason: `same type ${x.type}${mode ? `/${mode}` : ""}` };
  },
};

/** A planned rally and the rally that happened are two events. */
export const sameModality: PairRule = {
  name: "modality",
  compare(a, b) {
    return FACTUAL.has(a.event.modality) === FACTUAL.has(b.event.modality)
      ? NEUTRAL
      : { verdict: "conflict" };
  },
};

export const overlappingTime: PairRule = {
  name: "time",
  compare(a, b) {
    if (!a.range || !b.range) return { verdict: "conflict" };
    const start = a.range.start > b.range.start ? a.range.start : b.range.start;
    const end = a.range.end < b.range.end ? a.range.end : b.range.end;
    if (start > end) return { verdict: "conflict" };
    if (a.range.start === a.range.end && b.range.start === b.range.end)
      return { verdict: "support", reason: `same day ${start}` };
    return { verdict: "support", reason: `time compatible: ${describeTime(a)} and ${describeTime(b)}` };
  },
};

export const nearPlace: PairRule = {
  name: "place",
  compare(a, b) {
    const [p, q] = [a.event.place, b.event.place];
    if (!p || !q) return NEUTRAL;
    if (p.country !== q.country) return { verdict: "conflict" };
    if (p.admin1 && q.admin1 && p.admin1 !== q.admin1) return { verdict: "conflict" };
    const precise = (x: typeof p) => !x.fromFocus && (x.precision === "city" || x.precision === "sub-city");
    if (!precise(p) || !precise(q)) return NEUTRAL;
    if (p.geonameId !== undefined && p.geonameId === q.geonameId)
      return { verdict: "support", anchor: true, reason: `${p.name} (${p.country}) in both` };
    if (p.lat === undefined || p.lon === undefined || q.lat === undefined || q.lon === undefined)
      return p.name === q.name ? { verdict: "support", anchor: true, reason: `${p.name} in both` } : NEUTRAL;
    const km = haversineKm(p.lat, p.lon, q.lat, q.lon);
    if (km > CITY_KM) return { verdict: "conflict" };
    return { verdict: "support", anchor: true, reason: `${p.name} and ${q.name} ${Math.round(km)} km apart` };
  },
};

function actorRule(name: "actor" | "recipient"): PairRule {
  return {
    name,
    compare(a, b) {
      const [x, y] = [a.event[name], b.event[name]];
      if (!x || !y) return NEUTRAL;
      if (x.country && y.country && x.country !== y.country) return { verdict: "conflict" };
      const shared = sharedNameWords(x, y);
      return shared.length
        ? { verdict: "support", anchor: true, reason: `${name} overlap: ${shared.join(" ")}` }
        : NEUTRAL;
    },
  };
}

export const countsAgree: PairRule = {
  name: "counts",
  compare(a, b) {
    const agreeing: string[] = [];
    for (const c of a.event.counts) {
      if (c.what === "people") continue;
      const d = b.event.counts.find((o) => o.what === c.what);
      if (!d) continue;
      if (!countsCompatible(c, d)) return { verdict: "conflict" };
      agreeing.push(`${c.what} ${c.value}${c.value === d.value ? " in both" : ` vs ${d.value}`}`);
    }
    return agreeing.length
      ? { verdict: "support", anchor: true, reason: `figures compatible: ${agreeing.join(", ")}` }
      : NEUTRAL;
  },
};

/** The rules in the order their reasons are read. */
export const PAIR_RULES: PairRule[] = [
  sameType,
  sameModality,
  overlappingTime,
  nearPlace,
  actorRule("actor"),
  actorRule("recipient"),
  countsAgree,
];

export interface PairJudgement {
  conflict?: string;
  anchored: boolean;
  supports: number;
  reasons: string[];
}

export function judgePair(a: ResolveMention, b: ResolveMention): PairJudgement {
  const reasons: string[] = [];
  let anchored = false;
  for (const rule of PAIR_RULES) {
    const v = rule.compare(a, b);
    if (v.verdict === "conflict") return { conflict: rule.name, anchored: false, supports: 0, reasons };
    if (v.verdict === "support" && v.reason) reasons.push(v.reason);
    if (v.anchor) anchored = true;
  }
  return { anchored, supports: reasons.length, reasons };
}

function countsCompatible(c: Count, d: Count): boolean {
  const [lo, hi] = c.value < d.value ? [c.value, d.value] : [d.value, c.value];
  return hi - lo <= COUNT_SLACK || hi <= lo * COUNT_RATIO;
}

/** Words too common in actor phrases to tie two reports together. */
const GENERIC_ACTOR_WORDS = new Set(
  "the a an of and in at on for to by from with people person men women man woman group groups forces force officials official authorities government people's some many several dozens hundreds thousands".split(
    " ",
  ),
);

function sharedNameWords(x: Actor, y: Actor): string[] {
  const words = (a: Actor) =>
    new Set(
      (a.entity ?? a.text)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1 && !/^\d/.test(w) && !GENERIC_ACTOR_WORDS.has(w)),
    );
  const ys = words(y);
  return [...words(x)].filter((w) => ys.has(w));
}

function describeTime(m: ResolveMention): string {
  const t = m.event.time;
  if (!t) return "undated";
  return t.precision === "reported" ? `reported ${t.value}` : t.value;
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
