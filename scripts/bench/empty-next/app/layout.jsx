// The smallest root layout Next.js accepts, with the tags Lighthouse's SEO and
// accessibility audits ask of any page, so the figures compare like with like.
export const metadata = {
  title: "An empty Next.js page",
  description: "The framework's floor for the bench's Lighthouse figures.",
};

export const viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
