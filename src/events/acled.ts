import type { Actor, PloverType } from "./schema.ts";

/**
 * ACLED event type and sub-event type for a PLOVER type and mode, so that exports speak both
 * languages. ACLED's categories are narrower than PLOVER's: verbal events become
 * "Strategic developments", and violent events split on who was involved.
 */
export function acledType(
  type: PloverType,
  mode: string | undefined,
  actor?: Actor,
  recipient?: Actor,
): { eventType: string; subEventType: string } {
  const armed = (a?: Actor) => a?.kind === "military" || a?.kind === "rebels" || a?.kind === "police";
  switch (type) {
    case "PROTEST":
      if (mode === "riot") return { eventType: "Riots", subEventType: actor?.kind === "protesters" ? "Violent demonstration" : "Mob violence" };
      if (recipient?.kind === "police" || recipient?.kind === "military") return { eventType: "Protests", subEventType: "Protest with intervention" };
      return { eventType: "Protests", subEventType: "Peaceful protest" };
    case "ASSAULT":
      switch (mode) {
        case "aerial":
        case "drone":
          return { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" };
        case "heavy-weapons":
          return { eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" };
        case "explosives":
          return { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" };
        case "suicide-attack":
          return { eventType: "Explosions/Remote violence", subEventType: "Suicide bomb" };
        case "abduct":
          return { eventType: "Violence against civilians", subEventType: "Abduction/forced disappearance" };
        case "sexual":
          return { eventType: "Violence against civilians", subEventType: "Sexual violence" };
        case "destroy":
          return { eventType: "Strategic developments", subEventType: "Looting/property destruction" };
        case "crowd-control":
          return { eventType: "Protests", subEventType: "Excessive force against protesters" };
      }
      if (armed(actor) && armed(recipient)) return { eventType: "Battles", subEventType: "Armed clash" };
      if (recipient?.kind === "protesters") return { eventType: "Protests", subEventType: "Excessive force against protesters" };
      if (actor?.kind === "rioters" || actor?.kind === "civilians") return { eventType: "Riots", subEventType: "Mob violence" };
      return { eventType: "Violence against civilians", subEventType: "Attack" };
    case "COERCE":
      if (mode === "arrest") return { eventType: "Strategic developments", subEventType: "Arrests" };
      if (mode === "seize") return { eventType: "Strategic developments", subEventType: "Disrupted weapons use" };
      return { eventType: "Strategic developments", subEventType: "Other" };
    case "MOBILIZE":
      return { eventType: "Strategic developments", subEventType: "Change to group/activity" };
    case "RETREAT":
      if (mode === "withdraw") return { eventType: "Strategic developments", subEventType: "Non-violent transfer of territory" };
      if (mode === "ceasefire") return { eventType: "Strategic developments", subEventType: "Agreement" };
      return { eventType: "Strategic developments", subEventType: "Other" };
    case "AGREE":
    case "SUPPORT":
    case "CONCEDE":
    case "COOPERATE":
      return { eventType: "Strategic developments", subEventType: "Agreement" };
    default:
      return { eventType: "Strategic developments", subEventType: "Other" };
  }
}
