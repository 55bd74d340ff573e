import { MATERIAL_CONFLICT_TRIGGERS } from "./lexicon-conflict.ts";
import { VERBAL_AND_COOPERATION_TRIGGERS } from "./lexicon-verbal.ts";
import type { PloverType } from "./schema.ts";

/**
 * Trigger words for the PLOVER event types, as data. Each line is
 *   lemma[ particle] | TYPE | mode | where
 * where `where` says which part of speech may trigger ("v" verb, "n" noun, "*" either, "a" any) and an
 * optional condition after a colon:
 *   military  – a soldier/troop/force word must be in the sentence or the one before ("departure" of troops, not of a CEO)
 *   troops-subject – a soldier/troop word just before the verb ("the troops left", not "it left dozens dead")
 *   troops-near – a soldier/troop word just before or after the verb ("troops moved in", "moved tanks to the
 *               border", not "forcing people to move because they are hungry")
 *   troops-object – a soldier/troop word is what the verb takes ("committed 2,000 troops", "troops were
 *               committed"; not "soldiers who commit acts of rape")
 *   aid       – an aid word must be near ("deliver" aid, not "deliver a speech")
 *   phone     – the event is by phone ("telephone interview", "phone call")
 *   label     – a pejorative label follows ("called the protesters terrorists")
 *   people    – a person/group object follows ("release prisoners")
 *   protest   – protest participants are the subject ("protesters gathered")
 *   intent    – "to" follows ("committed to a ceasefire", not "committing the murder")
 *   not-infinitive – no "to" follows and no passive ("sought asylum", not "groups that seek to combat
 *                    misinformation" nor "more suspects were being sought")
 *   plea      – "with" or "for" follows ("pleaded with the rebels", not "pleaded guilty")
 *   from      – "from" follows within a few words ("prevented protesters from marching", not "to prevent
 *               the party disintegrating")
 *   menace    – the warning is of an act ("warned of retaliation", "warned Kyiv not to", "warned
 *               that it would strike"), not a forecast ("warned that shortages have taken their toll")
 *   not-question – no question or anonymity follows ("asked them to leave", not "asked about", "asked not to be named")
 *   not-anonymity – no source's wish not to be named follows ("requested a ceasefire", not "requested anonymity")
 *   not-satisfy – what is met is no party but a need or a target ("met the minister", not "meet the growing demand", "met the deadline")
 *   not-cause – no "cause" follows closely ("investigating the mayor", not "investigating the cause of the blast")
 *   not-clause – no clause follows ("recognised Kosovo", not "recognise that the deal is weak")
 *   intransitive – no object follows and no passive precedes ("thousands demonstrated", not "demonstrated its resolve", "as demonstrated by")
 *   explosive – an explosive is named near ("a car bomb exploded", not "protests exploding to new levels")
 *   commitment – what is violated is a commitment or a border ("violated the accord", not "violating espionage laws")
 *   not-filing – what is withdrawn is no filing, product or money ("withdrew its troops", not "withdrew
 *               its IPO filing", "withdrew $500")
 *   not-occasion – what is supported is no occasion ("supported the inauguration", "the week is
 *               supported by …") and no "life" stands before the noun ("taken off life support")
 *   not-will  – what is imposed is no will, view or set of values ("imposed a curfew", not "to impose
 *               its will in the South China Sea")
 *   thrown    – what is thrown is a grenade, a bomb, stones or acid ("threw a grenade at the
 *               convoy", "a petrol bomb was hurled"; not "threw a party", "thrown out of court")
 *   not-decree – what is signed is no order, law or contract of one's own ("signed a treaty", not
 *               "signed an order allowing the transfer", "signed the bill into law")
 *   opinion – what is agreed with is a decision, a view or words ("agreed with the judge's decision":
 *               an endorsement, SUPPORT; "agreed with Russia to hold talks" stays AGREE)
 *   not-approval – what is sanctioned is no act approved ("sanctions against Iran", not "sanctioning the
 *               murders of six mobsters")
 *   not-computer – what is hijacked is no browser, computer or account ("hijacked a tanker", not "to hijack
 *               their browser")
 *   not-records – what is destroyed is no record ("destroyed the bridge", not "ordered to destroy
 *               documents", "destroyed evidence")
 *   not-status – what is granted is no status, leave or permission ("granted aid", "granted asylum", not
 *               "to grant the boy citizenship", "granted an interview", "was granted bail")
 *   not-film – what is shot is no film, scene or score ("shot two protesters", not "shot a film", "shot a
 *               68 in the final round", "shot 5-for-12")
 *   granted – what is denied is something asked for or granted: a request, entry, bail, access ("denied
 *               the request", "denied him entry"; not "denied the allegations", "denied that he knew",
 *               "denies any involvement": a statement, which PLOVER does not code)
 *   protesters – protesters, strikers or workers stand just before the verb ("striking unions prevented
 *               ferries from sailing"; not "police prevented the demonstration staged to protest …")
 *   not-belief – no clause about a state of things follows ("agreed to hold talks", "agreed that they
 *               would withdraw", not "all of them agreed it would prompt a second look", "agreed that
 *               this was a mistake")
 *   not-private – no friend or relative is visited ("visited Beijing", "a visit to the troops", not
 *               "while visiting a former neighbour", "visited his grandmother")
 *   not-recording – no camera, video or photograph does it ("rebels captured the town", not "the video
 *               captured the moment", "a scene captured by security cameras")
 *   not-phrasal – no particle follows that makes it another verb ("wounded two officers", not "wound
 *               down", "wound up in hospital": wind)
 *   not-plan, not-office, not-proceedings, not-role – none of the words that give the verb another sense
 *               follows ("executed the prisoners", not "executed a search warrant"; "abused detainees", not
 *               "abused his office"; "reopened the border", not "the case"; "took over the town", not "the company")
 *   not-press – the word before is not "news", "press" or "media" ("a summit conference", not "a news conference")
 *   not-tour – no one person's possessive stands before ("the deployment of 3,000 troops", not
 *               "Afghanistan was his third deployment", a soldier's tour of duty)
 *   not-sport – the noun does not modify a noun of sport or stance after it ("the shooting on Main
 *               Street", not "a shooting stance", "a shooting range", "the shooting guard")
 *   partner – a second party takes part: "discussed X with Y", "Putin and Erdogan discussed", "the two
 *               leaders discussed" (not "Egyptians online have been discussing the allegations")
 *   not-risk – what is threatened is no state of things ("threatened the protesters", not "threaten the
 *               viability of a two-state solution", "a threat to peace")
 *   not-gerund – no object follows the "-ing" noun ("a hearing on Monday", not "began hearing evidence")
 *   not-reward – no reward or courtesy is offered ("offered a ceasefire", not "offered a $35,000 reward for
 *               information", "offer a religious service", "offered condolences")
 *   not-task – no task is given ("charged with murder", "charged with killing", not "charged the
 *               inspectors with verifying that …", "charged with overseeing the vote")
 *   not-staff – no person is suspended from a job, a school or a team ("suspended talks", "suspended
 *               aid", not "she was suspended from her job", "the supervisor who suspended her",
 *               "was suspended for the season")
 *   not-court – no court is appealed to ("appealed for calm", not "appealed to the Supreme Court", "a federal
 *               court appeal", "appealed against the verdict")
 *   transitive – an object follows or the verb is passive ("police dispersed the crowd", not "the marchers
 *               had dispersed by late afternoon")
 *   sentence, not-sentence – "to death", "to life", "to prison" follows closely ("condemned him to
 *               death" is a sentence, "condemned the attack" a criticism)
 *   not-symptom – no "of" follows ("complained about the police", not "complained of breathing difficulties")
 *   not-building – what is evacuated is people, not a building ("evacuated 2,000 residents", not "the bank
 *               was evacuated")
 * Lemmas are wink-nlp lemmas (lower case). The verbal types and material cooperation (AGREE …
 * THREATEN, RETREAT, AID) are in lexicon-verbal.ts, material conflict (PROTEST, SANCTION, MOBILIZE,
 * COERCE, ASSAULT) in lexicon-conflict.ts. PLOVER 2.0 definitions: Open Event Data Alliance, CC BY-SA 4.0.
 */

export type TriggerCondition =
  | "military"
  | "troops-subject"
  | "troops-near"
  | "troops-object"
  | "intent"
  | "refusal"
  | "guest"
  | "not-festive"
  | "not-disclosure"
  | "not-infinitive"
  | "official"
  | "ties"
  | "restriction"
  | "expertise"
  | "joint"
  | "property"
  | "office"
  | "for"
  | "from"
  | "plea"
  | "menace"
  | "not-question"
  | "not-anonymity"
  | "not-cause"
  | "not-satisfy"
  | "not-clause"
  | "intransitive"
  | "explosive"
  | "commitment"
  | "agree"
  | "talks"
  | "conflict"
  | "envoy"
  | "mediation"
  | "border"
  | "state"
  | "territory"
  | "armed"
  | "armed-body"
  | "fired"
  | "attack-word"
  | "weapon"
  | "bomb"
  | "named-object"
  | "captives"
  | "personnel"
  | "truce"
  | "munition"
  | "thrown"
  | "not-will"
  | "not-occasion"
  | "base"
  | "explode-word"
  | "aid"
  | "phone"
  | "label"
  | "people"
  | "crowd"
  | "protest"
  | "strike"
  | "gunfire"
  | "air"
  | "building"
  | "not-document"
  | "not-plan"
  | "not-office"
  | "not-filing"
  | "not-decree"
  | "not-phrasal"
  | "opinion"
  | "not-approval"
  | "not-computer"
  | "not-records"
  | "not-status"
  | "not-film"
  | "granted"
  | "protesters"
  | "not-belief"
  | "not-coping"
  | "not-private"
  | "not-recording"
  | "not-proceedings"
  | "reopened"
  | "not-role"
  | "not-risk"
  | "partner"
  | "not-press"
  | "not-sport"
  | "not-tour"
  | "not-gerund"
  | "not-reward"
  | "transitive"
  | "sentence"
  | "not-sentence"
  | "not-symptom"
  | "not-court"
  | "not-task"
  | "not-staff"
  | "not-building";

export interface TriggerRule {
  /** One word or a verb with its particle ("pull out", "call for"). */
  words: string[];
  type: PloverType;
  mode?: string;
  /** v: verb, n: noun, *: either, a: any part of speech ("ready to", "opposed to"). */
  pos: "v" | "n" | "*" | "a";
  condition?: TriggerCondition;
}

export const TRIGGER_RULES: TriggerRule[] =
  `${VERBAL_AND_COOPERATION_TRIGGERS.trim()}\n${MATERIAL_CONFLICT_TRIGGERS.trim()}`
    .split("\n")
    .map((line) => {
      const [lemma, type, mode, where] = line.split("|");
      const [pos, condition] = where.split(":");
      return {
        words: lemma.split(" "),
        type: type as PloverType,
        ...(mode ? { mode } : {}),
        pos: pos as TriggerRule["pos"],
        ...(condition ? { condition: condition as TriggerCondition } : {}),
      };
    });
