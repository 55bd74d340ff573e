import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ruleCoder } from "../src/eval/events.ts";
import { mainEvent } from "../src/events/main.ts";

/** The ACLED sub-event type the coder gives a short invented report. */
/**
 * The ACLED type of the main event the rule coder finds: these tests are about the mapping, so they
 * leave out the learned sentence decision, which test/events-learn.test.ts scores on its own.
 */
function acledOf(text: string): string | undefined {
  return mainEvent(ruleCoder(text, "2023-05-04"), "acled")?.acled?.subEventType;
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
  it("a suicide watch or a gunman who killed himself makes no suicide bombing", () => {
    for (const s of [
      "A gunman shot two guards in Kano on Friday and was put on suicide watch.",
      "A gunman shot and wounded three guards in Kano before killing himself.",
    ])
      assert.equal(acledOf(s), "Attack", s);
  });
  it("a weapon named in a later mention of the same attacks types the merged event", () => {
    assert.equal(
      acledOf(
        "Police posts were hit by attacks in six districts of Yala on Wednesday night. Officials said the attacks were carried out with grenades at about 7pm.",
      ),
      "Grenade",
    );
  });
  it("troops who raped women as they dispersed protesters committed sexual violence", () => {
    assert.equal(
      acledOf(
        "A unit of the security forces raped women as they dispersed pro-democracy protesters in Khartoum.",
      ),
      "Sexual violence",
    );
  });
  it("a grenade thrown at a shop is a grenade attack", () => {
    assert.equal(
      acledOf("Unknown assailants hurled a grenade at a shop in Srinagar, injuring four people."),
      "Grenade",
    );
  });
});

describe("ACLED mapping: protests (codebook precedence)", () => {
  it("demonstrators throwing stones make a violent demonstration even when police fire tear gas", () => {
    assert.equal(
      acledOf(
        "Demonstrators threw stones at police in the port town of Tema, and officers fired tear gas at the crowd.",
      ),
      "Violent demonstration",
    );
  });
  it("police firing live rounds into a peaceful march is excessive force", () => {
    assert.equal(
      acledOf(
        "Security forces opened fire on a peaceful march in the town of Kindia, killing three protesters.",
      ),
      "Excessive force against protesters",
    );
  });
  it("arrests at an otherwise calm rally are a protest with intervention", () => {
    assert.equal(
      acledOf("Police detained dozens of protesters who rallied outside the ministry in Minsk on Sunday."),
      "Protest with intervention",
    );
  });
  it("a crowd taking to the streets with no force used is a peaceful protest", () => {
    assert.equal(
      acledOf("Thousands of teachers took to the streets of Lusaka on Monday to demand higher pay."),
      "Peaceful protest",
    );
  });
  it("riot police are not rioters", () => {
    assert.equal(
      acledOf(
        "Riot police stood guard as hundreds of nurses marched peacefully to the health ministry to protest unpaid wages.",
      ),
      "Peaceful protest",
    );
  });
});

describe("ACLED mapping: armed violence", () => {
  it("gunmen attacking a village are an attack on civilians even when police are the source", () => {
    assert.equal(
      acledOf("Gunmen attacked a farming village in Zamfara state, killing seven residents, police said."),
      "Attack",
    );
  });
  it("militants attacking an army checkpoint are an armed clash", () => {
    assert.equal(
      acledOf(
        "Militants attacked an army checkpoint near the town of Dori overnight, killing four soldiers.",
      ),
      "Armed clash",
    );
  });
  it("a kidnapping stays an abduction when the victims were later shot", () => {
    assert.equal(
      acledOf(
        "Armed men abducted five traders and shot them dead on the road to Gao, a local official said.",
      ),
      "Abduction/forced disappearance",
    );
  });
  it("a bomb blast with no other means named is a remote explosive", () => {
    assert.equal(
      acledOf("A bomb exploded near a bus terminal in the city of Quetta, killing three passengers."),
      "Remote explosive/landmine/IED",
    );
  });
  it("an air force as the actor makes an air strike", () => {
    assert.equal(
      acledOf(
        "The Sudanese Air Force destroyed several vehicles of the rebel group near Kutum, the army said.",
      ),
      "Air/drone strike",
    );
  });
  it("overrunning a checkpoint is a battle, not a change of territory", () => {
    assert.equal(
      acledOf("Insurgents overran two police checkpoints in the district of Qala after hours of fighting."),
      "Armed clash",
    );
  });
});

describe("ACLED mapping: strategic developments", () => {
  it("a town taken after the other side pulled out is a non-violent transfer", () => {
    assert.equal(
      acledOf(
        "Rebel fighters took control of the town of Tessit after government troops withdrew from it on Monday.",
      ),
      "Non-violent transfer of territory",
    );
  });
  it("troops withdrawing from a place hand it over", () => {
    assert.equal(
      acledOf("Government forces have withdrawn from the Kafr Nabl area, residents said."),
      "Non-violent transfer of territory",
    );
  });
  it("fighters surrendering to the army is an agreement", () => {
    assert.equal(
      acledOf("Forty militia fighters surrendered to the army in the eastern province of Ituri on Saturday."),
      "Agreement",
    );
  });
  it("peace talks between the sides are an agreement", () => {
    assert.equal(
      acledOf("The government and the rebel alliance opened peace talks in Addis Ababa on Thursday."),
      "Agreement",
    );
  });
});

describe("ACLED mapping: territory and bases", () => {
  it("an army taking a village from an armed group regains territory, even with allied fighters named", () => {
    assert.equal(
      acledOf("Malian troops and allied fighters captured the village of Boni from jihadists on Friday."),
      "Government regains territory",
    );
  });
  it("an army setting up barracks establishes a base", () => {
    assert.equal(
      acledOf("The Ugandan army has established new barracks near the border town of Bundibugyo."),
      "Headquarters or base established",
    );
  });
  it("mortar shells that hit a position are shelling", () => {
    assert.equal(
      acledOf("Mortar shells fired from the hills hit an army position near Kadugli on Tuesday."),
      "Shelling/artillery/missile attack",
    );
  });
});
