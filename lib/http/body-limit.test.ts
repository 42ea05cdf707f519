import { describe, expect, it } from "vitest";
import { PAGE_WRITE_MAX_BYTES, pageWriteBody } from "./body-limit";

const headers = (values: Record<string, string>) => new Headers(values);

describe("pageWriteBody", () => {
  it("lets reads through whatever they declare", () => {
    expect(pageWriteBody("GET", headers({ "content-length": "99999999" }))).toBe("ok");
  });

  it("lets a write through up to the limit and refuses one byte more", () => {
    expect(pageWriteBody("POST", headers({ "content-length": String(PAGE_WRITE_MAX_BYTES) }))).toBe("ok");
    expect(pageWriteBody("POST", headers({ "content-length": String(PAGE_WRITE_MAX_BYTES + 1) }))).toBe("too-large");
  });

  it("asks a streamed write without a length to declare one", () => {
    expect(pageWriteBody("POST", headers({ "transfer-encoding": "chunked" }))).toBe("length-required");
  });

  it("lets a write without a body through, and refuses a length that is not a number", () => {
    expect(pageWriteBody("POST", headers({}))).toBe("ok");
    expect(pageWriteBody("POST", headers({ "content-length": "lots" }))).toBe("length-required");
  });
});
