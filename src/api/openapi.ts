import { z } from "zod";

export interface RouteDoc {
  path: string;
  summary: string;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
}

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" }) as Record<
    string,
    unknown
  >;
}

function parameters(schema: z.ZodType | undefined, where: "query" | "path") {
  if (!schema) return [];
  const s = jsonSchema(schema, "input") as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(s.properties ?? {}).map(([name, p]) => ({
    name,
    in: where,
    required: where === "path" || (s.required ?? []).includes(name),
    ...(p.description ? { description: p.description } : {}),
    schema: p,
  }));
}

/** OpenAPI 3 document generated from the same zod schemas the server validates with. */
export function openApiDocument(routes: RouteDoc[]): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    paths[r.path] = {
      get: {
        summary: r.summary,
        parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
        responses: {
          200: {
            description: "OK",
            ...(r.response
              ? { content: { "application/json": { schema: jsonSchema(r.response, "output") } } }
              : {}),
          },
          400: { description: "A parameter is invalid; the body names it in `parameter`." },
          401: { description: "The server was started with --token and the request lacks it." },
        },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "Chronicle API",
      version: "0.1.0",
      description: "Source-attributed events extracted from news.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
