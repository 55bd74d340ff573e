import type { Doc } from "../nlp/types.ts";
import { EXPLOSIVE_WORDS } from "./words.ts";

/**
 * What an attack was carried out with, read from the words around it: sets the PLOVER ASSAULT
 * mode and a finer `weapon` (ACLED separates grenades, IEDs, shelling, air strikes, chemical weapons).
 * Each entry: the words (one phrase per line), the PLOVER mode, the weapon name. A phrase marked
 * "+" counts only in a sentence that names explosives ("detonated explosives, killing themselves"
 * is a suicide bombing; a gunman "killing himself" after a shooting is not).
 */
const INSTRUMENTS = `
tear gas|teargas|water cannon|rubber bullets|batons|pepper spray|stun grenade|stun grenades|flash-bang|flashbangs|crowd-control|crowd-control
sexually|sexual|rape|raped|molested|molest|sexual assault|sexual violence|sexual|sexual
chemical weapon|chemical weapons|chemical attack|chlorine|sarin|mustard gas|sulfur mustard|sulphur mustard|toxic gas|poison gas|nerve agent|poisonous gas|unconventional|chemical
suicide bomber|suicide bombers|blow themselves up|blow himself up|blow herself up|blown himself up|blown themselves up|+killing themselves|+killing himself|+killing herself|detonated themselves|detonated himself|detonated herself|suicide bombing|suicide bombings|suicide attack|suicide attacks|suicide attacker|kamikaze|kamikazes|suicide vest|suicide car|suicide vehicle|suicide vehicle-borne|suicide truck|suicide belt|suicide bombs|blew himself up|blew herself up|blew themselves up|suicide-attack|suicide bomb
grenade|grenades|hand grenade|hand grenades|grenade attack|explosives|grenade
airstrike|airstrikes|air strike|air strikes|air raid|air raids|air-strike|air-strikes|airstrikes|bomber jets|bomber aircraft|coalition aircraft|military aircraft|planes|warplane|warplanes|fighter jets|jets|helicopter gunship|helicopter gunships|bombed from the air|aerial bombardment|aerial|aircraft
drone|drones|drone strike|drone strikes|unmanned aerial|drone|drone
shelling|shelled|shells|artillery|mortar|mortars|mortar shells|rocket|rockets|missile|missiles|howitzer|howitzers|tank fire|tanks|shell|heavy-weapons|artillery
improvised explosive|ied|ieds|roadside bomb|roadside bombs|landmine|landmines|land mine|mine exploded|car bomb|car bombs|bomb went|bomb planted|explosive-laden|bomb exploded|bomb blast|explosive device|booby trap|remote-controlled|planted bomb|magnetic bomb|explosives|ied
knife|knives|machete|machetes|axe|stabbed|stones|stone-pelting|sticks|clubs|primitive|blade
gunmen|gunfire|shot dead|opened fire|shooting|gun|guns|rifle|rifles|shotgun|shotguns|shotgun shell|shotgun shells|handgun|handguns|pistol|pistols|revolver|firearms|bullets|exchange of fire|exchanged fire|firefight|gun battle|firearms|firearms
`;

interface Instrument {
  words: string[][];
  /** The phrases (by index in `words`) that need an explosive named in the sentence. */
  withExplosive: ReadonlySet<number>;
  mode: string;
  weapon: string;
}

const TABLE: Instrument[] = INSTRUMENTS.trim()
  .split("\n")
  .map((line) => {
    const parts = line.split("|");
    const weapon = parts.pop() as string;
    const mode = parts.pop() as string;
    const withExplosive = new Set(parts.flatMap((p, k) => (p.startsWith("+") ? [k] : [])));
    return { words: parts.map((p) => p.replace(/^\+/, "").split(" ")), withExplosive, mode, weapon };
  });

/** The ASSAULT modes the table sets (checked against PLOVER by a test). */
export const INSTRUMENT_MODES: readonly string[] = [...new Set(TABLE.map((i) => i.mode))];

/** The instrument named nearest to the trigger in its sentence, if any (earlier lines win ties). */
export function instrumentOf(
  doc: Doc,
  sentence: number,
  triggerStart: number,
): { mode: string; weapon: string } | undefined {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  // Each step down the table costs RANK_SLACK characters of distance.
  let best: { instrument: Instrument; cost: number } | undefined;
  let explosive: boolean | undefined;
  const namesExplosive = () => {
    explosive ??= tokens.slice(s.tokenStart, s.tokenEnd).some((t) => EXPLOSIVE_WORDS.has(t.norm));
    return explosive;
  };
  // "the Bureau of Alcohol, Tobacco, Firearms and Explosives": words inside an organisation's name,
  // or capitalised inside a sentence written in lower case, name no weapon used.
  // Read only when a phrase matches: most sentences name no instrument.
  let names: Doc["entities"] | undefined;
  let titleCase: boolean | undefined;
  const isTitleCase = () => {
    if (titleCase === undefined) {
      const words = tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => /^\p{L}/u.test(t.text));
      titleCase = words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 > words.length;
    }
    return titleCase;
  };
  const capitalised = (k: number) => /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? "");
  // A capitalised word in a list of capitalised words ("Tobacco, Firearms and Explosives"); not an
  // acronym ("two IEDs") nor a capital after a lower-case word ("filled with Chlorine gas").
  const inNameList = (i: number) => {
    if (i <= s.tokenStart || !capitalised(i) || isTitleCase()) return false;
    const prev = tokens[i - 1];
    return (
      capitalised(i - 1) ||
      ((prev.text === "," || prev.norm === "and" || prev.text === "&") && capitalised(i - 2))
    );
  };
  const named = (i: number) => {
    names ??= doc.entities.filter((e) => e.sentence === sentence && e.label === "ORG");
    return names.some((e) => e.start <= tokens[i].start && tokens[i].end <= e.end) || inNameList(i);
  };
  // Index loops without closures: this runs for every token of an attack's or protest's sentence
  // against every phrase of the table, and iterator entries and per-phrase closures were the
  // largest source of garbage in the pipeline threads.
  for (let rank = 0; rank < TABLE.length; rank++) {
    const instrument = TABLE[rank];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      for (let p = 0; p < instrument.words.length; p++) {
        if (
          phraseAt(tokens, i, instrument.words[p], s.tokenEnd) &&
          (!instrument.withExplosive.has(p) || namesExplosive()) &&
          !named(i)
        ) {
          const cost = Math.abs(tokens[i].start - triggerStart) + RANK_SLACK * rank;
          if (!best || cost < best.cost) best = { instrument, cost };
        }
      }
    }
  }
  return best ? { mode: best.instrument.mode, weapon: best.instrument.weapon } : undefined;
}

/** The phrase's words are the tokens from `i` on, before the sentence's end `end`. */
function phraseAt(tokens: Doc["tokens"], i: number, phrase: readonly string[], end: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (i + k >= end || tokens[i + k]?.norm !== phrase[k]) return false;
  return true;
}

/** Characters of distance that one step up the table is worth: a grenade named a little further away still beats "explosives". */
const RANK_SLACK = 15;
