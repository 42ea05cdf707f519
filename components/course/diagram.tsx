import type { DiagramProps } from "@/lib/course/schemas";
import { DIAGRAMS } from "./diagrams";

/** A picture drawn for the course, by name (the content check refuses unknown names). */
export function Diagram({ name }: DiagramProps) {
  const Picture = DIAGRAMS[name];
  return Picture ? <Picture /> : null;
}
