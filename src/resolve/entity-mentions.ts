import { countryOf, ROLE_BEFORE_NAME, ROLE_DESCRIPTION, TITLE_WINDOW } from "../nlp/ner/link.ts";
import type { EntityMention } from "../nlp/types.ts";
import type { Database } from "../store/schema.ts";

/**
 * An article's mentions of people and organisations as entity resolution groups them
 * (src/resolve/entities.ts): a pure function of what the store keeps of the article, so that it can
 * run in the pool thread that analysed the document (src/resolve/prepare.ts) or on a stored article.
 */

/** Titles the linker may leave in a canonical name ("President Tokayev"). */
const TITLES = new Set(
  "mr mrs ms dr prof president minister general gen sir dame prime foreign defence defense king queen emir chancellor".split(
    " ",
  ),
);

export interface Annotations {
  entities: EntityMention[];
  focus: { country?: string } | null;
}

export function normalise(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !TITLES.has(w.replace(/\.$/, "")));
}

/** The group a mention is resolved in: a person's surname, an organisation's whole name. */
function groupKey(label: string, name: string): string | undefined {
  const words = normalise(name);
  if (!words.length) return undefined;
  return label === "PER" ? `per:${words.at(-1)}` : `org:${words.join(" ")}`;
}

/** The entity mentions of one stored article (its id, text, publication date and annotations). */
export function articleEntityMentions(
  a: { id: string; text: string; published_at: string | null },
  annotations: Annotations,
): Database["entity_mentions"][] {
  const fresh: Database["entity_mentions"][] = [];
  const focus = annotations.focus?.country;
  const base = { article_id: a.id, published_at: a.published_at, entity_id: "" };
  for (const m of annotations.entities) {
    if (m.label !== "PER" && m.label !== "ORG") continue;
    const name = m.entity ?? m.text;
    const key = groupKey(m.label, name);
    if (!key) continue;
    const office = m.label === "PER" ? officeBefore(a.text, m.start) : undefined;
    fresh.push({
      ...base,
      id: `${a.id}:${m.start}`,
      group_key: key,
      name,
      text: office ? `${office.title} ${m.text}` : m.text,
      label: m.label,
      country: office?.country ?? m.country ?? focus ?? null,
      role: office?.role ?? null,
    });
  }
  // Descriptions the article itself could not name ("the Kazakh president" alone).
  for (const match of a.text.matchAll(ROLE_DESCRIPTION)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (annotations.entities.some((m) => m.label === "PER" && m.start < end && start < m.end)) continue;
    const role = (match[2] ?? match[3]).toLowerCase();
    const country = countryOf(match[1] ?? match[4]);
    if (!country) continue;
    fresh.push({
      ...base,
      id: `${a.id}:${start}`,
      group_key: `role:${role}|${country}`,
      name: match[0],
      text: match[0],
      label: "PER",
      country,
      role,
    });
  }
  return fresh;
}

/** "Kazakh President Tokayev": the office and country written right before a name. */
function officeBefore(
  text: string,
  start: number,
): { title: string; role: string; country?: string } | undefined {
  const match = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, start - TITLE_WINDOW), start));
  if (!match) return undefined;
  const country = match[1] ? countryOf(match[1]) : undefined;
  return { title: match[0].trim(), role: match[2].toLowerCase(), ...(country ? { country } : {}) };
}
