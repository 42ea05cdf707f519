// The address a request came from, for rate limiting. Behind a reverse proxy
// (nginx, a load balancer) the first X-Forwarded-For entry is the client.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const real = headers.get("x-real-ip")?.trim();
  const address = forwarded || real || "local";
  return address.slice(0, 64);
}
