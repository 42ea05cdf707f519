// Figure 1: the lesson page signed out, from `next start`, from nginx serving
// the same prerendered file, from a few-line Node server, and from nginx's
// proxy cache in front of `next start` (the production set-up for lessons).
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { BenchResults, HttpLoad, Maybe } from "../figures";
import { measure, unavailable } from "../figures";
import { runLoad } from "../load/autocannon";
import { runPaced, type PacedLoad } from "../load/paced";
import { get } from "../load/http";
import type { BenchOptions } from "../options";
import { BUILD_DIR, LESSON_PATH, TMP_DIR } from "../paths";
import type { NextServer } from "../servers/next";
import { nginxBinary, startNginx } from "../servers/nginx";
import { startNodeStatic } from "../servers/node-static";

export function loadPage(
  url: string,
  target: string,
  options: BenchOptions,
  /** The servers behind the URL (their process groups, for CPU time) and, for signed-in pages, cookies. */
  extra: { servers: readonly { pid: number }[]; cookies?: readonly string[]; p95?: boolean; connections?: number },
): Promise<HttpLoad> {
  return runLoad({
    url,
    target,
    connections: extra.connections ?? options.connections,
    warmupS: options.warmupS,
    durationS: options.loadS,
    cookies: extra.cookies,
    cpuGroups: extra.servers.map((s) => s.pid),
    p95: extra.p95,
  });
}

/**
 * The same page asked for by `options.connections` sessions, each once every
 * `options.pageIntervalS` and waiting for its answer (decision 064): the
 * figure the "p99 < 250 ms at 50 sessions" targets are judged on.
 */
export function pacedPage(
  url: string,
  target: string,
  options: BenchOptions,
  extra: { servers: readonly { pid: number }[]; cookies: readonly string[] },
): Promise<PacedLoad> {
  return runPaced({
    url,
    target: `${target}, paced`,
    cookies: extra.cookies,
    sessions: options.connections,
    intervalS: options.pageIntervalS,
    warmupS: options.warmupS,
    durationS: options.loadS,
    cpuGroups: extra.servers.map((s) => s.pid),
  });
}

/** Fails unless the URL answers 200 with the body we expect to be measuring. */
export async function expectPage(url: string, check: (body: string) => boolean, what: string, headers = {}) {
  const answer = await get(url, headers);
  if (answer.status !== 200 || !check(answer.body)) {
    throw new Error(`${url} answered ${answer.status} without ${what}`);
  }
  return answer;
}

const isLesson = (body: string) => body.includes("What&#x27;s your part?") || body.includes("What's your part?");

/** A folder holding only the prerendered lesson, at the same path as on the app. */
function staticRoot(): { root: string; file: string } {
  const source = path.join(BUILD_DIR, "server", "app", `${LESSON_PATH}.html`);
  const root = path.join(TMP_DIR, "static-root");
  rmSync(root, { recursive: true, force: true });
  const file = path.join(root, `${LESSON_PATH}.html`);
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(source, file);
  return { root, file };
}

async function viaNginxStatic(root: string, options: BenchOptions): Promise<Maybe<HttpLoad>> {
  const nginx = await startNginx("static", { kind: "static", root });
  try {
    await expectPage(`${nginx.url}${LESSON_PATH}`, isLesson, "the lesson");
    const load = await loadPage(`${nginx.url}${LESSON_PATH}`, "nginx static", options, { servers: [nginx] });
    return { available: true, ...load };
  } finally {
    await nginx.stop();
  }
}

async function viaNodeStatic(file: string, options: BenchOptions): Promise<Maybe<HttpLoad>> {
  const server = await startNodeStatic(file);
  try {
    const load = await loadPage(`${server.url}${LESSON_PATH}`, "node static", options, { servers: [server] });
    return { available: true, ...load };
  } finally {
    await server.stop();
  }
}

async function viaProxyCache(
  next: NextServer,
  options: BenchOptions,
): Promise<Maybe<HttpLoad & { cacheStatus: string }>> {
  const cacheDir = path.join(TMP_DIR, "nginx-proxy-cache", "cache");
  const nginx = await startNginx("proxy-cache", {
    kind: "proxy-cache",
    upstreams: [`127.0.0.1:${next.port}`],
    cacheDir,
  });
  try {
    const url = `${nginx.url}${LESSON_PATH}`;
    await expectPage(url, isLesson, "the lesson");
    const second = await expectPage(url, isLesson, "the lesson");
    const status = String(second.headers["x-cache-status"] ?? "none");
    if (status !== "HIT")
      throw new Error(`the second request was not served from the cache (X-Cache-Status: ${status})`);
    // The personal side must stay uncached: a signed-out dashboard is a redirect, never a cache entry.
    const personal = await get(`${nginx.url}/dashboard`);
    if (personal.headers["x-cache-status"]) throw new Error("/dashboard went through the cache");
    return {
      available: true,
      ...(await loadPage(url, "nginx proxy cache → next start", options, { servers: [nginx, next] })),
      cacheStatus: status,
    };
  } finally {
    await nginx.stop();
  }
}

export async function lessonFigures(next: NextServer, options: BenchOptions): Promise<BenchResults["lesson"]> {
  console.log("• Lesson page, signed out");
  const cacheControl = await measure("Cache-Control", async () => {
    const answer = await expectPage(`${next.url}${LESSON_PATH}`, isLesson, "the lesson");
    return { available: true, value: String(answer.headers["cache-control"] ?? "(none)") };
  });
  const nextLoad = await measure("next start", async () => ({
    available: true,
    ...(await loadPage(`${next.url}${LESSON_PATH}`, "next start", options, { servers: [next] })),
  }));
  const { root, file } = staticRoot();
  const nginx = nginxBinary();
  const noNginx = "missing" in nginx ? unavailable(nginx.missing) : null;
  return {
    path: LESSON_PATH,
    cacheControl,
    next: nextLoad,
    nginx: noNginx ?? (await measure("nginx static", () => viaNginxStatic(root, options))),
    nodeStatic: await measure("node static", () => viaNodeStatic(file, options)),
    proxyCache: noNginx ?? (await measure("nginx proxy cache", () => viaProxyCache(next, options))),
  };
}
