import { useMemo, useRef, useState } from "preact/hooks";
import type { Stats } from "./api.ts";
import { TYPES, typeColour } from "./types.ts";

const W = 1000;
const H = 230;
const AXIS = 20;
const DAY_MS = 86_400_000;

const dayNumber = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * Events per day stacked by type. Dragging across it (the brush) sets the time filter; the same
 * filter is reachable from the keyboard through the date fields of the filter bar.
 */
export function Timeline(props: { stats: Stats; onRange: (since: string, until: string) => void }) {
  const { byDay } = props.stats;
  const svg = useRef<SVGSVGElement>(null);
  const [brush, setBrush] = useState<{ from: number; to: number } | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  // Everything drawn depends on the counts only, so it is computed once per response, not again on
  // each render (hovering re-renders on every pointer move).
  const model = useMemo(() => {
    if (byDay.length === 0) return null;
    const stacks = new Map<number, { type: string; n: number }[]>();
    // Rows come ordered by day: each day's string is parsed once, not once per type.
    let dayText = "";
    let d = 0;
    for (const r of byDay) {
      if (r.day !== dayText) {
        dayText = r.day;
        d = dayNumber(r.day);
      }
      const list = stacks.get(d) ?? [];
      list.push({ type: r.type, n: r.n });
      stacks.set(d, list);
    }
    const first = dayNumber(byDay[0].day);
    const last = dayNumber(byDay[byDay.length - 1].day);
    const days = last - first + 1;
    let max = 1;
    let total = 0;
    for (const list of stacks.values()) {
      const n = list.reduce((s, x) => s + x.n, 0);
      max = Math.max(max, n);
      total += n;
    }
    const barW = Math.max(1.5, W / days);
    const x = (day: number) => ((day - first) / days) * W;
    // One path per type instead of one rectangle per day and type: with 10,000 events over two
    // years that is 16 elements instead of about 7,000.
    const order = new Map<string, number>(TYPES.map((t, i) => [t, i]));
    const paths = new Map<string, string[]>();
    for (const [day, list] of stacks) {
      let y = H - AXIS;
      list.sort((a, b) => (order.get(a.type) ?? TYPES.length) - (order.get(b.type) ?? TYPES.length));
      for (const s of list) {
        const h = (s.n / max) * (H - AXIS - 8);
        y -= h;
        const segments = paths.get(s.type) ?? [];
        segments.push(
          `M${x(day).toFixed(1)} ${y.toFixed(1)}h${barW.toFixed(1)}v${h.toFixed(1)}h${(-barW).toFixed(1)}z`,
        );
        paths.set(s.type, segments);
      }
    }
    return {
      first,
      last,
      days,
      stacks,
      total,
      barW,
      x,
      paths: [...paths].map(([type, segments]) => ({ type, d: segments.join("") })),
    };
  }, [byDay]);
  if (!model) return <p class="empty">No dated events match these filters.</p>;
  const { barW, x } = model;
  const dayAt = (clientX: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return model.first;
    const frac = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return Math.min(model.last, model.first + Math.floor(frac * model.days));
  };
  const hoverList = hover === null ? undefined : model.stacks.get(hover);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => model.first + Math.round(f * (model.days - 1)));
  return (
    <figure class="timeline" data-count={model.total}>
      <figcaption>
        {model.total} dated events per day, {dayString(model.first)} – {dayString(model.last)}; drag to select
        a period
        <output class="hover">
          {hover !== null &&
            `${dayString(hover)}: ${hoverList ? hoverList.map((t) => `${t.type} ${t.n}`).join(", ") : "no events"}`}
        </output>
      </figcaption>
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Timeline: ${model.total} dated events from ${dayString(model.first)} to ${dayString(model.last)}`}
        onPointerDown={(e) => {
          (e.currentTarget as Element).setPointerCapture(e.pointerId);
          const d = dayAt(e.clientX);
          setBrush({ from: d, to: d });
        }}
        onPointerMove={(e) =>
          brush ? setBrush({ ...brush, to: dayAt(e.clientX) }) : setHover(dayAt(e.clientX))
        }
        onPointerLeave={() => setHover(null)}
        onPointerUp={() => {
          if (!brush) return;
          const a = Math.min(brush.from, brush.to);
          const b = Math.max(brush.from, brush.to);
          setBrush(null);
          props.onRange(dayString(a), dayString(b));
        }}
      >
        <line x1={0} x2={W} y1={H - AXIS} y2={H - AXIS} class="axis" />
        {model.paths.map((p) => (
          <path key={p.type} class="bar" d={p.d} fill={typeColour(p.type)} data-type={p.type} />
        ))}
        {ticks.map((t) => (
          <text key={t} x={Math.min(W - 40, Math.max(40, x(t)))} y={H - 5} class="tick" text-anchor="middle">
            {dayString(t)}
          </text>
        ))}
        {brush && (
          <rect
            class="brush"
            x={x(Math.min(brush.from, brush.to))}
            width={Math.max(barW, Math.abs(x(brush.to) - x(brush.from)) + barW)}
            y={0}
            height={H - AXIS}
          />
        )}
      </svg>
      <ul class="legend">
        {props.stats.byType.map((t) => (
          <li key={t.type}>
            <span class="swatch" style={{ background: typeColour(t.type) }} />
            {t.type} {t.n}
          </li>
        ))}
      </ul>
    </figure>
  );
}
