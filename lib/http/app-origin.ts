import "server-only";
// Where this instance is reached, for links people copy and send to others
// or paste into another app (invite links, calendar addresses): the
// configured APP_URL when there is one (it is the address people should
// use), otherwise what the request says it came to.
import { headers } from "next/headers";
import { env } from "../env";

export async function appOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return new URL(configured).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const forwardedProto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const proto = forwardedProto === "http" || forwardedProto === "https" ? forwardedProto : "http";
  return `${proto}://${host}`;
}
