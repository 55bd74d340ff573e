import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText } from "../src/eval/events.ts";
import { mainEvent } from "../src/events/main.ts";

/** The ACLED sub-event type the coder gives a short invented report. */
function acledOf(text: string): string | undefined {
  return mainEvent(codeText(text, "2023-05-04"), "acled")?.acled?.subEventType;
}

describe("ACLED mapping: weapons", () => {
  it("suicide bombers are a suicide bombing, not an air strike", () => {
    assert.equal(
      acledOf("Two suicide bombers killed at least nine people at a bus stop in the northern town of Keffi."),
      "Suicide bomb",
    );
  });
  it("bombers who blew themselves up are a suicide bombing", () => {
    assert.equal(
      acledOf("Three suicide bombers blew themselves up outside a market in the city of Garoua on Friday."),
      "Suicide bomb",
    );
  });
  it("a suicide car bomb named after an IED phrase is still a suicide bombing", () => {
    assert.equal(
      acledOf(
        "Militants detonated a suicide vehicle-borne improvised explosive device at a hotel in Kismayo, killing 12 people.",
      ),
      "Suicide bomb",
    );
  });
  it("a grenade thrown at a shop is a grenade attack", () => {
    assert.equal(
      acledOf("Unknown assailants hurled a grenade at a shop in Srinagar, injuring four people."),
      "Grenade",
    );
  });
});
