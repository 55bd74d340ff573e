import { useEffect, useMemo, useState } from "preact/hooks";
import { type ArticleView, api, type Highlight } from "./api.ts";
import { follow, hrefFor } from "./route.ts";
import { typeColour } from "./types.ts";

const FIELDS = [
  "trigger",
  "actor",
  "recipient",
  "place",
  "time",
  "count",
  "attribution",
  "entity",
  "timex",
  "quantity",
  "toponym",
];

interface Segment {
  start: number;
  end: number;
  covering: Highlight[];
}

/** Cuts the text at every span boundary; each piece knows every highlight that covers it. */
function segments(text: string, highlights: Highlight[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, covering: highlights.filter((h) => h.start <= start && h.end >= end) });
  }
  return out;
}

/** The innermost span is the one a reader points at: the shortest; event values before plain annotations. */
function innermost(covering: Highlight[]): Highlight {
  return [...covering].sort(
    (a, b) => a.end - a.start - (b.end - b.start) || Number(!!b.eventId) - Number(!!a.eventId),
  )[0];
}

function goToEvent(id: string) {
  const card = document.getElementById(`event-${id}`);
  card?.scrollIntoView({ block: "center" });
  card?.focus();
}

/** Clean text, as text (never as HTML), with every extracted value marked where its evidence is. */
export function ArticlePage(props: { id: string; selected?: string }) {
  const [article, setArticle] = useState<ArticleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | undefined>(props.selected);
  useEffect(() => {
    setArticle(null);
    api<ArticleView>(`/api/articles/${encodeURIComponent(props.id)}`)
      .then(setArticle)
      .catch((e: Error) => setError(e.message));
  }, [props.id]);
  useEffect(() => {
    if (article && props.selected) goToEvent(props.selected);
  }, [article, props.selected]);
  const pieces = useMemo(() => (article ? segments(article.text, article.highlights) : []), [article]);
  if (error) return <p class="error">{error}</p>;
  if (!article) return <p aria-busy="true">Loading…</p>;
  return (
    <article class="article-page">
      <header>
        <h1 class="article-title">{article.title}</h1>
        <p class="meta">
          {[article.site, article.publishedAt, article.lang].filter(Boolean).join(" · ")}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          )}
        </p>
        <ul class="legend fields" aria-label="Highlight colours">
          {FIELDS.map((f) => (
            <li key={f}>
              <mark class={`hl hl-${f}`}>{f}</mark>
            </li>
          ))}
        </ul>
      </header>
      <div class="article-body">
        <div class="article-text" data-highlights={article.highlights.length}>
          {pieces.map((s) => {
            const text = article.text.slice(s.start, s.end);
            if (s.covering.length === 0) return text;
            const top = innermost(s.covering);
            const eventIds = [...new Set(s.covering.map((h) => h.eventId).filter(Boolean))] as string[];
            const active = selected !== undefined && eventIds.includes(selected);
            const go = () => {
              const id = top.eventId ?? eventIds[0];
              if (id) {
                setSelected(id);
                goToEvent(id);
              }
            };
            return (
              <mark
                key={s.start}
                class={`hl hl-${top.field}${active ? " active" : ""}`}
                data-field={top.field}
                data-event={top.eventId}
                title={s.covering.map((h) => h.label).join("\n")}
                tabIndex={eventIds.length ? 0 : undefined}
                onClick={go}
                onKeyDown={(e) => e.key === "Enter" && go()}
              >
                {text}
              </mark>
            );
          })}
        </div>
        <aside class="article-events" aria-label="Events in this article">
          <h2>{article.events.length} events</h2>
          {article.events.map((e) => (
            <section
              key={e.id}
              id={`event-${e.id}`}
              class={`event-card${selected === e.id ? " active" : ""}`}
              tabIndex={-1}
              data-event={e.id}
            >
              <h3>
                <span class="dot" style={{ background: typeColour(e.type) }} />
                {e.type}
                {e.mode ? ` · ${e.mode}` : ""} <small>{e.modality}</small>
              </h3>
              <dl>
                {e.actor && (
                  <>
                    <dt>actor</dt>
                    <dd>
                      <a
                        href={hrefFor("entity", e.actor.entity ?? e.actor.text)}
                        onClick={(ev) =>
                          follow(ev, hrefFor("entity", e.actor?.entity ?? e.actor?.text ?? ""))
                        }
                      >
                        {e.actor.entity ?? e.actor.text}
                      </a>
                    </dd>
                  </>
                )}
                {e.recipient && (
                  <>
                    <dt>recipient</dt>
                    <dd>{e.recipient.entity ?? e.recipient.text}</dd>
                  </>
                )}
                {e.place && (
                  <>
                    <dt>place</dt>
                    <dd>
                      {e.place.name}, {e.place.country}
                      {e.place.fromFocus ? " (article focus)" : ""}
                    </dd>
                  </>
                )}
                {e.time && (
                  <>
                    <dt>time</dt>
                    <dd>
                      {e.time.value} ({e.time.relation}
                      {e.time.text ? `, “${e.time.text}”` : ""})
                    </dd>
                  </>
                )}
                {e.counts.map((c) => (
                  <>
                    <dt>{c.what}</dt>
                    <dd>
                      {c.value}
                      {c.max !== undefined && c.max !== c.value ? `–${c.max}` : ""} (“{c.text}”)
                    </dd>
                  </>
                ))}
                {e.attribution && (
                  <>
                    <dt>according to</dt>
                    <dd>
                      {e.attribution.source} ({e.attribution.cue})
                    </dd>
                  </>
                )}
                <dt>confidence</dt>
                <dd>{e.confidence}</dd>
              </dl>
              <button
                type="button"
                class="link"
                onClick={() => {
                  setSelected(e.id);
                  document
                    .querySelector(`mark[data-event="${CSS.escape(e.id)}"]`)
                    ?.scrollIntoView({ block: "center" });
                }}
              >
                Show in text
              </button>
            </section>
          ))}
        </aside>
      </div>
    </article>
  );
}
