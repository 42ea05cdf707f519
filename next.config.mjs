import createMDX from "@next/mdx";

const isDev = process.env.NODE_ENV === "development";
const httpsOnly = (process.env.APP_URL ?? "").startsWith("https://");

// Lessons are static HTML shared by every reader, so a per-request nonce is not
// possible; Next's inline bootstrap scripts need 'unsafe-inline'. Everything
// else is locked to this origin (docs/decisions/011-security-headers.md).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "manifest-src 'self'",
  ...(httpsOnly ? ["upgrade-insecure-requests"] : []),
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ...(httpsOnly ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds coexist on one checkout (e.g. parallel local test runs).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  pageExtensions: ["ts", "tsx", "mdx"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // forbidden() and app/forbidden.tsx: a friendly 403 page.
    authInterrupts: true,
  },
  // Server-only packages that must be loaded by Node, not bundled. The
  // password-strength dictionaries (megabytes) stay in node_modules too.
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "@prisma/adapter-libsql",
    "pg",
    "@zxcvbn-ts/core",
    "@zxcvbn-ts/language-common",
    "@zxcvbn-ts/language-en",
    // Metrics: one registry per process, shared with scripts/serve.ts (lib/ops/metrics.ts).
    "prom-client",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// Under Turbopack, remark plugins are named by string (functions can't be
// serialised). See docs/decisions/006-static-lessons-with-islands.md.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", ["remark-mdx-frontmatter", { name: "frontmatter" }]],
  },
});

export default withMDX(nextConfig);
