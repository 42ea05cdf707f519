import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { chooseRequestId, outsideRequest, runWithRequestId } from "./request-context";

function memory(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe("the logger", () => {
  it("writes one JSON line per event with its time, level, name and fields", () => {
    const out = memory();
    createLogger("info", out.stream).info({ route: "save" }, "route.saved");
    const [line] = out.lines();
    expect(line).toMatchObject({ level: "info", event: "route.saved", route: "save" });
    expect(new Date(line?.time as string).toISOString()).toBe(line?.time);
  });

  it("keeps an error's stack and cause", () => {
    const out = memory();
    const error = new Error("Failed to get session", { cause: new Error("connection refused") });
    createLogger("info", out.stream).error({ error }, "route.failed");
    const logged = out.lines()[0]?.error as { message: string; stack: string; cause?: { message: string } };
    expect(logged.message).toContain("Failed to get session");
    expect(logged.stack).toContain("logger.test.ts");
    expect(JSON.stringify(logged)).toContain("connection refused");
  });

  it("leaves out events below its level, and everything when silent", () => {
    const warn = memory();
    createLogger("warn", warn.stream).info({}, "quiet");
    const silent = memory();
    createLogger("silent", silent.stream).error({}, "quieter");
    expect(warn.lines()).toEqual([]);
    expect(silent.lines()).toEqual([]);
  });

  it("tags each line written while a request is served with that request's id, through awaits", async () => {
    const out = memory();
    const logger = createLogger("info", out.stream);
    logger.info({}, "outside");
    await runWithRequestId("req-0001-abcd", async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.info({}, "inside");
    });
    await runWithRequestId("req-0002-abcd", () =>
      outsideRequest(() => new Promise((resolve) => setTimeout(() => resolve(logger.info({}, "job")), 5))),
    );
    const [outside, inside, job] = out.lines();
    expect(outside).not.toHaveProperty("requestId");
    expect(inside).toMatchObject({ event: "inside", requestId: "req-0001-abcd" });
    expect(job).toMatchObject({ event: "job" });
    expect(job).not.toHaveProperty("requestId");
  });
});

describe("chooseRequestId", () => {
  it("keeps a sane id only from a trusted proxy, and otherwise makes a new one", () => {
    expect(chooseRequestId("proxy-id-12345", true)).toBe("proxy-id-12345");
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const [incoming, trusted] of [
      ["proxy-id-12345", false],
      [undefined, true],
      ["short", true],
      ["x".repeat(129), true],
      ["has space in it", true],
      ['"><script>alert(1)</script>', true],
      ["line\nbreak-123456", true],
      [["two-ids-0001", "two-ids-0002"], true],
    ] as const) {
      expect(chooseRequestId(incoming as string | string[] | undefined, trusted), String(incoming)).toMatch(uuid);
    }
    expect(chooseRequestId(undefined, false)).not.toBe(chooseRequestId(undefined, false));
  });
});
