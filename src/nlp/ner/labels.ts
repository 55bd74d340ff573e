import type { EntityLabel } from "../types.ts";

/**
 * BILOU encoding (Ratinov & Roth 2009 found it better than BIO for this model family): every
 * entity token says whether it Begins, is Inside, is the Last of, or is a Unit-length entity.
 */
export const ENTITY_TYPES: readonly EntityLabel[] = ["PER", "ORG", "LOC", "MISC"];
const PARTS = ["B", "I", "L", "U"] as const;

export const LABELS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const N_LABELS = LABELS.length;
export const OUTSIDE = 0;

/** Part (B/I/L/U) and type index of a label; label 0 is O. */
export function labelPart(label: number): string {
  return label === OUTSIDE ? "O" : PARTS[(label - 1) % 4];
}
export function labelType(label: number): number {
  return label === OUTSIDE ? -1 : Math.floor((label - 1) / 4);
}
function labelOf(part: (typeof PARTS)[number], type: number): number {
  return 1 + type * 4 + PARTS.indexOf(part);
}

/**
 * allowed[prev * N_LABELS + cur]: after O, L or U (or at sentence start, prev = OUTSIDE) only O, B
 * or U may follow; after B or I of a type only I or L of the same type.
 */
export const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array(N_LABELS * N_LABELS);
  for (let prev = 0; prev < N_LABELS; prev++) {
    const open = labelPart(prev) === "B" || labelPart(prev) === "I";
    for (let cur = 0; cur < N_LABELS; cur++) {
      const part = labelPart(cur);
      const ok = open
        ? labelType(cur) === labelType(prev) && (part === "I" || part === "L")
        : part === "O" || part === "B" || part === "U";
      table[prev * N_LABELS + cur] = ok ? 1 : 0;
    }
  }
  return table;
})();

export interface TokenSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: EntityLabel;
}

/** Entities of a BILOU sequence; an entity left open at the end of the sentence is closed there. */
export function bilouSpans(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let openType = -1;
  const close = (end: number) => {
    if (open >= 0) spans.push({ start: open, end, type: ENTITY_TYPES[openType] });
    open = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const part = labelPart(labels[i]);
    const type = labelType(labels[i]);
    if (part === "O") close(i);
    else if (part === "U") {
      close(i);
      spans.push({ start: i, end: i + 1, type: ENTITY_TYPES[type] });
    } else if (part === "B" || open < 0 || type !== openType) {
      close(i);
      open = i;
      openType = type;
      if (part === "L") close(i + 1);
    } else if (part === "L") close(i + 1);
  }
  close(labels.length);
  return spans;
}

/** IOB2 tags (the corpora's format) to entity spans, conlleval style: a stray I- starts an entity. */
export function iobSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let openType = "";
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : "O";
    const type = tag.slice(2);
    const continues = tag.startsWith("I-") && open >= 0 && type === openType;
    if (continues) continue;
    if (open >= 0) spans.push({ start: open, end: i, type: openType as EntityLabel });
    open = -1;
    if (tag !== "O" && (ENTITY_TYPES as readonly string[]).includes(type)) {
      open = i;
      openType = type;
    }
  }
  return spans;
}

/** Gold BILOU labels of a sentence from its IOB2 tags. */
export function bilouFromIob(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (const span of iobSpans(tags)) {
    const type = ENTITY_TYPES.indexOf(span.type);
    if (span.end - span.start === 1) out[span.start] = labelOf("U", type);
    else {
      out[span.start] = labelOf("B", type);
      for (let i = span.start + 1; i < span.end - 1; i++) out[i] = labelOf("I", type);
      out[span.end - 1] = labelOf("L", type);
    }
  }
  return out;
}
