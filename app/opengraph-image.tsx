// The home page's link preview.
import { socialCard, SOCIAL_CARD_SIZE } from "@/components/brand/social-card";

export const alt = "It Takes Two: a short, self-paced course on repairing trust at work";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export default function OpenGraphImage() {
  return socialCard({
    eyebrow: "A self-paced course",
    title: "Repairing trust at work",
    line: "Notice how trust breaks, check your own part first, and plan a repair with the other person.",
  });
}
