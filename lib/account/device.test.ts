import { describe, expect, it } from "vitest";
import { describeDevice, UNKNOWN_DEVICE } from "./device";

describe("describeDevice", () => {
  it("names the browser and the system in words, without frozen version numbers", () => {
    const cases: [string, string][] = [
      [
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Chrome on macOS",
      ],
      [
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Safari on an iPhone",
      ],
      [
        "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
        "Safari on an iPad",
      ],
      ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Windows"],
      [
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Chrome on an Android phone",
      ],
      [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Microsoft Edge on Windows",
      ],
    ];
    for (const [ua, words] of cases) expect(describeDevice(ua)).toBe(words);
  });

  it("says plainly when it can't tell", () => {
    for (const ua of [null, undefined, "", "   ", "curl/8.5.0", "\u0000"])
      expect(describeDevice(ua)).toBe(UNKNOWN_DEVICE);
  });
});
