import { SEAT_BUILDINGS } from "../aliases.ts";
import type { Candidate } from "../recognize.ts";
import type { NameFilter } from "./types.ts";

/**
 * Is a seat of government named as the institution ("White House aides", "a Kremlin-backed
 * party", "rebuffed by the White House")? Then it is no toponym. It stays one where the government
 * acts through it ("the Kremlin said", an actor) or something happens at it ("protested outside
 * the White House", a strong locative cue).
 */
export function seatAsInstitution(surface: string, role: Candidate["role"], strongCue: boolean): boolean {
  return SEAT_BUILDINGS.has(surface) && role !== "actor" && !strongCue;
}

export const seatOfGovernment: NameFilter = {
  name: "seat-of-government",
  judge(span, { text }) {
    return seatAsInstitution(text.slice(span.start, span.end), span.role, span.strongCue) ? undefined : span;
  },
};
