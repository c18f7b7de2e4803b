// A small static file server for trying the page locally (and for the browser tests):
//   node examples/web/serve.mjs [PORT]     then open http://127.0.0.1:PORT/examples/web/
// It serves the repository root on 127.0.0.1 only, read-only, with the right types for
// .wasm and ES modules. Build the package first: scripts/build-wasm.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".md": "text/plain; charset=utf-8",
};

/** Starts the server; resolves to `{url, close}`. Port 0 picks a free one. */
export function serve(port = 0) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (path !== ROOT && !path.startsWith(ROOT + sep)) throw new Error("outside the root");
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, "index.html");
        info = await stat(path);
      }
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-store",
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found\n");
    }
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`serving ${ROOT} at ${url}/examples/web/ (Ctrl-C to stop)`);
}
