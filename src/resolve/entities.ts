import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { EntityMention } from "../nlp/types.ts";
import {
  articleAnnotations,
  entityIdOfName,
  entityMentionsOfGroups,
  entityRows,
  replaceEntities,
} from "../store/resolve.ts";
import type { Database } from "../store/schema.ts";

/**
 * Canonical entities across articles. Inside an article the NER linker already gives every mention
 * its fullest name ("Tokayev", "President Tokayev", "the Kazakh president" → "Kassym-Jomart
 * Tokayev"). Across articles, mentions are grouped by surname (organisations by name) and a group is
 * re-resolved whole whenever it gains a mention, so the result does not depend on arrival order:
 * full names are one entity each; a surname alone joins the one full-name entity of its group seen
 * in the same country, and otherwise stays an entity of its own for that country — never a match
 * across countries on a surname alone.
 */

/** Titles the linker may leave in a canonical name ("President Tokayev"). */
const TITLES = new Set(
  "mr mrs ms dr prof president minister general gen sir dame prime foreign defence defense king queen emir chancellor".split(
    " ",
  ),
);

export interface CanonicalEntity {
  id: string;
  name: string;
  type: string;
  country?: string;
  aliases: string[];
  firstSeen?: string;
  lastSeen?: string;
  articles: number;
}

interface Annotations {
  entities: EntityMention[];
  focus: { country?: string } | null;
}

function normalise(name: string): string[] {
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

export async function resolveEntities(db: Kysely<Database>, articleIds: readonly string[]): Promise<void> {
  const fresh: Database["entity_mentions"][] = [];
  for (const a of await articleAnnotations(db, articleIds)) {
    const annotations = JSON.parse(a.annotations) as Annotations;
    for (const m of annotations.entities) {
      if (m.label !== "PER" && m.label !== "ORG") continue;
      const name = m.entity ?? m.text;
      const key = groupKey(m.label, name);
      if (!key) continue;
      fresh.push({
        id: `${a.id}:${m.start}`,
        article_id: a.id,
        group_key: key,
        name,
        text: m.text,
        label: m.label,
        country: m.country ?? annotations.focus?.country ?? null,
        published_at: a.published_at,
        entity_id: "",
      });
    }
  }
  const keys = [...new Set(fresh.map((m) => m.group_key))];
  const articles = new Set(articleIds);
  const stored = (await entityMentionsOfGroups(db, keys)).filter((m) => !articles.has(m.article_id));
  const mentions = [...stored, ...fresh];
  const entities: Database["entities"][] = [];
  for (const key of keys) entities.push(...resolveGroup(mentions.filter((m) => m.group_key === key)));
  await replaceEntities(db, articleIds, keys, mentions, entities);
}

/** Assigns `entity_id` to every mention of one group and returns the group's entities. */
function resolveGroup(mentions: Database["entity_mentions"][]): Database["entities"][] {
  const full = (m: Database["entity_mentions"]) => m.label !== "PER" || normalise(m.name).length > 1;
  const keyOf = new Map<Database["entity_mentions"], string>();
  const countriesOf = new Map<string, Set<string>>();
  for (const m of mentions.filter(full)) {
    const key = normalise(m.name).join(" ");
    keyOf.set(m, key);
    const set = countriesOf.get(key) ?? new Set<string>();
    if (m.country) set.add(m.country);
    countriesOf.set(key, set);
  }
  for (const m of mentions.filter((x) => !full(x))) {
    const fits = [...countriesOf.entries()]
      .filter(([, cs]) => m.country && cs.has(m.country))
      .map(([k]) => k);
    keyOf.set(m, fits.length === 1 ? fits[0] : `${normalise(m.name).join(" ")}|${m.country ?? "?"}`);
  }
  const byEntity = new Map<string, Database["entity_mentions"][]>();
  for (const m of mentions) {
    const key = keyOf.get(m) as string;
    const id = `ent-${createHash("sha256").update(`${m.label}:${key}`).digest("hex").slice(0, 16)}`;
    m.entity_id = id;
    const list = byEntity.get(id) ?? [];
    list.push(m);
    byEntity.set(id, list);
  }
  return [...byEntity.entries()].map(([id, ms]) => {
    const names = ms.map((m) => m.name).sort((a, b) => b.length - a.length || a.localeCompare(b));
    const seen = ms
      .map((m) => m.published_at)
      .filter((d): d is string => !!d)
      .sort();
    return {
      id,
      group_key: ms[0].group_key,
      name: names[0],
      type: ms[0].label === "PER" ? "person" : "organisation",
      country: mostCommon(ms.map((m) => m.country).filter((c): c is string => !!c)) ?? null,
      aliases: JSON.stringify([...new Set(ms.flatMap((m) => [m.name, m.text]))].sort()),
      first_seen: seen[0] ?? null,
      last_seen: seen.at(-1) ?? null,
      articles: new Set(ms.map((m) => m.article_id)).size,
    };
  });
}

function mostCommon(values: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export async function listEntities(
  db: Kysely<Database>,
  filter: { name?: string; limit?: number } = {},
): Promise<CanonicalEntity[]> {
  return (await entityRows(db, filter)).map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    ...(r.country ? { country: r.country } : {}),
    aliases: JSON.parse(r.aliases),
    ...(r.first_seen ? { firstSeen: r.first_seen } : {}),
    ...(r.last_seen ? { lastSeen: r.last_seen } : {}),
    articles: r.articles,
  }));
}

/** The entity an event's actor or recipient points to (by the article's canonical name for it). */
export function entityOfActor(
  db: Kysely<Database>,
  articleId: string,
  name: string,
): Promise<string | undefined> {
  return entityIdOfName(db, articleId, name);
}
