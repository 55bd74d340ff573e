/**
 * Word lists of the entity rules (rules/*.ts), kept here as data. Lower case.
 */

/**
 * Offices, ranks and forms of address written before a person's name. CoNLL-2003 leaves them
 * outside the PER span ("President/O Bill/B-PER Clinton/I-PER"): in its training split a word of
 * this kind precedes a PER span outside it 400 times and begins one only for "Prince" and "King"
 * (7 of 22), the rest never.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "president",
  "president-elect",
  "minister",
  "premier",
  "pm",
  "chancellor",
  "secretary",
  "secretary-general",
  "director-general",
  "king",
  "queen",
  "prince",
  "princess",
  "emir",
  "sheikh",
  "sultan",
  "pope",
  "ambassador",
  "envoy",
  "commissioner",
  "speaker",
  "chairman",
  "chairwoman",
  "governor",
  "senator",
  "mayor",
  "judge",
  "general",
  "gen.",
  "colonel",
  "col.",
  "captain",
  "commander",
  "admiral",
  "marshal",
  "lieutenant",
  "lt.",
  "sergeant",
  "archbishop",
  "bishop",
  "cardinal",
  "patriarch",
  "rabbi",
  "imam",
  "coach",
  "spokesman",
  "spokeswoman",
  "detective",
  "inspector",
  "sir",
  "dr",
  "dr.",
  "doctor",
  "professor",
  "prof.",
  "sen.",
  "gov.",
  "rep.",
]);

/**
 * Words that only qualify an office ("Prime Minister", "Foreign Minister", "Vice President"): part
 * of a title when a title head follows them, never a title alone.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "prime",
  "deputy",
  "vice",
  "acting",
  "foreign",
  "finance",
  "defence",
  "defense",
  "interior",
  "home",
  "trade",
  "economy",
  "justice",
  "health",
  "education",
  "energy",
  "agriculture",
  "transport",
  "chief",
  "supreme",
  "crown",
  "grand",
  "state",
  "opposition",
  "major",
  "brigadier",
  "rear",
  "field",
  "lieutenant",
]);

/** Dashes that close a wire dateline ("ASTANA — …", "NAIROBI - …", "GENEVA -- …"). */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(["—", "–", "-", "--", "―"]);

/**
 * Lower-case particles inside people's names ("van der Westhuizen", "del Olmo", "de Gaulle",
 * "von Weizsaecker"), written in lower case only: capitalised, "Van" or "De" begins a name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "dello",
  "da",
  "das",
  "dos",
  "di",
  "du",
  "von",
  "zu",
  "ter",
  "ten",
  "le",
  "la",
]);
