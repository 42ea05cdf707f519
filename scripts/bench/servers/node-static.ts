// The smallest Node server that can serve the lesson: the file read once into
// memory, written out for every request. It shows what Node itself costs,
// so the gap between it and `next start` is what Next adds.
import { freePort } from "../../../tests/e2e/support/app-server";
import { spawnManaged, waitForHttp, type Managed } from "./process";

export type NodeStaticServer = Managed & { url: string };

// Plain JavaScript run with `node -e`: no TypeScript loader in the measured process.
const SOURCE = `
const http = require("node:http");
const body = require("node:fs").readFileSync(process.argv[1]);
const headers = { "content-type": "text/html; charset=utf-8", "content-length": body.length };
http.createServer((req, res) => { res.writeHead(200, headers); res.end(body); })
  .listen(Number(process.argv[2]), "127.0.0.1");
`;

export async function startNodeStatic(htmlFile: string): Promise<NodeStaticServer> {
  const port = await freePort();
  const { managed, child } = spawnManaged("node static server", process.execPath, [
    "-e",
    SOURCE,
    htmlFile,
    String(port),
  ]);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, child, managed.output);
  } catch (error) {
    await managed.stop();
    throw error;
  }
  return { ...managed, url };
}
