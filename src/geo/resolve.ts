/**
 * Toponym resolution in document context. Each candidate name has gazetteer rows it could mean;
 * a row's score is its prior (feature class, population) plus what the rest of the document says:
 * the share of the other toponyms that fall in the same country and first-level region, an
 * explicit qualifier ("Paris, Texas"), and nearness to the other places named. Scores are
 * refined over a few rounds; mentions of one name share one reading (one sense per discourse).
 */
import {
  admin1Of,
  distanceKm,
  type Gazetteer,
  KIND_ADMIN1,
  KIND_ADMIN2,
  KIND_CITY,
  KIND_COUNTRY,
  KIND_COUNTY,
  KIND_FEATURE,
  KIND_REGION,
  normalizeName,
} from "./gazetteer.ts";
import { isUsLocalNews } from "./localNews.ts";
import type { Candidate } from "./recognize.ts";

/** A country named outright is nearly always the country ("Georgia" needs context to be the state). */
const PRIOR_COUNTRY = 3;
/** Continents and regions ("Africa") have no rivals of note. */
const PRIOR_REGION = 2.5;
/**
 * A region of one country ("West Coast" of the United States) ranks below a continent: a
 * namesake region elsewhere (New Zealand's West Coast) wins when the document is set there.
 */
const PRIOR_NATIONAL_REGION = 2;
/**
 * An imported sea, river, mountain, region or airport ranks like a town of some 30,000 people:
 * above the hamlets that share its name ("Nile", "Amazonas"), below countries and states ("Jordan",
 * "Mississippi"), which need a head noun ("the Jordan River") or context to lose.
 */
const PRIOR_FEATURE = 0.8;
/** First-level regions rank above most towns of the same name ("Texas" the state, not Texas, Queensland). */
const PRIOR_ADMIN1 = 1;
/**
 * A county named bare ("Kent") gets no kind bonus: its settled population alone ranks it against
 * namesake towns (a first-level bonus lost US towns named after English counties on LGL).
 */
const PRIOR_COUNTY = 0;
/** A US county ranks like a town of about 1,500 people: its bare name says little; its suffix and context decide (a higher value lost on both corpora). */
const PRIOR_ADMIN2 = 0.55;
/** Population counts on a log scale: a 10× larger town gains this much (swept 0.125–0.3 on the dev corpora). */
const PRIOR_PER_DECADE = 0.175;
/**
 * In world news, a town the world writes about in many languages is what its bare name means
 * more often than its population says: London, England (109 alternate names in GeoNames) over
 * London, California (3), Geneva, Switzerland (48) over Geneva, Illinois (11). Per tenfold names
 * (0.25–0.6 alike on GWN's analysis half; 0.75 and more lost towns to famous namesakes). Local
 * news keeps its own towns: the same weight in every story lost LGL's Dublin, Ohio and Hanover,
 * New Hampshire to the European cities.
 */
const PRIOR_WORLD_NAMES = 0.5;
/** A story that names this many countries, outright or by their people, is world news. */
const WORLD_NEWS_COUNTRIES = 2;

/**
 * Does the story name at least WORLD_NEWS_COUNTRIES countries, outright or by their people, with
 * names that are nothing else ("Spain", "Taiwanese"; not "Georgia" or "Jordan", which local news
 * uses for a state or a town)?
 */
function isWorldNews(g: Gazetteer, cands: Candidate[]): boolean {
  const { idx } = g;
  const named = new Set<string>();
  for (const c of cands) {
    const country = idx.country[c.rows[0]];
    if (c.rows.length && c.rows.every((r) => idx.kind[r] === KIND_COUNTRY && idx.country[r] === country))
      named.add(country);
  }
  return named.size >= WORLD_NEWS_COUNTRIES;
}

/** Countries whose people have an adjective of their own ("Lebanese"), per gazetteer. */
const demonymCountries = new WeakMap<Gazetteer, Map<string, Set<string>>>();

/** Do the people of `country` have a word other than `name` ("Lebanese" for Lebanon; not "New Zealand")? */
function hasOwnDemonym(g: Gazetteer, country: string, name: string): boolean {
  let byCountry = demonymCountries.get(g);
  if (!byCountry) {
    byCountry = new Map();
    for (const [word, value] of g.demonyms) {
      if (!byCountry.has(value)) byCountry.set(value, new Set());
      byCountry.get(value)?.add(normalizeName(word));
    }
    demonymCountries.set(g, byCountry);
  }
  const words = byCountry.get(country);
  if (!words) return false;
  const own = normalizeName(name);
  // "New Zealander" is the noun; "a New Zealand man" the adjective.
  return [...words].some((w) => w !== own && w !== `${own}er` && w !== `${own}ers`);
}

/** Capitals and regional seats are what a bare name usually means. */
const PRIOR_CAPITAL = 0.3;
const PRIOR_ADMIN_SEAT = 0.1;
/** A city this large is what its name means even when a state shares it ("New York"). */
export const METROPOLIS_POPULATION = 1_000_000;
/**
 * Lifts a capital or metropolis above its namesake state ("New York", "Washington"): news means
 * the city unless a list of states or "state" says otherwise (the state's prior counts its whole
 * population, so the lift must exceed PRIOR_ADMIN1 plus the population gap).
 */
const PRIOR_NAMESAKE_CITY = 1.5;
/**
 * A name listed with names of one kind takes that kind ("Missouri, New York and Ohio" are states,
 * "Georgia, Armenia and Azerbaijan" countries): the list's other members say what is listed.
 */
const LIST_KIND = 1.5;
/** What separates the members of a list: a comma, "and", "or". */
const LIST_SEPARATOR = /^\s*(?:,|,?\s+(?:and|or))\s*$/;
/**
 * "New York state", "the New York border", "New York's governor", "the Georgia National Guard":
 * the name is the region (each US state has its National Guard and Highway Patrol).
 */
const STATE_AFTER =
  /^(?:['’]s)?\s+(?:state\b|border|governor|gov\.|legislature|attorney general|lieutenant governor|state senate|general assembly|lawmakers|national guard|highway patrol)/i;
/**
 * "a Lebanon woman", "two Jordan men", "a Paris teen": a place named as someone's home before a
 * word for a person is a town. News writes a country's people with its adjective ("a Lebanese
 * woman"), so a country that has one loses this much (its whole PRIOR_COUNTRY): the namesake towns
 * (Lebanon, Indiana) are read on their own merits. A country whose people have no other word ("a
 * New Zealand man") keeps its reading.
 */
const HOMETOWN_NOT_COUNTRY = PRIOR_COUNTRY;
/** A word for a person after the name: the name is where that person lives. */
const PERSON_AFTER =
  /^\s+(?:man|woman|men|women|teen|teenager|teens|teenagers|boy|girl|youth|couple|resident)\b/;
/** "Terry Jolly, 60, Lebanon, was arrested": a person's name and age, then the home town. */
const NAME_AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s+\d{1,3},\s+$/u;
/** The name is the place's own (not an alternate or foreign spelling). */
const PRIOR_PRIMARY_NAME = 0.2;

/** Weight of the share of other toponyms in the candidate's country: weak, since a country holds thousands of namesakes (swept 0.5–2.5). */
const CONTEXT_COUNTRY = 1;
/** Weight of the share of other toponyms in the candidate's first-level region: local news names its state's towns, so this outweighs a country's prior when most places share the region (swept 1.2–6 on the dev corpora). */
const CONTEXT_ADMIN1 = 4;
/** "City, Region" or "City, Country" written out settles the reading. */
const QUALIFIER = 3;
/** How far from a county's point a town it qualifies may lie ("Maidstone, Kent"). */
const COUNTY_RADIUS_KM = 80;
/** Bonus for being near another place the document names (local news clusters). */
const PROXIMITY = 0.4;
const PROXIMITY_KM = 150;
/** Softmax temperature turning scores into probabilities (about one prior step per 0.3). */
const TEMPERATURE = 0.3;
/**
 * How much a name's own repetitions dilute the context of each of its mentions (a name repeated
 * is the article's subject; its repetitions still weigh against a single other place, but less
 * than other names do).
 */
const OWN_REPEAT_DILUTION = 0.5;
const ROUNDS = 3;

/**
 * Context weight of mentions by role: a demonym ("British scientists") speaks of its country as
 * much as a place name does; an actor ("Moscow said") less (demonym weight 0.5 → 1 moved GWN
 * acc@161 0.878 → 0.880 with LGL unchanged).
 */
const ROLE_WEIGHT = { place: 1, actor: 0.5, demonym: 1 } as const;

/**
 * A story that speaks of American local institutions (a sheriff's office, "the 800 block of", a
 * councilman: see localNews.ts) counts as this many mentions of the United States in the context
 * of its toponyms: as much as one place named there. A story that names only "Berea" or
 * "Alexandria" then reads it in the United States; one that names many places is still read
 * mostly by them. (One per kind of cue past the first moved LGL acc@161 with import 0.884 → 0.883.)
 */
const US_LOCAL_WEIGHT = 1;

export interface Resolution {
  cand: Candidate;
  row: number;
  /** Probability of the chosen row among the candidate's rows, times recognition evidence. */
  confidence: number;
}

/** `surfaceKey` is the mention's normalised text. */
export function prior(g: Gazetteer, row: number, surfaceKey: string): number {
  const { idx } = g;
  const kind = idx.kind[row];
  let s: number;
  if (kind === KIND_COUNTRY) s = PRIOR_COUNTRY;
  else if (kind === KIND_REGION) s = idx.country[row] ? PRIOR_NATIONAL_REGION : PRIOR_REGION;
  else if (kind === KIND_ADMIN2) s = PRIOR_ADMIN2;
  else if (kind === KIND_FEATURE) s = PRIOR_FEATURE;
  else {
    s =
      (kind === KIND_ADMIN1 ? PRIOR_ADMIN1 : kind === KIND_COUNTY ? PRIOR_COUNTY : 0) +
      Math.log10(idx.pop[row] + 1) * PRIOR_PER_DECADE;
    const f = idx.fcode[row];
    if (f === "PPLC") s += PRIOR_CAPITAL;
    else if (f.startsWith("PPLA")) s += PRIOR_ADMIN_SEAT;
  }
  if (g.primaryKey[row] === surfaceKey) s += PRIOR_PRIMARY_NAME;
  return s;
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp((s - max) / TEMPERATURE));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

/** Is `inner` inside `outer` (a country, first-level region or bare-named county row)? */
export function within(g: Gazetteer, inner: number, outer: number): boolean {
  const { idx } = g;
  if (inner === outer) return false;
  if (idx.kind[outer] === KIND_COUNTRY)
    return idx.country[inner] === idx.country[outer] && idx.kind[inner] !== KIND_COUNTRY;
  if (idx.kind[outer] === KIND_ADMIN1) return idx.kind[inner] !== KIND_ADMIN1 && admin1Of(g, inner) === outer;
  // "Maidstone, Kent": the index keeps no county codes for towns, so a town near the county's point.
  if (idx.kind[outer] === KIND_COUNTY)
    return (
      idx.kind[inner] === KIND_CITY &&
      idx.country[inner] === idx.country[outer] &&
      distanceKm(idx.lat[inner], idx.lon[inner], idx.lat[outer], idx.lon[outer]) < COUNTY_RADIUS_KM
    );
  return false;
}

export function resolveCandidates(g: Gazetteer, text: string, cands: Candidate[]): Resolution[] {
  const { idx } = g;
  const n = cands.length;
  const priors = cands.map((c) => {
    const key = normalizeName(c.text);
    return c.rows.map((r) => prior(g, r, key));
  });
  // "Washington", "New York": a capital or metropolis outranks the same-named state in news.
  cands.forEach((c, k) => {
    const regionCountries = new Set(
      c.rows.filter((r) => idx.kind[r] === KIND_ADMIN1).map((r) => idx.country[r]),
    );
    if (!regionCountries.size) return;
    c.rows.forEach((r, i) => {
      if (idx.kind[r] !== KIND_CITY || !regionCountries.has(idx.country[r])) return;
      if (idx.fcode[r] === "PPLC" || idx.pop[r] >= METROPOLIS_POPULATION) priors[k][i] += PRIOR_NAMESAKE_CITY;
    });
  });
  const bonus = cands.map((c) => c.rows.map(() => 0));
  if (isWorldNews(g, cands))
    cands.forEach((c, k) => {
      c.rows.forEach((r, i) => {
        if (idx.kind[r] === KIND_CITY) priors[k][i] += Math.log10(idx.nameCount[r] + 1) * PRIOR_WORLD_NAMES;
      });
    });

  // Lists: the kind a neighbour in the list surely is (one reading, or a clear favourite).
  const surest = cands.map((c, k) => {
    if (!c.rows.length || c.role !== "place") return undefined;
    let best = 0;
    for (let i = 1; i < c.rows.length; i++) if (priors[k][i] > priors[k][best]) best = i;
    const second = Math.max(...priors[k].filter((_, i) => i !== best), Number.NEGATIVE_INFINITY);
    return priors[k][best] - second >= 1 ? idx.kind[c.rows[best]] : undefined;
  });
  for (let k = 0; k < n; k++) {
    const kinds = new Set<number>();
    for (const other of [k - 1, k + 1]) {
      const kind = surest[other];
      if (kind === undefined) continue;
      const [a, b] = other < k ? [other, k] : [k, other];
      if (LIST_SEPARATOR.test(text.slice(cands[a].end, cands[b].start))) kinds.add(kind);
    }
    const stateAfter = STATE_AFTER.test(text.slice(cands[k].end, cands[k].end + 24));
    const hometown =
      (PERSON_AFTER.test(text.slice(cands[k].end, cands[k].end + 16)) ||
        NAME_AGE_BEFORE.test(text.slice(Math.max(0, cands[k].start - 40), cands[k].start))) &&
      cands[k].rows.some((r) => idx.kind[r] !== KIND_COUNTRY);
    cands[k].rows.forEach((r, i) => {
      const kind = idx.kind[r];
      if ((kind === KIND_ADMIN1 || kind === KIND_COUNTRY) && kinds.has(kind)) bonus[k][i] += LIST_KIND;
      if (kind === KIND_ADMIN1 && stateAfter) bonus[k][i] += LIST_KIND;
      if (kind === KIND_COUNTRY && hometown && hasOwnDemonym(g, idx.country[r], cands[k].text))
        bonus[k][i] -= HOMETOWN_NOT_COUNTRY;
    });
  }

  // Qualifiers: "Paris, Texas", "Almaty, Kazakhstan", "Frankfort, Ky.".
  for (let k = 0; k + 1 < n; k++) {
    const a = cands[k];
    const b = cands[k + 1];
    if (!/^\s*,\s*$/.test(text.slice(a.end, b.start))) continue;
    // "Town, State" places a town, not a county written without "County": "Washington, New York
    // and Denver" lists cities; it is not Washington County in New York.
    const bareCounty = (r: number) =>
      idx.kind[r] === KIND_ADMIN2 && g.primaryKey[r] !== normalizeName(a.text);
    a.rows.forEach((ra, ia) => {
      if (bareCounty(ra)) return;
      b.rows.forEach((rb, ib) => {
        if (within(g, ra, rb)) {
          bonus[k][ia] += QUALIFIER;
          bonus[k + 1][ib] += QUALIFIER / 3;
        }
      });
    });
  }

  // Mentions of one name share one reading.
  const groupOf = cands.map((c) => c.rows.join(","));

  const usLocal = isUsLocalNews(text);
  let probs = priors.map((p, k) => softmax(p.map((v, i) => v + bonus[k][i])));
  for (let round = 0; round < ROUNDS; round++) {
    const countryMass = new Map<string, number>();
    const admin1Mass = new Map<number, number>();
    // A name's own mentions are not context for it: five "Lebanon"s leaning to the country must
    // not outvote the Indiana towns around them. Mass is kept per name to subtract.
    const ownCountry = new Map<string, Map<string, number>>();
    const ownAdmin1 = new Map<string, Map<number, number>>();
    let total = 0;
    const groupWeight = new Map<string, number>();
    for (let k = 0; k < n; k++) {
      const w = ROLE_WEIGHT[cands[k].role];
      const group = groupOf[k];
      if (!ownCountry.has(group)) {
        ownCountry.set(group, new Map());
        ownAdmin1.set(group, new Map());
      }
      const oc = ownCountry.get(group) as Map<string, number>;
      const oa = ownAdmin1.get(group) as Map<number, number>;
      cands[k].rows.forEach((r, i) => {
        const p = probs[k][i] * w;
        const c = idx.country[r];
        if (c) oc.set(c, (oc.get(c) ?? 0) + p);
        const a = admin1Of(g, r);
        if (a !== undefined) oa.set(a, (oa.get(a) ?? 0) + p);
      });
      total += w;
      groupWeight.set(group, (groupWeight.get(group) ?? 0) + w);
    }
    for (const oc of ownCountry.values())
      for (const [c, p] of oc) countryMass.set(c, (countryMass.get(c) ?? 0) + p);
    if (usLocal) {
      countryMass.set("USA", (countryMass.get("USA") ?? 0) + US_LOCAL_WEIGHT);
      total += US_LOCAL_WEIGHT;
    }
    for (const oa of ownAdmin1.values())
      for (const [a, p] of oa) admin1Mass.set(a, (admin1Mass.get(a) ?? 0) + p);
    // Best reading of each mention so far, for proximity.
    const best = probs.map((p, k) => cands[k].rows[argmax(p)]);
    const scores = cands.map((c, k) => {
      const group = groupOf[k];
      // The name's other mentions still dilute the context, at half weight (a name repeated five
      // times is the article's subject, and two foreign places around it say less about it).
      const ownW = (groupWeight.get(group) ?? 0) - ROLE_WEIGHT[c.role];
      const others = total - ROLE_WEIGHT[c.role] - (1 - OWN_REPEAT_DILUTION) * ownW;
      const oc = ownCountry.get(group) as Map<string, number>;
      const oa = ownAdmin1.get(group) as Map<number, number>;
      return c.rows.map((r, i) => {
        let s = priors[k][i] + bonus[k][i];
        if (others > 0) {
          const country = idx.country[r];
          if (country)
            s += (CONTEXT_COUNTRY * ((countryMass.get(country) ?? 0) - (oc.get(country) ?? 0))) / others;
          const a = admin1Of(g, r);
          if (a !== undefined) s += (CONTEXT_ADMIN1 * ((admin1Mass.get(a) ?? 0) - (oa.get(a) ?? 0))) / others;
        }
        if (round > 0 && isLocal(idx.kind[r])) {
          for (let o = 0; o < n; o++) {
            if (o === k || groupOf[o] === groupOf[k]) continue;
            const b = best[o];
            if (!isLocal(idx.kind[b])) continue;
            if (distanceKm(idx.lat[r], idx.lon[r], idx.lat[b], idx.lon[b]) < PROXIMITY_KM) {
              s += PROXIMITY;
              break;
            }
          }
        }
        return s;
      });
    });
    // Pool the scores of mentions that share a name.
    // A qualifier belongs to its own mention ("Paris, France" after "Paris, Texas").
    const pooled = new Map<string, number[]>();
    scores.forEach((s, k) => {
      const shared = s.map((v, i) => v - bonus[k][i]);
      const acc = pooled.get(groupOf[k]);
      if (!acc) pooled.set(groupOf[k], shared);
      else for (let i = 0; i < acc.length; i++) acc[i] = Math.max(acc[i], shared[i]);
    });
    probs = cands.map((_, k) => softmax((pooled.get(groupOf[k]) as number[]).map((v, i) => v + bonus[k][i])));
  }

  return cands.map((cand, k) => {
    const i = argmax(probs[k]);
    return { cand, row: cand.rows[i], confidence: round3(probs[k][i] * cand.evidence) };
  });
}

/** Towns and counties: places small enough that nearness to each other is evidence. */
function isLocal(kind: number): boolean {
  return kind === KIND_CITY || kind === KIND_ADMIN2;
}

function argmax(xs: number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The country most of the document's toponyms fall in, if it holds at least this share. */
export const FOCUS_MIN_SHARE = 0.3;

export function focusCountry(g: Gazetteer, resolved: Resolution[]): string | undefined {
  const mass = new Map<string, number>();
  let total = 0;
  for (const r of resolved) {
    const c = g.idx.country[r.row];
    const w = ROLE_WEIGHT[r.cand.role] * (0.5 + r.confidence);
    total += w;
    if (c) mass.set(c, (mass.get(c) ?? 0) + w);
  }
  let best: string | undefined;
  let bestMass = 0;
  for (const [c, m] of mass) {
    if (m > bestMass) {
      best = c;
      bestMass = m;
    }
  }
  return best && bestMass >= FOCUS_MIN_SHARE * total ? best : undefined;
}

/** Weight of one mention of a town when choosing where unknown names lie (plus its confidence). */
const CONTEXT_MENTION = 1;
/** Weight of each other local place the document names near that town. */
const CONTEXT_NEIGHBOUR = 0.5;

/** Order in which kinds of place stand in for an unknown name: the finest the document dwells on. */
const FALLBACK_KINDS = [KIND_CITY, KIND_ADMIN2, KIND_COUNTY, KIND_ADMIN1, KIND_COUNTRY];

/**
 * The place a name the gazetteer lacks ("Royal Street", "Barclays Center", a river) most likely
 * lies in or near: the town the document names most often in its focus country (all places when
 * it has none), else its most named county, state, then country. Local news writes about streets
 * and buildings of its own town; a foreign town named in passing is not where they are.
 */
export function contextRow(g: Gazetteer, resolved: Resolution[]): number | undefined {
  const focus = focusCountry(g, resolved);
  const { idx } = g;
  for (const kind of FALLBACK_KINDS) {
    const score = new Map<number, number>();
    for (const r of resolved) {
      if (r.cand.role !== "place" || idx.kind[r.row] !== kind) continue;
      if (focus && idx.country[r.row] !== focus) continue;
      score.set(r.row, (score.get(r.row) ?? 0) + CONTEXT_MENTION + r.confidence);
    }
    if (!score.size) continue;
    // Among towns named equally often, the one the others cluster around ("Chicago" among its
    // suburbs and districts, not a namesake district across the country).
    if (isLocal(kind)) {
      for (const row of score.keys()) {
        for (const r of resolved) {
          if (r.row === row || !isLocal(idx.kind[r.row])) continue;
          if (distanceKm(idx.lat[row], idx.lon[row], idx.lat[r.row], idx.lon[r.row]) < PROXIMITY_KM)
            score.set(row, (score.get(row) ?? 0) + CONTEXT_NEIGHBOUR);
        }
      }
    }
    let best: number | undefined;
    let bestScore = 0;
    for (const [row, s] of score) {
      if (s > bestScore) {
        best = row;
        bestScore = s;
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
