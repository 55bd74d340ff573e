import type { Actor, EventMention } from "./schema.ts";
import { ARMED_ACTOR_KINDS, ARMED_GROUP_NAMES } from "./words.ts";

/**
 * ACLED event type and sub-event type for a coded event, so that exports speak both languages.
 * Derived from the PLOVER type and mode, the weapon, the contexts, who acted on whom and the
 * casualties; the sentence is read only for the cues ACLED separates that PLOVER does not
 * (a protest met by police, a town retaken rather than taken).
 */
export type AcledInput = Pick<
  EventMention,
  "type" | "mode" | "actor" | "recipient" | "counts" | "weapon" | "contexts" | "evidence"
>;

/** Armed groups outside the state; with security forces in the same report, violence between them is a battle. */
const NON_STATE_ARMED = new RegExp(
  `\\b(militants?|rebels?|insurgents?|gunmen|fighters|terrorists?|bandits?|jihadists?|militia|militiamen|guerr?illas?|extremists?)\\b|${ARMED_GROUP_NAMES.source}`,
  "i",
);
const NON_STATE = new Set(["rebels", "rioters", "protesters", "party"]);
const STATE_FORCES = new Set(["military", "police", "government", "state"]);
/** Verbs of taking back what was lost. */
const REGAIN = /\b(re-?captur|retak|retook|regain|liberat|reclaim|recover(ed)? (control|territory))/i;
/** Authorities stepping in without lethal force: ACLED's "Protest with intervention". */
const INTERVENTION =
  /\b(dispers|tear ?gas|water ?cannons?|rubber bullets|pepper[- ]spray|baton|smoke grenades?|stun grenades?|non-?lethal|kettl|broke up|break up|breaking up|suppress|chased?|dragg?(ed)?|(police|officers|forces|authorities|troops)( \w+){0,3} (arrested|detained|blocked|stopped|intervened|removed)|(were|was|been|being) (arrested|detained)|arrests of)/i;
/** Force that kills or seriously injures: with authorities acting on a non-violent crowd, ACLED's "Excessive force against protesters". */
const SEVERE_FORCE =
  /\b(live (ammunition|fire|rounds|bullets)|opened fire|fired on|shot|gunfire|killed|killing|died|die|injur(ed|ies|ing)|wounded|beat(en|ing|s)?|hits?|excessive force|violently|brutally|crackdown|massacre)\b/i;
/** "Four protesters died from gunfire": casualties among demonstrators tell of force even when no agent is named. */
const CROWD_CASUALTIES =
  /\b(protesters?|protestors?|demonstrators?|marchers)\b( \w+){0,3} (killed|died|shot|injured|wounded)\b/i;
const AUTHORITIES =
  /\b(crackdown|police|policemen|officers?|security forces|troops|soldiers|army|forces|military|authorities|paramilitar\w*|guards?|regime)\b/i;
/** Protesters' own violence (ACLED "Violent demonstration"): attacks, property damage, barricaded roads; police using these words ("riot police") do not count. */
const VIOLENT_PROTEST =
  /\b(riot(s|ed|ing)?\b(?! (police|gear|squad|control|officers))|rioters|violent (protest|demonstrat|clash|crowd|mob)\w*|turned violent|clash(ed|es)?|scuffles?|fought|stones?|stone-(pelting|throwing)|pelt(ed|ing)|rocks|bottles|projectiles|molotov|petrol bombs?|firecrackers|fireworks|threw|throw(s|ing)?|hurl(ed|ing)?|torch(ed|ing)|set ablaze|set (on )?fire|set \w+ (on fire|ablaze|alight)|light(ed|ing)? fires|burn(ed|ing|t)|vandali[sz]|smash(ed|ing)?|damag(ed|ing)|rampag|loot(ed|ing)|breach(ed|ing)|storm(ed|ing)|broke into|pull(ed)? down|barricad\w*|block(ed|ing)? (the )?(main )?(roads?|streets?|highways?|railways?|thoroughfares|traffic|bridges?)|shut down (roads|streets|highways)|armed with)/i;
const MOB =
  /\b(mob|lynch|vigilante|angry (residents|villagers|crowd)|residents attacked|villagers attacked)/i;
const TRANSFER =
  /\b(without (a fight|resistance|fighting|clashes)|hand(ed|ing)? over|took over|take over|taken over|seiz|advanc|deserted|vacated|took control|handover|allow(ed|ing) .{0,30} to (enter|seize|take))/i;
/** "withdrew from the treaty": what was left was an agreement. */
const AGREEMENT_OBJECT =
  /^\W*(\S+\s+){0,3}?from (the |a |an |its |their )?(\S+\s+){0,3}?(pact|treaty|agreement|deal|accord|talks|negotiations|ceasefire|truce)\b/i;
/** "withdrew from the town": a place follows the verb. */
const LEFT_PLACE = /^\W*(\S+\s+){0,3}?from\b/i;
const TERRITORY_HANDED =
  /\b(territory|control|area|town|city|village|base|district|region|province|authority)\b/i;
/** Signs that ground changed hands without fighting. */
const UNCONTESTED =
  /\b(withdrawal|withdrew|withdrawn|pulled out|pull-?out|vacated|deserted|abandoned|handed|handover|without (a fight|resistance|fighting|clashes|any (resistance|fighting|clashes|armed))|no resistance)\b/i;
const BASE = /\b(set up|establish|built|build)\b/i;
const FORMATION =
  /\b(form(ed)?|launch(ed)? a new|merg|defect|recruit|join(ed)?|new (group|unit|force|brigade))/i;

/** Targets that make an attack by an armed group a battle ("attacked military positions", "a police checkpoint"); "police said" names a source, not a target. */
const SECURITY_TARGET =
  /\b(troops|soldiers|forces|army|military|police(?! (said|say|says|officials?|spokes\w+|sources|confirmed))|policemen|checkpoints?|positions|bases?|barracks|outposts?|patrols?|convoy|militiamen|fighters|servicemen)\b/i;
const RAID = /^raid/;
/** A place as the object of "captured"/"seized" when the place stage did not mark it ("seized three hill posts"). */
const PLACE_OBJECT =
  /^\W*(\S+\s+){0,4}?(towns?|villages?|city|cities|areas?|district|neighbou?rhoods?|posts?|camps?|bases?|hills?|region|province|territory|strongholds?|positions)\b/i;
const MILITARY_POST = /\b(checkpoints?|positions|bases?|barracks|outposts?|posts)\b/i;
/** How many characters after a violent verb its object is looked for. */
const OBJECT_WINDOW = 60;
const BATTLE_WORDS =
  /\b(clash|fighting|fought|battle|firefight|fire exchange|exchange of fire|exchanged fire|skirmish|shoot-?out|gunfight|gun battle|gunbattle)/i;
const ABDUCTION_TRIGGER = /^(abduct|kidnap|hostage|disappear)/;
const SEXUAL_TRIGGER = /^(rape|raping|molest|sexual)/;
/** An air force or its aircraft as the actor makes the strike an air strike ("the Syrian Air Force destroyed …"). */
const AIR_ACTOR = /\b(air ?force|warplanes?|jets|aircraft|helicopters?|drones?)\b/i;
/** The weapon a PLOVER mode implies when no instrument word was found. */
const WEAPON_OF_MODE: Record<string, string> = {
  "suicide-attack": "suicide bomb",
  aerial: "aircraft",
  drone: "drone",
  "heavy-weapons": "artillery",
  unconventional: "chemical",
  sexual: "sexual",
  // A bomb or blast with no other means named: ACLED's remote explosive.
  explosives: "ied",
};
const armed = (a?: Actor) => !!a && ARMED_ACTOR_KINDS.has(a.kind);
/** Words in an actor's name that make it the state's side, whatever kind was guessed ("Syrian army and allied fighters"). */
const STATE_NAME =
  /\b(army|armed forces|government|troops|troopers|soldiers|military|security forces|police|regime|national guard)\b/i;
const isState = (a?: Actor) =>
  !!a && (STATE_NAME.test(a.text) || (STATE_FORCES.has(a.kind) && !NON_STATE_ARMED.test(a.text)));
/** "the army and allied fighters": the first armed side named leads the coordination. */
function leadsWithState(text: string): boolean {
  const state = text.search(STATE_NAME);
  const nonState = text.search(NON_STATE_ARMED);
  return state >= 0 && (nonState < 0 || state < nonState);
}
const isNonState = (a?: Actor) =>
  !!a && !STATE_NAME.test(a.text) && (NON_STATE.has(a.kind) || NON_STATE_ARMED.test(a.text));

/**
 * The kind of protest a report tells (ACLED codebook): demonstrators' own violence makes a violent
 * demonstration whatever the police did; otherwise lethal or injuring force by the authorities is
 * excessive force, lesser force (tear gas, arrests, dispersal) an intervention, and none a peaceful protest.
 */
export function protestSubtype(text: string): { eventType: string; subEventType: string } {
  if (VIOLENT_PROTEST.test(text)) {
    return MOB.test(text) && !/\bprotest|demonstrat/i.test(text)
      ? { eventType: "Riots", subEventType: "Mob violence" }
      : { eventType: "Riots", subEventType: "Violent demonstration" };
  }
  if ((SEVERE_FORCE.test(text) && AUTHORITIES.test(text)) || CROWD_CASUALTIES.test(text))
    return { eventType: "Protests", subEventType: "Excessive force against protesters" };
  if (INTERVENTION.test(text)) return { eventType: "Protests", subEventType: "Protest with intervention" };
  return { eventType: "Protests", subEventType: "Peaceful protest" };
}

/** The object a violent verb acts on: the words right after it ("attacked an army checkpoint"). */
function objectWindow(e: AcledInput): string {
  const from = e.evidence.trigger.end - e.evidence.start;
  return e.evidence.text.slice(from, from + OBJECT_WINDOW);
}

/** ACLED's type for an act of violence: by weapon first, then by who did it to whom. */
function violenceType(e: AcledInput): { eventType: string; subEventType: string } {
  const sentence = e.evidence.text;
  const trigger = e.evidence.trigger.text.toLowerCase();
  // The verb itself may say what ACLED separates, whatever weapon was used with it ("abducted and shot dead").
  if (ABDUCTION_TRIGGER.test(trigger))
    return { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance" };
  if (SEXUAL_TRIGGER.test(trigger))
    return { eventType: "Violence against civilians", subEventType: "Sexual violence" };
  const weapon =
    e.weapon ?? (AIR_ACTOR.test(e.actor?.text ?? "") ? "aircraft" : WEAPON_OF_MODE[e.mode ?? ""]);
  switch (weapon) {
    case "sexual":
      return { eventType: "Violence against civilians", subEventType: "Sexual violence" };
    case "chemical":
      return { eventType: "Explosions/Remote violence", subEventType: "Chemical weapon" };
    case "suicide bomb":
      return { eventType: "Explosions/Remote violence", subEventType: "Suicide bomb" };
    case "grenade":
      return { eventType: "Explosions/Remote violence", subEventType: "Grenade" };
    case "aircraft":
    case "drone":
      return { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" };
    case "artillery":
      return {
        eventType: "Explosions/Remote violence",
        subEventType: "Shelling/artillery/missile attack",
      };
    case "ied":
      return { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" };
  }
  switch (e.mode) {
    case "abduct":
      return { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance" };
    case "crowd-control": {
      // Crowd-control weapons are at least an intervention; the rest of the sentence may make it more.
      const kind = protestSubtype(sentence);
      return kind.subEventType === "Peaceful protest"
        ? { eventType: "Protests", subEventType: "Protest with intervention" }
        : kind;
    }
    case "destroy":
      if (!armed(e.actor))
        return { eventType: "Strategic developments", subEventType: "Looting/property destruction" };
      break;
  }
  if (MOB.test(sentence) || e.actor?.kind === "rioters")
    return { eventType: "Riots", subEventType: "Mob violence" };
  if (e.recipient?.kind === "protesters")
    return { eventType: "Protests", subEventType: "Excessive force against protesters" };
  // A battle: fighting words, an armed side on the receiving end, or an armed group's attack on a
  // security target. One-sided violence against anyone else is an attack on civilians.
  const object = `${e.recipient?.text ?? ""} ${objectWindow(e)}`;
  const battle =
    BATTLE_WORDS.test(`${trigger} ${sentence}`) ||
    armed(e.recipient) ||
    (SECURITY_TARGET.test(object) && (armed(e.actor) || NON_STATE_ARMED.test(sentence)));
  if (battle && e.recipient?.kind !== "civilians")
    return { eventType: "Battles", subEventType: "Armed clash" };
  return { eventType: "Violence against civilians", subEventType: "Attack" };
}

export function acledType(e: AcledInput): { eventType: string; subEventType: string } {
  const sentence = e.evidence.text;
  const trigger = e.evidence.trigger.text.toLowerCase();
  switch (e.type) {
    case "PROTEST":
      // A riot is protesters' violence by definition, whatever words the sentence uses.
      return protestSubtype(e.mode === "riot" ? `${sentence} riots` : sentence);
    case "ASSAULT":
      return violenceType(e);
    case "COERCE":
      if (e.mode === "arrest") return { eventType: "Strategic developments", subEventType: "Arrests" };
      if (e.mode === "seize") {
        // A raid is an incursion, not a conquest: security forces' raids end in arrests or seized arms, others' in violence.
        if (RAID.test(trigger)) {
          if (e.weapon) return { eventType: "Strategic developments", subEventType: "Disrupted weapons use" };
          if (e.actor && STATE_FORCES.has(e.actor.kind))
            return { eventType: "Strategic developments", subEventType: "Arrests" };
          return violenceType(e);
        }
        const object = `${e.recipient?.text ?? ""} ${objectWindow(e)}`;
        const territory = e.contexts.includes("territory") || (!e.weapon && PLACE_OBJECT.test(object));
        if (territory) {
          // Ground taken after the other side left, or without a fight, changed hands without a battle.
          if (UNCONTESTED.test(sentence))
            return { eventType: "Strategic developments", subEventType: "Non-violent transfer of territory" };
          // Who took it decides: rebels "recapturing" a village still overtake it; taking ground from
          // an armed group is the state's.
          // The subject may be wider than the actor found ("the army and allied fighters captured …").
          const subject = sentence.slice(0, e.evidence.trigger.start - e.evidence.start);
          const state =
            isState(e.actor) ||
            leadsWithState(subject) ||
            (!e.actor && (isNonState(e.recipient) || REGAIN.test(sentence)));
          if (state) return { eventType: "Battles", subEventType: "Government regains territory" };
          // Insurgents overrunning a checkpoint or a base fight over a post; the area stays contested.
          if (MILITARY_POST.test(object)) return { eventType: "Battles", subEventType: "Armed clash" };
          return { eventType: "Battles", subEventType: "Non-state actor overtakes territory" };
        }
        if (e.weapon) return { eventType: "Strategic developments", subEventType: "Disrupted weapons use" };
        return { eventType: "Strategic developments", subEventType: "Looting/property destruction" };
      }
      return { eventType: "Strategic developments", subEventType: "Other" };
    case "MOBILIZE":
      if (BASE.test(trigger) || e.contexts.includes("base"))
        return { eventType: "Strategic developments", subEventType: "Headquarters or base established" };
      return { eventType: "Strategic developments", subEventType: "Change to group/activity" };
    case "RETREAT": {
      const object = objectWindow(e);
      if (e.mode === "withdraw") {
        // Leaving a pact is a (broken) agreement; leaving a place hands it over; otherwise the force moved.
        if (AGREEMENT_OBJECT.test(object))
          return { eventType: "Strategic developments", subEventType: "Agreement" };
        return TRANSFER.test(sentence) || LEFT_PLACE.test(object)
          ? { eventType: "Strategic developments", subEventType: "Non-violent transfer of territory" }
          : { eventType: "Strategic developments", subEventType: "Change to group/activity" };
      }
      if (e.mode === "release" && TERRITORY_HANDED.test(`${trigger} ${object}`))
        return { eventType: "Strategic developments", subEventType: "Non-violent transfer of territory" };
      // ACLED records surrenders, releases of prisoners and ceasefires as agreements between the sides.
      if (e.mode === "disarm" || e.mode === "release" || e.mode === "ceasefire")
        return { eventType: "Strategic developments", subEventType: "Agreement" };
      return { eventType: "Strategic developments", subEventType: "Other" };
    }
    case "CONSULT":
      // Talks between the sides are what ACLED keeps as agreements; a visit or a call is not.
      return e.mode === "visit" || e.mode === "phone"
        ? { eventType: "Strategic developments", subEventType: "Other" }
        : { eventType: "Strategic developments", subEventType: "Agreement" };
    case "AGREE":
    case "SUPPORT":
    case "CONCEDE":
    case "COOPERATE":
      return { eventType: "Strategic developments", subEventType: "Agreement" };
    default:
      if (FORMATION.test(sentence) && ARMED_ACTOR_KINDS.has(e.actor?.kind ?? ""))
        return { eventType: "Strategic developments", subEventType: "Change to group/activity" };
      return { eventType: "Strategic developments", subEventType: "Other" };
  }
}
