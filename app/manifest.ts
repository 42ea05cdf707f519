// The web manifest: what a phone shows when the course is added to the home screen.
import type { MetadataRoute } from "next";
import { BRAND } from "@/components/brand/mark";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "It Takes Two — repairing trust at work",
    short_name: "It Takes Two",
    description: "A short, self-paced course on repairing trust at work.",
    start_url: "/",
    display: "standalone",
    background_color: BRAND.paper,
    theme_color: BRAND.paper,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/app-icon/192", sizes: "192x192", type: "image/png" },
      { src: "/app-icon/512", sizes: "512x512", type: "image/png" },
    ],
  };
}
