"use client";

// Last resort when the root layout itself fails: plain HTML, no app styles.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <h1>Something went wrong on our side</h1>
        <p>Anything you had already saved is safe. Please try again in a moment.</p>
        <button type="button" onClick={reset} style={{ minHeight: "44px", padding: "0 1rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
