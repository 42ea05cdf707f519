import { describe, expect, it } from "vitest";
import { actionBodyVerdict, readableArguments } from "./action-body";

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request("http://app.test/account", { method: "POST", body, headers });

describe("which server-action bodies are let through", () => {
  it("takes the arguments our pages send: plain values, escaped strings and a form's fields", () => {
    expect(readableArguments('[{"lessonKey":"a/b","completed":true}]')).toBe(true);
    expect(readableArguments('[{"status":"idle"},"$K1"]')).toBe(true);
    expect(readableArguments('["$$starts with a dollar", "$undefined", "$D2026-01-01T00:00:00.000Z", "$n42"]')).toBe(
      true,
    );
    expect(readableArguments("[]")).toBe(true);
  });

  it("refuses what Next.js would fail on", () => {
    for (const body of ["garbage{", "{}", '"text"', '["$@1"]', '[{"a":"$Q2"}]', '["$n12abc"]', '["$F1"]', '["$T"]']) {
      expect(readableArguments(body), body).toBe(false);
    }
    const deep = "[".repeat(100) + "]".repeat(100);
    expect(readableArguments(deep)).toBe(false);
  });

  it("reads a copy of the body and leaves other posts alone", async () => {
    const form = new FormData();
    form.append("_1_timeZone", "UTC");
    form.append("0", '[{"status":"idle"},"$K1"]');
    const request = post(form, { "next-action": "abc" });
    expect(await actionBodyVerdict(request)).toBe("ok");
    expect((await request.formData()).get("_1_timeZone")).toBe("UTC");

    expect(await actionBodyVerdict(post("garbage{", { "next-action": "abc", "content-type": "text/plain" }))).toBe(
      "unreadable",
    );
    expect(await actionBodyVerdict(post("{}", { "next-action": "abc", "content-type": "application/json" }))).toBe(
      "unsupported-type",
    );
    expect(
      await actionBodyVerdict(post("--x\r\nnonsense", { "content-type": "multipart/form-data; boundary=x" })),
    ).toBe("unreadable");
    expect(await actionBodyVerdict(post("a=b", { "content-type": "application/x-www-form-urlencoded" }))).toBe("ok");
  });
});
