// nginx configurations the bench runs, as pure text so they can be tested and
// copied into docs/performance.md. Three shapes:
//   static      – the prerendered lesson HTML served from disk (the ceiling);
//   proxy-cache – nginx in front of `next start`, caching only what Next marks
//                 shareable (Cache-Control s-maxage on prerendered pages);
//   balancer    – nginx spreading requests over several `next start`, no cache.

export type NginxMode =
  | { kind: "static"; root: string }
  | { kind: "proxy-cache"; upstreams: readonly string[]; cacheDir: string }
  | { kind: "balancer"; upstreams: readonly string[] };

export type NginxConfigInput = {
  /** Folder for pid, logs and temp files (absolute). */
  prefix: string;
  port: number;
  mode: NginxMode;
  /** Set when the bench runs as root, so workers keep the same user (not `nobody`). */
  user?: string;
};

// Next marks client-router requests with these headers (and lists them in
// Vary). They are part of the cache key so an RSC payload is never served
// to a browser that asked for HTML, and the other way round.
const ROUTER_HEADERS_KEY =
  "$http_rsc|$http_next_router_prefetch|$http_next_router_segment_prefetch|$http_next_router_state_tree";

function upstreamBlock(upstreams: readonly string[]): string {
  return [
    "  upstream next_app {",
    ...upstreams.map((u) => `    server ${u};`),
    // Reused connections to Node, as a production set-up would have.
    "    keepalive 64;",
    "  }",
  ].join("\n");
}

const PROXY_COMMON = [
  "      proxy_pass http://next_app;",
  "      proxy_http_version 1.1;",
  '      proxy_set_header Connection "";',
  "      proxy_set_header Host $http_host;",
  "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
  "      proxy_set_header X-Forwarded-Proto $scheme;",
];

function serverBlock(input: NginxConfigInput): string[] {
  const { mode, port } = input;
  const lines = ["  server {", `    listen 127.0.0.1:${port};`];
  if (mode.kind === "static") {
    lines.push(`    root ${mode.root};`, "    location / {", "      try_files $uri $uri.html =404;", "    }");
  } else if (mode.kind === "balancer") {
    lines.push("    location / {", ...PROXY_COMMON, "    }");
  } else {
    lines.push(
      // Everything else (/api, /dashboard, /journal, actions): straight through, never cached.
      "    location / {",
      ...PROXY_COMMON,
      "    }",
      // Lessons and the about page are prerendered; Next sends
      // `Cache-Control: s-maxage=31536000` for them and `private, no-store`
      // for anything personal. nginx honours those headers itself (no
      // proxy_cache_valid override) and never caches a response that sets a
      // cookie (no proxy_ignore_headers), so a personal page cannot leak.
      "    location ~ ^/(learn|about)(/|$) {",
      ...PROXY_COMMON,
      "      proxy_cache lessons;",
      `      proxy_cache_key "$scheme$host$request_uri|${ROUTER_HEADERS_KEY}";`,
      // One request goes to Node on a miss; the others wait for its answer.
      "      proxy_cache_lock on;",
      "      proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;",
      "      proxy_cache_background_update on;",
      // Store one identity copy; compression, if wanted, is nginx's job.
      '      proxy_set_header Accept-Encoding "";',
      "      add_header X-Cache-Status $upstream_cache_status always;",
      "    }",
    );
  }
  lines.push("  }");
  return lines;
}

export function nginxConfig(input: NginxConfigInput): string {
  const { prefix, mode } = input;
  const tmp = (name: string) => `${prefix}/${name}`;
  const http = [
    "http {",
    "  access_log off;",
    "  default_type text/html;",
    "  sendfile on;",
    "  tcp_nopush on;",
    "  keepalive_requests 10000;",
    // Temp folders inside the prefix: Debian's defaults are root-only.
    `  client_body_temp_path ${tmp("client_body")};`,
    `  proxy_temp_path ${tmp("proxy")};`,
    `  fastcgi_temp_path ${tmp("fastcgi")};`,
    `  uwsgi_temp_path ${tmp("uwsgi")};`,
    `  scgi_temp_path ${tmp("scgi")};`,
  ];
  if (mode.kind === "proxy-cache") {
    http.push(
      `  proxy_cache_path ${mode.cacheDir} levels=1:2 keys_zone=lessons:10m max_size=256m inactive=1d use_temp_path=off;`,
    );
  }
  if (mode.kind !== "static") http.push(upstreamBlock(mode.upstreams));
  http.push(...serverBlock(input), "}");
  return [
    ...(input.user ? [`user ${input.user};`] : []),
    "daemon off;",
    "worker_processes auto;",
    `pid ${tmp("nginx.pid")};`,
    `error_log ${tmp("error.log")} warn;`,
    "events {",
    "  worker_connections 4096;",
    "}",
    ...http,
    "",
  ].join("\n");
}
