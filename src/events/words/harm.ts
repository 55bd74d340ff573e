import { BUILDING_WORDS, WEAPON_NOUNS } from "./conditions.ts";
import { words } from "./word-set.ts";

/** Violence, weapons, accidents and disasters: what makes harm an attack, and what makes it none. */

/** Attacks that news names by their place or occasion: "the Kenya embassy bombing", "the Olympic bombing". */
export const NAMED_ATTACK_NOUNS = words(
  "bombing bombings blast blasts explosion explosions massacre massacres shooting shootings attack attacks assault stabbing stabbings killing killings murder murders rampage",
);
/** Accidents and disasters that kill without an attacker: "killed in a helicopter crash". */
export const ACCIDENT_WORDS = words(`
  crash crashes accident accidents collision collisions fire fires blaze flood floods flooding storm
  storms earthquake quake landslide landslides mudslide avalanche stampede cyclone hurricane typhoon
  tornado derailment shipwreck sinking capsizing drowning`);
/** What crowd-control verbs act on ("crushed the protests", "quelled the unrest"). */
export const CROWD_WORDS = words(`
  protest protests demonstration demonstrations rally rallies protester protesters demonstrator
  demonstrators crowd crowds unrest uprising uprisings riot riots rioters marchers gathering
  gatherings sit-in`);
/** Vague violence words that, in an article about riots, are the riots. */
export const GENERIC_VIOLENCE = words("violence unrest clash clashes turmoil");
/** Triggers that name violence or agreement with two sides ("rioters and police clashed"). */
export const MUTUAL_TRIGGERS = words("clashed clash fought clashes signed sign agreed");
/** Weapon words after a seizure verb: named arms plus the kinds police list in a haul. */
export const WEAPON_WORDS: ReadonlySet<string> = new Set([
  ...WEAPON_NOUNS,
  ...words(`
  ammunitions landmines grenade missiles rifle gun pistol revolver revolvers firearms cartridges
  rounds kalashnikov launcher launchers mortars shells detonators munitions baton batons truncheons`),
]);
/**
 * Guns by their make or model ("returned with a .357 Magnum", "armed with a Glock"): weapons, never
 * who acts, though the recogniser may take them for names. Not makes that are also places or people
 * (Winchester, Colt, Remington).
 */
export const GUN_NAMES = words(
  "magnum magnums glock glocks kalashnikov kalashnikovs uzi uzis ak-47 ak-47s ar-15 ar-15s m16 m-16",
);
/** Heads of a passive's agent phrase that name the means, not who used it ("by a police bullet"). */
export const INSTRUMENT_HEADS: ReadonlySet<string> = new Set([
  ...WEAPON_WORDS,
  ...words("bullet bullets gunfire fire shell shrapnel missile airstrike airstrikes strike strikes"),
]);
/** Acts that are the mode of an assault whatever weapon was used. */
export const ACT_MODES = words("abduct sexual torture beat targeted");
/** Adverbs (and the adjective) that say harm was not meant. */
export const ACCIDENT_ADVERBS = words("accidentally accidently accidental inadvertently unintentionally");
/** Verbs of a vehicle out of control: "a car veered into the crowd, killing two" (a ramming "plows" or "rams"). */
export const ACCIDENT_VERBS = words("veer skid overturn collide derail capsize");
/** Words that make a fire an attack: "nearly destroyed by arsonists", "torched", "firebombed". */
export const ARSON_WORDS = words(`
  arson arsonist arsonists torched firebomb firebombed firebombing petrol molotov ablaze looted
  looting attack attacks attackers`);
/** Fires, whose stories tell evacuations as safety: "a fire destroyed the supermarket". */
export const FIRE_WORDS = words("fire fires blaze blazes flames inferno wildfire wildfires");
/** Why people are evacuated when no party aids them: "as a precaution", "after a gas leak". */
export const EVACUATION_CAUSES = new Set([
  ...FIRE_WORDS,
  ...words("precaution smoke leak leaks flood floods flooding storm hurricane bomb-scare scare alarm"),
]);
/** Words that say a driver meant the harm: "rammed his car into the crowd", "deliberately drove". */
export const DELIBERATE_WORDS = words(`
  ram rammed ramming deliberately intentionally purposely purposefully deliberate intentional
  terror terrorist terrorism attack attacker`);
/** Gatherings whose prevention restricts those who would hold them ("police prevented the demonstration"). */
export const PREVENTED_GATHERINGS = words(`
  demonstration demonstrations protest protests march marches rally rallies meeting meetings
  gathering gatherings vigil strike sit-in congress conference`);
/** What a passive "found" reports found dead, not seized. */
export const BODY_WORDS = words("body bodies corpse corpses remains");
/**
 * Verbs and nouns that hold, make or give up arms: "possess chemical weapons", "a stockpile of
 * chemical weapons", "develop biological weapons" tell an arsenal, no attack.
 */
export const ARMS_HOLDING_WORDS = words(`
  possess have own hold keep develop produce manufacture make build acquire obtain stockpile store
  hide declare destroy dismantle surrender possession stockpiles stock stocks arsenal arsenals
  programme programmes program programs production`);
/** Natural disasters: in a story that opens with one, harm with no attacker is its toll ("Tonban was all but destroyed"). */
export const NATURAL_DISASTERS = words(`
  earthquake earthquakes quake quakes tremor aftershock aftershocks tsunami flood floods flooding
  cyclone hurricane typhoon tornado storm storms landslide landslides mudslide avalanche eruption
  volcano wildfire wildfires drought`);
/** Buildings and places emptied by an evacuation ("the bank was evacuated"): no aid to a party. */
export const EVACUATED_PLACES: ReadonlySet<string> = new Set([
  ...BUILDING_WORDS,
  ...words(`
  bank banks school schools hotel hotels airport station store stores mall plant factory courthouse
  campus area block neighborhood neighbourhood premises branch`),
]);
/** Operations a force carries out, whose modifier names it ("a police raid", "an army operation"). */
export const OPERATION_NOUNS = words(
  "raid raids crackdown operation operations sweep offensive ambush assault airstrike airstrikes",
);
/** Words that name explosives, beside which "killing themselves" is a suicide bombing (instruments.ts). */
export const EXPLOSIVE_WORDS = words(
  "explosive explosives bomb bombs device devices blast detonated detonating detonate grenade grenades vest vests",
);
