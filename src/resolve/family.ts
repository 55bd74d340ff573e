import type { PloverType } from "../events/schema.ts";

/**
 * Type families for blocking: reports of one event are often coded with neighbouring types (an
 * arrest at a protest is COERCE in one outlet, part of the PROTEST in another, but an arrest wave
 * is never a troop deployment). Types in one family are compared; others never are.
 */
export const TYPE_FAMILY: Record<PloverType, string> = {
  ASSAULT: "violence",
  COERCE: "coercion",
  PROTEST: "protest",
  MOBILIZE: "posture",
  RETREAT: "posture",
  THREATEN: "threat",
  SANCTION: "sanction",
  ACCUSE: "verbal-conflict",
  REJECT: "verbal-conflict",
  REQUEST: "request",
  AGREE: "agreement",
  CONSULT: "consultation",
  SUPPORT: "cooperation",
  COOPERATE: "cooperation",
  CONCEDE: "cooperation",
  AID: "aid",
};
