import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tagTimes, timexRange } from "../src/nlp/time/index.ts";

/** A Thursday: every invented article below was "published" on it. */
const DCT = "2022-01-13";

function find(text: string, phrase: string, dct = DCT) {
  const found = tagTimes(text, { dct }).find((t) => t.text === phrase);
  assert.ok(
    found,
    `"${phrase}" not tagged in: ${text}\n got ${JSON.stringify(tagTimes(text, { dct }).map((t) => t.text))}`,
  );
  assert.equal(text.slice(found.start, found.end), found.text);
  return found;
}

describe("tagTimes: the publication-week checks", () => {
  it("on Thursday in a past clause is the publication day itself", () => {
    const t = find("The governor opened the new bridge on Thursday.", "Thursday");
    assert.equal(t.value, "2022-01-13");
    assert.equal(t.relation, "on");
    assert.equal(t.anchor, "published");
    assert.equal(t.precision, "day");
  });
  it("a bare clock time belongs to the day the story has just named (clock-on-named-day)", () => {
    const text =
      "Two buses were set on fire late on Tuesday in the port. Police arrived shortly before 10 pm.";
    assert.equal(find(text, "10 pm").value, "2022-01-11T22:00");
    // With no day named before it, it stays on the publication day.
    assert.equal(find("Police arrived at 10 pm.", "10 pm").value, "2022-01-13T22:00");
  });
  it("on January 6 takes the publication year", () => {
    assert.equal(find("Soldiers arrived in the port city on January 6.", "January 6").value, "2022-01-06");
  });
  it("by January 22 with must is a future deadline", () => {
    const t = find("The convoy must leave the region by January 22, officials said.", "January 22");
    assert.equal(t.value, "2022-01-22");
    assert.equal(t.relation, "by");
  });
  it("on January 2 is in the publication year", () => {
    assert.equal(find("Crowds gathered in the square on January 2.", "January 2").value, "2022-01-02");
  });
  it("on Saturday in a past clause is the Saturday before publication", () => {
    assert.equal(find("The former minister was detained on Saturday.", "Saturday").value, "2022-01-08");
  });
  it("last week is the ISO week before publication", () => {
    const t = find("Floods last week destroyed two villages.", "last week");
    assert.equal(t.value, "2022-W01");
    assert.equal(t.precision, "week");
  });
  it("since its independence in 1991 is 1991 with relation since", () => {
    const t = find("The republic has held elections since its independence in 1991.", "1991");
    assert.equal(t.value, "1991");
    assert.equal(t.relation, "since");
    assert.equal(t.anchor, "explicit");
  });
  it("December 28 in a January article is in the year before", () => {
    assert.equal(find("Fuel prices doubled on December 28.", "December 28").value, "2021-12-28");
  });
});

describe("tagTimes: direction from tense", () => {
  it("next Monday is after publication", () => {
    assert.equal(find("The court will rule next Monday.", "next Monday").value, "2022-01-17");
  });
  it("will … on Monday is the coming Monday", () => {
    assert.equal(find("The talks will be held on Monday in Geneva.", "Monday").value, "2022-01-17");
  });
  it("a past verb after the date still makes it past: On Monday, the minister said", () => {
    assert.equal(find("On Monday, the minister said the border was closed.", "Monday").value, "2022-01-10");
  });
  it("last Thursday said on a Thursday is a week before", () => {
    assert.equal(find("The mayor resigned last Thursday.", "last Thursday").value, "2022-01-06");
  });
});

describe("tagTimes: relative expressions", () => {
  it("next month, earlier this year, the past three days", () => {
    assert.equal(find("Exports will resume next month.", "next month").value, "2022-02");
    assert.equal(find("Earlier this year, the bank cut rates.", "Earlier this year").value, "2022");
    const d = find("Shelling has continued for the past three days.", "the past three days");
    assert.equal(d.type, "DURATION");
    assert.equal(d.value, "P3D");
    assert.equal(d.relation, "during");
  });
  it("in the 1990s is the decade 199X", () => {
    assert.equal(find("The mine closed in the 1990s.", "the 1990s").value, "199X");
  });
  it("several days is a vague duration", () => {
    const t = find("The strike lasted for several days.", "several days");
    assert.equal(t.value, "PXD");
    assert.equal(t.relation, "during");
  });
  it("now, currently, recently, previously", () => {
    assert.equal(find("The town is now calm.", "now").value, "PRESENT_REF");
    assert.equal(find("The line is currently closed.", "currently").value, "PRESENT_REF");
    assert.equal(find("He recently returned home.", "recently").value, "PAST_REF");
    assert.equal(find("Lately, she ran the agency.", "Lately").value, "PAST_REF");
  });
  it("yesterday, today, three years ago", () => {
    assert.equal(find("The vote took place yesterday.", "yesterday").value, "2022-01-12");
    assert.equal(find("The results are due today.", "today").value, "2022-01-13");
    assert.equal(find("The dam was built three years ago.", "three years ago").value, "2019");
  });
  it("every Monday is a weekly set", () => {
    const t = find("Volunteers hand out bread every Monday.", "every Monday");
    assert.equal(t.type, "SET");
    assert.equal(t.value, "XXXX-WXX-1");
  });
  it("daily is a set", () => {
    assert.equal(find("The ferry sails daily.", "daily").value, "P1D");
  });
});

describe("tagTimes: calendar parts and financial periods", () => {
  it("the third quarter without a year is the latest third quarter", () => {
    assert.equal(
      find("Net income fell in the third quarter.", "the third quarter", "1999-10-20").value,
      "1999-Q3",
    );
  });
  it("a year earlier looks back from the quarter under discussion", () => {
    const text = "Revenue rose 4% in the third quarter from a year earlier.";
    assert.equal(find(text, "a year earlier", "1999-10-20").value, "1998-Q3");
  });
  it("the year-earlier period follows the same referent", () => {
    const text = "Profit in the second quarter was $3 million, against a loss in the year-earlier period.";
    assert.equal(find(text, "the year-earlier period", "1999-08-02").value, "1998-Q2");
  });
  it("fiscal 1998", () => {
    assert.equal(find("Sales in fiscal 1998 topped $2 billion.", "fiscal 1998").value, "1998");
  });
  it("seasons: last fall", () => {
    assert.equal(find("The plant closed last fall.", "last fall").value, "2021-FA");
  });
  it("a clock time joins the day next to it", () => {
    const t = find("Polls close at 8 p.m. Friday, the commission said.", "8 p.m. Friday", "2022-01-12");
    assert.equal(t.type, "TIME");
    assert.equal(t.value, "2022-01-07T20:00");
  });
  it("explicit full dates are explicit", () => {
    const t = find("The treaty was signed on March 3, 1994.", "March 3, 1994");
    assert.equal(t.value, "1994-03-03");
    assert.equal(t.anchor, "explicit");
  });
  it("a month or season followed by its year is one expression in that year", () => {
    const text = "Talks begin in November this year, after a false start in February of last year.";
    assert.equal(find(text, "November this year").value, "2022-11");
    assert.equal(find(text, "February of last year").value, "2021-02");
    const spoken =
      "Floods hit the valley in March nineteen ninety-eight and again in the winter of nineteen ninety-nine.";
    assert.equal(find(spoken, "March nineteen ninety-eight").value, "1998-03");
    assert.equal(find(spoken, "the winter of nineteen ninety-nine").value, "1999-WI");
  });
  it("may the verb is not a month", () => {
    assert.equal(
      tagTimes("Officials may delay the count.", { dct: DCT }).some((t) => t.text === "may"),
      false,
    );
  });
});

describe("tagTimes: periods, spoken years, holidays", () => {
  it("a year read out in a broadcast", () => {
    assert.equal(find("The plant opened in nineteen ninety-six.", "nineteen ninety-six").value, "1996");
  });
  it("over the weekend is the latest weekend", () => {
    assert.equal(find("Talks continued over the weekend.", "the weekend").value, "2022-W01-WE");
  });
  it("the quarter ended Sept. 30 is the calendar quarter of its last day", () => {
    assert.equal(
      find("The bank lost money in the quarter ended Sept. 30.", "the quarter", "1999-10-20").value,
      "1999-Q3",
    );
  });
  it("the year ended March 31 is a fiscal year, a one-year duration", () => {
    const t = find("Sales rose in the year ended March 31.", "the year", "1999-05-20");
    assert.equal(t.type, "DURATION");
    assert.equal(t.value, "P1Y");
  });
  it("by the end of the year is the publication year", () => {
    assert.equal(
      find("The merger should close by the end of the year.", "the end of the year").value,
      "2022",
    );
  });
  it("the near term is an unspecified future", () => {
    assert.equal(find("Prices may stay high in the near term.", "the near term").value, "FUTURE_REF");
  });
  it("the 1988 quarter is the quarter under discussion, in 1988", () => {
    const text = "Net rose in the third quarter. In the 1998 quarter, the firm lost money.";
    assert.equal(find(text, "the 1998 quarter", "1999-10-20").value, "1998-Q3");
  });
  it("the last half of a year is its second half", () => {
    assert.equal(
      find("Earnings will weaken in the last half of 1999.", "the last half of 1999").value,
      "1999-H2",
    );
  });
  it("Christmas is the nearest one", () => {
    assert.equal(find("Shops were busy before Christmas.", "Christmas").value, "2021-12-25");
  });
});

describe("tagTimes: sentences", () => {
  it("gives each expression the index of its sentence", () => {
    const text = "Rain fell on Monday. Markets rallied on Tuesday.";
    const sentences = [
      { start: 0, end: 20 },
      { start: 21, end: text.length },
    ];
    const times = tagTimes(text, { dct: DCT, sentences });
    assert.deepEqual(
      times.map((t) => t.sentence),
      [0, 1],
    );
  });
});

describe("timexRange", () => {
  it("weeks, months, quarters, years, decades", () => {
    assert.deepEqual(timexRange("2022-W01"), { start: "2022-01-03", end: "2022-01-09" });
    assert.deepEqual(timexRange("2022-01"), { start: "2022-01-01", end: "2022-01-31" });
    assert.deepEqual(timexRange("2022-Q1"), { start: "2022-01-01", end: "2022-03-31" });
    assert.deepEqual(timexRange("2021"), { start: "2021-01-01", end: "2021-12-31" });
    assert.deepEqual(timexRange("199X"), { start: "1990-01-01", end: "1999-12-31" });
    assert.deepEqual(timexRange("2021-WI"), { start: "2021-12-01", end: "2022-02-28" });
    assert.deepEqual(timexRange("2022-01-13T17:00"), { start: "2022-01-13", end: "2022-01-13" });
  });
  it("undefined for durations and references", () => {
    assert.equal(timexRange("P3D"), undefined);
    assert.equal(timexRange("PAST_REF"), undefined);
  });
});
