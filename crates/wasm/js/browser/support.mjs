// What every browser test of the web page (examples/web) shares: Debian's /usr/bin/chromium
// driven by playwright-core, the page served on 127.0.0.1 by examples/web/serve.mjs, nothing
// fetched from anywhere else, and every console error, warning or page error collected.
import { chromium } from "playwright-core";

import { serve } from "../../../../examples/web/serve.mjs";

// scripts/test passes the flags every headless Chromium run needs (chromium_flags in
// scripts/lib.sh); the same list is the default here. scripts/render-fit.mjs uses it too.
export const FLAGS = (
  process.env.CHROMIUM_FLAGS ??
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run " +
    "--disable-background-networking --disable-component-update --disable-sync"
)
  .split(/\s+/)
  .filter((f) => f && !f.startsWith("--user-data-dir"));

/** Opens the web page once it is ready: `{ page, consoleErrors, close }`. */
export async function openPage() {
  const server = await serve(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: FLAGS,
  });
  const consoleErrors = [];
  const context = await browser.newContext({ acceptDownloads: true });
  // Nothing may be fetched from anywhere but the local server.
  await context.route(
    (url) => !url.href.startsWith(server.url) && !url.protocol.startsWith("data") && !url.protocol.startsWith("blob"),
    (route) => {
      consoleErrors.push(`external request: ${route.request().url()}`);
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`page error: ${e.message}`));
  await page.goto(`${server.url}/examples/web/`);
  await page.waitForSelector("html[data-ready=true]");
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { page, consoleErrors, close };
}
