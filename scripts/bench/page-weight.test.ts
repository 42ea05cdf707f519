import { describe, expect, it } from "vitest";
import { scriptSources } from "./scenarios/page-weight";

describe("scriptSources", () => {
  it("lists the /_next/static scripts a page loads, once each and without query strings", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/b.js?dpl=abc&amp;v=1" async=""></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="https://example.org/analytics.js"></script>',
      '<link rel="stylesheet" href="/_next/static/chunks/site.css"/>',
      "<script>self.__next_f.push([1])</script>",
    ].join("");
    expect(scriptSources(html)).toEqual([
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/b.js",
      "/_next/static/chunks/c.js",
    ]);
  });
});
