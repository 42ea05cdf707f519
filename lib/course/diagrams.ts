// The names of the pictures drawn for the course, one file each in
// components/course/diagrams/. A lesson shows one with <Diagram name="…" />;
// the content check refuses a name that is not here.
export const DIAGRAM_NAMES: readonly string[] = [
  "plan-act-look-back",
  "acknowledge-and-remedy",
  "hearing-an-apology",
  "change-course-or-stop",
];
