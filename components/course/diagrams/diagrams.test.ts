import { describe, expect, it } from "vitest";
import { DIAGRAM_NAMES } from "@/lib/course/diagrams";
import { DIAGRAMS } from "./index";

describe("course diagrams", () => {
  it("lists the same names for the content check as the components draw", () => {
    expect([...DIAGRAM_NAMES].sort()).toEqual(Object.keys(DIAGRAMS).sort());
  });
});
