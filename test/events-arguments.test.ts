import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Actor, EventMention } from "../src/events/schema.ts";
import { processDocument } from "../src/pipeline/index.ts";
import { readSources } from "../src/sources/index.ts";
import { EXAMPLE_DATES, EXAMPLES } from "./helpers/examples.ts";

/**
 * Arguments an analyst would accept, over every bundled example: a figure ("15 people"), a date,
 * a weapon, or a street, square or building named as where something happened is never the actor
 * or the recipient of an event.
 */

const DATES = EXAMPLE_DATES;

const COUNT =
  /^(?:(?:at least|about|around|some|nearly|more than|over|up to)\s+)?[\d,.]+\s+(?:people|persons|individuals|others)$|^\d[\d,.]*$/i;
const DATE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last week)$/i;
const WEAPON = /\b(?:grenades?|batons?|rifles?|guns?|rockets?|missiles?|bombs?|shells|mortars|tear gas)$/i;
const PLACE_NAME = /\b(?:Square|Street|Avenue|Road|Boulevard|Bridge|Stadium|Highway)$/;
const BUILDING = /\b(?:House of \w+|Building|Hall)$/;

function complaint(role: string, a: Actor | undefined): string | undefined {
  if (!a) return undefined;
  const text = a.text.trim();
  if (COUNT.test(text)) return `${role} is a count: ${text}`;
  if (DATE.test(text)) return `${role} is a date: ${text}`;
  if (WEAPON.test(text)) return `${role} is a weapon: ${text}`;
  if (PLACE_NAME.test(text)) return `${role} is a street or square: ${text}`;
  if (role === "recipient" && BUILDING.test(text) && !/^(?:the\s+)?White House$/i.test(text))
    return `${role} is a building: ${text}`;
  return undefined;
}

describe("event arguments on the bundled examples", async () => {
  const events: { uri: string; e: EventMention }[] = [];
  for await (const raw of readSources([EXAMPLES])) {
    const date = DATES.get(raw.uri.split("/").pop() ?? "");
    for (const e of processDocument(raw, date ? { publishedAt: date } : {}).events)
      events.push({ uri: raw.uri, e });
  }

  it("codes events from the examples", () => assert.ok(events.length > 50, `${events.length} events`));

  it("no event has a count, date, weapon, street, square or building as actor or recipient", () => {
    const wrong = events.flatMap(({ uri, e }) =>
      [complaint("actor", e.actor), complaint("recipient", e.recipient)]
        .filter((c) => c !== undefined)
        .map((c) => `${uri.split("/").pop()}: ${e.type} "${e.evidence.trigger.text}": ${c}`),
    );
    assert.deepEqual(wrong, []);
  });
});
