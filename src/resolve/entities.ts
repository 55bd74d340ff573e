import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import {
  articleAnnotations,
  entityForms,
  entityIdOfName,
  entityMentionsOfEntities,
  entityRows,
  replaceEntities,
  roleHolders,
} from "../store/resolve.ts";
import type { Database } from "../store/schema.ts";
import { type Annotations, articleEntityMentions, normalise } from "./entity-mentions.ts";
import type { PreparedArticle } from "./prepare.ts";

/**
 * Canonical entities across articles. Inside an article the NER linker already gives every mention
 * its fullest name ("Tokayev", "President Tokayev", "the Kazakh president" → "Kassym-Jomart
 * Tokayev"). Across articles, mentions are grouped by surname (organisations by name) and a group is
 * re-resolved whole whenever it gains a mention, so the result does not depend on arrival order:
 * full names are one entity each; a surname alone joins the one full-name entity of its group seen
 * in the same country, and otherwise stays an entity of its own for that country — never a match
 * across countries on a surname alone. A description ("the Kazakh president") in an article that
 * names nobody for it is the person last seen, on or before its publication date, with that office
 * in that country ("President Kassym-Jomart Tokayev" in an earlier article).
 */

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

export async function resolveEntities(
  db: Kysely<Database>,
  articleIds: readonly string[],
  prepared?: ReadonlyMap<string, PreparedArticle>,
): Promise<void> {
  const fresh: Database["entity_mentions"][] = [];
  const unprepared = articleIds.filter((id) => !prepared?.has(id));
  const read = new Map<string, Database["entity_mentions"][]>();
  for (const a of await articleAnnotations(db, unprepared))
    read.set(a.id, articleEntityMentions(a, JSON.parse(a.annotations) as Annotations));
  // In the order of the stored articles' ids, as the store returns a batch's articles.
  for (const id of [...new Set(articleIds)].sort()) {
    const given = prepared?.get(id)?.entityMentions;
    fresh.push(...(given ? given.map((m) => ({ ...m })) : (read.get(id) ?? [])));
  }
  const keys = new Set(fresh.map((m) => m.group_key));
  let forms = await entityForms(db, [...keys]);
  // A changed holder of an office changes who its descriptions name.
  const extra = [
    ...new Set(
      [...forms, ...fresh]
        .filter((m) => m.role && m.country && !m.group_key.startsWith("role:"))
        .map((m) => `role:${m.role}|${m.country}`)
        .filter((k) => !keys.has(k)),
    ),
  ];
  for (const k of extra) keys.add(k);
  forms = [...forms, ...(await entityForms(db, extra))];
  const stored = new Map(forms.map((f) => [f, f.entity_id]));
  const mentions = [...forms, ...fresh];
  const entities: Database["entities"][] = [];
  const groups = new Map<string, Database["entity_mentions"][]>();
  for (const m of mentions)
    (groups.get(m.group_key) ?? groups.set(m.group_key, []).get(m.group_key))?.push(m);
  for (const [key, group] of groups) if (!key.startsWith("role:")) entities.push(...resolveGroup(group));
  for (const [key, group] of groups)
    if (key.startsWith("role:")) entities.push(...(await resolveDescriptions(db, group, mentions)));
  const relinked = forms.filter((f) => stored.get(f) !== f.entity_id);
  const former = relinked.map((f) => stored.get(f) as string);
  await replaceEntities(db, articleIds, [...keys], fresh, relinked, former, entities);
}

/**
 * Descriptions of one office in one country: each names the person last seen holding it on or
 * before the article's date; with nobody known, the description is an entity of its own.
 */
async function resolveDescriptions(
  db: Kysely<Database>,
  group: Database["entity_mentions"][],
  resolvedNow: Database["entity_mentions"][],
): Promise<Database["entities"][]> {
  if (!group.length) return [];
  const { role, country } = group[0];
  // Stored holders take the entity their form was just resolved to, if their group was resolved now.
  const form = (m: { group_key: string; name: string; label: string; country: string | null }) =>
    `${m.group_key}|${m.name}|${m.label}|${m.country}`;
  const current = new Map(resolvedNow.filter((m) => m.entity_id).map((m) => [form(m), m.entity_id]));
  const holders = [
    ...(await roleHolders(db, role as string, country as string)),
    ...resolvedNow.filter((m) => m.role === role && m.country === country && m.entity_id && m.published_at),
  ]
    .filter((h) => h.group_key.startsWith("per:"))
    .map((h) => ({ ...h, entity_id: current.get(form(h)) ?? h.entity_id }));
  const alone: Database["entity_mentions"][] = [];
  for (const m of group) {
    const day = (m.published_at ?? "9999").slice(0, 10);
    const before = holders
      .filter((h) => (h.published_at ?? "").slice(0, 10) <= day)
      .sort(
        (a, b) =>
          (b.published_at ?? "").localeCompare(a.published_at ?? "") ||
          a.entity_id.localeCompare(b.entity_id),
      );
    if (before.length) m.entity_id = before[0].entity_id;
    else alone.push(m);
  }
  return alone.length ? resolveGroup(alone) : [];
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
    return {
      id,
      group_key: ms[0].group_key,
      name: names[0],
      type: ms[0].label === "PER" ? "person" : "organisation",
      country: mostCommon(ms.map((m) => m.country).filter((c): c is string => !!c)) ?? null,
      aliases: JSON.stringify([...new Set(ms.flatMap((m) => [m.name, m.text]))].sort()),
      // Counted by the store from every stored mention once they are written (recountEntities):
      // the group's stored mentions come here as forms, without their articles and dates.
      first_seen: null,
      last_seen: null,
      articles: 0,
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
  const rows = await entityRows(db, filter);
  // Descriptions resolved in other groups ("the Kazakh president") count for the person they name.
  const mentions = await entityMentionsOfEntities(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const own = mentions.filter((m) => m.entity_id === r.id);
    const seen = own
      .map((m) => m.published_at)
      .filter((d): d is string => !!d)
      .sort();
    return {
      id: r.id,
      name: r.name,
      type: r.type,
      ...(r.country ? { country: r.country } : {}),
      aliases: [...new Set([...JSON.parse(r.aliases), ...own.map((m) => m.text)])].sort(),
      ...(seen.length ? { firstSeen: seen[0], lastSeen: seen.at(-1) } : {}),
      articles: new Set(own.map((m) => m.article_id)).size,
    };
  });
}

/** The entity an event's actor or recipient points to (by the article's canonical name for it). */
export function entityOfActor(
  db: Kysely<Database>,
  articleId: string,
  name: string,
): Promise<string | undefined> {
  return entityIdOfName(db, articleId, name);
}
