import { PrismaClientInitializationError, PrismaClientKnownRequestError } from "@prisma/client/runtime/client";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { db } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

const known = (code: string, meta?: Record<string, unknown>) =>
  new PrismaClientKnownRequestError(`Prisma error ${code}`, { code, clientVersion: "7", meta });

const postgres = (code: string) =>
  new DriverAdapterError({
    kind: "postgres",
    code,
    originalCode: code,
    severity: "FATAL",
    message: "terminating connection",
    detail: undefined,
    column: undefined,
    hint: undefined,
  });

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's codes for a database that can't be reached or is busy", () => {
    for (const code of ["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]) {
      expect(isDatabaseUnavailable(known(code)), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new PrismaClientInitializationError("Can't connect", "7"))).toBe(true);
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind: "DatabaseNotReachable" }))).toBe(true);
  });

  it("recognises PostgreSQL shutting down, passed through with its own code", () => {
    expect(isDatabaseUnavailable(known("P2039", { driverAdapterError: postgres("57P01") }))).toBe(true);
    expect(isDatabaseUnavailable(known("P2010", { driverAdapterError: postgres("08006") }))).toBe(true);
    expect(isDatabaseUnavailable(known("P2039", { driverAdapterError: postgres("23505") }))).toBe(false);
  });

  it("looks through wrappers, such as better-auth's, at the cause", () => {
    expect(isDatabaseUnavailable(new Error("Failed to get session", { cause: known("P1001") }))).toBe(true);
  });

  it("treats bugs and broken rules as bugs, whatever their message says", () => {
    expect(isDatabaseUnavailable(known("P2002"))).toBe(false);
    expect(isDatabaseUnavailable(known("P2025"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("connection to the mail server was refused"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("says no for a real error from the database this test runs on (a broken rule, not an outage)", async () => {
    const error: unknown = await db()
      .user.create({ data: { id: "same", name: "A", email: "same@example.org" } })
      .then(() => db().user.create({ data: { id: "same", name: "B", email: "other@example.org" } }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrismaClientKnownRequestError);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
