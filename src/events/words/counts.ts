import type { Count } from "../schema.ts";
import { words } from "./word-set.ts";

/** Counts: counted nouns and verbs and what they measure, and the words around a number. */

/** Counted nouns and what their count measures ("12 dead" → killed). */
export const COUNT_NOUNS: Record<string, Count["what"]> = {
  dead: "killed",
  killed: "killed",
  death: "killed",
  deaths: "killed",
  fatality: "killed",
  fatalities: "killed",
  body: "killed",
  life: "killed",
  injured: "injured",
  wounded: "injured",
  hurt: "injured",
  injury: "injured",
  arrested: "arrested",
  detained: "arrested",
  detainee: "arrested",
  arrest: "arrested",
  soldier: "troops",
  troop: "troops",
  troops: "troops",
  serviceman: "troops",
  servicemen: "troops",
  peacekeeper: "troops",
  personnel: "troops",
  marine: "troops",
  paratrooper: "troops",
  protester: "protesters",
  protestor: "protesters",
  demonstrator: "protesters",
  marcher: "protesters",
  displaced: "displaced",
  refugee: "displaced",
  evacuee: "displaced",
};
/** Verbs after a counted noun that say what happened to them ("14 people were killed"). */
export const COUNT_VERBS: Record<string, Count["what"]> = {
  kill: "killed",
  die: "killed",
  injure: "injured",
  wound: "injured",
  arrest: "arrested",
  detain: "arrested",
  displace: "displaced",
  flee: "displaced",
};
/** Counted nouns that are people ("15 villagers", "300 students"), as opposed to "three projects". */
export const PERSON_NOUNS = words(`
  people person persons civilian resident villager child children woman women man men student
  worker member supporter migrant refugee journalist activist opponent official officer passenger
  pilgrim farmer fighter militant rebel suspect individual inmate prisoner hostage family families
  demonstrator protester soldier troop policeman guard teacher doctor nurse employee national`);
/** Words of approximation before a number ("about 4,000", "around 300", "over 50"). */
export const APPROXIMATORS = words("about around over nearly almost roughly some up");
/** Words that may open a count before its noun ("an estimated 20,000 GIs", "some 300 police"). */
export const COUNT_OPENERS = new Set([
  ...APPROXIMATORS,
  "estimated",
  "approximately",
  "additional",
  "another",
]);
/** Determiners that make a number part of a description ("the two leaders"), not a count. */
export const DEFINITE_DETERMINERS = words("the these those this that its their his her our my your");
