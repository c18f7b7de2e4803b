// "Paste your notes" on the web page (examples/web) in headless Chromium: paste a table,
// import it, see the summary and the import report, download the JSON (a blob URL: nothing
// is fetched from anywhere but the local server). The package's import module is fetched on
// the first import, not before.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { openPage } from "./support.mjs";

let page;
let consoleErrors;
let close;

before(async () => {
  ({ page, consoleErrors, close } = await openPage());
});

after(async () => {
  await close?.();
});

const TABLE = [
  "Ward,You said,We did,Status",
  "Ward 5,Too noisy at night,Quiet hours from 11pm,Complete",
  "Ward 9,No water jugs by the beds,,",
  "Ward 15,,A hotline for families,Not fully achieved",
  "",
].join("\n");

/** The names of the package's files the page has fetched so far. */
async function fetchedFromPackage() {
  const urls = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  return urls.filter((u) => u.includes("/crates/wasm/pkg/web/")).map((u) => u.split("/").pop());
}

test("paste a table, import it: the summary, the report and the JSON to download", async () => {
  const before = await fetchedFromPackage();
  assert.ok(before.includes("yousaid_bg.wasm"), before.join());
  assert.ok(!before.some((f) => f.startsWith("import")), `the import module before any import: ${before.join()}`);
  await page.getByLabel("Read it as", { exact: true }).selectOption("table");
  await page.getByLabel("Your notes", { exact: true }).fill(TABLE);
  await page.getByRole("button", { name: "Import" }).click();
  await page.locator("#import-report:not([hidden])").waitFor();

  const output = await page.locator("#output").innerText();
  assert.match(output, /Too noisy at night/);
  assert.match(output, /Quiet hours from 11pm/);
  assert.match(await page.locator("#loaded").innerText(), /imported from the pasted notes/);
  const fetched = await fetchedFromPackage();
  for (const f of ["import.js", "import-bindings.js", "import_bg.wasm"]) assert.ok(fetched.includes(f), fetched.join());

  const report = await page.locator("#import-report").innerText();
  assert.match(report, /Read as csv/);
  // The unknown status word, with its cell.
  assert.match(report, /row 4, column 4: “?Not fully achieved”? — not a status/);

  const link = page.locator("#paste-download");
  assert.equal(await link.isVisible(), true);
  assert.match(await link.getAttribute("href"), /^blob:/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const json = JSON.parse(await readFile(path, "utf8"));
  assert.equal(json.format, "yousaid/2");
  assert.deepEqual(
    json.suggestions.map((s) => s.text),
    ["Too noisy at night", "No water jugs by the beds"],
  );
  assert.deepEqual(consoleErrors, []);
});

test("bad input shows the error with its line", async () => {
  await page.getByLabel("Your notes", { exact: true }).fill("You said,We did\na,b\nc\n");
  await page.getByRole("button", { name: "Import" }).click();
  const problems = page.locator("#problems .load-error");
  await problems.waitFor();
  const text = await problems.innerText();
  assert.match(text, /bad-input/);
  assert.match(text, /Line\s+3/);
  assert.equal(await page.locator("#import-report").isHidden(), true);
});

test("paste notes: read as notes", async () => {
  const options = await page.locator("#paste-format option").evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, ["outline", "markdown", "table"]);
  await page.getByLabel("Read it as", { exact: true }).selectOption("outline");
  await page
    .getByLabel("Your notes", { exact: true })
    .fill("Bus review workshop\n\nTable 1\n\n- More buses on Sundays\n- Cheaper fares\n");
  await page.getByRole("button", { name: "Import" }).click();
  await page.locator("#import-report:not([hidden])").waitFor();
  assert.match(await page.locator("#output").innerText(), /More buses on Sundays/);
  assert.match(await page.locator("#import-report").innerText(), /Read as outline/);
});
