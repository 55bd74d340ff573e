import { seededRandom } from "../nlp/ner/hash.ts";

/**
 * Invented news for scale and crash tests: articles put together from templates, each naming a
 * real city so geocoding has work, with protests, arrests, clashes, talks and attributions, so every
 * stage of the pipeline runs and an article codes several events. Deterministic for a seed.
 */
export interface SyntheticArticle {
  url: string;
  title: string;
  text: string;
  publishedAt: string;
  source: string;
}

const CITIES = [
  ["Nairobi", "Kenya"],
  ["Lyon", "France"],
  ["Porto", "Portugal"],
  ["Krakow", "Poland"],
  ["Accra", "Ghana"],
  ["Quito", "Ecuador"],
  ["Tbilisi", "Georgia"],
  ["Dhaka", "Bangladesh"],
  ["Lima", "Peru"],
  ["Almaty", "Kazakhstan"],
  ["Dakar", "Senegal"],
  ["Manila", "the Philippines"],
] as const;
const GROUPS = ["teachers", "farmers", "dock workers", "students", "nurses", "taxi drivers", "miners"];
const GRIEVANCES = ["pay", "fuel prices", "a new land law", "pension cuts", "water shortages", "bus fares"];
const OFFICIALS = ["the interior ministry", "the city police", "the regional governor", "the mayor's office"];
const OUTLETS = ["Harbour Courier", "Valley Ledger", "Northern Wire", "Plains Gazette"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** `count` articles from `seed`; the n-th article is the same whatever the count. */
export function* syntheticArticles(count: number, seed = 1): Generator<SyntheticArticle> {
  for (let n = 0; n < count; n++) yield syntheticArticle(n, seed);
}

export function syntheticArticle(n: number, seed = 1): SyntheticArticle {
  const next = seededRandom(seed * 1_000_003 + n);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const [city, country] = pick(CITIES);
  const group = pick(GROUPS);
  const grievance = pick(GRIEVANCES);
  const official = pick(OFFICIALS);
  const day = pick(WEEKDAYS);
  const marchers = 200 + Math.floor(next() * 50) * 100;
  const arrested = 3 + Math.floor(next() * 60);
  const injured = 2 + Math.floor(next() * 30);
  const date = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 700) * 86_400_000);
  const title = `${capitalise(group)} in ${city} protest over ${grievance}`;
  const paragraphs = [
    `About ${marchers.toLocaleString("en-US")} ${group} marched through central ${city} on ${day} to protest against ${grievance}, ${official} said.`,
    `Police arrested ${arrested} people after demonstrators blocked a main road and threw stones at officers, according to ${official}. At least ${injured} people were injured in the clashes.`,
    `Union leaders met the labour minister of ${country} in ${city} on ${day} evening and agreed to hold further talks next week.`,
    `The ${group} threatened to strike again if the government of ${country} did not withdraw the plan, a spokesman for the union said. Report number ${n} in this series.`,
  ];
  return {
    url: `https://news.example.org/${seed}/${n}`,
    title,
    text: `${title}\n\n${paragraphs.join("\n\n")}`,
    publishedAt: date.toISOString(),
    source: pick(OUTLETS),
  };
}

function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** The articles as a JSONL batch, the format `chronicle ingest` reads from a .jsonl file. */
export function syntheticJsonl(count: number, seed = 1, first = 0): string {
  let out = "";
  for (let n = first; n < first + count; n++) out += `${JSON.stringify(syntheticArticle(n, seed))}\n`;
  return out;
}

const SYLLABLES = [
  "ka",
  "lo",
  "mer",
  "ti",
  "van",
  "so",
  "re",
  "dun",
  "ba",
  "li",
  "tor",
  "en",
  "sa",
  "mo",
  "gal",
  "ri",
];
const ROLES = ["teacher", "shop owner", "nurse", "bus driver", "pensioner", "student", "farmer"];
const STREETS = ["Market", "Station", "Harbour", "Mill", "Church", "Garden", "Bridge", "Castle"];

/**
 * An article of `syntheticArticle` with two more paragraphs naming people and streets made up for
 * it alone. The plain articles share most of their word triples (one set of templates), so the
 * resolver's near-duplicate test (Jaccard ≥ 0.5) groups a large part of any corpus of them; these
 * are near-duplicates of a handful of others at most, like the articles of a news feed, so
 * resolving them costs what resolving news does. Deterministic for a seed.
 */
export function syntheticFeedArticle(n: number, seed = 1): SyntheticArticle {
  const base = syntheticArticle(n, seed);
  const next = seededRandom(seed * 7_000_003 + n);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const name = () => {
    let s = "";
    for (let i = 0, k = 2 + Math.floor(next() * 2); i < k; i++) s += pick(SYLLABLES);
    return capitalise(s);
  };
  const [resident, other, shop, district] = [name(), name(), name(), name()];
  const street = `${pick(STREETS)} Street`;
  const extra = [
    `${resident} ${name()}, a ${pick(ROLES)} who lives near ${street} in ${district}, said the crowd reached the ${shop} building before noon. ${resident} said nobody from ${district} had been told of the march in advance.`,
    `A neighbour, ${other} ${name()}, said the ${shop} family closed their bakery on ${street} for the day. Residents of ${district} plan to meet ${other} and local officials at the ${shop} hall.`,
  ];
  const [title, ...paragraphs] = base.text.split("\n\n");
  return { ...base, text: [title, ...paragraphs.slice(0, 2), ...extra, ...paragraphs.slice(2)].join("\n\n") };
}

/** `syntheticFeedArticle`s as a JSONL batch. */
export function syntheticFeedJsonl(count: number, seed = 1): string {
  let out = "";
  for (let n = 0; n < count; n++) out += `${JSON.stringify(syntheticFeedArticle(n, seed))}\n`;
  return out;
}
