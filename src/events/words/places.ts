import { words } from "./word-set.ts";

/** Where events happen: the spread of an event over a country, seats of government and of international bodies, heads of place names, and places that are no party. */

/**
 * "riots across the country", "a nationwide strike", "the general strike": a sentence that spreads
 * its event over the whole country is placed in the country, not in the town the story named before.
 */
export const NATIONWIDE =
  /\b(?:nationwide|countrywide|(?:across|throughout|around|all over)\s+(?:the\s+)?(?:country|nation)|(?:national|general)\s+strikes?)\b/i;
/** "in 21 cities", "in more than 100 towns", "in dozens of provinces": a count spread over a country's places. */
export const MANY_PLACES =
  /\b(?:in|across)\s+(?:more than\s+|at least\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|scores of|hundreds of|several|many)\s+(?:other\s+|different\s+)?(?:cities|towns|provinces|regions|states|districts|villages|counties)\b/i;
/** Nouns of a state of affairs that statements are about ("stability in Europe", "the situation in Syria"). */
export const SITUATION_NOUNS = words(`
  crisis situation stability instability peace security war conflict violence unrest tension
  tensions fighting developments democracy chaos turmoil`);
/** Acts of a court case, by the lemma of their trigger: they happen where the court sits. */
export const COURT_ACTS = words(`
  charge indict indictment sue lawsuit convict conviction sentence acquit acquittal plead plea
  arraign arraignment prosecute prosecution trial hearing testify`);
/** Parties to a court case: what they allege or ask for, they say in court or in its filings. */
export const COURT_PARTIES = words(`
  prosecutor prosecutors judge judges jury jurors court attorney attorneys lawyer lawyers
  magistrate counsel`);
/**
 * Where international bodies sit and speak from ("the Arab League condemned", "NATO said"): the
 * city and its country. Not a party's country: the body belongs to none.
 */
export const INTERNATIONAL_SEATS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["arab league", ["Cairo", "EGY"]],
  ["african union", ["Addis Ababa", "ETH"]],
  ["european commission", ["Brussels", "BEL"]],
  ["european council", ["Brussels", "BEL"]],
  ["nato", ["Brussels", "BEL"]],
  ["un security council", ["New York City", "USA"]],
  ["u.n. security council", ["New York City", "USA"]],
  ["united nations security council", ["New York City", "USA"]],
  ["security council", ["New York City", "USA"]],
  ["un general assembly", ["New York City", "USA"]],
  ["u.n. general assembly", ["New York City", "USA"]],
  ["general assembly", ["New York City", "USA"]],
  ["asean", ["Jakarta", "IDN"]],
  ["opec", ["Vienna", "AUT"]],
  ["iaea", ["Vienna", "AUT"]],
  ["international atomic energy agency", ["Vienna", "AUT"]],
  ["international criminal court", ["The Hague", "NLD"]],
  ["world health organization", ["Geneva", "CHE"]],
  ["un human rights council", ["Geneva", "CHE"]],
  ["u.n. human rights council", ["Geneva", "CHE"]],
  ["gulf cooperation council", ["Riyadh", "SAU"]],
  ["organization of american states", ["Washington", "USA"]],
]);
/**
 * Seats of government by the names news uses for them, with the capital they stand in and its
 * country ("a meeting in the Oval Office" happened in Washington).
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["oval office", ["Washington", "USA"]],
  ["white house", ["Washington", "USA"]],
  ["pentagon", ["Washington", "USA"]],
  ["capitol hill", ["Washington", "USA"]],
  ["capitol", ["Washington", "USA"]],
  ["kremlin", ["Moscow", "RUS"]],
  ["downing street", ["London", "GBR"]],
  ["elysee palace", ["Paris", "FRA"]],
  ["élysée palace", ["Paris", "FRA"]],
  ["elysee", ["Paris", "FRA"]],
  ["élysée", ["Paris", "FRA"]],
  ["great hall of the people", ["Beijing", "CHN"]],
  ["zhongnanhai", ["Beijing", "CHN"]],
  ["blue house", ["Seoul", "KOR"]],
  ["knesset", ["Jerusalem", "ISR"]],
  ["bundestag", ["Berlin", "DEU"]],
  ["chancellery in berlin", ["Berlin", "DEU"]],
  ["quirinale", ["Rome", "ITA"]],
  ["palazzo chigi", ["Rome", "ITA"]],
  ["moncloa", ["Madrid", "ESP"]],
  ["kantei", ["Tokyo", "JPN"]],
  ["rashtrapati bhavan", ["New Delhi", "IND"]],
  ["aso rock", ["Abuja", "NGA"]],
  ["union buildings", ["Pretoria", "ZAF"]],
  ["casa rosada", ["Buenos Aires", "ARG"]],
  ["planalto", ["Brasilia", "BRA"]],
  ["los pinos", ["Mexico City", "MEX"]],
  ["akorda", ["Astana", "KAZ"]],
]);
/**
 * National institutions news names without their country ("White House Press Secretary Stephanie
 * Grisham", "a State Department spokesman", "the Kremlin said"): the seats of government and the
 * bodies whose name belongs to one state only.
 */
export const NATIONAL_INSTITUTIONS: ReadonlyMap<string, string> = new Map([
  ...[...SEATS_OF_GOVERNMENT].map(([name, [, country]]) => [name, country] as const),
  ["state department", "USA"],
  ["justice department", "USA"],
  ["fbi", "USA"],
  ["cia", "USA"],
  ["scotland yard", "GBR"],
  ["whitehall", "GBR"],
  ["duma", "RUS"],
  ["bundeswehr", "DEU"],
  ["mossad", "ISR"],
]);
/** Territory words after a seizure verb: "captured the town", "took control of three villages". */
export const TERRITORY_OBJECTS = words(`
  camp camps areas ground town towns city cities village villages territory territories district
  districts area region province stronghold strongholds base bases hill hills positions airport
  border crossing neighbourhood neighborhood suburb suburbs control outskirts county port`);
/**
 * Head words of the names of natural features: "the South China Sea", "the Gulf of Aden", "the Nile
 * River" are where things happen, never who acts or is acted on.
 */
export const NATURAL_FEATURE_HEADS = words(`
  sea seas ocean gulf strait straits river lake bay canal channel peninsula desert mountains valley`);
/** Heads of street, square and open-place names: "Republic Square", "Abovyan Street" are where, never who. */
export const FACILITY_HEADS = words(`
  square street avenue road boulevard lane highway bridge stadium park market station airport
  junction roundabout plaza esplanade quay`);
/** Heads of building names: a place after "at", "outside", "towards" ("marched to the State House"), though "the White House said" acts. */
export const BUILDING_HEADS = words(
  "house hall building palace office tower headquarters compound residence",
);
/** Nouns of places a visit may go to that are no host: "visited the settlement bloc", "a refugee camp". */
export const VISITED_PLACE_NOUNS = words(`
  settlement bloc camp village town city base site hospital school plant factory border area district
  province region front frontline mosque church temple shrine memorial museum prison port mine farm
  neighbourhood neighborhood island`);
/** Those posted to another country, who speak where they are posted ("China's ambassador to Britain"). */
export const POSTED_ENVOYS = words(
  "ambassador ambassadors envoy envoys embassy consul consulate high-commissioner",
);

/**
 * Nouns of sites that lie in the country named before them ("at the Syria border", "off the Libya
 * coast"). Not "embassy" or "consulate": "at the U.S. embassy" is the United States' embassy abroad.
 */
export const SITES_IN_COUNTRY = words(
  "border coast capital camp base frontier side port mainland countryside",
);
