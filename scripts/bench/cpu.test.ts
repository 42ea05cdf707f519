import { describe, expect, it } from "vitest";
import { isIdle, statCpuTicks } from "./load/cpu";

// /proc/<pid>/stat: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
const line = (comm: string, pgrp: number, utime: number, stime: number) =>
  `4242 (${comm}) S 1 ${pgrp} ${pgrp} 0 -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 100 0 0`;

describe("statCpuTicks", () => {
  it("adds user and system time of a process in one of the groups", () => {
    expect(statCpuTicks(line("nginx", 77, 120, 30), new Set([77]))).toBe(150);
  });

  it("ignores processes of other groups", () => {
    expect(statCpuTicks(line("node", 78, 120, 30), new Set([77]))).toBe(0);
  });

  it("reads past a command name with spaces and parentheses", () => {
    expect(statCpuTicks(line("next-server (v16.4.6)", 77, 5, 6), new Set([77]))).toBe(11);
  });
});

describe("isIdle", () => {
  it("calls a server idle under a tenth of a core", () => {
    expect(isIdle(20, 250)).toBe(true);
    expect(isIdle(25, 250)).toBe(false);
    expect(isIdle(240, 250)).toBe(false);
  });
});
