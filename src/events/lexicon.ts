import { MATERIAL_CONFLICT_TRIGGERS } from "./lexicon-conflict.ts";
import type { PloverType } from "./schema.ts";

/**
 * Trigger words for the PLOVER event types, as data. Each line is
 *   lemma[ particle] | TYPE | mode | where
 * where `where` says which part of speech may trigger ("v" verb, "n" noun, "*" either, "a" any) and an
 * optional condition after a colon:
 *   military  – a soldier/troop/force word must be in the sentence or the one before ("departure" of troops, not of a CEO)
 *   troops-subject – a soldier/troop word just before the verb ("the troops left", not "it left dozens dead")
 *   aid       – an aid word must be near ("deliver" aid, not "deliver a speech")
 *   phone     – the event is by phone ("telephone interview", "phone call")
 *   label     – a pejorative label follows ("called the protesters terrorists")
 *   people    – a person/group object follows ("release prisoners")
 *   protest   – protest participants are the subject ("protesters gathered")
 * Lemmas are wink-nlp lemmas (lower case). Material conflict (PROTEST, SANCTION, MOBILIZE, COERCE,
 * ASSAULT) is in lexicon-conflict.ts. PLOVER 2.0 definitions: Open Event Data Alliance, CC BY-SA 4.0.
 */
/** Verbal events and material cooperation (AGREE … THREATEN, RETREAT, AID). */
const TRIGGERS = `
agree|AGREE||v
promise|AGREE||*
pledge|AGREE||*
vow|AGREE||v
offer|AGREE||v
meet|CONSULT||v
meeting|CONSULT||n
talk|CONSULT||n
talks|CONSULT||n
negotiate|CONSULT||v
negotiation|CONSULT||n
discuss|CONSULT||v
consult|CONSULT||v
consultation|CONSULT||n
summit|CONSULT|multilateral|n
conference|CONSULT|multilateral|n
visit|CONSULT|visit|*
host|CONSULT|visit|v
call|CONSULT|phone|n:phone
interview|CONSULT|phone|n:phone
conversation|CONSULT|phone|n:phone
speak|CONSULT|phone|v:phone
support|SUPPORT||*
praise|SUPPORT||*
endorse|SUPPORT||v
commend|SUPPORT||v
thank|SUPPORT||v
sign|SUPPORT||v
ratify|SUPPORT||v
recognize|SUPPORT||v
recognise|SUPPORT||v
back|SUPPORT||v:people
concede|CONCEDE||v
concession|CONCEDE||n
ease|CONCEDE||v
lift|CONCEDE||v
apologize|CONCEDE||v
apologise|CONCEDE||v
apology|CONCEDE||n
cooperate|COOPERATE||v
cooperation|COOPERATE||n
collaborate|COOPERATE||v
collaboration|COOPERATE||n
aid|AID||*
assistance|AID||n
donate|AID||v
donation|AID||n
deliver|AID||v:aid
supply|AID||v:aid
airlift|AID||*
relief|AID||n
withdraw|RETREAT|withdraw|v
withdrawal|RETREAT|withdraw|n
pull out|RETREAT|withdraw|v
pullout|RETREAT|withdraw|n
retreat|RETREAT|withdraw|*
departure|RETREAT|withdraw|n:military
leave|RETREAT|withdraw|v:troops-subject
release|RETREAT|release|*:captives
free|RETREAT|release|v:captives
disarm|RETREAT|disarm|v
ceasefire|RETREAT|ceasefire|n
truce|RETREAT|ceasefire|n
resign|RETREAT|resign|v
resignation|RETREAT|resign|n
step down|RETREAT|resign|v
ask|REQUEST||v
urge|REQUEST||v
demand|REQUEST||*
request|REQUEST||*
appeal|REQUEST||*
call for|REQUEST||v
plead|REQUEST||v
accuse|ACCUSE|allege|v
accusation|ACCUSE|allege|n
allege|ACCUSE|allege|v
blame|ACCUSE|allege|v
condemn|ACCUSE|disapprove|v
criticize|ACCUSE|disapprove|v
criticise|ACCUSE|disapprove|v
criticism|ACCUSE|disapprove|n
denounce|ACCUSE|disapprove|v
investigate|ACCUSE|investigate|v
investigation|ACCUSE|investigate|n
probe|ACCUSE|investigate|n
sue|ACCUSE|allege|v
call|ACCUSE|allege|v:label
label|ACCUSE|allege|v:label
brand|ACCUSE|allege|v:label
describe|ACCUSE|allege|v:label
reject|REJECT||v
refuse|REJECT||v
refusal|REJECT||n
veto|REJECT||*
threaten|THREATEN||v
threat|THREATEN||n
warn|THREATEN||v
ultimatum|THREATEN||n
commit|AGREE||v
accept|AGREE||v
settle|AGREE||v
deal|AGREE||n
accord|AGREE||n
pact|AGREE||n
agreement|AGREE||n
ready|AGREE||a:intent
willing|AGREE||a:intent
prepared|AGREE||a:intent
mediate|CONSULT|third-party|v
mediation|CONSULT|third-party|n
welcome|CONSULT|visit|n
arrive|CONSULT|visit|v:official
hold talks|CONSULT||v
confer|CONSULT||v
telephone|CONSULT|phone|v
phone|CONSULT|phone|v
defend|SUPPORT||v:named-object
laud|SUPPORT||v
solidarity|SUPPORT||n
airdrop|AID||*
disband|RETREAT|disarm|v
demobilize|RETREAT|disarm|v
demobilise|RETREAT|disarm|v
call on|REQUEST||v
decry|ACCUSE|disapprove|v
deplore|ACCUSE|disapprove|v
turn down|REJECT||v
rebuff|REJECT||v
spurn|REJECT||v
establish|SUPPORT||v:ties
open|SUPPORT||v:ties
games|COOPERATE||n:joint
approve|SUPPORT||v
applaud|SUPPORT||v
hail|SUPPORT||v
congratulate|SUPPORT||v
endorsement|SUPPORT||n
establish ties|SUPPORT||v
upgrade|SUPPORT||v:ties
restore|SUPPORT||v:ties
forgive|SUPPORT||v
pardon|CONCEDE||*
amnesty|CONCEDE||n
allow|CONCEDE||v
permit|CONCEDE||v
cancel|CONCEDE||v:restriction
call off|CONCEDE||v
shorten|CONCEDE||v:restriction
relax|CONCEDE||v:restriction
reopen|CONCEDE||v
share|COOPERATE||v:expertise
exercise|COOPERATE||n:joint
partner|COOPERATE||v
grant|AID||v
give|AID||v:aid
provide|AID||v:aid
send|AID||v:aid
evacuate|AID||v
asylum|AID||n
shelter|AID||v
surrender|RETREAT|disarm|*
hand over|RETREAT|release|v
return|RETREAT|release|v:property
repatriate|RETREAT|release|v
pull back|RETREAT|withdraw|v
pullback|RETREAT|withdraw|n
evacuation|RETREAT|withdraw|n:military
quit|RETREAT|resign|v:office
order|REQUEST||v:named-object
seek|REQUEST||v
press|REQUEST||v:for
petition|REQUEST||*
plea|REQUEST||n
complain|ACCUSE|disapprove|v
complaint|ACCUSE|disapprove|n
charge|ACCUSE|allege|v
indict|ACCUSE|allege|v
indictment|ACCUSE|allege|n
hearing|ACCUSE|investigate|n
inquiry|ACCUSE|investigate|n
inspector|ACCUSE|investigate|n
blast|ACCUSE|disapprove|v:named-object
slam|ACCUSE|disapprove|v
decline|REJECT||v:intent
deny|REJECT||v
dismiss|REJECT||v:claim
oppose|REJECT||v
opposed|REJECT||a
fail|REJECT||v:agree
violate|REJECT||v
defy|REJECT||v
boycott|REJECT||n:talks
warning|THREATEN||n
vow|THREATEN||v:conflict
`;

export type TriggerCondition =
  | "military"
  | "troops-subject"
  | "intent"
  | "official"
  | "ties"
  | "restriction"
  | "expertise"
  | "joint"
  | "property"
  | "office"
  | "for"
  | "claim"
  | "agree"
  | "talks"
  | "conflict"
  | "envoy"
  | "mediation"
  | "border"
  | "state"
  | "territory"
  | "armed"
  | "fired"
  | "attack-word"
  | "weapon"
  | "bomb"
  | "named-object"
  | "captives"
  | "personnel"
  | "truce"
  | "munition"
  | "base"
  | "explode-word"
  | "aid"
  | "phone"
  | "label"
  | "people"
  | "protest"
  | "strike"
  | "gunfire"
  | "air"
  | "building";

export interface TriggerRule {
  /** One word or a verb with its particle ("pull out", "call for"). */
  words: string[];
  type: PloverType;
  mode?: string;
  /** v: verb, n: noun, *: either, a: any part of speech ("ready to", "opposed to"). */
  pos: "v" | "n" | "*" | "a";
  condition?: TriggerCondition;
}

export const TRIGGER_RULES: TriggerRule[] = `${TRIGGERS.trim()}\n${MATERIAL_CONFLICT_TRIGGERS.trim()}`
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

/** Words that make a sentence about armed forces. */
export const MILITARY_WORDS = new Set([
  "soldier",
  "troop",
  "troops",
  "force",
  "forces",
  "military",
  "army",
  "contingent",
  "peacekeeper",
  "battalion",
  "brigade",
  "serviceman",
  "servicemen",
  "unit",
  "marine",
  "warship",
  "tank",
  "police",
  "officer",
]);

export const AID_WORDS = new Set([
  "aid",
  "material",
  "arms",
  "equipment",
  "grant",
  "loan",
  "loans",
  "food",
  "medicine",
  "supplies",
  "assistance",
  "relief",
  "water",
  "tents",
  "vaccine",
  "vaccines",
  "fuel",
  "blankets",
]);
export const PHONE_WORDS = new Set(["phone", "telephone", "video", "videoconference"]);
export const LABEL_WORDS = new Set([
  "terrorist",
  "terrorists",
  "terrorism",
  "criminal",
  "criminals",
  "bandit",
  "bandits",
  "traitor",
  "traitors",
  "illegal",
  "aggression",
  "provocation",
  "coup",
  "extremist",
  "extremists",
  "genocide",
  "murderer",
  "murderers",
]);
export const PEOPLE_OBJECT_WORDS = new Set([
  "prisoner",
  "prisoners",
  "hostage",
  "hostages",
  "detainee",
  "detainees",
  "captive",
  "captives",
  "journalist",
  "activist",
  "activists",
]);
/** Words after a march or gathering that give its protest purpose ("marched … to demand", "rallied against"). */
export const PROTEST_PURPOSE = new Set([
  "against",
  "demand",
  "demanding",
  "protest",
  "denounce",
  "denouncing",
  "oppose",
  "opposing",
  "calling",
  "call",
]);
export const PROTEST_PARTICIPANTS = new Set([
  "protester",
  "protesters",
  "demonstrator",
  "demonstrators",
  "crowd",
  "crowds",
  "rioter",
  "rioters",
  "marcher",
  "marchers",
  "supporter",
  "supporters",
  "worker",
  "workers",
  "student",
  "students",
]);
export const STRIKE_WORDS = new Set([
  "workers",
  "union",
  "unions",
  "general",
  "hunger",
  "labour",
  "labor",
  "nationwide",
  "went",
  "go",
  "on",
]);
export const GUNFIRE_WORDS = new Set([
  "exchange",
  "exchanges",
  "open",
  "opened",
  "heavy",
  "gunfire",
  "live",
  "returned",
]);
export const AIR_WORDS = new Set(["air", "drone", "missile", "rocket", "airstrike"]);
export const BUILDING_WORDS = new Set([
  "building",
  "buildings",
  "car",
  "cars",
  "shop",
  "shops",
  "office",
  "offices",
  "house",
  "houses",
  "home",
  "homes",
  "vehicle",
  "vehicles",
  "church",
  "mosque",
  "hall",
]);

/** Arms and munitions by name: what is seized, found or destroyed in a weapons haul. */
export const WEAPON_NOUNS: ReadonlySet<string> = new Set([
  "weapons",
  "arms",
  "ammunition",
  "explosives",
  "explosive",
  "bomb",
  "bombs",
  "ied",
  "ieds",
  "mines",
  "grenades",
  "rockets",
  "cache",
  "caches",
  "stash",
  "depot",
  "rifles",
  "guns",
  "pistols",
  "device",
  "devices",
]);

/** Word lists for the conditions of the rules above, each named for what it checks. */
export const CONDITION_WORDS: Partial<Record<TriggerCondition, Set<string>>> = {
  official: new Set([
    "president",
    "minister",
    "official",
    "officials",
    "delegation",
    "leader",
    "king",
    "emir",
    "envoy",
    "secretary",
    "chancellor",
    "premier",
    "diplomats",
    "foreign",
  ]),
  ties: new Set(["ties", "relations", "links", "embassy"]),
  restriction: new Set([
    "curfew",
    "restrictions",
    "restriction",
    "ban",
    "sanctions",
    "measures",
    "blockade",
    "controls",
    "lockdown",
    "embargo",
    "limits",
  ]),
  expertise: new Set([
    "expertise",
    "intelligence",
    "information",
    "evidence",
    "technology",
    "know-how",
    "data",
    "experience",
  ]),
  joint: new Set(["joint", "war", "military", "naval", "combined"]),
  property: new Set([
    "weapons",
    "equipment",
    "property",
    "land",
    "territory",
    "bodies",
    "remains",
    "prisoners",
    "hostages",
    "detainees",
    "helicopter",
    "aircraft",
    "assets",
  ]),
  office: new Set(["office", "post", "job", "position", "government", "cabinet"]),
  claim: new Set([
    "claims",
    "claim",
    "reports",
    "report",
    "allegations",
    "accusations",
    "appeal",
    "request",
    "calls",
    "call",
    "demands",
    "offer",
    "proposal",
    "charges",
    "suggestions",
  ]),
  agree: new Set(["agree", "agreement", "deal", "accord", "consensus", "compromise"]),
  talks: new Set(["talks", "negotiations", "elections", "election", "meeting", "summit", "vote", "poll"]),
  conflict: new Set([
    "retaliate",
    "attack",
    "fight",
    "respond",
    "avenge",
    "destroy",
    "kill",
    "crush",
    "punish",
    "strike",
    "not",
    "never",
  ]),
  envoy: new Set(["ambassador", "envoy", "diplomats", "diplomat", "embassy"]),
  mediation: new Set(["mediation", "talks", "negotiations", "cooperation", "aid", "assistance"]),
  border: new Set([
    "border",
    "borders",
    "airspace",
    "crossing",
    "crossings",
    "embassy",
    "schools",
    "ports",
    "airport",
    "frontier",
  ]),
  state: new Set(["state"]),
  territory: new Set([
    "town",
    "city",
    "village",
    "villages",
    "territory",
    "stronghold",
    "base",
    "area",
    "region",
    "positions",
    "district",
    "hill",
    "airport",
    "province",
    "capital",
    "border",
  ]),
  armed: new Set([
    "group",
    "groups",
    "brigade",
    "brigades",
    "unit",
    "units",
    "battalion",
    "troops",
    "forces",
    "rebels",
    "militants",
    "army",
    "fighters",
    "soldiers",
    "guerrillas",
    "police",
    "militia",
    "militias",
    "insurgents",
    "gunmen",
  ]),
  fired: new Set(["fire", "fired", "launched", "hit", "struck", "attack", "attacks", "landed"]),
  "attack-word": new Set(["strike", "strikes", "attack", "attacks", "raid", "raids"]),
  // Arms named as such, plus words that say a weapon is meant ("chemical attack", "nerve agent").
  weapon: new Set([...WEAPON_NOUNS, "projectiles", "weapon", "attack", "gas", "agent", "agents"]),
  bomb: new Set(["bomber", "bombers", "bombing", "bombings", "attack", "blast", "car", "vest"]),
  base: new Set([
    "barracks",
    "observation",
    "base",
    "bases",
    "post",
    "posts",
    "outpost",
    "outposts",
    "headquarters",
    "checkpoint",
    "checkpoints",
    "camp",
    "position",
    "positions",
    "point",
    "points",
  ]),
  "explode-word": new Set([
    "exploded",
    "explosion",
    "blast",
    "hit",
    "struck",
    "stepped",
    "detonated",
    "went",
  ]),
  personnel: new Set([
    "inspectors",
    "observers",
    "monitors",
    "ambassador",
    "ambassadors",
    "envoy",
    "diplomats",
    "staff",
    "workers",
    "peacekeepers",
    "peacekeeping",
    "mission",
    "personnel",
    "aid",
    "support",
    "recognition",
  ]),
  truce: new Set(["ceasefire", "cease-fire", "truce", "armistice"]),
  munition: new Set([
    "shells",
    "shell",
    "rockets",
    "rocket",
    "missiles",
    "missile",
    "shots",
    "bullets",
    "mortars",
    "mortar",
    "rounds",
    "bombs",
    "at",
    "on",
    "into",
    "grenades",
  ]),
  // Anyone who can be released: the held people above, and people named by role or group.
  captives: new Set([
    ...PEOPLE_OBJECT_WORDS,
    "fishermen",
    "nationals",
    "citizens",
    "people",
    "civilians",
    "students",
    "leaders",
    "leader",
    "opposition",
    "men",
    "women",
    "children",
    "suspects",
    "crew",
    "sailors",
    "passengers",
    "tourists",
    "workers",
    "dissidents",
    "protesters",
    "soldiers",
    "crew",
    "sailors",
    "minister",
    "members",
  ]),
};
