import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tagTimes } from "../src/nlp/time/index.ts";

/** A Tuesday in May: far enough from January and October for the year of a bare date to be in doubt. */
const DCT = "2022-05-10";

function find(text: string, phrase: string, dct = DCT) {
  const found = tagTimes(text, { dct }).find((t) => t.text === phrase);
  assert.ok(
    found,
    `"${phrase}" not tagged in: ${text}\n got ${JSON.stringify(tagTimes(text, { dct }).map((t) => t.text))}`,
  );
  return found;
}

function tagged(text: string, phrase: string, dct = DCT): boolean {
  return tagTimes(text, { dct }).some((t) => t.text === phrase);
}

describe("year of a date stated without one", () => {
  it("a far date in a past clause is the one before publication", () => {
    assert.equal(find("The doctor was killed on Oct. 23 at his home.", "Oct. 23").value, "2021-10-23");
  });
  it("a far date in a future clause is the one after publication", () => {
    assert.equal(find("The summit will open on Oct. 23 in Lisbon.", "Oct. 23").value, "2022-10-23");
  });
  it("a near date stays the nearest whatever the tense", () => {
    assert.equal(find("The company extended the offer to June 20.", "June 20").value, "2022-06-20");
  });
  it("a far month in a past clause looks back", () => {
    assert.equal(find("Prices rose sharply in September.", "September").value, "2021-09");
  });
  it("a month a season ahead in a past clause is the one before publication", () => {
    const text = "In January, the bakery hired a new manager.";
    assert.equal(find(text, "January", "2022-10-27").value, "2022-01");
    assert.equal(
      find("Sales peaked in the year ended Jan. 31.", "Jan. 31", "2022-10-31").value,
      "2022-01-31",
    );
  });
  it("a deadline a season ahead stays the nearest one in a past clause", () => {
    const text = "The club extended the offer until Jan. 20.";
    assert.equal(find(text, "Jan. 20", "2022-10-27").value, "2023-01-20");
    assert.equal(
      find("The board declared a dividend payable Jan. 15.", "Jan. 15", "2022-10-27").value,
      "2023-01-15",
    );
  });
});

describe("direction of a weekday", () => {
  it("a weekday in the possessive is past even in a future clause", () => {
    const text = "The family said it would appeal Friday's ruling.";
    assert.equal(find(text, "Friday").value, "2022-05-06");
  });
  it("a verb right after the weekday outranks a distant modal", () => {
    const text = "The miners will stay underground even after a judge Monday rejected their claim.";
    assert.equal(find(text, "Monday").value, "2022-05-09");
  });
  it("an adverb between a modal and its verb keeps the clause in the future", () => {
    assert.equal(find("The summit would still be held on Monday.", "Monday").value, "2022-05-16");
  });
  it("a present passive is not a past tense", () => {
    assert.equal(find("The festival is held in October.", "October").value, "2022-10");
    assert.equal(find("The vote is scheduled for Friday.", "Friday").value, "2022-05-13");
  });
  it("'is to' and 'planned to' look ahead", () => {
    assert.equal(find("Trading in the shares is to resume Thursday.", "Thursday").value, "2022-05-12");
    assert.equal(find("The team planned to leave on Friday.", "Friday").value, "2022-05-13");
  });
  it("an abbreviation does not end the sentence that holds the tense", () => {
    const text = "The delegation will depart early (6 a.m. EDT Thursday), an aide said.";
    assert.equal(find(text, "6 a.m. EDT Thursday").value, "2022-05-12T06:00");
  });
});

describe("words left untagged as the annotators do", () => {
  it("previously and shortly", () => {
    assert.equal(tagged("Previously, the firm sold boats.", "Previously"), false);
    assert.equal(tagged("He left shortly after the blast.", "shortly"), false);
  });
  it("a rate after an amount is a measure, not a frequency", () => {
    assert.equal(tagged("The plan will save $500 million a year.", "a year"), false);
    assert.equal(find("The ferry sails twice a week.", "a week").type, "SET");
  });
  it("a half is written in the next smaller unit", () => {
    assert.equal(find("The talks lasted 5 1/2 hours.", "5 1/2 hours").value, "PT5H30M");
    assert.equal(find("A minute and a half later the roof fell.", "A minute and a half").value, "PT1M30S");
    assert.equal(find("The siege lasted a day and a half.", "a day and a half").value, "P1DT12H");
  });
  it("a title-case 'This Week' names a programme, not a week", () => {
    assert.equal(
      tagged('The minister said on NBC\'s "This Week" that talks would go on.', "This Week"),
      false,
    );
    assert.equal(find("This week the minister said talks would go on.", "This week").value, "2022-W19");
  });
  it("recent years is the vague past, recent months a duration", () => {
    const t = find("Tourism has grown fast in recent years.", "recent years");
    assert.equal(t.type, "DATE");
    assert.equal(t.value, "PAST_REF");
    assert.equal(find("Prices have fallen in recent months.", "recent months").value, "PXM");
  });
  it("a frequency adverb after an amount is a rate, not a frequency", () => {
    assert.equal(tagged("The mill will turn out 4,000 tonnes annually.", "annually"), false);
    assert.equal(tagged("Exports should grow 6% annually.", "annually"), false);
    assert.equal(find("The festival is held annually in the old town.", "annually").value, "P1Y");
  });
  it("today's before a noun is the present age, not the day", () => {
    assert.equal(tagged("It is a symbol for today's youth.", "today"), false);
    assert.equal(find("Today's vote was delayed.", "Today").value, "2022-05-10");
  });
  it("Jan before a surname is a first name", () => {
    assert.equal(tagged("Foreign Minister Jan Kavan signed the accord.", "Jan"), false);
  });
});

describe("parts of the publication day", () => {
  const published = "2022-01-13";
  it("this morning, tonight and in the morning are parts of the publication day", () => {
    assert.equal(find("Troops opened fire this morning.", "this morning", published).value, "2022-01-13TMO");
    assert.equal(find("The president will speak tonight.", "tonight", published).value, "2022-01-13TNI");
    const t = find("The blast shook the market in the morning.", "the morning", published);
    assert.equal(t.type, "TIME");
    assert.equal(t.value, "2022-01-13TMO");
  });
  it("the morning of a named day is left to that day", () => {
    assert.equal(tagged("Shops closed in the morning of the strike.", "the morning", published), false);
  });
  it("4 in the morning is a clock time", () => {
    assert.equal(
      find("The convoy will set off at 4 in the morning.", "4 in the morning", published).value,
      "2022-01-13T04:00",
    );
    assert.equal(
      find("The curfew starts at 8 in the evening.", "8 in the evening", published).value,
      "2022-01-13T20:00",
    );
  });
});

describe("that year, that day: the unit of the date last mentioned", () => {
  it("later that year follows the year of the last date", () => {
    const text = "He fled to Spain in June 2015 and returned later that year.";
    assert.equal(find(text, "later that year").value, "2015");
  });
  it("that same day is the day last mentioned", () => {
    const text = "The rebels took the airport on March 3, 2019. The president fled that same day.";
    assert.equal(find(text, "that same day").value, "2019-03-03");
  });
  it("that quarter follows the quarter under discussion", () => {
    const text =
      "Profit fell in the second quarter of 2020. The figures for that quarter included a one-time charge.";
    assert.equal(find(text, "that quarter").value, "2020-Q2");
  });
});

describe("quarters named in earnings news", () => {
  it("this year's third quarter is one expression", () => {
    const t = find(
      "Revenue in this year's third quarter rose to $9 million.",
      "this year's third quarter",
      "2021-10-30",
    );
    assert.equal(t.value, "2021-Q3");
  });
  it("a stated ordinal is the company's own quarter, in the year of its closing date", () => {
    const text = "The brewer posted a profit for its fourth quarter ended June 30.";
    assert.equal(find(text, "its fourth quarter", "2021-10-26").value, "2021-Q4");
  });
  it("a quarter ended July 31 is mostly the calendar second quarter", () => {
    const text = "The bakery chain lost money in the quarter ended July 31.";
    assert.equal(find(text, "the quarter", "2021-10-26").value, "2021-Q2");
  });
});

describe("counts that are not durations", () => {
  it("an age, an ordinal, a fraction", () => {
    assert.equal(tagged("Mr. Ortiz, 52 years old, will succeed her.", "52 years"), false);
    assert.equal(tagged("A second group of directors sold shares.", "A second"), false);
    assert.equal(
      tagged("The island buys about three-quarters of its fuel abroad.", "about three-quarters"),
      false,
    );
    assert.equal(find("The strike lasted three quarters.", "three quarters").value, "P9M");
  });
});

describe("seasons after a preposition", () => {
  it("over the summer is the latest summer in a past clause", () => {
    assert.equal(find("Rivals cut prices over the summer.", "the summer", "2021-10-26").value, "2021-SU");
  });
});

describe("durations written as compounds or with one more unit", () => {
  it("a unit made an adjective with -long", () => {
    assert.equal(find("The talks ended a day-long standoff.", "day-long").value, "P1D");
    assert.equal(find("They settled a three-day-long siege.", "three-day-long").value, "P3D");
    assert.equal(find("It closed a decades-long feud.", "decades-long").value, "PXDE");
    assert.ok(!tagged("It closed a decades-long feud.", "a decades"));
  });
  it("another, an additional, a further unit is one of it", () => {
    assert.equal(find("The lease runs for an additional year.", "an additional year").value, "P1Y");
    assert.equal(find("The strike lasted another week.", "another week").value, "P1W");
  });
  it("the weeks ahead is an unstated number of weeks", () => {
    assert.equal(find("Farmers expect rain in the weeks ahead.", "the weeks ahead").value, "PXW");
  });
});

describe("a month in the possessive", () => {
  it("December's figures is a month", () => {
    assert.equal(find("The baker published December's sales.", "December", "2022-02-04").value, "2021-12");
  });
  it("an ambiguous month name in the possessive is still a name", () => {
    assert.ok(!tagged("Theresa May's speech drew applause.", "May"));
  });
});

describe("the following unit is anaphoric", () => {
  it("the following month is the month after the one just narrated", () => {
    const text = "In March, the choir lost its conductor. The following month, it hired a new one.";
    assert.equal(find(text, "The following month", "2022-10-27").value, "2022-04");
  });
  it("the following week after a day is that day's next week", () => {
    const text = "The mill was sold on March 3, 2015. The following week, its manager resigned.";
    assert.equal(find(text, "The following week").value, "2015-W11");
  });
});

describe("small named and idiomatic patterns", () => {
  it("a week or so ago is a date", () => {
    assert.equal(
      find("The ferry sank a week or so ago off the coast.", "a week or so ago").value,
      "2022-W18",
    );
  });
  it("high noon and a programme called 60 Minutes are not times", () => {
    assert.ok(!tagged("It is high noon for the mayor and her budget.", "noon"));
    assert.ok(!tagged("He spoke on the programme ''60 Minutes.''", "60 Minutes"));
    assert.equal(find("The talks resumed at noon.", "noon").value, "2022-05-10T12:00");
  });
  it("a quarter-to-quarter comparison is no quarter", () => {
    assert.ok(!tagged("The quarter-to-quarter comparison was helped by charges.", "The quarter"));
  });
  it("Election Day is the Tuesday after the first Monday of November", () => {
    assert.equal(
      find("Volunteers will knock on doors until Election Day.", "Election Day", "2022-10-20").value,
      "2022-11-08",
    );
  });
  it("the second day of a pair takes the first one's month", () => {
    const text = "The fair opens on April 24 and 25 in Porto.";
    assert.equal(find(text, "25", "2022-02-10").value, "2022-04-25");
  });
  it("March before a common noun is the month", () => {
    assert.equal(find("The March deadline worried the farmers.", "March", "2022-02-10").value, "2022-03");
    assert.ok(!tagged("The March on Washington drew crowds.", "March"));
  });
  it("a part of the day before yesterday is kept", () => {
    assert.equal(
      find("The storm reached the coast at mid-afternoon yesterday.", "mid-afternoon yesterday").value,
      "2022-05-09TAF",
    );
  });
});

describe("an amount of time before 'later' or 'earlier'", () => {
  it("is tagged as the duration, keeping the date it points to", () => {
    const text = "The ceasefire collapsed on March 3. Two days later, the army attacked.";
    const t = find(text, "Two days");
    assert.equal(t.type, "DURATION");
    assert.equal(t.value, "P2D");
    assert.equal(t.date, "2022-03-05");
    assert.equal(find("A few days later, the river flooded.", "A few days").value, "PXD");
    assert.equal(find("The talks ended five hours later.", "five hours").value, "PT5H");
  });
  it("a year earlier stays the year-earlier date", () => {
    const t = find("A year earlier, the airline's earnings were higher.", "A year earlier");
    assert.equal(t.type, "DATE");
    assert.equal(t.value, "2021");
  });
});

describe("the fiscal year and yearly sets", () => {
  it("for the fiscal year is the publication year", () => {
    assert.equal(
      find("The museum expects fewer visitors for the fiscal year.", "the fiscal year").value,
      "2022",
    );
    assert.equal(find("Margins should rise throughout the year.", "the year").value, "2022");
  });
  it("each July and every summer are the month or season of every year", () => {
    const t = find("The village holds a fair each July by the river.", "each July");
    assert.equal(t.type, "SET");
    assert.equal(t.value, "XXXX-07");
    assert.equal(find("Every summer the camp reopens.", "Every summer").value, "XXXX-SU");
  });
});

describe("a weekday joined to a plural weekday", () => {
  it("shares its frequency", () => {
    const text = "The night bus will run on Friday and Saturday nights from June 4.";
    assert.equal(find(text, "Friday").value, "XXXX-WXX-5TNI");
    assert.equal(find(text, "Saturday nights").value, "XXXX-WXX-6TNI");
    assert.equal(find("He left on Monday and returned on Tuesday.", "Monday").type, "DATE");
  });
});

describe("vague amounts and later dates", () => {
  it("for a while is an unstated amount of time", () => {
    assert.equal(find("The bakery will stay closed for a while.", "a while").value, "PXX");
    assert.ok(!tagged("While the talks went on, prices rose.", "While"));
  });
  it("at a later date is the unspecified future", () => {
    assert.equal(
      find("The second bridge will be built at a later date.", "a later date").value,
      "FUTURE_REF",
    );
  });
});

describe("a frequency on a basis", () => {
  it("on a daily basis is a SET, its quarterly dividend is not", () => {
    assert.equal(find("Nurses check the patients on a daily basis.", "daily").value, "P1D");
    assert.ok(!tagged("The firm raised its quarterly dividend.", "quarterly"));
  });
});

describe("the then current", () => {
  it("is the present of a past time", () => {
    const t = find("The club sold the land below the then current price.", "then current");
    assert.equal(t.value, "PAST_REF");
    assert.equal(find("The current chairman agreed.", "current").value, "PRESENT_REF");
  });
});

describe("the quarter a year-ago figure compares with", () => {
  it("is a quarter ended by publication, not a forecast one", () => {
    const text =
      "Third-quarter profit fell 20%. The company expects weak demand until the third quarter of next year. In the year-ago period, it earned $5 million.";
    assert.equal(find(text, "the year-ago period", "2022-10-26").value, "2021-Q3");
  });
});

describe("the quarter under discussion", () => {
  it("an earlier quarter mentioned after the reported one is background", () => {
    const text =
      "Third-quarter profit rose 5% after a flat second quarter. A year ago, the firm earned $3 million.";
    assert.equal(find(text, "A year ago", "2022-10-26").value, "2021-Q3");
  });
});

describe("tense context", () => {
  it("'vs.' before a name does not end the sentence", () => {
    const text = "In January, after the Smith vs. Jones verdict, a flood destroyed the bridge.";
    assert.equal(find(text, "January", "2022-10-25").value, "2022-01");
  });
  it("an -ed adjective after a determiner is no past tense", () => {
    const text = "Winners will receive the cup on a still undecided date in January.";
    assert.equal(find(text, "January", "2022-10-26").value, "2023-01");
  });
});

describe("a deadline set in a past clause", () => {
  it("lies ahead up to half a year", () => {
    assert.equal(
      find("The school appointed a new head, effective Feb. 1.", "Feb. 1", "2022-10-26").value,
      "2023-02-01",
    );
    assert.equal(
      find("The school appointed a new head in February.", "February", "2022-10-26").value,
      "2022-02",
    );
  });
});

describe("halves", () => {
  it("the first two quarters of a year is its first half", () => {
    const text = "Losses will run through the first two quarters of 2023.";
    assert.equal(find(text, "the first two quarters of 2023").value, "2023-H1");
  });
  it("the last half of a decade is written as the decade, in one expression", () => {
    const text = "The band toured Japan in the last half of the '80s.";
    assert.equal(find(text, "the last half of the '80s").value, "198X");
    assert.ok(!tagged(text, "the '80s"));
  });
});

describe("one day after a modal", () => {
  it("is an unspecified future day, not a duration", () => {
    assert.equal(find("The village may one day have a railway.", "one day").value, "FUTURE_REF");
    assert.equal(find("The strike lasted one day.", "one day").value, "P1D");
  });
});

describe("recently before a date", () => {
  it("leaves the date to say when", () => {
    const text = "The dam has burst three times, most recently last October.";
    assert.ok(!tagged(text, "recently", "2023-02-06"));
    assert.equal(find(text, "last October", "2023-02-06").value, "2022-10");
    assert.equal(find("Prices have recently fallen.", "recently").value, "PAST_REF");
  });
});

describe("a year-earlier amount", () => {
  it("the year-earlier nine months is the amount, one expression", () => {
    const text = "Rainfall in the year-earlier nine months was higher.";
    assert.equal(find(text, "the year-earlier nine months", "2022-10-26").value, "P9M");
  });
});
