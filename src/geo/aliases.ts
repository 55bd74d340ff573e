/**
 * Curated names that the npm gazetteers lack: abbreviations news writers use, demonyms that
 * world-countries does not list, and continents/regions (which GeoNames cities500 does not hold).
 * Each list is small and general; nothing here is tuned to a particular article.
 */

/** Country abbreviations, matched case-sensitively ("US" yes, "us" never). */
export const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  "U.S.": "USA",
  "U.S.A.": "USA",
  US: "USA",
  USA: "USA",
  "U.S": "USA",
  UK: "GBR",
  "U.K.": "GBR",
  UAE: "ARE",
  "U.A.E.": "ARE",
  DRC: "COD",
  PRC: "CHN",
  ROK: "KOR",
  DPRK: "PRK",
  "T&T": "TTO",
  USSR: "RUS",
};

/**
 * Canadian provinces' abbreviations (news style and postal), keyed to GeoNames admin1 codes.
 * Postal codes are matched case-sensitively like the US ones; "BC" in a date ("300 BC") is not
 * followed by a place reading because recognition requires "City, BC" position for bare codes.
 */
export const CANADA_PROVINCE_ABBREVIATIONS: Record<string, string> = {
  "B.C.": "02",
  BC: "02",
  "Alta.": "01",
  "Man.": "03",
  "N.B.": "04",
  "N.S.": "07",
  "Ont.": "08",
  "P.E.I.": "09",
  "Que.": "10",
  "Sask.": "11",
};

/** Country names in common use that the packages spell differently. */
export const COUNTRY_NAMES: Record<string, string> = {
  America: "USA",
  "United States": "USA",
  Britain: "GBR",
  "Great Britain": "GBR",
  Holland: "NLD",
  Burma: "MMR",
  "North Korea": "PRK",
  "South Korea": "KOR",
  Korea: "KOR",
  "Ivory Coast": "CIV",
  "Czech Republic": "CZE",
  Czechia: "CZE",
  Macedonia: "MKD",
  Swaziland: "SWZ",
  "East Timor": "TLS",
  Vatican: "VAT",
  Congo: "COD",
  "Democratic Republic of Congo": "COD",
  "Democratic Republic of the Congo": "COD",
  "Republic of Congo": "COG",
  Gaza: "PSE",
  "Gaza Strip": "PSE",
  "West Bank": "PSE",
  "Palestinian Territories": "PSE",
  "Holy See": "VAT",
  "U.S. Virgin Islands": "VIR",
  "US Virgin Islands": "VIR",
  Turkiye: "TUR",
  // Former states, placed at their successor's seat: what a map of today can show.
  "Soviet Union": "RUS",
  Yugoslavia: "SRB",
  Zaire: "COD",
  Türkiye: "TUR",
};

/**
 * Demonyms and adjectives missing from world-countries (which has one per country, e.g.
 * "Kazakhstani" but not "Kazakh"), plus common plural and ethnic forms news uses for a state.
 */
export const DEMONYMS: Record<string, string> = {
  Kazakh: "KAZ",
  Kazakhs: "KAZ",
  Uzbek: "UZB",
  Uzbeks: "UZB",
  Kyrgyz: "KGZ",
  Tajik: "TJK",
  Turkmen: "TKM",
  Azeri: "AZE",
  Azerbaijani: "AZE",
  Britons: "GBR",
  Brits: "GBR",
  // The constituent country, finer than the United Kingdom (GeoNames admin1 codes).
  English: "GBR.ENG",
  Englishman: "GBR.ENG",
  Scottish: "GBR.SCT",
  Scots: "GBR.SCT",
  Scotsman: "GBR.SCT",
  Welsh: "GBR.WLS",
  Welshman: "GBR.WLS",
  // Peoples of regions and majorities the packaged lists leave out (GeoNames admin1 codes where the
  // region is one: Abkhazia GE.02, Dagestan RU.17). Not "Tamil": a people of India and Sri Lanka both.
  Abkhaz: "GEO.02",
  Abkhazian: "GEO.02",
  Abkhazians: "GEO.02",
  Dagestani: "RUS.17",
  Dagestanis: "RUS.17",
  Sinhalese: "LKA",
  Czechs: "CZE",
  // Country adjectives that differ from the demonym ("Philippine" vs. "Filipino").
  Philippine: "PHL",
  Dutch: "NLD",
  Swiss: "CHE",
  French: "FRA",
  Irish: "IRL",
  Chinese: "CHN",
  Japanese: "JPN",
  Vietnamese: "VNM",
  Lebanese: "LBN",
  Sudanese: "SDN",
  Congolese: "COD",
  Portuguese: "PRT",
  Taiwanese: "TWN",
  Nepalese: "NPL",
  Senegalese: "SEN",
  Burmese: "MMR",
  Filipino: "PHL",
  Filipinos: "PHL",
  Israelis: "ISR",
  Emirati: "ARE",
  Emiratis: "ARE",
  Saudi: "SAU",
  Saudis: "SAU",
  Kuwaiti: "KWT",
  Yemeni: "YEM",
  Iraqi: "IRQ",
  Qatari: "QAT",
  Omani: "OMN",
  Bahraini: "BHR",
  Pakistani: "PAK",
  Bangladeshi: "BGD",
  Afghan: "AFG",
  Afghans: "AFG",
  Kosovar: "XKX",
  Kosovan: "XKX",
  Korean: "KOR",
  Koreans: "KOR",
  "North Korean": "PRK",
  "South Korean": "KOR",
  Palestinians: "PSE",
  Frenchman: "FRA",
  Americans: "USA",
  American: "USA",
  // Peoples of the former Yugoslavia, whose package demonyms are compounds ("Bosnian, Herzegovinian").
  Bosnian: "BIH",
  Bosnians: "BIH",
  Serb: "SRB",
  Serbs: "SRB",
  Croat: "HRV",
  Croats: "HRV",
  Briton: "GBR",
  // Regions' own demonyms, finer than their country.
  Texan: "USA.TX",
  Californian: "USA.CA",
  Floridian: "USA.FL",
  Sicilian: "ITA.15",
  Bavarian: "DEU.02",
  Catalan: "ESP.56",
  // US states', Canadian provinces' and Australian states' people (GeoNames admin1 codes). A
  // singular that names a newspaper ("The Oregonian", "The Tennessean") is left out.
  Texans: "USA.TX",
  Californians: "USA.CA",
  Floridians: "USA.FL",
  ...plurals({
    Alabamian: "USA.AL",
    Alaskan: "USA.AK",
    Arizonan: "USA.AZ",
    Arkansan: "USA.AR",
    Coloradan: "USA.CO",
    Delawarean: "USA.DE",
    Idahoan: "USA.ID",
    Illinoisan: "USA.IL",
    Hoosier: "USA.IN",
    Iowan: "USA.IA",
    Kansan: "USA.KS",
    Kentuckian: "USA.KY",
    Louisianan: "USA.LA",
    Mainer: "USA.ME",
    Marylander: "USA.MD",
    Michigander: "USA.MI",
    Minnesotan: "USA.MN",
    Missourian: "USA.MO",
    Montanan: "USA.MT",
    Nebraskan: "USA.NE",
    Nevadan: "USA.NV",
    "New Hampshirite": "USA.NH",
    "New Jerseyan": "USA.NJ",
    "New Mexican": "USA.NM",
    "North Carolinian": "USA.NC",
    "North Dakotan": "USA.ND",
    Ohioan: "USA.OH",
    Pennsylvanian: "USA.PA",
    "Rhode Islander": "USA.RI",
    "South Carolinian": "USA.SC",
    "South Dakotan": "USA.SD",
    Utahn: "USA.UT",
    Vermonter: "USA.VT",
    "West Virginian": "USA.WV",
    Wisconsinite: "USA.WI",
    Wyomingite: "USA.WY",
    Ontarian: "CAN.08",
    Manitoban: "CAN.03",
    Albertan: "CAN.01",
    "British Columbian": "CAN.02",
    Quebecer: "CAN.10",
    Quebecker: "CAN.10",
    "Nova Scotian": "CAN.07",
    Newfoundlander: "CAN.05",
    "New Brunswicker": "CAN.04",
    Queenslander: "AUS.04",
    Tasmanian: "AUS.06",
    "Western Australian": "AUS.08",
    "South Australian": "AUS.05",
  }),
  Oklahomans: "USA.OK",
  Oregonians: "USA.OR",
  Tennesseans: "USA.TN",
  Virginians: "USA.VA",
};

/** Each demonym and its plural ("Ohioan", "Ohioans"; "Londoner", "Londoners"). */
function plurals<T>(forms: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(forms)) {
    out[k] = v;
    out[`${k}s`] = v;
  }
  return out;
}

/**
 * Cities' demonyms, keyed to the city's GeoNames id: a city's people, read like a country's
 * ("Londoners fear", "Muscovites queued"). Forms that mostly mean something else are left out:
 * "Romans" (a book, a surname), "Baghdadi" (a surname), "Phoenicians", "The New Yorker" and
 * "Berliner" (a magazine, a newspaper), "Washingtonians" (the city or the state).
 */
export const CITY_DEMONYMS: Record<string, number> = {
  ...plurals({
    Londoner: 2643743,
    Parisian: 2988507,
    Muscovite: 524901,
    Angeleno: 5368361,
    Chicagoan: 4887398,
    Bostonian: 4930956,
    Torontonian: 6167865,
    Glaswegian: 2648579,
    Mancunian: 2643123,
    Liverpudlian: 2644210,
    Dubliner: 2964574,
    Sydneysider: 2147714,
    Melburnian: 2158177,
    Gazan: 281133,
    Houstonian: 4699066,
    Dallasite: 4684888,
    Philadelphian: 4560349,
    Seattleite: 5809844,
    "San Franciscan": 5391959,
    Miamian: 4164138,
    Detroiter: 4990729,
    Clevelander: 5150529,
    Baltimorean: 4347778,
    Pittsburgher: 5206379,
    Brooklynite: 5110302,
    Hongkonger: 1819729,
    "Hong Konger": 1819729,
    Beijinger: 1816670,
    Delhiite: 1273294,
    Mumbaikar: 1275339,
    Capetonian: 3369157,
    Nairobian: 184745,
    Lagosian: 2332459,
    Jerusalemite: 281184,
    Cairene: 360630,
    Kyivan: 703448,
    Atlantan: 4180439,
    Montrealer: 6077243,
    Vancouverite: 6173331,
    Denverite: 5419384,
    Tokyoite: 1850147,
    Istanbulite: 745044,
  }),
  "New Yorkers": 5128581,
  Berliners: 2950159,
  Venetians: 3164603,
  Viennese: 2761369,
};

/**
 * Seats of government that news uses for the government itself ("the Kremlin said"), read as
 * their capital (GeoNames id) so that metonymy makes them actors and a literal use ("protest
 * outside the White House") still lands in the right city.
 */
export const SEATS_OF_GOVERNMENT: Record<string, number> = {
  Kremlin: 524901,
  "White House": 4140963,
  Pentagon: 4140963,
  "Capitol Hill": 4140963,
  "Downing Street": 2643743,
  Whitehall: 2643743,
  Élysée: 2988507,
  "Elysee Palace": 2988507,
  "Élysée Palace": 2988507,
  Zhongnanhai: 1816670,
  "Blue House": 1835848,
};

/**
 * The seats of government that are buildings or a street of them, not a neighbourhood ("Capitol
 * Hill" is one): named as a modifier ("White House aides", "a Kremlin-backed party") they are the
 * institution, neither a place nor a government acting.
 */
export const SEAT_BUILDINGS = new Set(Object.keys(SEATS_OF_GOVERNMENT).filter((n) => n !== "Capitol Hill"));

/** Cities written by their initials or AP abbreviation, keyed to GeoNames ids. */
export const CITY_ABBREVIATIONS: Record<string, number> = {
  "L.A.": 5368361,
  "N.Y.C.": 5128581,
  NYC: 5128581,
  "Phila.": 4560349,
};

/** US state abbreviations in AP style and postal codes in "City, ST" position. */
export const US_STATE_ABBREVIATIONS: Record<string, string> = {
  "Ala.": "AL",
  "Ariz.": "AZ",
  "Ark.": "AR",
  "Calif.": "CA",
  "Colo.": "CO",
  "Conn.": "CT",
  "Del.": "DE",
  "D.C.": "DC",
  DC: "DC",
  "Fla.": "FL",
  "Ga.": "GA",
  "Ill.": "IL",
  "Ind.": "IN",
  "Kan.": "KS",
  "Kans.": "KS",
  "Ky.": "KY",
  "La.": "LA",
  "Md.": "MD",
  "Mass.": "MA",
  "Mich.": "MI",
  "Minn.": "MN",
  "Miss.": "MS",
  "Mo.": "MO",
  "Mont.": "MT",
  "Neb.": "NE",
  "Nebr.": "NE",
  "Nev.": "NV",
  "N.H.": "NH",
  "N.J.": "NJ",
  "N.M.": "NM",
  "N.Y.": "NY",
  "N.C.": "NC",
  "N.D.": "ND",
  "Okla.": "OK",
  "Ore.": "OR",
  "Pa.": "PA",
  "R.I.": "RI",
  "S.C.": "SC",
  "S.D.": "SD",
  "Tenn.": "TN",
  "Tex.": "TX",
  "Vt.": "VT",
  "Va.": "VA",
  "Wash.": "WA",
  "W.Va.": "WV",
  "W. Va.": "WV",
  "Wis.": "WI",
  "Wisc.": "WI",
  "Wyo.": "WY",
};

/**
 * US postal codes written bare ("Columbia, SC", "in NJ"): a state in "City, ST" position; elsewhere
 * only the codes that are seldom anything else, and only when the document names the state in
 * full or writes the code after a town too (see recognize.ts).
 */
export const US_POSTAL_CODES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  ),
);
/** Postal codes that mostly mean the state even outside "City, ST" ("IN", "OR", "ME", "LA", "VA" do not). */
export const US_POSTAL_CODES_ALONE = new Set(
  "AK AZ FL IA IL KS KY MN NC ND NH NJ NM NV NY RI SC SD TN TX UT VT WI WV WY".split(" "),
);

/** Australian states' abbreviations (GeoNames admin1 codes). */
export const AUSTRALIA_STATE_ABBREVIATIONS: Record<string, string> = {
  NSW: "02",
  Qld: "04",
  "Qld.": "04",
  Vic: "07",
  "Vic.": "07",
  Tas: "06",
  "Tas.": "06",
  WA: "08",
  SA: "05",
  NT: "03",
  ACT: "01",
};
/** Australian abbreviations that are seldom anything else ("Vic" is a name, "ACT" a word). */
export const AUSTRALIA_STATE_ABBREVIATIONS_ALONE = new Set(["NSW", "Qld", "Qld."]);
/** What makes a document Australian: the country, its people, a state or a state capital named in full. */
export const AUSTRALIAN_CONTEXT =
  /\b(?:Australian?s?|New South Wales|Queensland|Tasmania|Northern Territory|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart)\b/;

/**
 * Country codes written bare that also abbreviate a state ("SA" is South Africa in South African
 * news, South Australia in Australian news): the country only where the document names it.
 */
export const CONTEXT_COUNTRY_CODES: Record<string, { iso3: string; context: RegExp }> = {
  SA: { iso3: "ZAF", context: /\bSouth Africa(?:ns?)?\b/ },
};

/**
 * Continents and multi-country regions, with a representative point (GeoNames' own point for
 * the continent or region, so a map pin lands where readers expect it).
 */
export const REGIONS: {
  names: string[];
  demonyms: string[];
  geonameId?: number;
  lat: number;
  lon: number;
  /**
   * ISO3 of the one country a region lies in ("West Coast", "Midwest" of the United States): its
   * reading then competes with namesakes elsewhere (New Zealand's West Coast) in the document's
   * context, and it counts towards that country.
   */
  country?: string;
}[] = [
  // The EU's pin is Europe's: the Union has no point of its own that readers would expect.
  {
    names: ["Europe", "EU", "European Union"],
    demonyms: ["European", "Europeans"],
    geonameId: 6255148,
    lat: 48.69,
    lon: 9.14,
  },
  { names: ["Africa"], demonyms: ["African", "Africans"], geonameId: 6255146, lat: 7.19, lon: 21.09 },
  { names: ["Asia"], demonyms: ["Asian", "Asians"], geonameId: 6255147, lat: 29.84, lon: 89.3 },
  { names: ["North America"], demonyms: ["North American"], geonameId: 6255149, lat: 46.07, lon: -100.55 },
  {
    names: ["South America", "Latin America"],
    demonyms: ["Latin American", "South American"],
    geonameId: 6255150,
    lat: -14.6,
    lon: -57.66,
  },
  { names: ["Oceania"], demonyms: [], geonameId: 6255151, lat: -18.31, lon: 138.52 },
  { names: ["Antarctica"], demonyms: [], geonameId: 6255152, lat: -78.16, lon: 16.41 },
  {
    names: ["Middle East", "Mideast"],
    demonyms: ["Middle Eastern"],
    geonameId: 6269133,
    lat: 29.0,
    lon: 41.0,
  },
  // GeoNames names the UN's regions "Northern Africa", "Western Africa": those names let an import
  // give the news' shorter ones its ids and points.
  { names: ["North Africa", "Northern Africa"], demonyms: ["North African"], lat: 27.0, lon: 12.0 },
  { names: ["West Africa", "Western Africa"], demonyms: ["West African"], lat: 12.0, lon: -2.0 },
  { names: ["East Africa", "Eastern Africa"], demonyms: ["East African"], lat: 2.0, lon: 36.0 },
  { names: ["Central America"], demonyms: ["Central American", "Central Americans"], lat: 14.0, lon: -87.0 },
  { names: ["Korean Peninsula"], demonyms: [], lat: 38.0, lon: 127.5 },
  { names: ["Atlantic", "Atlantic Ocean"], demonyms: [], lat: 10.0, lon: -25.0 },
  { names: ["Pacific", "Pacific Ocean"], demonyms: [], lat: 0.0, lon: -160.0 },
  { names: ["Indian Ocean"], demonyms: [], lat: -10.0, lon: 75.0 },
  { names: ["Mediterranean", "Mediterranean Sea"], demonyms: [], lat: 35.0, lon: 18.0 },
  { names: ["Arctic"], demonyms: [], lat: 80.0, lon: 0.0 },
  { names: ["Central Asia"], demonyms: ["Central Asian"], lat: 45.0, lon: 68.0 },
  { names: ["Southeast Asia"], demonyms: ["Southeast Asian"], lat: 10.0, lon: 106.0 },
  { names: ["Caribbean"], demonyms: [], lat: 18.0, lon: -72.0 },
  { names: ["Balkans"], demonyms: ["Balkan"], lat: 43.0, lon: 21.0 },
  { names: ["Scandinavia"], demonyms: ["Scandinavian"], lat: 62.0, lon: 15.0 },
  { names: ["Sahel"], demonyms: [], lat: 15.0, lon: 5.0 },
  { names: ["Caucasus"], demonyms: [], lat: 42.5, lon: 45.0 },
  { names: ["Gulf", "Persian Gulf"], demonyms: [], lat: 26.0, lon: 52.0 },
  // Seas and straits that news names as scenes ("pirates in the Gulf of Aden"): read whole, their
  // last word is not the port or country they are named after ("Aden", "Mexico", "China").
  { names: ["Gulf of Aden"], demonyms: [], lat: 12.5, lon: 48.0 },
  { names: ["Gulf of Mexico"], demonyms: [], lat: 25.0, lon: -90.0 },
  { names: ["Gulf of Guinea"], demonyms: [], lat: 2.0, lon: 4.0 },
  { names: ["Gulf of Oman"], demonyms: [], lat: 24.5, lon: 58.5 },
  { names: ["Strait of Hormuz"], demonyms: [], lat: 26.6, lon: 56.3 },
  { names: ["Black Sea"], demonyms: [], lat: 43.0, lon: 34.0 },
  { names: ["Caspian Sea"], demonyms: [], lat: 42.0, lon: 50.5 },
  { names: ["Arabian Sea"], demonyms: [], lat: 15.0, lon: 65.0 },
  { names: ["South China Sea"], demonyms: [], lat: 12.0, lon: 113.0 },
  { names: ["East China Sea"], demonyms: [], lat: 29.0, lon: 125.0 },
  // "Russia and the West", "Western governments": the West of geopolitics. GeoNames has no Western
  // world; its Western Europe is the nearest region it lists. Read only after "the", or as an
  // adjective (see the common-word filter): alone, "West" is a surname or a street's compass word.
  { names: ["West"], demonyms: ["Western"], geonameId: 9408659, lat: 50.22, lon: 7.43 },
  // The Arab world's pin is the Arabian Peninsula's centre, its historical core.
  { names: ["Arab world", "Arab World"], demonyms: ["Arab", "Arabs"], lat: 24.0, lon: 45.0 },
  // Regions of the United States, as US news names them (GeoNames' point where it has one).
  { names: ["West Coast"], demonyms: [], geonameId: 9881904, lat: 44.08, lon: -124.14, country: "USA" },
  { names: ["East Coast", "Eastern Seaboard"], demonyms: [], lat: 38.5, lon: -76.5, country: "USA" },
  {
    names: ["Midwest", "Middle West"],
    demonyms: ["Midwestern", "Midwesterners"],
    lat: 41.5,
    lon: -89.5,
    country: "USA",
  },
  { names: ["Deep South"], demonyms: [], lat: 32.5, lon: -88.0, country: "USA" },
  { names: ["New England"], demonyms: ["New Englanders"], lat: 43.5, lon: -71.5, country: "USA" },
  { names: ["Pacific Northwest"], demonyms: [], lat: 46.5, lon: -121.5, country: "USA" },
  { names: ["Gulf Coast"], demonyms: [], lat: 29.5, lon: -91.0, country: "USA" },
  {
    names: ["Appalachia", "Appalachians", "Appalachian Mountains"],
    demonyms: [],
    geonameId: 5178401,
    lat: 40.0,
    lon: -78.0,
    country: "USA",
  },
  { names: ["Kurdistan"], demonyms: ["Kurdish", "Kurds"], geonameId: 126585, lat: 37.0, lon: 44.0 },
  // A breakaway region GeoNames divides among its districts: no first-level row names it.
  {
    names: ["South Ossetia"],
    demonyms: ["South Ossetian", "South Ossetians"],
    lat: 42.35,
    lon: 43.97,
    country: "GEO",
  },
];

/**
 * Common nouns and adjectives that head or qualify the names of divisions, institutions,
 * facilities, roads and events ("City Council", "County", "Wildlife Refuge", "Medical Center",
 * "State Tournament", "Memorial Day"): a name made of these alone names no particular place.
 */
export const GENERIC_NAME_WORDS = new Set([
  "City",
  "County",
  "Town",
  "Township",
  "Village",
  "State",
  "National",
  "Regional",
  "Region",
  "District",
  "Area",
  "Metro",
  "Council",
  "Manager",
  "Commission",
  "Board",
  "Department",
  "Office",
  "League",
  "Tournament",
  "Association",
  "Foundation",
  "Hospital",
  "Medical",
  "Center",
  "Centre",
  "Research",
  "Park",
  "Refuge",
  "Wildlife",
  "Memorial",
  "Day",
  "Hall",
  "Church",
  "School",
  "College",
  "University",
  "Library",
  "Museum",
  "Street",
  "Road",
  "Avenue",
  "Ave",
  "Lane",
  "Drive",
  "Boulevard",
  "Highway",
  "Route",
  "Lake",
  "River",
  "Valley",
  "Mission",
  "Union",
  "Historic",
  "Great",
  "Depression",
  "Side",
  "Court",
  "Station",
  "Airport",
  "Stadium",
  "Square",
  "Tower",
  "Bridge",
  "Market",
  "Fame",
]);

/**
 * Legislatures named by one word, with the ISO3 of the country whose parliament the word names,
 * or "" for a word any country's may bear ("Parliament", "Congress"): the story's country's.
 */
export const LEGISLATURES: Record<string, string> = {
  Congress: "",
  Parliament: "",
  Senate: "",
  Majlis: "",
  Duma: "RUS",
  Knesset: "ISR",
  Bundestag: "DEU",
  Rada: "UKR",
  Sejm: "POL",
};

/**
 * Institutions named by one word, a legislature mostly ("Congress", "the Duma"), or an academic
 * subject in a school's name ("College of Law"): alone, never the town that shares the word.
 */
export const ONE_WORD_INSTITUTIONS = new Set([...Object.keys(LEGISLATURES), "Law", "Medicine", "Nursing"]);

/** Makes of car that are also the names of towns (Toyota, Aichi; Honda, Colombia; Pontiac, Michigan). */
export const CAR_MAKES = new Set([
  "Toyota",
  "Honda",
  "Mazda",
  "Subaru",
  "Nissan",
  "Hyundai",
  "Dodge",
  "Chevrolet",
  "Buick",
  "Cadillac",
  "Pontiac",
  "Mercedes",
  "Volvo",
  "Jeep",
  "Oldsmobile",
]);

/** Words that begin a capitalised span but are never part of a toponym ("The", "In"). */
export const SPAN_STOPWORDS = new Set([
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "Of",
  "For",
  "From",
  "To",
  "By",
  "With",
  "And",
  "But",
  "Or",
  "If",
  "As",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "He",
  "She",
  "We",
  "They",
  "I",
  "His",
  "Her",
  "Their",
  "Our",
  "My",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "God",
  "Christmas",
  "Easter",
  "President",
  "Police",
  // Quantifiers and function words that open sentences ("Most of the money", "Of course") and
  // spell towns somewhere (Most, Czechia; Much, Germany).
  "Most",
  "Much",
  "Many",
  "More",
  "Still",
  "Never",
  "Is",
  "Are",
  "Can",
  "Will",
  "Since",
  "Over",
  "One",
  "Along",
]);

/**
 * Counties that news names bare ("Kent", "Yorkshire", "Tipperary") but cities500 cannot hold:
 * each is read from GeoNames' own second-level codes, as the union of the areas of the member
 * towns listed (its county town, and the towns of unitary authorities inside it). The build
 * places it among its settlements like a first-level region. Names that are also their county
 * town's ("Durham", "Cork") are given only as "County X".
 */
export const COUNTIES: { names: string[]; country: string; members: string[] }[] = [
  { names: ["Kent"], country: "GB", members: ["Maidstone", "Chatham"] },
  { names: ["Essex"], country: "GB", members: ["Chelmsford", "Southend-on-Sea"] },
  { names: ["Surrey"], country: "GB", members: ["Guildford"] },
  { names: ["East Sussex"], country: "GB", members: ["Lewes", "Brighton"] },
  { names: ["West Sussex"], country: "GB", members: ["Chichester"] },
  { names: ["Sussex"], country: "GB", members: ["Lewes", "Brighton", "Chichester"] },
  { names: ["Hampshire", "Hants"], country: "GB", members: ["Winchester", "Southampton", "Portsmouth"] },
  {
    names: ["Berkshire"],
    country: "GB",
    members: ["Reading", "Newbury", "Slough", "Bracknell", "Maidenhead"],
  },
  { names: ["Oxfordshire"], country: "GB", members: ["Oxford"] },
  { names: ["Buckinghamshire"], country: "GB", members: ["Aylesbury", "Milton Keynes"] },
  { names: ["Hertfordshire"], country: "GB", members: ["Hertford"] },
  { names: ["Bedfordshire"], country: "GB", members: ["Bedford", "Luton"] },
  { names: ["Cambridgeshire"], country: "GB", members: ["Cambridge", "Peterborough"] },
  { names: ["Norfolk"], country: "GB", members: ["Norwich"] },
  { names: ["Suffolk"], country: "GB", members: ["Ipswich"] },
  { names: ["Lincolnshire"], country: "GB", members: ["Lincoln"] },
  { names: ["Northamptonshire"], country: "GB", members: ["Northampton"] },
  { names: ["Leicestershire"], country: "GB", members: ["Loughborough", "Leicester"] },
  { names: ["Nottinghamshire"], country: "GB", members: ["Mansfield", "Nottingham"] },
  { names: ["Derbyshire"], country: "GB", members: ["Matlock", "Derby"] },
  { names: ["Staffordshire"], country: "GB", members: ["Stafford", "Stoke-on-Trent"] },
  { names: ["Warwickshire"], country: "GB", members: ["Warwick"] },
  { names: ["West Midlands"], country: "GB", members: ["Birmingham", "Coventry", "Wolverhampton"] },
  { names: ["Worcestershire"], country: "GB", members: ["Worcester"] },
  { names: ["Herefordshire"], country: "GB", members: ["Hereford"] },
  { names: ["Shropshire"], country: "GB", members: ["Shrewsbury"] },
  { names: ["Cheshire"], country: "GB", members: ["Chester", "Crewe", "Warrington"] },
  { names: ["Greater Manchester"], country: "GB", members: ["Manchester", "Bolton", "Wigan", "Stockport"] },
  { names: ["Merseyside"], country: "GB", members: ["Liverpool", "Birkenhead"] },
  { names: ["Lancashire"], country: "GB", members: ["Preston", "Blackpool", "Blackburn"] },
  { names: ["Cumbria"], country: "GB", members: ["Carlisle"] },
  { names: ["Northumberland"], country: "GB", members: ["Morpeth"] },
  { names: ["Tyne and Wear"], country: "GB", members: ["Newcastle upon Tyne", "Sunderland"] },
  { names: ["County Durham", "Co. Durham"], country: "GB", members: ["Durham", "Darlington"] },
  { names: ["North Yorkshire"], country: "GB", members: ["Northallerton", "York", "Middlesbrough"] },
  { names: ["West Yorkshire"], country: "GB", members: ["Leeds", "Bradford", "Wakefield", "Huddersfield"] },
  { names: ["South Yorkshire"], country: "GB", members: ["Sheffield", "Doncaster", "Rotherham"] },
  {
    names: ["East Yorkshire", "East Riding of Yorkshire"],
    country: "GB",
    members: ["Beverley", "Kingston upon Hull"],
  },
  {
    names: ["Yorkshire"],
    country: "GB",
    members: [
      "Northallerton",
      "York",
      "Leeds",
      "Bradford",
      "Wakefield",
      "Sheffield",
      "Doncaster",
      "Beverley",
    ],
  },
  { names: ["Gloucestershire"], country: "GB", members: ["Gloucester"] },
  { names: ["Wiltshire"], country: "GB", members: ["Trowbridge", "Swindon"] },
  { names: ["Somerset"], country: "GB", members: ["Taunton"] },
  { names: ["Dorset"], country: "GB", members: ["Dorchester", "Bournemouth"] },
  { names: ["Devon"], country: "GB", members: ["Exeter", "Plymouth"] },
  { names: ["Cornwall"], country: "GB", members: ["Truro"] },
  { names: ["Fife"], country: "GB", members: ["Glenrothes"] },
  { names: ["Perthshire", "Perth and Kinross"], country: "GB", members: ["Perth"] },
  { names: ["Pembrokeshire"], country: "GB", members: ["Haverfordwest"] },
  { names: ["Carmarthenshire"], country: "GB", members: ["Carmarthen"] },
  { names: ["Gwynedd"], country: "GB", members: ["Caernarfon"] },
  { names: ["Tipperary", "County Tipperary"], country: "IE", members: ["Nenagh"] },
  { names: ["County Kerry"], country: "IE", members: ["Tralee"] },
  { names: ["County Mayo"], country: "IE", members: ["Castlebar"] },
  { names: ["Donegal", "County Donegal"], country: "IE", members: ["Letterkenny"] },
  { names: ["Kildare", "County Kildare"], country: "IE", members: ["Naas"] },
  { names: ["Meath", "County Meath"], country: "IE", members: ["Navan"] },
  { names: ["County Clare"], country: "IE", members: ["Ennis"] },
  { names: ["Offaly", "County Offaly"], country: "IE", members: ["Tullamore"] },
  { names: ["Laois", "County Laois"], country: "IE", members: ["Portlaoise"] },
  { names: ["County Louth"], country: "IE", members: ["Dundalk"] },
];
