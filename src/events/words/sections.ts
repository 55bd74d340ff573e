import { words } from "./word-set.ts";

/** Sections and domains that are not political news: commentary, business, arts and sports pages, market and sports reports, computing. */

/**
 * URL path segments of the sections where a paper comments rather than reports: an opinion column
 * or an editorial argues about events and imagines others ("he should be impeached", "Democrats
 * could have shown"); what it reports in passing was reported as news elsewhere. Not "blog": news
 * sites file live coverage and news briefs under blogs ("/blogs/blog-briefing-room/news/").
 */
export const COMMENTARY_SECTION =
  /\/(?:opinions?|columns?|columnists?|commentary|comment|editorials?|op-?eds?)(?:\/|$)/i;
/**
 * The same sections as the page names them in its own markup (Open Graph `article:section`,
 * JSON-LD `articleSection`: "Opinion", "Comment", "Editorials", "Letters", "Advice"), whatever its
 * URL says (a paper's opinion section may live at "/commentisfree/"), and the schema.org types of
 * opinion, review and satire.
 */
export const COMMENTARY_SECTION_NAME =
  /^(?:opinions?|columns?|columnists?|commentary|comment|editorials?|op-?eds?|letters(?: to the editor)?|advice|reviews?)(?:\s*[-:|/].*)?$/i;
export const COMMENTARY_GENRE =
  /\b(?:OpinionNewsArticle|ReviewNewsArticle|Review|CriticReview|SatiricalArticle)\b/;
/**
 * Sections of a paper whose pages tell of companies, artists and players, not of politics: by URL
 * path (/business/, /entertainment/, /sport/) and as the page names its section in its markup
 * ("Business", "Economy & Business", "Arts", "Science & Health").
 */
const NONPOLITICAL_SECTIONS =
  "business|money|markets|investing|finance|tech|technology|entertainment|arts|culture|music|celebrity|lifestyle|style|sports?|science|health|travel|food";
export const NONPOLITICAL_SECTION = new RegExp(`/(?:${NONPOLITICAL_SECTIONS}|real-?estate)(?:/|$)`, "i");
/** The same sections as words of a compound section name in a URL ("/Acme-business-news/", "/sci-tech/"). */
export const NONPOLITICAL_SECTION_WORD = new RegExp(`^(?:${NONPOLITICAL_SECTIONS}|sci)$`, "i");
export const NONPOLITICAL_SECTION_NAME =
  /\b(?:business|economy|money|markets?|finance|tech(?:nology)?|entertainment|arts?|culture|music|celebrit(?:y|ies)|lifestyle|style|sports?|science|health|travel|food|real estate|ipos?|fundraising)\b/i;
/** Trigger words that markets and sports use for their own news ("stocks rallied", "Brazil beat Chile"). */
export const OTHER_DOMAIN_TRIGGERS = words(`
  rally rallied rallies beat beats beating strike strikes attack attacked attacks attacking defeat
  defeated defeats fight fought clash clashed battle battled crush crushed storm stormed surge
  capture captured`);
/** Words that set a sentence in a market report. */
export const MARKET_WORDS = words(`
  stock stocks shares index indexes indices markets investor investors trading traders bond bonds
  yields futures nasdaq dow s&p nikkei ftse dax sensex earnings commodities bullish
  bearish`);
/** Words that set a sentence in a sports report. */
export const SPORTS_WORDS = words(`
  match matches goal goals season league cup coach striker midfielder defender goalkeeper
  innings wicket wickets tournament championship semi-final quarter-final playoff playoffs
  quarterback touchdown medal fixture derby kickoff halftime half-time`);
/**
 * Words of a sentence about computers, in which an attack is a cyber operation and to hack is to
 * break in. Words that news also uses of its sources or of other things are left out ("the
 * website reported", "an email statement", "eyewitness accounts", "a terror network", "a patch").
 */
export const COMPUTING_WORDS = words(`
  computer computers server servers software hacker hackers hacking hacked cyber cyberattack
  cyberattacks cyber-attack cyber-attacks cybersecurity malware ransomware spyware
  phishing vulnerability vulnerabilities zero-day browser botnet botnets ddos firewall`);
