import type { Token } from "../nlp/types.ts";

/**
 * Words that name the same kind of happening in news, so that two reports of one event written with
 * different words can be compared: inflections the tagger leaves ("Arrests" at the start of a
 * headline is read as a name), and families of verbs, nouns and adjectives that report one event —
 * a killing is reported as "killed", "shot dead", "the deaths", "the murder". Every family is true of
 * news in general; none is about one story.
 */

/**
 * Each line is one family: its name, then its words. A word may be a phrase — a verb and the
 * particle or object that follows it within a few words ("checked herself into", "caught fire",
 * "passed away") — or be limited to one part of speech ("fire/n": the blaze, not "fired shots" or
 * "fired the coach"; "v" verb, "n" noun). A word belongs to one family only.
 */
const FAMILIES = `
death: die, death, dead, kill, killing, murder, slay, slaying, fatal, fatality, homicide, manslaughter, assassinate, assassination, execute, execution, pass away, gun down
suicide: suicide, hang, hanging, overdose
shooting: shoot, shooting, shot, gunfire, gunshot, open fire, rampage, spree
stabbing: stab, stabbing
attack: attack, assault, ambush
bombing: bomb, bombing, explode, explosion, blast, detonate, detonation
injury: injure, injury, wound, hurt, maim
kidnapping: kidnap, kidnapping, abduct, abduction, take hostage, hostage
arrest: arrest, detain, detention, apprehend, capture, nab, custody, pick up, round up, re-arrest
charge: charge, accuse, accusation, indict, indictment, allege, allegation
conviction: convict, conviction, guilty, verdict
sentence: sentence, sentencing, imprison, imprisonment, jail
lawsuit: sue, lawsuit, litigation
investigation: investigate, investigation, probe, inquiry
escape: escape, flee, abscond, breakout, getaway, run away, break out, walk away
robbery: rob, robbery, heist, steal, theft, burglary, burgle, loot, looting, holdup, stickup, make off, snatch
fire: fire/n, blaze, inferno, burn, burning, arson, catch fire, set fire, burn down, flame
earthquake: earthquake, quake, temblor, tremor
storm: storm, hurricane, cyclone, typhoon, tornado
flood: flood, flooding, deluge
eruption: erupt, eruption
landslide: landslide, mudslide, avalanche
crash: crash, collision, collide, derail, derailment, accident
sinking: sink, capsize
collapse: collapse, cave in
damage: damage, destroy, destruction, devastate, devastation, wreck, ravage, ruin, raze
cut: cut, sever, rupture
outage: outage, downtime, disruption, disrupt, interruption, interrupt, blackout, go down, shut down, shutdown
hack: hack, hacking, cyberattack, breach, intrusion
fix: fix, patch, repair, plug, mend
contest: win, victory, triumph, beat, defeat, lose, loss, rout, upset
title: retain, defend
election: elect, election, vote, ballot, balloting, re-elect, reelection, runoff
acquisition: acquire, acquisition, buy, purchase, takeover, take over, merger, merge, buyout
agreement: agree, agreement, accord, deal, pact, treaty
signing: sign, signing, ink
announcement: announce, announcement, declare, declaration, reveal, disclose
release: release, launch, debut, unveil, introduce, introduction, roll out, issue/v
appointment: appoint, appointment, nominate, nomination, name/v, hire, re-hire, tap, select, choose
resignation: resign, resignation, quit, step down, stand down, depart, departure, retire, retirement
dismissal: dismiss, dismissal, sack, oust, ouster
admission: enter, admit, admission, check into, check in, hospitalize, hospitalization
discovery: find, discover, discovery, uncover, unearth, locate
disappearance: disappear, disappearance, vanish
rescue: rescue, evacuate, evacuation
invasion: invade, invasion, incursion, offensive
deployment: deploy, deployment, dispatch
protest: protest, demonstration, demonstrate, rally, march
riot: riot, rioting, unrest, clash
negotiation: negotiate, negotiation, talk, talks
meeting: meet, meeting, summit
visit: visit, trip
ban: ban, prohibit, prohibition, outlaw
`;

/** Words that name when something happened: days, months, and years written as numbers. */
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/**
 * A day, month or year ("Tuesday", "March", "2008"). Day and month names are capitalised: "may" and
 * "march" in lower case are the verb and the noun ("it may rain", "the march on the capital").
 */
export function isTimeWord(lemma: string, text: string = lemma): boolean {
  const l = lemma.toLowerCase();
  if (/^(1[89]|20)\d\d$/.test(l)) return true;
  return TIME_WORDS.has(l) && /^\p{Lu}/u.test(text);
}

/** Single words (with "/pos" when limited) and phrases ("check into") to their family's name. */
const FAMILY_OF = new Map<string, string>();
/** First words of the phrases, so a trigger only looks ahead when it can start one. */
const PHRASE_STARTS = new Set<string>();
for (const line of FAMILIES.trim().split("\n")) {
  const [name, words] = line.split(": ");
  for (const word of words.split(", ")) {
    FAMILY_OF.set(word, name);
    if (word.includes(" ")) PHRASE_STARTS.add(word.split(" ")[0]);
  }
}

/**
 * The lemma a trigger is compared by: lower case, and a plural noun the tagger did not lemmatise
 * ("Arrests", "negotiations") made singular.
 */
export function triggerLemma(lemma: string, pos: string): string {
  const l = lemma.toLowerCase();
  if ((pos !== "NOUN" && pos !== "PROPN") || l.length < 4 || !l.endsWith("s") || /(ss|us|is)$/.test(l))
    return l;
  // A four-letter word is a plural or a headline verb only after a consonant ("Sets", "Wins", "Dies";
  // not "news", "yes"), and its "-ies" is "-ie" ("dies", "ties").
  if (l.length === 4) return /[^aeiou]s$|ies$/.test(l) && l !== "news" ? l.slice(0, -1) : l;
  if (l.endsWith("ies")) return `${l.slice(0, -3)}y`;
  // "-es" after a hissing sound is the ending, not the stem ("Launches", "crashes", "taxes").
  if (/(ch|sh|x|zz)es$/.test(l)) return l.slice(0, -2);
  return l.slice(0, -1);
}

/** The word's own part of speech in the family lists: v or n. */
function posKey(pos: string | undefined): string | undefined {
  if (pos === "VERB") return "v";
  if (pos === "NOUN" || pos === "PROPN") return "n";
  return undefined;
}

/** The family of a trigger lemma, when it has one ("pos" is the tagger's part of speech). */
export function eventFamily(lemma: string, pos?: string): string | undefined {
  const key = posKey(pos);
  const direct = (key && FAMILY_OF.get(`${lemma}/${key}`)) || FAMILY_OF.get(lemma);
  if (direct) return direct;
  // A participle the tagger kept as an adjective ("injured", "wounded", "escaped"): its verb.
  if (lemma.endsWith("ed") && lemma.length > 4)
    return FAMILY_OF.get(lemma.slice(0, -1)) ?? FAMILY_OF.get(lemma.slice(0, -2));
  return undefined;
}

/** Words after a trigger that may complete its phrase ("checked herself into", "passed away"). */
const PHRASE_WINDOW = 3;

/**
 * The family of the trigger at `trigger`, reading the phrase it starts when there is one ("checked
 * into" is an admission where "checked" alone is not; "caught fire" is a fire).
 */
export function triggerFamily(tokens: readonly Token[], trigger: number): string | undefined {
  const t = tokens[trigger];
  const lemma = triggerLemma(t.lemma, t.pos);
  if (PHRASE_STARTS.has(lemma))
    for (let k = trigger + 1; k <= trigger + PHRASE_WINDOW && k < tokens.length; k++) {
      if (tokens[k].sentence !== t.sentence) break;
      const phrase = FAMILY_OF.get(`${lemma} ${tokens[k].lemma.toLowerCase()}`);
      if (phrase) return phrase;
    }
  return eventFamily(lemma, t.pos);
}
