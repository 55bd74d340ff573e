import type { ActorCandidate } from "../actors.ts";
import { MOVEMENT_TYPES, type Refiner } from "../types.ts";

/** How many sentences back a military actor named earlier ("These men had been deployed") may be found. */
const ACTOR_CARRY_SENTENCES = 3;

/**
 * "These men had been deployed": a movement with no named mover takes the force named just before.
 * A passive release, resignation or opening names no mover, and its agent is not the force the story
 * named last ("Two hostages were released Tuesday" after a paragraph on US troops); an active one
 * whose subject the clause leaves out ("began to prepare and to hand over the sites") is the force's.
 */
export const carryMovementActors: Refiner = {
  name: "carry-movement-actors",
  refine(candidates, ctx) {
    for (const c of candidates) {
      if (c.actor || !MOVEMENT_TYPES.has(c.trigger.type)) continue;
      if (c.trigger.type === "RETREAT" && c.trigger.mode !== "withdraw" && c.passive) continue;
      const forces: ActorCandidate[] = [];
      for (let s = c.trigger.sentence; s >= Math.max(0, c.trigger.sentence - ACTOR_CARRY_SENTENCES); s--) {
        forces.push(
          ...ctx.sentence(s).actors.filter((a) => a.kind === "military" || (a.kind === "igo" && a.entity)),
        );
      }
      c.actor = forces.find((a) => a.entity) ?? forces[0];
    }
    return candidates;
  },
};
