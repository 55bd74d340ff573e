/**
 * Words that name the same kind of happening in news, so that two reports of one event written with
 * different words can be compared: inflections the tagger leaves ("Arrests" at the start of a
 * headline is read as a name), and families of verbs, nouns and adjectives that report one event —
 * a killing is reported as "killed", "shot dead", "the deaths", "the murder". Every family is true of
 * news in general; none is about one story.
 */

/** Each line is one family: its words report the same kind of event. */
const FAMILIES = `
die death dead kill killing murder slay slaying fatal fatality
shoot shooting shot gunfire
earthquake quake temblor tremor
fire blaze inferno
win victory triumph
defeat beat
arrest detain detention
injure injury wound
explode explosion blast
bomb bombing
attack assault
elect election
acquire acquisition buy purchase takeover
announce announcement
negotiate negotiation talk
resign resignation quit
appoint appointment nominate nomination
escape flee
rob robbery heist steal theft
hang hanging suicide
sentence sentencing
charge accuse accusation
find discover discovery
crash collision
flood flooding
storm hurricane cyclone typhoon
`;

const FAMILY_OF = new Map<string, string>();
for (const line of FAMILIES.trim().split("\n")) {
  const words = line.split(" ");
  for (const w of words) FAMILY_OF.set(w, words[0]);
}

/**
 * The lemma a trigger is compared by: lower case, and a plural noun the tagger did not lemmatise
 * ("Arrests", "negotiations") made singular.
 */
export function triggerLemma(lemma: string, pos: string): string {
  const l = lemma.toLowerCase();
  if ((pos !== "NOUN" && pos !== "PROPN") || l.length <= 4 || !l.endsWith("s") || /(ss|us|is)$/.test(l))
    return l;
  return l.endsWith("ies") ? `${l.slice(0, -3)}y` : l.slice(0, -1);
}

/** The family of a trigger lemma (its first word), when it has one. */
export function eventFamily(lemma: string): string | undefined {
  return FAMILY_OF.get(lemma);
}
