// Every rendered page fits a screen: loads each page given on the command line in one headless
// Chromium (playwright-core, from crates/wasm/js), at 320, 390, 768 and 1280 px wide, and
// checks that the page does not scroll sideways (the document is no wider than the window) and
// that no visible text is smaller than 14 px (chart text measured as drawn, after the chart is
// scaled). Called by scripts/render-browser-check with the pages it rendered, named
// EXAMPLE-VIEW.html; prints one line per failure, naming the example, the view and the width.
//
//   node scripts/render-fit.mjs target/screenshots/*-full.html …
import { createRequire } from "node:module";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// The flags every headless Chromium run needs, as the browser tests use them.
import { FLAGS } from "../crates/wasm/js/browser/support.mjs";

const require = createRequire(new URL("../crates/wasm/js/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const WIDTHS = [320, 390, 768, 1280];
const MIN_FONT_PX = 14;
const VIEWS = ["full", "table", "tracker", "bulletin"];


/** `{example, view}` of a page named EXAMPLE-VIEW.html. */
function describe(file) {
  const name = basename(file, ".html");
  const view = VIEWS.find((v) => name.endsWith(`-${v}`));
  return view ? { example: name.slice(0, -view.length - 1), view } : { example: name, view: "?" };
}

/** Runs in the page: how wide the document is, and its smallest visible text. */
function measure() {
  let min = Infinity;
  let where = "";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    // An SVG's <title> and <desc> are read out, not drawn.
    if (!text || !el || el.closest("title, desc, style")) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== "visible") continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    // Not drawn at all (display: none somewhere above), or clipped to a pixel (visually hidden).
    const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
    if (rects.length === 0) continue;
    let size = parseFloat(style.fontSize);
    if (el instanceof SVGGraphicsElement) {
      const ctm = el.getScreenCTM();
      if (ctm) size *= Math.hypot(ctm.a, ctm.b);
    }
    if (size < min) {
      min = size;
      where = text.slice(0, 40);
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, min, where };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/render-fit.mjs PAGE.html…");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: FLAGS,
});
const failures = [];
try {
  const page = await browser.newPage();
  for (const file of files) {
    const { example, view } = describe(file);
    await page.goto(pathToFileURL(resolve(file)).href);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const m = await page.evaluate(measure);
      const at = `${example}, ${view} view, ${width} px`;
      if (m.scrollWidth > m.innerWidth) {
        failures.push(`${at}: scrolls sideways (the page is ${m.scrollWidth} px wide)`);
      }
      if (m.min < MIN_FONT_PX - 0.05) {
        failures.push(`${at}: text of ${m.min.toFixed(1)} px, under ${MIN_FONT_PX} px (“${m.where}”)`);
      }
    }
  }
} finally {
  await browser.close();
}
for (const f of failures) console.error(`render-fit: ${f}`);
if (failures.length > 0) process.exit(1);
console.log(`render-fit: ${files.length} pages fit ${WIDTHS.join(", ")} px wide, with text of ${MIN_FONT_PX} px or more`);
