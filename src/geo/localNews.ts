/**
 * The institutions a story names say which country it is set in even when its only toponym is a
 * town that shares its name with a famous city abroad ("Berea police are searching for a suspect
 * in the 800 block of Candlewood Drive": Berea, Kentucky, not Aleppo, once called Berea; "Paris
 * City Council … Councilman Edwin Pickle": Paris, Texas). US local news (police blotters, courts,
 * councils, schools) writes with words that other English-speaking countries do not use for their
 * own institutions: a sheriff's office, a police department, "the 800 block of", a grand jury, a
 * felony, a school district, a councilman. Each pattern is one kind of cue; a story with
 * US_LOCAL_MIN_CUES kinds of them is told from the United States.
 */

/**
 * Words of American local institutions and reporting. Each is one kind of cue, counted once
 * however often it occurs. None is used by British, Irish, Canadian or Australian news for its own
 * country's institutions (Irish Circuit Courts, Canadian Superior Courts and Scottish sheriff
 * courts share one cue kind each with US courts and are left out where they would be the only one).
 */
const US_LOCAL_CUES: readonly RegExp[] = [
  // "the Sheriff's Office", "sheriff's deputies", "Walker County Sheriff": not Scotland's sheriff courts.
  /\bsheriff['’]s\s+(?:office|department|deputies|deputy|investigators?)\b|\bCounty\s+Sheriff\b/i,
  // "Berea Police Department", "the police department": UK and Canadian forces are "police" or a "service".
  /\bpolice\s+department\b/i,
  // "in the 800 block of Candlewood Drive": how American police locate an address.
  /\b\d+\s+block\s+of\b/i,
  /\bgrand\s+jury\b/i,
  /\b(?:felony|felonies|misdemeanou?rs?)\b/i,
  /\b(?:District|County|Commonwealth['’]s|State['’]s|Prosecuting)\s+Attorney\b/,
  /\bschool\s+district\b|\bschool\s+board\s+of\s+education\b|\bboard\s+of\s+education\b/i,
  /\bcouncil(?:man|woman|men|women)\b/i,
  /\b(?:city\s+manager|county\s+commission(?:ers?)?|board\s+of\s+supervisors|county\s+jail|county\s+prosecutors?|state\s+troopers?|highway\s+patrol|township\s+trustees?)\b/i,
  /\b(?:DUI|DWI|OWI)\b/,
  // "Rapides Parish", "Pointe Coupee Parish": Louisiana's counties (not a "parish church" or council).
  /\b\p{Lu}[\p{L}'’-]+\s+Parish\b(?!\s+(?:[Cc]hurch|[Cc]ouncil|[Hh]all|[Pp]riest))/u,
  /\b\p{Lu}[\p{L}'’-]+\s+Township\b/u,
  /\b(?:junior|community)\s+college\b/i,
  // A town named with its state's abbreviation: "Paris, Ky.", "Elkhart, Ind.".
  /\b\p{Lu}[\p{L}'’-]+,\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\./u,
];

/** Kinds of cue that make a story US local news (one is too weak: "a felony" in a world story). */
const US_LOCAL_MIN_CUES = 2;

/** Does the story use at least US_LOCAL_MIN_CUES kinds of American local-institution words? */
export function isUsLocalNews(text: string): boolean {
  let found = 0;
  for (const cue of US_LOCAL_CUES) {
    if (cue.test(text) && ++found >= US_LOCAL_MIN_CUES) return true;
  }
  return false;
}
