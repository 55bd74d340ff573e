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
  const model = useMemo(() => {
    if (byDay.length === 0) return null;
    const first = dayNumber(byDay[0].day);
    const last = dayNumber(byDay[byDay.length - 1].day);
    const days = last - first + 1;
    const stacks = new Map<number, { type: string; n: number }[]>();
    for (const r of byDay) {
      const d = dayNumber(r.day);
      const list = stacks.get(d) ?? [];
      list.push({ type: r.type, n: r.n });
      stacks.set(d, list);
    }
    let max = 1;
    for (const list of stacks.values())
      max = Math.max(
        max,
        list.reduce((s, x) => s + x.n, 0),
      );
    const total = byDay.reduce((s, r) => s + r.n, 0);
    return { first, last, days, stacks, max, total };
  }, [byDay]);
  if (!model) return <p class="empty">No dated events match these filters.</p>;
  const barW = Math.max(1.5, W / model.days);
  const x = (d: number) => ((d - model.first) / model.days) * W;
  const dayAt = (clientX: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return model.first;
    const frac = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return Math.min(model.last, model.first + Math.floor(frac * model.days));
  };
  const bars = [];
  for (const [d, list] of model.stacks) {
    let y = H - AXIS;
    list.sort((a, b) => TYPES.indexOf(a.type as never) - TYPES.indexOf(b.type as never));
    for (const s of list) {
      const h = (s.n / model.max) * (H - AXIS - 8);
      y -= h;
      bars.push(
        <rect
          key={`${d}-${s.type}`}
          x={x(d)}
          y={y}
          width={barW}
          height={h}
          fill={typeColour(s.type)}
          class="bar"
        >
          <title>{`${dayString(d)} ${s.type}: ${s.n}`}</title>
        </rect>,
      );
    }
  }
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => model.first + Math.round(f * (model.days - 1)));
  return (
    <figure class="timeline" data-count={model.total}>
      <figcaption>
        {model.total} dated events per day, {dayString(model.first)} – {dayString(model.last)}; drag to select
        a period
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
        onPointerMove={(e) => brush && setBrush({ ...brush, to: dayAt(e.clientX) })}
        onPointerUp={() => {
          if (!brush) return;
          const a = Math.min(brush.from, brush.to);
          const b = Math.max(brush.from, brush.to);
          setBrush(null);
          props.onRange(dayString(a), dayString(b));
        }}
      >
        <line x1={0} x2={W} y1={H - AXIS} y2={H - AXIS} class="axis" />
        {bars}
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
