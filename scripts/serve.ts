// The app's HTTP server: Next.js's own request handler behind a small Node
// server of ours, so that two things hold for every request, whatever Next.js
// does with it (docs/decisions/018-client-address-and-sign-in-limits.md):
// - the client's address is worked out from the socket (and from
//   X-Forwarded-For only through TRUSTED_PROXIES) and handed to the app in a
//   header that no client can set;
// - the security headers (next.config.mjs) are on every response, error
//   pages and refusals included;
// - every response carries an X-Request-Id, and every log line written while
//   Next.js serves the request carries the same id; each request is counted
//   and timed by route group for /api/metrics
//   (docs/decisions/042-metrics-and-request-ids.md);
// - the app's fast lanes (lib/http/fast-lane.ts, decision 057) get the first
//   look at each request: the usual autosave is answered there, everything
//   else goes to Next.js.
// `npm start` (scripts/start.ts) and `npm run dev` run it; so do the browser
// tests and the bench, so they measure what people run.
//
//   tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0] [--dev]
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { CLIENT_ADDRESS_HEADER, markClientAddressServer } from "../lib/http/client-address";
import { compileTrust, resolveClientAddress } from "../lib/http/trusted-proxies";
import { env } from "../lib/env";
import { REQUEST_ID_HEADER, chooseRequestId, runWithRequestId } from "../lib/log/request-context";
import { fastLanes } from "../lib/http/fast-lane";
import { log } from "../lib/log/logger";
import { routeGroup, startHttpTimer } from "../lib/ops/metrics";
import { runShutdownHooks } from "../lib/ops/shutdown";

const root = path.resolve(import.meta.dirname, "..");

const HeaderRulesSchema = z.array(
  z.object({ source: z.string(), headers: z.array(z.object({ key: z.string(), value: z.string() })) }),
);

/** The headers next.config.mjs sends on every path: one list, kept there. */
async function securityHeaders(): Promise<{ key: string; value: string }[]> {
  const config = (await import(path.join(root, "next.config.mjs"))) as { default?: { headers?: () => unknown } };
  const rules = HeaderRulesSchema.parse(await config.default?.headers?.());
  return rules.find((rule) => rule.source === "/:path*")?.headers ?? [];
}

type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** A fast lane's answer if one takes the request, Next.js's otherwise. */
async function answer(request: IncomingMessage, response: ServerResponse, handle: NextHandler): Promise<void> {
  for (const lane of fastLanes()) {
    try {
      if (await lane(request, response)) return;
    } catch (error) {
      // A lane answers its own errors; this is a bug in one. Said once, plainly, never a hang.
      log.error("fast_lane.failed", { error });
      if (!response.headersSent) {
        response.statusCode = 500;
        response.setHeader("Content-Type", "application/json");
        response.end(JSON.stringify({ error: "Something went wrong on our side. Please try again.", retryable: true }));
      }
      return;
    }
  }
  await handle(request, response);
}

export type RunningServer = { url: string; close: () => Promise<void> };

export async function serve(options: { port: number; hostname?: string; dev?: boolean }): Promise<RunningServer> {
  const dev = options.dev ?? false;
  if (!dev) (process.env as Record<string, string>).NODE_ENV = "production";
  const config = env();
  const trust = compileTrust(config.TRUSTED_PROXIES);
  const headers = await securityHeaders();
  const { default: next } = await import("next");
  const app = next({ dev, dir: root, hostname: options.hostname ?? "localhost", port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  markClientAddressServer();

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const done = startHttpTimer();
    const group = routeGroup(request.method ?? "GET", request.url ?? "/", request.headers["next-action"] !== undefined);
    response.once("close", () => done({ group, method: request.method, status: response.statusCode }));
    // Replaces anything a client sent under this name.
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(request, trust);
    // An id a proxy we trust sent along is kept; anyone else's is replaced.
    const peer = request.socket.remoteAddress;
    const requestId = chooseRequestId(request.headers[REQUEST_ID_HEADER], peer !== undefined && trust(peer, 0));
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    for (const { key, value } of headers) response.setHeader(key, value);
    runWithRequestId(requestId, () => void answer(request, response, handle));
  });
  if (dev) {
    const upgrade = app.getUpgradeHandler();
    server.on("upgrade", (request: IncomingMessage, socket, head: Buffer) => void upgrade(request, socket, head));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const host = options.hostname && options.hostname !== "0.0.0.0" ? options.hostname : "localhost";
  return {
    url: `http://${host}:${options.port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}

/** Stops cleanly on Ctrl+C or a supervisor's SIGTERM; a second signal stops at once. */
export function stopOnSignals(running: RunningServer): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      const timer = setTimeout(() => process.exit(0), 5000);
      timer.unref();
      void runShutdownHooks()
        .then(() => running.close())
        .then(() => process.exit(0));
    });
  }
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: "string" }, hostname: { type: "string" }, dev: { type: "boolean", default: false } },
  });
  const port = values.port ? Number(values.port) : env().PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be a port number, not ${values.port}`);
  const running = await serve({ port, hostname: values.hostname, dev: values.dev });
  console.log(`Listening on ${running.url}`);
  stopOnSignals(running);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
