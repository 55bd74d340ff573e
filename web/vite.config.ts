import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { defineConfig, type Plugin } from "vite";
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };

/** The map's drawing area (SVG user units); the projection fits the world into it. */
const MAP_WIDTH = 960;
const MAP_HEIGHT = 480;

/**
 * The world outline is the same for every visitor, so it is projected and turned into an SVG path
 * here, once, instead of in each browser before the map can be drawn (decoding the TopoJSON and
 * projecting 177 countries cost the page about 90 ms of script). The module `virtual:world-map`
 * gives the path and the projection's scale and translation, from which the page places points.
 */
function worldMap(): Plugin {
  const id = "virtual:world-map";
  return {
    name: "chronicle-world-map",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
      const world = feature(topology, topology.objects.countries) as FeatureCollection;
      const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], world);
      // One decimal of a unit is finer than Natural Earth 1:110m's own detail at the largest zoom.
      const outline = geoPath(projection).digits(1)(world) ?? "";
      return [
        `export const WIDTH = ${MAP_WIDTH};`,
        `export const HEIGHT = ${MAP_HEIGHT};`,
        `export const SCALE = ${projection.scale()};`,
        `export const TRANSLATE = ${JSON.stringify(projection.translate())};`,
        `export const OUTLINE = ${JSON.stringify(outline)};`,
      ].join("\n");
    },
  };
}

// The UI is built into web/dist and committed, so `npm ci` alone gives a working `chronicle serve`.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [worldMap()],
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No inline script or style: the server's Content-Security-Policy forbids both.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
