/**
 * The local gazetteer index a user's import fills: one SQLite file (by default `gazetteer.db`
 * beside the Chronicle database). It holds places (GeoNames rows and Natural Earth features),
 * administrative codes, country facts, alternate names, the hierarchy, and which files were
 * imported, so that importing the same file again changes nothing.
 */
import Database from "better-sqlite3";
import {
  type AdminCodeRow,
  type AlternateNameRow,
  type CountryRow,
  type FeatureRow,
  type HierarchyRow,
  isProminent,
  type SourceKind,
} from "./formats.ts";

export { defaultGazetteerPath } from "../../store/defaults.ts";

export interface SourceRecord {
  /** The file's base name: the same download imported from another folder is the same source. */
  name: string;
  path: string;
  kind: SourceKind;
  size: number;
  mtimeMs: number;
  rows: number;
  importedAt: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS features (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii TEXT NOT NULL, alternates TEXT NOT NULL,
  lat REAL NOT NULL, lon REAL NOT NULL, fclass TEXT NOT NULL, fcode TEXT NOT NULL,
  country TEXT NOT NULL, admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, population INTEGER NOT NULL,
  source TEXT NOT NULL, prominent INTEGER NOT NULL
);
-- Partial indexes: loading reads countries, divisions and notable features without scanning millions of rows.
CREATE INDEX IF NOT EXISTS features_admin ON features (fcode) WHERE fclass = 'A';
CREATE INDEX IF NOT EXISTS features_prominent ON features (prominent) WHERE prominent = 1;
CREATE TABLE IF NOT EXISTS admin_codes (
  code TEXT PRIMARY KEY, level INTEGER NOT NULL, name TEXT NOT NULL, ascii TEXT NOT NULL,
  geoname_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS countries (
  iso2 TEXT PRIMARY KEY, iso3 TEXT NOT NULL, name TEXT NOT NULL, capital TEXT NOT NULL,
  continent TEXT NOT NULL, geoname_id INTEGER NOT NULL, neighbours TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alternate_names (
  id INTEGER PRIMARY KEY, geoname_id INTEGER NOT NULL, lang TEXT NOT NULL, name TEXT NOT NULL,
  preferred INTEGER NOT NULL, short INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS hierarchy (
  parent INTEGER NOT NULL, child INTEGER NOT NULL, type TEXT NOT NULL, PRIMARY KEY (parent, child)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sources (
  name TEXT PRIMARY KEY, path TEXT NOT NULL, kind TEXT NOT NULL, size INTEGER NOT NULL,
  mtime_ms INTEGER NOT NULL, rows INTEGER NOT NULL, imported_at TEXT NOT NULL
);
`;

export class GazetteerStore {
  readonly db: Database.Database;
  private statements?: Record<
    "feature" | "admin" | "country" | "alternate" | "hierarchy",
    Database.Statement
  >;

  constructor(
    readonly path: string,
    options: { readonly?: boolean } = {},
  ) {
    this.db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    if (!options.readonly) {
      this.db.pragma("journal_mode = WAL");
      // An import can be re-run from scratch: durability of each batch buys nothing.
      this.db.pragma("synchronous = OFF");
      this.db.exec(SCHEMA);
    }
  }

  private prepared() {
    this.statements ??= {
      feature: this.db.prepare(
        "INSERT OR REPLACE INTO features VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      admin: this.db.prepare(
        "INSERT OR REPLACE INTO admin_codes VALUES (@code, @level, @name, @ascii, @geonameId)",
      ),
      country: this.db.prepare(
        "INSERT OR REPLACE INTO countries VALUES (@iso2, @iso3, @name, @capital, @continent, @geonameId, @neighbours)",
      ),
      alternate: this.db.prepare(
        "INSERT OR REPLACE INTO alternate_names VALUES (@id, @geonameId, @lang, @name, @preferred, @short)",
      ),
      hierarchy: this.db.prepare("INSERT OR REPLACE INTO hierarchy VALUES (@parent, @child, @type)"),
    };
    return this.statements;
  }

  /** Writes a batch of rows of one kind in one transaction. */
  write(kind: SourceKind, rows: unknown[], source: string): void {
    const s = this.prepared();
    this.db.transaction(() => {
      switch (kind) {
        case "geonames":
        case "naturalEarth":
          // Positional parameters: binding by name costs more than the insert itself.
          for (const r of rows as FeatureRow[])
            s.feature.run(
              r.id,
              r.name,
              r.ascii,
              r.alternates,
              r.lat,
              r.lon,
              r.fclass,
              r.fcode,
              r.country,
              r.admin1,
              r.admin2,
              r.population,
              source,
              isProminent(r) ? 1 : 0,
            );
          break;
        case "admin1Codes":
        case "admin2Codes":
          for (const r of rows as AdminCodeRow[]) s.admin.run(r);
          break;
        case "countryInfo":
          for (const r of rows as CountryRow[]) s.country.run(r);
          break;
        case "alternateNames":
          for (const r of rows as AlternateNameRow[]) s.alternate.run(r);
          break;
        case "hierarchy":
          for (const r of rows as HierarchyRow[]) s.hierarchy.run(r);
          break;
        case "featureCodes":
          break;
      }
    })();
  }

  source(name: string): SourceRecord | undefined {
    const r = this.db.prepare("SELECT * FROM sources WHERE name = ?").get(name) as
      | {
          name: string;
          path: string;
          kind: SourceKind;
          size: number;
          mtime_ms: number;
          rows: number;
          imported_at: string;
        }
      | undefined;
    if (!r) return undefined;
    return {
      name: r.name,
      path: r.path,
      kind: r.kind,
      size: r.size,
      mtimeMs: r.mtime_ms,
      rows: r.rows,
      importedAt: r.imported_at,
    };
  }

  recordSource(s: SourceRecord): void {
    this.db
      .prepare(
        "INSERT OR REPLACE INTO sources VALUES (@name, @path, @kind, @size, @mtimeMs, @rows, @importedAt)",
      )
      .run(s);
  }

  sources(): SourceRecord[] {
    return (this.db.prepare("SELECT name FROM sources ORDER BY name").all() as { name: string }[]).flatMap(
      (r) => this.source(r.name) ?? [],
    );
  }

  /** Row counts per table, and places per feature class. */
  counts(): { table: Record<string, number>; featureClasses: Record<string, number> } {
    const table: Record<string, number> = {};
    for (const t of ["features", "admin_codes", "countries", "alternate_names", "hierarchy"])
      table[t] = (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    const featureClasses: Record<string, number> = {};
    for (const r of this.db.prepare("SELECT fclass, count(*) AS n FROM features GROUP BY fclass").all() as {
      fclass: string;
      n: number;
    }[])
      featureClasses[r.fclass || "?"] = r.n;
    return { table, featureClasses };
  }

  close(): void {
    this.db.close();
  }
}
