import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDump } from "../src/extract/dump/cleaner.ts";
import { hasPresentTenseVerb, isNounPhrase } from "../src/extract/dump/refiners.ts";

/** Role and rule of the line that starts with `start`. */
function verdict(dump: string, start: string, title?: string): { role: string; rule: string } {
  const line = cleanDump(dump, title).lines.find((l) => l.text.startsWith(start));
  assert.ok(line, `no line starts with ${start}`);
  return { role: line.role, rule: line.rule };
}

const STORY =
  "Police in Harlow arrested six people on Tuesday after clashes outside the stadium, a spokesman said.";
const STORY_2 =
  "The club said it would review its security arrangements before the next home match in April.";

test("navigation-crumb: 'Home SECTION Title' and separator trails are crumbs", () => {
  const dump = `Home WORLD Rail strike halts trains\n\nRail strike halts trains\n\n${STORY}`;
  assert.deepEqual(verdict(dump, "Home WORLD"), { role: "crumb", rule: "navigation-crumb" });
  assert.equal(verdict(`News > Europe > Politics\n\n${STORY}`, "News >").role, "crumb");
});

test("navigation-crumb: a headline that starts with 'Home' is not a crumb", () => {
  const dump = `Home prices rise for third month\n\n${STORY}\n\n${STORY_2}`;
  assert.notEqual(verdict(dump, "Home prices").role, "crumb");
  assert.equal(cleanDump(dump).title, "Home prices rise for third month");
});

test("repeated-title: the headline line is the title, not body", () => {
  const dump = `Rail strike halts trains\n\n${STORY}\n\n${STORY_2}`;
  const cleaned = cleanDump(dump);
  assert.equal(cleaned.title, "Rail strike halts trains");
  assert.equal(verdict(dump, "Rail strike").role, "title");
  assert.equal(verdict(dump, "Rail strike", "Rail strike halts trains").role, "title");
});

test("footer-navigation and footer-tail: 'Previous article…' and what follows it", () => {
  const dump = `${STORY}\n\nPrevious articleMayor opens new library | Local\nNext articleFloods close coastal road | Weather\nMost popular`;
  assert.deepEqual(verdict(dump, "Previous article"), { role: "footer", rule: "footer-navigation" });
  assert.equal(verdict(dump, "Next article").role, "footer");
  assert.deepEqual(verdict(dump, "Most popular"), { role: "footer", rule: "footer-tail" });
});

test("share-subscribe: share bars and newsletter prompts", () => {
  assert.equal(verdict(`${STORY}\n\nShare this article\n\n${STORY_2}`, "Share this").role, "share");
  assert.equal(
    verdict(`${STORY}\n\nSign up for our morning newsletter\n\n${STORY_2}`, "Sign up").role,
    "share",
  );
});

test("cookie-notice: consent banners", () => {
  assert.equal(
    verdict(`${STORY}\n\nThis site uses cookies. By continuing you agree to our privacy policy.`, "This site")
      .role,
    "cookie",
  );
});

test("photo-credit: labelled credits and agency credits", () => {
  assert.deepEqual(verdict(`${STORY}\n\nPhoto: Baltic Press / Jan Ozols\n\n${STORY_2}`, "Photo:"), {
    role: "credit",
    rule: "photo-credit",
  });
  assert.equal(verdict(`${STORY}\n\n© Harbour Images\n\n${STORY_2}`, "©").role, "credit");
});

test("captions-near-credits: short present-tense lines next to a credit are captions; past-tense story is not", () => {
  const dump = `${STORY}\n\nThe stadium was closed for the rest of the day.\n\nFans wait outside the main gate.\n\nPhoto: Baltic Press\n\n${STORY_2}`;
  assert.deepEqual(verdict(dump, "Fans wait"), { role: "caption", rule: "captions-near-credits" });
  assert.equal(verdict(dump, "The stadium was").role, "body");
  assert.equal(verdict(dump, STORY.slice(0, 20)).role, "body");
  assert.ok(hasPresentTenseVerb("A nurse checks a patient in the ward."));
  assert.ok(!hasPresentTenseVerb("Most shops and restaurants reopened."));
  assert.ok(isNounPhrase("A police cordon near the stadium entrance."));
  assert.ok(!isNounPhrase("The match was abandoned."));
  assert.ok(!isNounPhrase("The fans left the stadium."));
});

test("related-header and related-list: the header and its short headline items", () => {
  const dump = `${STORY}\n\nRelated\n\nFans banned after pitch invasion\nStadium upgrade delayed again\n\n${STORY_2}`;
  assert.equal(verdict(dump, "Related").role, "related");
  assert.deepEqual(verdict(dump, "Fans banned"), { role: "related", rule: "related-list" });
  assert.equal(verdict(dump, "Stadium upgrade").role, "related");
  assert.equal(verdict(dump, STORY_2.slice(0, 20)).role, "body");
});

test("tags: topic lists are not body", () => {
  assert.equal(verdict(`${STORY}\n\nTags: football, Harlow, police\n\n${STORY_2}`, "Tags:").role, "menu");
});

test("byline and dateline: kept out of the body and used as metadata", () => {
  const dump = `Rail strike halts trains\n\nBy Tomas Varga\n\nUpdated 4 February 2024 at 18:05\n\n${STORY}`;
  const cleaned = cleanDump(dump);
  assert.equal(cleaned.byline, "Tomas Varga");
  assert.equal(cleaned.dateline, "Updated 4 February 2024 at 18:05");
  assert.equal(cleaned.blocks.length, 1);
});

test("sub-heading: a short unpunctuated line between story lines is a heading block", () => {
  const dump = `${STORY}\n\nSecurity review ordered\n\n${STORY_2}`;
  assert.deepEqual(verdict(dump, "Security review"), { role: "heading", rule: "sub-heading" });
  assert.deepEqual(
    cleanDump(dump).blocks.map((b) => b.kind),
    ["paragraph", "heading", "paragraph"],
  );
});

test("heading-needs-story: short lines with no story after them are a menu", () => {
  const dump = `${STORY}\n\n${STORY_2}\n\nWeather\nSport`;
  assert.deepEqual(verdict(dump, "Sport"), { role: "menu", rule: "heading-needs-story" });
});

test("list-item: bulleted lines are list items without the bullet", () => {
  const cleaned = cleanDump(
    `${STORY}\n\n- Six people were arrested.\n- Two officers were hurt.\n\n${STORY_2}`,
  );
  assert.deepEqual(
    cleaned.blocks.filter((b) => b.kind === "list-item").map((b) => b.text),
    ["Six people were arrested.", "Two officers were hurt."],
  );
});

test("hard-wrapped paragraphs are joined back into one line", () => {
  const cleaned = cleanDump(
    "Police in Harlow arrested six people on Tuesday\nafter clashes outside the stadium, a spokesman said.",
  );
  assert.equal(cleaned.blocks.length, 1);
  assert.equal(cleaned.blocks[0].text, STORY);
});

test("a wire dateline alone on the first line opens the story; it is not the headline", () => {
  const dump =
    "KINGSTON, Jamaica (AP) --\n\nPolice arrested 12 people after a protest outside parliament on Monday.\n";
  const cleaned = cleanDump(dump);
  assert.equal(cleaned.title, undefined);
  assert.deepEqual(
    cleaned.blocks.map((b) => b.text),
    ["KINGSTON, Jamaica (AP) --", "Police arrested 12 people after a protest outside parliament on Monday."],
  );
});
