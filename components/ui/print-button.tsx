"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's own print styles decide what comes out. */
export function PrintButton({ children = "Print" }: { children?: React.ReactNode }) {
  return (
    <Button type="button" onClick={() => window.print()} className="no-print">
      {children}
    </Button>
  );
}
