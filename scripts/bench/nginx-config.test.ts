import { describe, expect, it } from "vitest";
import { nginxConfig } from "./servers/nginx-config";

const prefix = "/tmp/bench/nginx-x";

describe("nginxConfig", () => {
  it("serves the prerendered file from the root, in the foreground, without an access log", () => {
    const text = nginxConfig({ prefix, port: 8123, mode: { kind: "static", root: "/tmp/root" } });
    expect(text).toContain("daemon off;");
    expect(text).toContain("worker_processes auto;");
    expect(text).toContain(`pid ${prefix}/nginx.pid;`);
    expect(text).toContain("access_log off;");
    expect(text).toContain("listen 127.0.0.1:8123;");
    expect(text).toContain("root /tmp/root;");
    expect(text).toContain("try_files $uri $uri.html =404;");
    expect(text).not.toContain("user ");
  });

  it("caches only lessons and the about page, honouring the app's own Cache-Control", () => {
    const text = nginxConfig({
      prefix,
      port: 8124,
      mode: { kind: "proxy-cache", upstreams: ["127.0.0.1:3001"], cacheDir: "/tmp/cache" },
    });
    const cachedLocation = /location ~ \^\/\(learn\|about\)\(\/\|\$\) \{[^}]*\}/.exec(text)?.[0] ?? "";
    expect(cachedLocation).toContain("proxy_cache lessons;");
    // The router headers are in the key, so an RSC payload never answers a page request.
    expect(cachedLocation).toContain("$http_rsc");
    expect(text.match(/proxy_cache lessons;/g)).toHaveLength(1);
    // No override of Next's headers: private pages and cookie-setting answers stay uncached.
    expect(text).not.toContain("proxy_cache_valid");
    expect(text).not.toContain("proxy_ignore_headers");
    expect(text).toContain("server 127.0.0.1:3001;");
  });

  it("spreads requests over every upstream without caching", () => {
    const text = nginxConfig({
      prefix,
      port: 8125,
      mode: { kind: "balancer", upstreams: ["127.0.0.1:3001", "127.0.0.1:3002"] },
      user: "root",
    });
    expect(text.startsWith("user root;")).toBe(true);
    expect(text).toContain("server 127.0.0.1:3001;");
    expect(text).toContain("server 127.0.0.1:3002;");
    expect(text).not.toContain("proxy_cache");
  });
});
