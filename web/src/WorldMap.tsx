import { HEIGHT as H, OUTLINE, SCALE, TRANSLATE, WIDTH as W } from "virtual:world-map";
import { geoNaturalEarth1 } from "d3-geo";
import { useState } from "preact/hooks";
import type { PlaceRow } from "./api.ts";

/** Points closer than this (screen units) are drawn as one cluster. */
const CLUSTER_RADIUS = 14;

/** The projection the outline was drawn with at build time (web/vite.config.ts), to place points. */
const projection = geoNaturalEarth1().scale(SCALE).translate(TRANSLATE);

interface Cluster {
  x: number;
  y: number;
  places: PlaceRow[];
  events: number;
  reports: number;
}

/** Greedy clustering in screen space: each place joins the first cluster within the radius. */
function clusterPlaces(points: { x: number; y: number; place: PlaceRow }[], radius: number): Cluster[] {
  const clusters: Cluster[] = [];
  for (const p of [...points].sort((a, b) => b.place.events - a.place.events)) {
    const near = clusters.find((c) => (c.x - p.x) ** 2 + (c.y - p.y) ** 2 < radius ** 2);
    if (near) {
      near.places.push(p.place);
      near.events += p.place.events;
      near.reports += p.place.reports;
    } else {
      clusters.push({ x: p.x, y: p.y, places: [p.place], events: p.place.events, reports: p.place.reports });
    }
  }
  return clusters;
}

/**
 * The world drawn offline from world-atlas (Natural Earth 1:110m) with d3-geo, projected at build
 * time: no tiles, no network. A point's area grows with the reports (articles) behind it; dense points cluster and a
 * click on a cluster zooms in, a click on a place opens its page.
 */
export function WorldMap(props: { places: PlaceRow[]; onPlace: (p: PlaceRow) => void }) {
  const [zoom, setZoom] = useState<{ k: number; x: number; y: number }>({ k: 1, x: W / 2, y: H / 2 });
  const located = props.places.filter((p) => p.lat !== null && p.lon !== null);
  const points = located.flatMap((place) => {
    const xy = projection([place.lon as number, place.lat as number]);
    return xy ? [{ x: xy[0], y: xy[1], place }] : [];
  });
  const clusters = clusterPlaces(points, CLUSTER_RADIUS / zoom.k);
  const maxReports = Math.max(1, ...clusters.map((c) => c.reports));
  const total = located.reduce((s, p) => s + p.events, 0);
  const transform = `translate(${W / 2} ${H / 2}) scale(${zoom.k}) translate(${-zoom.x} ${-zoom.y})`;
  const open = (c: Cluster) => {
    if (c.places.length === 1) props.onPlace(c.places[0]);
    else setZoom({ k: Math.min(64, zoom.k * 3), x: c.x, y: c.y });
  };
  return (
    <figure class="map" data-events={total} data-points={located.length}>
      <figcaption>
        {total} events at {located.length} places{zoom.k > 1 ? ` (zoom ×${zoom.k})` : ""}; point size =
        reports
        {zoom.k > 1 && (
          <button type="button" class="link" onClick={() => setZoom({ k: 1, x: W / 2, y: H / 2 })}>
            reset zoom
          </button>
        )}
      </figcaption>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a fieldset */}
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label="World map of event places">
        <g transform={transform}>
          <path d={OUTLINE} class="land" stroke-width={0.5 / zoom.k} />
          {clusters.map((c) => {
            const r = (3 + 12 * Math.sqrt(c.reports / maxReports)) / zoom.k;
            const label =
              c.places.length === 1
                ? `${c.places[0].name} (${c.places[0].country}): ${c.events} events, ${c.reports} reports`
                : `${c.places.length} places, ${c.events} events, ${c.reports} reports — zoom in`;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be an HTML button
              <g
                key={`${c.places[0].name}-${c.places[0].country}`}
                class={c.places.length > 1 ? "point cluster" : "point"}
                tabIndex={0}
                role="button"
                aria-label={label}
                data-events={c.events}
                onClick={() => open(c)}
                onKeyDown={(e) => {
                  if (e.key !== "Enter" && e.key !== " ") return;
                  e.preventDefault();
                  open(c);
                }}
              >
                <title>{label}</title>
                <circle cx={c.x} cy={c.y} r={r} stroke-width={1 / zoom.k} />
                {c.places.length > 1 && (
                  <text x={c.x} y={c.y} dy="0.35em" text-anchor="middle" font-size={10 / zoom.k}>
                    {c.places.length}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
