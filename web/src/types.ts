/** PLOVER types in a fixed order with a fixed colour each, so a type looks the same in every view. */
export const TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

const PALETTE = [
  "#4e79a7",
  "#59a14f",
  "#8cd17d",
  "#b6992d",
  "#499894",
  "#86bcb6",
  "#f1ce63",
  "#a0cbe8",
  "#d37295",
  "#fabfd2",
  "#ff9d9a",
  "#f28e2b",
  "#b07aa1",
  "#9d7660",
  "#79706e",
  "#e15759",
];

export function typeColour(type: string): string {
  const i = TYPES.indexOf(type as (typeof TYPES)[number]);
  return i < 0 ? "#888" : PALETTE[i];
}

export const MODALITIES = ["asserted", "reported", "planned", "negated", "denied", "hypothetical"] as const;
