import createMDX from "@next/mdx";

// Headers every response carries. The Content-Security-Policy is tightened
// further (nonces) by the security work; these are safe for every page now.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
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
  // Server-only packages that must be loaded by Node, not bundled.
  serverExternalPackages: ["@libsql/client", "libsql", "@prisma/adapter-libsql", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// Under Turbopack, remark plugins are named by string (functions can't be
// serialised). See ../shared STACK notes and docs/decisions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", ["remark-mdx-frontmatter", { name: "frontmatter" }]],
  },
});

export default withMDX(nextConfig);
