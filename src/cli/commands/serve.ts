import { existsSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { DEFAULT_DB } from "../../store/defaults.ts";
import { EXIT } from "../output.ts";

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
  cors?: string[];
}

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError(`"${v}" is not a port (0–65535).`);
  return n;
}

/** Starts the API and the UI; resolves with the address once listening. */
export async function serve(opts: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  // Loaded here, not at start-up, so that `chronicle --help` stays fast.
  const { Store } = await import("../../store/index.ts");
  const { buildServer } = await import("../../api/server.ts");
  const store = await Store.open(opts.db);
  const app = await buildServer({ store, token: opts.token, corsOrigins: opts.cors });
  await app.listen({ port: opts.port, host: opts.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return {
    // The UI reads the token from the fragment, which the browser never sends to a server.
    url: `http://${host}:${port}/${opts.token ? `#token=${encodeURIComponent(opts.token)}` : ""}`,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the HTTP API and the web UI (timeline, map, events, articles with evidence)")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--port <n>", "port", parsePort, 4173)
    .option("--host <address>", "address to listen on (127.0.0.1 keeps it on this machine)", "127.0.0.1")
    .option("--token <token>", "require 'Authorization: Bearer <token>' on /api (default: $CHRONICLE_TOKEN)")
    .option(
      "--cors <origin...>",
      "allow these origins to call the API from a browser (CORS is off by default)",
    )
    .action(async (opts: ServeOptions) => {
      if (!existsSync(opts.db)) {
        process.stderr.write(
          `chronicle serve: no database at ${opts.db}; ingest first (chronicle ingest FILES --db ${opts.db}).\n`,
        );
        process.exit(EXIT.usage);
      }
      const token = opts.token ?? process.env.CHRONICLE_TOKEN;
      try {
        const server = await serve({ ...opts, token });
        process.stdout.write(`Chronicle is serving ${opts.db} at ${server.url}  (Ctrl-C stops)\n`);
        const stop = async () => {
          await server.close();
          process.exit(EXIT.ok);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        const why =
          e.code === "EADDRINUSE" ? `port ${opts.port} is in use; pick another with --port` : e.message;
        process.stderr.write(`chronicle serve: ${why}\n`);
        process.exit(EXIT.usage);
      }
    });
}
