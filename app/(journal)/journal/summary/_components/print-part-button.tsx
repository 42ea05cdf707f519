"use client";
// Prints one part of the summary page (the plan, or the certificate) on its
// own page: it marks the part on <html> for the print styles in
// app/globals.css, prints, and clears the mark afterwards.
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

export type PrintPart = "plan" | "certificate";

export function PrintPartButton({ part, children }: { part: PrintPart; children: React.ReactNode }) {
  useEffect(() => {
    const clear = () => delete document.documentElement.dataset.printing;
    window.addEventListener("afterprint", clear);
    return () => window.removeEventListener("afterprint", clear);
  }, []);
  return (
    <Button
      type="button"
      variant="secondary"
      onClick={() => {
        document.documentElement.dataset.printing = part;
        window.print();
      }}
    >
      {children}
    </Button>
  );
}
