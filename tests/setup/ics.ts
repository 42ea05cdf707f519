// A small iCalendar reader for tests: unfolds continuation lines (RFC 5545
// §3.1), splits each content line into name, parameters and value, and
// groups the VEVENT blocks. Enough to read back what the app writes; no
// parser package is installed, and the app itself never reads .ics files.

export type IcsLine = { name: string; params: Record<string, string>; value: string };
export type IcsEvent = { lines: IcsLine[]; get: (name: string) => IcsLine | undefined };

export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split(/\r\n/)
    .filter((line) => line.length > 0);
}

function parseLine(line: string): IcsLine {
  // The name and parameters end at the first ":" outside a quoted parameter value.
  let quoted = false;
  let split = -1;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '"') quoted = !quoted;
    if (line[i] === ":" && !quoted) {
      split = i;
      break;
    }
  }
  const head = line.slice(0, split);
  const [name = "", ...params] = head.split(";");
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(params.map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)])),
    value: line.slice(split + 1),
  };
}

/** A TEXT value as written, unescaped: "\\," → ",", "\\n" → newline. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

export function parseIcs(text: string): { calendar: IcsLine[]; events: IcsEvent[] } {
  const calendar: IcsLine[] = [];
  const events: IcsEvent[] = [];
  let current: IcsLine[] | null = null;
  for (const raw of unfold(text)) {
    const line = parseLine(raw);
    if (line.name === "BEGIN" && line.value === "VEVENT") current = [];
    else if (line.name === "END" && line.value === "VEVENT" && current) {
      const lines = current;
      events.push({ lines, get: (name) => lines.find((l) => l.name === name) });
      current = null;
    } else if (current) current.push(line);
    else calendar.push(line);
  }
  return { calendar, events };
}
