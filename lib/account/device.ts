// A signed-in device in words ("Safari on an iPhone", "Firefox on Windows"),
// from the User-Agent better-auth keeps with each session. Versions are left
// out: browsers freeze them (every Mac says 10.15, Windows 11 says 10), so
// they would mislead more than help. Pure.
import Bowser from "bowser";

export const UNKNOWN_DEVICE = "A browser we couldn’t recognise";

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

export function describeDevice(userAgent: string | null | undefined): string {
  const ua = userAgent?.trim();
  if (!ua) return UNKNOWN_DEVICE;
  const { browser, os, platform } = Bowser.getParser(ua.slice(0, 1000)).getResult();
  const browserName = browser.name?.trim();
  let system = "";
  if (platform.model === "iPhone" || platform.model === "iPad") system = `${article(platform.model)} ${platform.model}`;
  else if (os.name === "Android" && (platform.type === "mobile" || platform.type === "tablet"))
    system = `an Android ${platform.type === "mobile" ? "phone" : "tablet"}`;
  else if (os.name) system = os.name;
  if (browserName && system) return `${browserName} on ${system}`;
  if (browserName) return browserName;
  if (system) return `A browser on ${system}`;
  return UNKNOWN_DEVICE;
}
