import type { Metadata } from "next";
import About from "@/content/about.mdx";

export const metadata: Metadata = {
  title: "About the course",
  description: "What It Takes Two is, who it is for, how it works, and where its ideas come from.",
};

export default function AboutPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="m-0 text-3xl font-semibold">About the course</h1>
      <div className="prose prose-lg max-w-none">
        <About />
      </div>
    </div>
  );
}
