import type { Candidate, Refiner } from "../types.ts";
import { WEAPON_WORDS } from "../words.ts";
import { MEANS_WINDOW } from "./describe-means.ts";

/**
 * "Police seized 50 rifles and a grenade launcher", "troops destroyed caches of IEDs": the weapons
 * are what was taken, not an attack. Weapon nouns next to a seizure are dropped, and destruction of
 * weapons is a seizure.
 */
export const dropSeizedWeapons: Refiner = {
  name: "drop-seized-weapons",
  refine(candidates, { doc }) {
    const hasWeaponWord = (c: Candidate) => {
      const s = doc.sentences[c.trigger.sentence];
      return doc.tokens
        .slice(c.trigger.lastToken + 1, Math.min(s.tokenEnd, c.trigger.lastToken + 1 + MEANS_WINDOW))
        .some((t) => WEAPON_WORDS.has(t.norm));
    };
    for (const c of candidates) {
      if (
        c.trigger.type === "ASSAULT" &&
        c.trigger.mode === "destroy" &&
        !c.trigger.nominal &&
        hasWeaponWord(c)
      ) {
        c.trigger.type = "COERCE";
        c.trigger.mode = "seize";
      }
    }
    const seizures = new Set(
      candidates
        .filter((c) => c.trigger.type === "COERCE" && c.trigger.mode === "seize")
        .map((c) => c.trigger.sentence),
    );
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i];
      if (
        c.trigger.type === "ASSAULT" &&
        c.trigger.nominal &&
        seizures.has(c.trigger.sentence) &&
        WEAPON_WORDS.has(c.trigger.text.toLowerCase())
      )
        candidates.splice(i, 1);
    }
    return candidates;
  },
};
