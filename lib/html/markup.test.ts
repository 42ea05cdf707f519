import { describe, expect, it } from "vitest";
import { escapeHtml, markup, Markup } from "./markup";

describe("markup", () => {
  it("escapes every value that is not Markup, in text and in attributes", () => {
    const name = `<script>alert("x")</script> & 'friends'`;
    const out = markup`<a href="/people/${name}" title="${name}">${name}</a>`.html;
    expect(out).toBe(
      '<a href="/people/&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;" ' +
        'title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;">' +
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;</a>",
    );
    expect(out).not.toContain("<script");
  });

  it("puts Markup and arrays of it in as they are, and leaves nothing for null, undefined and false", () => {
    const items = ["a<b", "c"].map((t) => markup`<li>${t}</li>`);
    const out = markup`<ul>${items}</ul>${null}${undefined}${false}${0}`.html;
    expect(out).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
  });

  it("does not trust a string that looks like markup", () => {
    const sneaky = "<b>bold</b>";
    expect(markup`${sneaky}`.html).toBe("&lt;b&gt;bold&lt;/b&gt;");
    expect(markup`${new Markup(sneaky)}`.html).toBe(sneaky);
  });

  it("escapes the five characters that matter and nothing else", () => {
    expect(escapeHtml(`&<>"' Zoë — 1.2`)).toBe("&amp;&lt;&gt;&quot;&#39; Zoë — 1.2");
  });
});
