// The framework's empty page, for the Lighthouse figures (issue 15): what
// Next.js itself costs a phone, with none of our code. Built and served by
// scripts/bench/servers/empty-next.ts into its own folder, never shipped.
/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Turbopack looks for instrumentation and proxy files at the workspace root
  // (the app's, two folders up). Only .jsx files are this app's own, so the
  // app's instrumentation.ts and proxy.ts are not picked up.
  pageExtensions: ["jsx"],
};

export default nextConfig;
