// The web page (examples/web) in headless Chromium: Debian's /usr/bin/chromium driven by
// playwright-core, the page served on 127.0.0.1 by examples/web/serve.mjs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { openPage } from "./support.mjs";
import { ROOT } from "../test/support.mjs";

let page;
let consoleErrors;
let close;

before(async () => {
  ({ page, consoleErrors, close } = await openPage());
});

after(async () => {
  await close?.();
});

const doc = (name) => readFileSync(join(ROOT, "examples", name, "summary.json"));
const visibleRows = () => page.locator("#tracker tbody tr:not([hidden])").count();

async function choose(label) {
  await page.getByLabel(label, { exact: true }).check();
}

const WIDTHS = [320, 390, 768, 1280];
const VIEWS = { full: "Full summary", table: "You said / We did table", tracker: "Action tracker" };

/** WCAG contrast ratio of two colours given as `rgb(…)`/`rgba(…)` text. */
function contrast(a, b) {
  const luminance = (text) => {
    const [r, g, bl] = text.match(/[\d.]+/g).slice(0, 3).map(Number);
    const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("the West Yorkshire example renders by default", async () => {
  await assert.doesNotReject(page.locator("#output h2, #output h1").first().waitFor());
  const text = await page.locator("#output").innerText();
  assert.match(text, /Increasing Awareness of Human Trafficking/);
  assert.match(await page.locator("#loaded").innerText(), /west-yorkshire-2014/);
  assert.match(await page.locator("#problems").innerText(), /Checked/);
});

test("the summary is shown with the built-in pages' styles", async () => {
  // Rules of the core's stylesheet (the package's `stylesheet()`), applied to the fragment.
  const header = await page.locator("#output .ys-header").evaluate((e) => {
    const s = getComputedStyle(e);
    return { width: s.borderBottomWidth, colour: s.borderBottomColor };
  });
  assert.deepEqual(header, { width: "4px", colour: "rgb(29, 92, 140)" });
  assert.equal(await page.locator("#output .ys-title").evaluate((e) => getComputedStyle(e).fontWeight), "700");
  // Its page-wide rules do not take over this page.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(255, 255, 255)");
});

test("every control has a label and can be reached with the keyboard", async () => {
  for (const label of [
    "Open a summary (JSON file)",
    "Full summary",
    "You said / We did table",
    "Action tracker",
  ]) {
    assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, label);
  }
  await page.locator("body").focus();
  const reached = new Set();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute("name")));
  }
  for (const id of ["file", "view", "download-html"]) assert.ok(reached.has(id), `${id} in ${[...reached]}`);
  // Views switch with the arrow keys, as radio buttons do.
  await page.getByLabel("Full summary", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator("input[name=view]:checked").getAttribute("value"), "table");
  await choose("Full summary");
});

test("the table view pairs what was said with what was done", async () => {
  await choose("You said / We did table");
  const table = page.locator("#output table").first();
  await table.waitFor();
  assert.ok((await table.locator("tr").count()) > 5);
  await choose("Full summary");
});

test("the file picker loads a second document", async () => {
  await page.setInputFiles("#file", {
    name: "riverside.json",
    mimeType: "application/json",
    buffer: doc("riverside-library-2025"),
  });
  await page.waitForFunction(() => document.getElementById("loaded").textContent.includes("riverside.json"));
  const title = JSON.parse(doc("riverside-library-2025")).title;
  assert.match(await page.locator("#output").innerText(), new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
});

test("the focus ring contrasts 3:1 or more with what is around it", async () => {
  // Riverside (the document open now) has links in its summary.
  await page.locator("#output a").first().waitFor();
  await page.locator("body").focus();
  const seen = new Map();
  // Every control reached with the keyboard, and a link in the summary.
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const backgrounds = [];
      if (!/rgba\(.*, 0\)$/.test(s.backgroundColor) && s.backgroundColor !== "transparent") backgrounds.push(s.backgroundColor);
      // The ring is drawn outside the control: on the background of what holds it.
      let up = e.parentElement;
      while (up && /rgba\(.*, 0\)$/.test(getComputedStyle(up).backgroundColor)) up = up.parentElement;
      backgrounds.push(up ? getComputedStyle(up).backgroundColor : "rgb(255, 255, 255)");
      return { name: e.id || e.getAttribute("name") || e.tagName, style: s.outlineStyle, width: s.outlineWidth, colour: s.outlineColor, backgrounds };
    });
    if (ring) seen.set(ring.name, ring);
  }
  await page.locator("#output a").first().focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  seen.set("a link in the summary", await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { name: "link", style: s.outlineStyle, width: s.outlineWidth, colour: s.outlineColor, backgrounds: [s.backgroundColor] };
  }));
  assert.ok(seen.size >= 6, [...seen.keys()].join());
  for (const [name, ring] of seen) {
    assert.notEqual(ring.style, "none", `${name}: no focus ring`);
    assert.ok(parseFloat(ring.width) >= 2, `${name}: a ring of ${ring.width}`);
    for (const bg of ring.backgrounds) {
      const ratio = contrast(ring.colour, bg);
      assert.ok(ratio >= 3, `${name}: ring ${ring.colour} on ${bg} is ${ratio.toFixed(2)}:1`);
    }
  }
});

test("no control overlaps another, at every width", async () => {
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of Object.values(VIEWS)) {
        await choose(view);
        const found = await page.evaluate(() => {
          const box = (e) => e.getBoundingClientRect();
          const problems = [];
          for (const form of document.querySelectorAll("form")) {
            const parts = [...form.children].filter((e) => box(e).width > 0);
            for (const [i, a] of parts.entries()) {
              for (const b of parts.slice(i + 1)) {
                const [p, q] = [box(a), box(b)];
                const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                if (x > 0.5 && y > 0.5) problems.push(`${a.id || a.tagName} and ${b.id || b.tagName} overlap by ${Math.round(x)} × ${Math.round(y)} px`);
              }
              for (const c of a.querySelectorAll("input, select, button, textarea, label, p")) {
                const [p, q] = [box(a), box(c)];
                if (q.width > 0 && (q.left < p.left - 0.5 || q.right > p.right + 0.5)) {
                  problems.push(`${c.id || c.tagName} sticks out of ${a.id || a.tagName} by ${Math.round(Math.max(p.left - q.left, q.right - p.right))} px`);
                }
              }
            }
          }
          return problems;
        });
        assert.deepEqual(found, [], `${view} at ${width} px`);
      }
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
    await choose("Full summary");
  }
});

test("no view scrolls sideways at 320, 390, 768 or 1280 px", async () => {
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of Object.values(VIEWS)) {
        await choose(view);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        assert.ok(scrollWidth <= innerWidth, `${view} at ${width} px: the page is ${scrollWidth} px wide`);
      }
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 720 });
    await choose("Full summary");
  }
});

test("tracker filters by status, theme and owner change the visible rows", async () => {
  await choose("Action tracker");
  await page.locator("#tracker").waitFor();
  assert.equal(await page.locator("#filters").isVisible(), true);
  const all = await visibleRows();
  assert.ok(all > 5, `${all} rows`);
  // Every row names its action: the filters find each row's action by its ID, not its place.
  const ids = await page.locator("#tracker tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.action));
  assert.ok(ids.every(Boolean) && new Set(ids).size === ids.length, ids.join());

  await page.getByLabel("Status", { exact: true }).selectOption("done");
  const done = await visibleRows();
  assert.ok(done > 0 && done < all, `${done} of ${all}`);
  const statuses = await page.locator("#tracker tbody tr:not([hidden])").evaluateAll((rows) => rows.map((r) => r.dataset.status));
  assert.ok(statuses.every((s) => s === "done"), statuses.join());
  assert.match(await page.locator("#filter-count").innerText(), new RegExp(`Showing ${done} of ${all}`));
  await page.getByLabel("Status", { exact: true }).selectOption("");

  const owners = await page.locator("#filter-owner option").evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(owners.length > 1);
  await page.getByLabel("Owner", { exact: true }).selectOption(owners[0]);
  const byOwner = await visibleRows();
  assert.ok(byOwner > 0 && byOwner < all, `${byOwner} of ${all}`);
  await page.getByLabel("Owner", { exact: true }).selectOption("");

  const themes = await page.locator("#filter-theme option").evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(themes.length > 0);
  await page.getByLabel("Theme", { exact: true }).selectOption(themes[0]);
  const byTheme = await visibleRows();
  assert.ok(byTheme > 0 && byTheme < all, `${byTheme} of ${all}`);
  const rowThemes = await page.locator("#tracker tbody tr:not([hidden])").evaluateAll((rows) => rows.map((r) => r.dataset.themes.split("\n")));
  assert.ok(rowThemes.every((t) => t.includes(themes[0])), JSON.stringify(rowThemes));
  await page.getByLabel("Theme", { exact: true }).selectOption("");
  assert.equal(await visibleRows(), all);
});

test("download HTML and Markdown of the current view", async () => {
  const title = JSON.parse(doc("riverside-library-2025")).title;
  const [html] = await Promise.all([page.waitForEvent("download"), page.click("#download-html")]);
  assert.equal(html.suggestedFilename(), "riverside-tracker.html");
  const page1 = readFileSync(await html.path(), "utf8");
  assert.match(page1, /^<!DOCTYPE html>/i);
  assert.ok(page1.includes(title.replace(/&/g, "&amp;").replace(/'/g, "&#x27;")) || page1.includes(title));
  await choose("Full summary");
  const [md] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
  assert.equal(md.suggestedFilename(), "riverside-full.md");
  assert.ok(readFileSync(await md.path(), "utf8").startsWith("# "));
});

test("a malformed file shows its error, with code and position", async () => {
  await page.setInputFiles("#file", {
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{\n  "format": "yousaid/1",\n  "titel": "Oops"\n}'),
  });
  const error = page.locator(".load-error");
  await error.waitFor();
  const text = await error.innerText();
  assert.match(text, /Could not open broken\.json/);
  assert.match(text, /unknown-field/);
  assert.match(text, /did you mean `title`\?/);
  assert.match(text, /Line\s+3, column/);
  assert.equal(await page.locator("#output").innerText(), "");
  assert.equal(await page.locator("#download-html").isDisabled(), true);
});

test("a file dropped on the page opens", async () => {
  const text = doc("west-yorkshire-2014").toString("utf8");
  await page.evaluate((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], "dropped.json", { type: "application/json" }));
    document.body.dispatchEvent(new DragEvent("dragenter", { dataTransfer: data, bubbles: true }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true }));
  }, text);
  await page.waitForFunction(() => document.getElementById("loaded").textContent.includes("dropped.json"));
  assert.match(await page.locator("#output").innerText(), /Increasing Awareness of Human Trafficking/);
});

test("validation problems are listed readably", async () => {
  const broken = JSON.parse(doc("west-yorkshire-2014"));
  broken.actions[0].depends_on = ["no-such-action"];
  await page.setInputFiles("#file", {
    name: "dangling.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await page.waitForFunction(() => document.getElementById("loaded").textContent.includes("dangling.json"));
  const item = page.locator("#problem-list li.problem-error").first();
  const text = await item.innerText();
  assert.match(text, /Error dangling-reference at actions\[0\]\.depends_on\[0\]/);
});

test("an earlier version shows the update since then, and downloads", async () => {
  const version = (name) =>
    readFileSync(join(ROOT, "examples", "riverside-library-2025", "history", name));
  await page.setInputFiles("#file", { name: "2026-06-30.json", mimeType: "application/json", buffer: version("2026-06-30.json") });
  await page.waitForFunction(() => document.getElementById("loaded").textContent.includes("2026-06-30.json"));
  assert.equal(await page.getByLabel("Update since the earlier version", { exact: true }).isDisabled(), true);

  await page.setInputFiles("#previous", {
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from("{"),
  });
  await page.locator("#previous-status .load-error").waitFor();
  assert.match(await page.locator("#previous-status").innerText(), /Could not open broken\.json.*json-syntax/s);
  assert.equal(await page.getByLabel("Update since the earlier version", { exact: true }).isDisabled(), true);

  await page.getByLabel("Earlier version (JSON file)", { exact: true }).setInputFiles({
    name: "2025-12-15.json",
    mimeType: "application/json",
    buffer: version("2025-12-15.json"),
  });
  await page.waitForFunction(() => document.getElementById("output").textContent.includes("Update since"));
  assert.equal(await page.getByLabel("Update since the earlier version", { exact: true }).isChecked(), true);
  assert.match(await page.locator("#output").textContent(), /Update since 15 December 2025/);
  assert.match(await page.locator("#previous-status").innerText(), /Comparing with 2025-12-15\.json/);

  const [md] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
  assert.equal(md.suggestedFilename(), "2026-06-30-bulletin.md");
  assert.match(readFileSync(await md.path(), "utf8"), /^# .*\n\nUpdate since 15 December 2025/);
  const [html] = await Promise.all([page.waitForEvent("download"), page.click("#download-html")]);
  assert.match(readFileSync(await html.path(), "utf8"), /^<!DOCTYPE html>/i);

  await choose("Action tracker");
  await page.locator("#tracker").waitFor();
});

test("schema() fetches the package's schema.json", async () => {
  const schema = await page.evaluate(async () => {
    const yousaid = await import("/crates/wasm/pkg/web/yousaid.js");
    const sc = await yousaid.schema();
    return { title: sc.title, format: sc.$defs.Format.const };
  });
  assert.deepEqual(schema, { title: "Summary", format: "yousaid/2" });
});

test("opening a different document ends the comparison with the earlier version, and says so", async () => {
  await choose("Update since the earlier version");
  await page.setInputFiles("#file", { name: "west-yorkshire.json", mimeType: "application/json", buffer: doc("west-yorkshire-2014") });
  await page.waitForFunction(() => document.getElementById("loaded").textContent.includes("west-yorkshire.json"));
  assert.equal(await page.getByLabel("Update since the earlier version", { exact: true }).isDisabled(), true);
  assert.equal(await page.getByLabel("Full summary", { exact: true }).isChecked(), true);
  assert.match(await page.locator("#previous-status").innerText(), /No longer comparing with 2025-12-15\.json/);
  assert.equal(await page.locator("#previous").evaluate((e) => e.files.length), 0);
  const text = await page.locator("#output").innerText();
  assert.doesNotMatch(text, /Update since/);
  assert.match(text, /Increasing Awareness of Human Trafficking/);
  const [md] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
  assert.equal(md.suggestedFilename(), "west-yorkshire-full.md");
});

test("no console errors or external requests", () => {
  assert.deepEqual(consoleErrors, []);
});
