/** Made at build time by web/vite.config.ts from world-atlas (Natural Earth 1:110m). */
declare module "virtual:world-map" {
  /** The drawing area, in SVG user units. */
  export const WIDTH: number;
  export const HEIGHT: number;
  /** geoNaturalEarth1's scale and translation that fit the world into the drawing area. */
  export const SCALE: number;
  export const TRANSLATE: [number, number];
  /** Every country's outline, projected, as SVG path data. */
  export const OUTLINE: string;
}
