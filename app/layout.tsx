import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DraftSync } from "@/components/session/draft-sync";
import { signOut } from "./(auth)/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "It Takes Two — repairing trust at work", template: "%s · It Takes Two" },
  description:
    "A short, self-paced course on repairing trust at work: notice how trust breaks, check your own part first, and plan a repair.",
  applicationName: "It Takes Two",
  // Link previews need absolute image addresses: the site's own when APP_URL is set at build time.
  ...(process.env.APP_URL ? { metadataBase: new URL(process.env.APP_URL) } : {}),
  openGraph: {
    type: "website",
    siteName: "It Takes Two",
    title: "It Takes Two — repairing trust at work",
    description: "A short, self-paced course on repairing trust at work.",
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15181c" },
  ],
};

// The root layout reads no cookies, so every page can be served as static
// HTML; who is signed in is shown by a small island in the header.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-bg text-ink">
        <a
          href="#main"
          className="sr-only rounded-md bg-surface px-4 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          Skip to content
        </a>
        <SiteHeader signOut={signOut} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <SiteFooter />
        <DraftSync />
      </body>
    </html>
  );
}
