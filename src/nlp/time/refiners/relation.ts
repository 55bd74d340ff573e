import type { TimeExpression } from "../../types.ts";
import type { Refiner } from "../types.ts";

type Relation = NonNullable<TimeExpression["relation"]>;

/** The cue word just before an expression and the relation it sets between an event and the time. */
const CUES: [RegExp, Relation][] = [
  [/\b(?:no\s+later\s+than|by)\s+$/i, "by"],
  [/\b(?:since|ever\s+since)\s+$/i, "since"],
  [/\b(?:until|till|through|up\s+to)\s+$/i, "until"],
  [/\b(?:before|prior\s+to|ahead\s+of|earlier\s+than)\s+$/i, "before"],
  [/\b(?:after|following|from|starting|beginning|as\s+of|later\s+than)\s+$/i, "after"],
  [/\b(?:for|during|over|throughout|within|in\s+the\s+course\s+of)\s+$/i, "during"],
];

/** How far back to look for a cue word: the longest cue plus its spacing. */
const CUE_WINDOW = 24;
/**
 * A cue may govern an event noun that the time then dates: "since its independence in 1991",
 * "until the elections in March". Up to four words may sit between the cue and "in"/"on".
 */
const GOVERNED_EVENT = /\b(since|until|by|before|after)\s+(?:[\w'’-]+\s+){1,4}(?:in|on|of)\s+$/i;
const GOVERNED_WINDOW = 60;

/** "by January 22" → by; "since 1991" → since; "for several days" → during; else on (durations: during). */
export const attachRelation: Refiner = {
  name: "attach-relation",
  refine(candidates, ctx) {
    for (const c of candidates) {
      const before = ctx.text.slice(Math.max(0, c.start - CUE_WINDOW), c.start);
      const cue = CUES.find(([re]) => re.test(before));
      const governed = cue
        ? undefined
        : GOVERNED_EVENT.exec(ctx.text.slice(Math.max(0, c.start - GOVERNED_WINDOW), c.start));
      if (cue) c.relation = cue[1];
      else if (governed) c.relation = CUES.find(([re]) => re.test(`${governed[1]} `))?.[1];
      else if (c.type === "DURATION") c.relation = "during";
      else if (c.type !== "SET") c.relation = "on";
    }
    return candidates;
  },
};
