import type { ActorKind } from "../schema.ts";
import { words } from "./word-set.ts";

/** Who can be a party to an event: actor kinds and titles, nouns of people and groups, companies, and the phrases that name no party. */

/**
 * Common nouns for things, sectors and states of mind, which an argument phrase may end in but no
 * party is ("access to China's financial services industry", "for fear of retribution", "U.S. aid").
 */
export const NON_PARTY_NOUNS = words(`
  fear fears retribution reprisal reprisals industry sector sectors market markets economy trade
  aid policy policies plan plans law laws rule rules measure measures will album albums song songs
  film films movie movies book books report reports statement statements data figure figures
  money cash fund funds funding budget program programme system process option options issue
  issues matter question concern concerns interest interests right rights freedom freedoms
  access record records document documents video videos footage debate debates vote votes session
  sessions resolution resolutions decision decisions choice choices stance approach remarks comments
  tweet tweets speech speeches effort efforts`);
/** Actor kinds that political event data codes wherever they appear. */
export const POLITICAL_ACTOR_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>([
  "state",
  "government",
  "military",
  "police",
  "party",
  "rebels",
  "protesters",
  "rioters",
  "igo",
]);
/** Offices that make a named person a political actor ("Trade Representative Robert Lighthizer"). */
export const POLITICAL_TITLES = words(`
  president minister premier chancellor senator congressman congresswoman lawmaker lawmakers
  legislator mp governor mayor ambassador envoy diplomat secretary representative king queen emir
  sultan prince general commander prosecutor prosecutors attorney judge court regulator regulators
  administration government official officials authorities`);
/** Event nouns whose possessor is who it was done to ("Assange's arrest"), unlike "the army's attack". */
export const PATIENT_NOUNS = words(`
  arrest detention abduction kidnapping killing murder assassination execution release deportation
  extradition conviction sentencing imprisonment jailing expulsion disappearance torture`);
/** Words that end or mark a company's name ("Big Machine Records", "Acme Corp."); case matters. */
export const COMPANY_SUFFIXES = new Set(
  `Inc Corp Co Ltd LLC Plc PLC plc AG SA NV GmbH Holdings Productions Records Airline Airlines Airways
  Technologies Motors Pharmaceuticals Entertainment Studios Industries Enterprises Brands Labs`.split(/\s+/),
);
/** Head nouns of phrases that name a company ("the company", "the carrier", "the label"). */
export const COMPANY_HEADS = words(`
  company firm carrier label retailer manufacturer airline startup start-up corporation conglomerate
  automaker carmaker chipmaker insurer lender brand`);
/** Texts that may be the subject of what they "would" do: "the bill would impose sanctions". */
export const DOCUMENT_HEADS = words(`
  act bill law legislation measure resolution proposal amendment draft plan deal agreement treaty
  accord order decree formula framework policy rule regulation constitution charter system`);
/** Armed groups outside any state, by name ("the Taliban", "Boko Haram"): rebels wherever they appear. */
export const ARMED_GROUP_NAMES =
  /\b(taliban|al-shabaa?b|boko haram|isis|isil|islamic state|daesh|al-qaeda|al-qaida)\b/i;
/** Political parties by the names news gives them ("the Democrats", "a Labour Party MP", "the GOP"). */
export const PARTY_NAMES = /\b(Party|Democrats|Republicans|Dems|GOP|Tories)\b/;
/** Counted nouns that say only "how many": "15 people" is a figure for counts[], not a party. */
export const GENERIC_PEOPLE = words("people persons individuals others civilians residents");
/** Nouns for private persons that a place name may qualify ("a Pottstown man", "two Alexandria women"). */
export const PRIVATE_PERSON_NOUNS = words(`
  man men woman women boy boys girl girls teen teens teenager teenagers youth couple mother father
  son daughter husband wife resident tourist tourists national nationals citizen citizens`);
/**
 * Lemmas of common nouns that denote people or groups of people, beyond the agent nouns of
 * actors.ts that also give an actor kind: an actor phrase headed by one of them can act ("a gunman
 * opened fire", "the families demanded"); one headed by any other common noun cannot ("the
 * helicopter was shot", "a series of measures to oppose it", "the license allowing companies").
 */
export const ACTOR_NOUNS = words(`
  man woman boy girl child kid teenager youth person individual adult baby
  suspect gunman attacker assailant bomber shooter killer murderer kidnapper abductor hijacker
  sniper raider intruder thief robber burglar looter smuggler trafficker pirate hacker bandit poacher
  arsonist rapist vandal carjacker stalker molester
  hooligan thug vigilante skinhead neo-nazi militiaman squatter settler
  terrorist extremist militant insurgent rebel fighter guerrilla jihadist separatist
  group crowd mob gang cell faction wing network coalition alliance movement front bloc side camp
  activist campaigner supporter member follower loyalist opponent critic dissident rival ally
  partner neighbour neighbor leader chief head boss founder owner
  candidate voter lawmaker legislator senator congressman congresswoman representative mp
  politician deputy councillor councilor delegate envoy diplomat negotiator mediator
  minister secretary director chairman chairwoman chair president vice-president premier
  governor mayor commissioner inspector investigator prosecutor attorney lawyer judge jury
  magistrate sheriff marshal coroner inspector official spokesman spokeswoman spokesperson adviser advisor
  aide staffer analyst expert economist scientist researcher doctor physician medic nurse
  surgeon teacher professor student pupil worker employee employer staff personnel crew pilot sailor
  fisherman farmer miner driver trucker resident citizen inhabitant local villager tribesman
  tribe clan elder warlord commander general colonel officer policeman policewoman cop agent
  guard soldier troop marine sailor veteran recruit conscript
  prisoner detainee inmate hostage captive convict defendant plaintiff victim survivor witness
  refugee migrant immigrant émigré exile settler national
  family relative parent mother father son daughter brother sister husband wife
  cleric imam priest bishop pope monk nun rabbi clergy mullah ayatollah sheikh
  king queen prince princess emir sultan monarch emperor
  company firm corporation business bank group organisation organization agency body charity
  institute foundation association federation union party club team board panel
  government administration authority regime state nation country power
  people population public community population electorate workforce
  journalist reporter editor publisher broadcaster blogger
  protester protestor demonstrator striker rioter marcher picketer
  operator manufacturer producer supplier retailer investor shareholder creditor lender donor
  provider contractor vendor insurer regulator watchdog consumer customer client patient tenant
  landlord homeowner lobbyist advocate organizer organiser volunteer participant passenger tourist
  visitor motorist bystander trader dealer broker developer engineer consultant`);
/** Plural nouns of parties that talk among themselves ("the leaders discussed", "both sides discussed"). */
export const PARTY_PLURALS = words(`
  leaders ministers officials sides delegations countries governments presidents envoys negotiators
  diplomats counterparts parties states nations two both`);
/** Who harms with a vehicle they drive: "hit and killed by a motorist". */
export const MOTORISTS = words("motorist motorists driver drivers");
/** Nouns for people who harm on purpose, whatever the tagger's kind for them. */
export const VIOLENT_AGENTS = words("bomber gunman attacker assailant shooter sniper militant");
/** Actor kinds that bear arms: their harm is coded whatever they meant, and ACLED reads them as armed. */
export const ARMED_ACTOR_KINDS: ReadonlySet<string> = new Set(["military", "police", "rebels"]);
/**
 * Plurals of nouns for people by their agentive endings ("teachers", "activists", "residents",
 * "civilians", "reservists").
 */
export const PEOPLE_PLURAL = /^\p{Ll}+(?:ers|ors|ists|ians|ants|ents)$/u;

/** Nouns of standing rules, which forbid, require or allow in the present tense without acting ("county policy prohibits"). */
export const RULE_NOUNS = words(`
  policy policies law laws rule rules regulation regulations code constitution statute statutes
  ordinance ordinances guidelines treaty charter bylaw bylaws`);

/**
 * A legislator's party and district label: "state Sen. Tony Strickland, R-Moorpark,", "Rep. Jane Doe
 * (D-Calif.)", "I-Vt.". PARTY_LABEL is the label written as one word (its tokens joined);
 * PARTY_LABEL_BEFORE is the party letter and hyphen right before a place's name in the text.
 */
export const PARTY_LABEL = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
export const PARTY_LABEL_BEFORE = /(?:^|[\s(,[])[RDI]-$/;
