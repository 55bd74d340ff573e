import { timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import type { z } from "zod";
import { fromRoot } from "../core/paths.ts";
import { toCsv, toGeoJson, toJsonl } from "../export/index.ts";
import type { Store } from "../store/index.ts";
import { articleHighlights } from "./highlights.ts";
import { openApiDocument, type RouteDoc } from "./openapi.ts";
import { decodeCursor, Queries } from "./queries.ts";
import {
  ArticleView,
  EntityRow,
  EventsPage,
  EventsQuery,
  ExportQuery,
  IdParams,
  IncidentsQuery,
  ListQuery,
  PlaceRow,
  SearchHit,
  SearchQuery,
  Stats,
} from "./schemas.ts";

/** Where `vite build` writes the UI (committed, so that `npm ci` is enough to serve it). */
export const WEB_ROOT = fromRoot("web/dist");

/** Events in one export; a larger dataset is exported with the CLI. */
export const EXPORT_CAP = 100_000;

export interface ServerOptions {
  store: Store;
  /** When set, every /api request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Origins allowed by CORS; none (CORS off) by default. */
  corsOrigins?: string[];
  /** Requests per minute per client address. */
  rateLimit?: number;
  webRoot?: string;
  /** Keep /api/stats and /api/places results until the data changes (default true; the benchmark measures both). */
  cacheCounts?: boolean;
  logger?: boolean;
}

/** A 400 that names the query parameter at fault. */
class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const parameter =
    issue.code === "unrecognized_keys" ? String(issue.keys[0]) : String(issue.path[0] ?? "query");
  const message =
    issue.code === "unrecognized_keys"
      ? `unknown parameter "${parameter}"`
      : Array.isArray((value as Record<string, unknown>)?.[parameter])
        ? `"${parameter}" is given more than once`
        : `"${parameter}": ${issue.message}`;
  throw new BadParameter(parameter, message);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // The API only reads; no request needs a body of any size.
    bodyLimit: 16 * 1024,
    routerOptions: { maxParamLength: 200 },
  });
  const queries = new Queries(opts.store.db, { cacheCounts: opts.cacheCounts, backend: opts.store.backend });
  await queries.tuneForReads();

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // Served over plain HTTP on this machine by default; HSTS would pin the host to HTTPS.
    strictTransportSecurity: false,
  });
  if (opts.corsOrigins?.length) await app.register(cors, { origin: opts.corsOrigins });
  await app.register(rateLimit, { max: opts.rateLimit ?? 1200, timeWindow: "1 minute" });

  app.addHook("onRequest", async (req, reply) => {
    if (!opts.token || !req.url.startsWith("/api/")) return;
    const header = req.headers.authorization ?? "";
    const given = header.startsWith("Bearer ") ? header.slice(7) : "";
    if (!sameToken(given, opts.token)) {
      reply.code(401).header("www-authenticate", "Bearer").send({
        error: "unauthorized",
        message: "send the server's token as 'Authorization: Bearer <token>'",
      });
    }
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    if (err instanceof BadParameter) {
      return reply.code(400).send({ error: "bad_request", parameter: err.parameter, message: err.message });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) app.log.error(err);
    return reply.code(status).send({
      error: status === 500 ? "internal" : "bad_request",
      message: status === 500 ? "internal error" : err.message,
    });
  });

  const routes: RouteDoc[] = [];
  const get = <Q extends z.ZodType, P extends z.ZodType>(
    doc: Omit<RouteDoc, "query" | "params"> & { query?: Q; params?: P },
    handler: (q: z.output<Q>, p: z.output<P>, reply: FastifyReply) => Promise<unknown>,
  ) => {
    routes.push(doc);
    app.get(doc.path.replace(/\{(\w+)\}/g, ":$1"), async (req, reply) => {
      const q = doc.query ? parse(doc.query, req.query) : ({} as z.output<Q>);
      const p = doc.params ? parse(doc.params, req.params) : ({} as z.output<P>);
      return handler(q, p, reply);
    });
  };
  // Kept counts (stats, places) are the same object until the data changes: their JSON, half a
  // megabyte for two years of stats, is written once, not again for every request.
  const written = new WeakMap<object, string>();
  const sendKept = (reply: FastifyReply, value: object) => {
    let body = written.get(value);
    if (body === undefined) {
      body = JSON.stringify(value);
      written.set(value, body);
    }
    return reply.type("application/json; charset=utf-8").send(body);
  };
  const notFound = (reply: FastifyReply, what: string) =>
    reply.code(404).send({ error: "not_found", message: `no ${what}` });

  get(
    {
      path: "/api/events",
      summary: "Events matching the filters, in time order, one page at a time",
      query: EventsQuery,
      response: EventsPage,
    },
    async (q) => {
      const { limit, cursor, ...filter } = q;
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      if (cursor !== undefined && !after)
        throw new BadParameter("cursor", '"cursor": not a cursor this API gave out');
      return queries.events(filter, { limit, after });
    },
  );
  get(
    {
      path: "/api/articles/{id}",
      summary: "An article's clean text with every annotation and extracted value as offsets",
      params: IdParams,
      response: ArticleView,
    },
    async (_q, p, reply) => {
      const a = await queries.article(p.id);
      if (!a) return notFound(reply, `article "${p.id}"`);
      return { ...a, highlights: articleHighlights(a.text, a.events, a.annotations) };
    },
  );
  get(
    {
      path: "/api/entities",
      summary: "Actors and recipients with their event counts",
      query: ListQuery,
      response: EntityRow.array(),
    },
    async ({ limit, ...filter }) => queries.entities(filter, limit),
  );
  get(
    {
      path: "/api/places",
      summary: "Places of events with event and report counts",
      query: ListQuery,
      response: PlaceRow.array(),
    },
    async ({ limit, ...filter }, _p, reply) => sendKept(reply, await queries.places(filter, limit)),
  );
  get(
    {
      path: "/api/search",
      summary: "Full-text search over article titles and texts",
      query: SearchQuery,
      response: SearchHit.array(),
    },
    async (q) => queries.search(q.q, q.limit),
  );
  get(
    {
      path: "/api/stats",
      summary: "Counts per day × type, per type and per country; incidents when they exist",
      query: ListQuery.omit({ limit: true }),
      response: Stats,
    },
    async (filter, _p, reply) => sendKept(reply, await queries.stats(filter)),
  );
  get(
    {
      path: "/api/export",
      summary: "Matching events as CSV, JSONL or GeoJSON (same columns as `chronicle export`)",
      query: ExportQuery,
      response: undefined,
    },
    async ({ format, ...filter }, _p, reply) => {
      const events = await queries.allEvents(filter, EXPORT_CAP);
      const [type, body] =
        format === "csv"
          ? ["text/csv; charset=utf-8", toCsv(events)]
          : format === "jsonl"
            ? ["application/x-ndjson; charset=utf-8", toJsonl(events)]
            : ["application/geo+json; charset=utf-8", toGeoJson(events).text];
      return reply
        .header("content-type", type)
        .header("content-disposition", `attachment; filename="chronicle-events.${format}"`)
        .send(body);
    },
  );
  get(
    {
      path: "/api/incidents",
      summary: "Incidents (one real-world event, many reports); 404 until the database has them",
      query: IncidentsQuery,
      response: undefined,
    },
    async (q, _p, reply) => {
      const { limit, cursor, ...filter } = q;
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      if (cursor !== undefined && !after)
        throw new BadParameter("cursor", '"cursor": not a cursor this API gave out');
      const page = await queries.incidents(filter, { limit, ...(after ? { after } : {}) });
      if (page === null) return notFound(reply, "incidents in this database yet (run the resolve stage)");
      return page;
    },
  );
  get(
    {
      path: "/api/incidents/{id}",
      summary: "An incident with all its reports",
      params: IdParams,
      response: undefined,
    },
    async (_q, p, reply) => {
      const r = await queries.incident(p.id);
      if (r === null) return notFound(reply, "incidents in this database yet (run the resolve stage)");
      if (!r) return notFound(reply, `incident "${p.id}"`);
      return r;
    },
  );
  const document = openApiDocument(routes);
  app.get("/api/openapi.json", async () => document);

  const root = opts.webRoot ?? WEB_ROOT;
  const haveUi = existsSync(join(root, "index.html"));
  if (haveUi) await app.register(fastifyStatic, { root, wildcard: false, index: "index.html" });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || req.method !== "GET") {
      return reply
        .code(404)
        .send({ error: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` });
    }
    // The UI routes in the browser: any other page address gets the app.
    if (haveUi) return reply.sendFile("index.html");
    return reply.code(404).type("text/plain").send("The web UI is not built: run `npm run build:web`.\n");
  });
  return app;
}
