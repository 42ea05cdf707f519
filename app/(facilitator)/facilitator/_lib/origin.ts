import "server-only";
// Links facilitators copy and send to others (lib/http/app-origin.ts says where the app is reached).
export { appOrigin } from "@/lib/http/app-origin";

export function inviteLink(origin: string, inviteCode: string): string {
  return `${origin}/join/${inviteCode}`;
}
