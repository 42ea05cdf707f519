// Each module's link preview: its number, title and summary, beside the
// module's picture (components/course/art, in the light theme's colours).
import { socialCard, SOCIAL_CARD_SIZE } from "@/components/brand/social-card";
import { moduleArtDataUrl } from "@/components/course/art/art-svg";
import { getCourse } from "@/lib/course/catalog";

export const alt = "A module of It Takes Two, a course on repairing trust at work";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return getCourse().modules.map((courseModule) => ({ module: courseModule.slug }));
}

export default async function ModuleImage({ params }: { params: Promise<{ module: string }> }) {
  const { module: slug } = await params;
  const courseModule = getCourse().modules.find((m) => m.slug === slug);
  return socialCard({
    eyebrow: courseModule ? `Module ${courseModule.number}` : "It Takes Two",
    title: courseModule?.title ?? "Repairing trust at work",
    line: courseModule?.summary ?? "A short, self-paced course on repairing trust at work.",
    picture: courseModule ? moduleArtDataUrl(courseModule.slug) : undefined,
  });
}
