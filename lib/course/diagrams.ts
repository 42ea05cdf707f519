// The names of the pictures drawn for the course, one file each in
// components/course/diagrams/. A lesson shows one with <Diagram name="…" />;
// the content check refuses a name that is not here.
export const DIAGRAM_NAMES: readonly string[] = [
  "trust-deposits",
  "blame-story-wider-picture",
  "acknowledge-and-remedy",
  "hearing-an-apology",
  "plan-act-look-back",
];
