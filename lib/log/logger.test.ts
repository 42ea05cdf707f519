import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

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
});
