// A static file server for the self-assessment page (no server logic: it only sends files).
//   node bindings-wasm/www/serve.mjs [port]     serves bindings-wasm/www/ on http://127.0.0.1:<port>/
// Also used by the browser test, which mounts more directories and pages.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

/**
 * Starts a server. `mounts` maps URL prefixes ("/" first is not needed) to directories;
 * `pages` maps exact URL paths to { type, body }. Resolves to the listening server.
 */
export function serve({ root, mounts = {}, pages = {}, host = "127.0.0.1", port = 0 } = {}) {
  const table = Object.entries({ ...mounts, "/": root }).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "method not allowed");
      if (pages[path]) return send(res, 200, pages[path].type, pages[path].body, req.method);
      const [prefix, dir] = table.find(([p]) => path.startsWith(p)) ?? [];
      if (!dir) return send(res, 404, "text/plain", "not found");
      let file = resolve(dir, normalize(`.${sep}${path.slice(prefix.length)}`));
      if (file !== resolve(dir) && !file.startsWith(resolve(dir) + sep)) return send(res, 403, "text/plain", "forbidden");
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file).catch(() => null);
      if (body === null) return send(res, 404, "text/plain", "not found");
      send(res, 200, TYPES[extname(file)] ?? "application/octet-stream", body, req.method);
    } catch {
      send(res, 400, "text/plain", "bad request");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

function send(res, status, type, body, method = "GET") {
  res.writeHead(status, { "content-type": type, "cache-control": "no-cache", "x-content-type-options": "nosniff" });
  res.end(method === "HEAD" ? undefined : body);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL(".", import.meta.url));
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8765);
  const server = await serve({ root, port });
  const { port: actual } = server.address();
  console.log(`lhs-maturity self-assessment: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
}
