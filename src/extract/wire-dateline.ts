/**
 * "COLOMBO, Jan 3 (Reuters) - …", "WASHINGTON (AP) — …", "HAYWARD, Calif. (AP) —", "HANOI, Vietnam
 * (AP) —": wire copy opens with the place it was filed from, perhaps its state or country, then a
 * date or agency, then a dash (an underscore in AP's archived copy, "MOSCOW (AP)_"). Group 1 is the
 * place, group 2 its qualifier, group 3 the agency.
 */
const NAME = String.raw`[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,2}`;
const QUALIFIER = String.raw`[A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3}`;
export const WIRE_DATELINE = new RegExp(
  String.raw`^[ \t]*(${NAME})(?:,[ \t]+(${QUALIFIER}))?,?[ \t]+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?(\([A-Za-z ]+\)\s*)?(?:[-–—]{1,2}|_)\s`,
);

/**
 * The match is a dateline, not a name followed by a dash ("Kevin King, American —"): a qualified
 * one has the place in capitals or an agency.
 */
export function isDateline(m: RegExpExecArray): boolean {
  return m[2] === undefined || m[3] !== undefined || m[1] === m[1].toUpperCase();
}

/**
 * "HAVANA (AP) --", "WASHINGTON, August 13 (Xinhua) --": a line that is a wire dateline and
 * nothing else, as wire archives print it above the story's first paragraph. It is where the story
 * was filed, not its headline.
 */
export function isDatelineLine(line: string): boolean {
  const text = line.trim();
  const m = WIRE_DATELINE.exec(`${text}\n`);
  return !!m && m[0].trim().length === text.length && m[1] === m[1].toUpperCase() && isDateline(m);
}
