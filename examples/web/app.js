// The summary viewer: loads the `web` build of the `yousaid` package, opens the West Yorkshire
// example, and lets a visitor open their own file, paste notes or a table to import (with the
// package's import module, loaded on the first import), switch views, filter the tracker, see
// what changed since an earlier version and download the result.
// Every piece of document text reaches the page through `textContent` or through the library's
// renderer, which escapes it.
import init, * as yousaid from "../../crates/wasm/pkg/web/yousaid.js";

const { Summary } = yousaid;

const EXAMPLE = new URL("../west-yorkshire-2014/summary.json", import.meta.url);

const state = { summary: null, name: "", view: "full", previous: null, previousName: "" };
const $ = (id) => document.getElementById(id);

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** The built-in pages' stylesheet (the package's `stylesheet()`), added to this page once, in
 * a cascade layer of its own: the rendered summary looks as the built-in pages do, and this
 * page's own rules (unlayered) win wherever the two meet outside the summary. */
function addSummaryStyles() {
  if ($("yousaid-styles")) return;
  const style = el("style", { id: "yousaid-styles" }, `@layer yousaid {\n${yousaid.stylesheet()}\n}`);
  document.head.prepend(style);
}

// ---------------------------------------------------------------------------------------------
// Opening documents
// ---------------------------------------------------------------------------------------------

/** Loads JSON text; on success shows it, on failure shows the error. */
function open(text, name) {
  let summary;
  try {
    summary = Summary.fromJSON(text);
  } catch (error) {
    showLoadError(error, name);
    return false;
  }
  state.summary?.free();
  state.summary = summary;
  state.name = name;
  $("loaded").textContent = `Showing “${summary.title}” from ${name}.`;
  resetComparison();
  showProblems(summary.validate());
  fillFilters();
  draw();
  setDownloads(true);
  return true;
}

async function openFile(file) {
  if (!file) return;
  let text;
  try {
    text = await file.text();
  } catch (error) {
    showLoadError({ name: "Error", message: `the file cannot be read: ${error.message}` }, file.name);
    return;
  }
  open(text, file.name);
}

/** Loads an earlier version to compare with: the "Update since …" bulletin view. */
async function openPrevious(file) {
  if (!file) return;
  const status = $("previous-status");
  let previous;
  try {
    previous = Summary.fromJSON(await file.text());
  } catch (error) {
    status.replaceChildren(
      el("span", { class: "load-error", role: "alert" }, `Could not open ${file.name}: ${error.message} (${error.code ?? error.name})`),
    );
    return;
  }
  state.previous?.free();
  state.previous = previous;
  state.previousName = file.name;
  status.textContent = `Comparing with ${file.name}.`;
  const radio = document.querySelector("input[name=view][value=bulletin]");
  radio.disabled = false;
  radio.checked = true;
  state.view = "bulletin";
  draw();
}

/** A new document is not compared with the earlier version of the one before it: the
 * comparison ends, and the page says so. */
function resetComparison() {
  if (!state.previous) return;
  const was = state.previousName;
  state.previous.free();
  state.previous = null;
  state.previousName = "";
  $("previous").value = "";
  const radio = document.querySelector("input[name=view][value=bulletin]");
  radio.disabled = true;
  if (state.view === "bulletin") {
    state.view = "full";
    document.querySelector("input[name=view][value=full]").checked = true;
  }
  $("previous-status").textContent =
    `No longer comparing with ${was}: a different document was opened. Choose an earlier version of this one to compare.`;
}

/** The bulletin of what changed since the earlier version, in a format. */
function bulletin(format) {
  return state.summary.bulletin(state.previous, { format });
}

function showLoadError(error, name) {
  state.summary?.free();
  state.summary = null;
  $("output").replaceChildren();
  $("filters").hidden = true;
  setDownloads(false);
  $("loaded").textContent = "";
  const where = [];
  if (error.path) where.push(el("div", {}, el("dt", {}, "Where"), el("dd", {}, el("code", {}, error.path))));
  if (error.line) {
    where.push(
      el("div", {}, el("dt", {}, "Line"), el("dd", {}, `${error.line}, column ${error.column ?? "?"}`)),
    );
  }
  $("problems").replaceChildren(
    el(
      "div",
      { class: "load-error", role: "alert" },
      el("p", {}, el("strong", {}, `Could not open ${name}: `), error.message),
      el(
        "dl",
        {},
        el("div", {}, el("dt", {}, "Error code"), el("dd", {}, el("code", {}, error.code ?? error.name))),
        where,
      ),
    ),
  );
}

function showProblems(report) {
  const errors = report.problems.filter((p) => p.severity === "error").length;
  const warnings = report.problems.length - errors;
  if (report.problems.length === 0) {
    $("problems").replaceChildren(el("p", { class: "ok" }, "Checked: no problems found."));
    return;
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  $("problems").replaceChildren(
    el("h3", {}, `Checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}`),
    el(
      "ul",
      { id: "problem-list" },
      report.problems.map((p) =>
        el(
          "li",
          { class: `problem problem-${p.severity}` },
          el("strong", {}, p.severity === "error" ? "Error" : "Warning"),
          " ",
          el("code", {}, p.code),
          " at ",
          el("code", {}, p.path || "(document)"),
          `: ${p.message}`,
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

function draw() {
  const summary = state.summary;
  $("filters").hidden = state.view !== "tracker";
  if (!summary) return;
  const out = $("output");
  // The library escapes every piece of user text and writes only http, https and mailto
  // links, so its HTML fragments are safe to insert.
  if (state.view === "bulletin" && state.previous) {
    out.innerHTML = bulletin("fragment");
    return;
  }
  const view = state.view === "bulletin" ? "full" : state.view;
  out.innerHTML = summary.render({ view, format: "fragment" });
  if (view === "tracker") {
    markTrackerRows(summary);
    applyFilters();
  }
}

/** Marks each row of the rendered tracker with what the filters look at: its action's status,
 * owner and themes, from the library's action states. Each row names its action in
 * `data-action`. */
function markTrackerRows(summary) {
  const table = $("output").querySelector("table.ys-tracker");
  if (!table) return;
  table.id = "tracker";
  const states = new Map(summary.actionStates().map((a) => [a.id, a]));
  for (const row of table.tBodies[0].rows) {
    const a = states.get(row.dataset.action);
    row.dataset.status = a?.status ?? "unstated";
    row.dataset.owner = a?.owner ?? "";
    row.dataset.themes = (a?.themes ?? []).join("\n");
  }
}

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

function setOptions(select, first, options) {
  select.replaceChildren(el("option", { value: "" }, first), ...options.map(([value, label]) => el("option", { value }, label)));
}

function fillFilters() {
  const summary = state.summary;
  const states = summary.actionStates();
  // The statuses as the library names them: rendered once, off the page. The table of counts
  // comes first, since it uses the built-in labels; a row of the tracker may show the
  // source's own words for its status instead ("Complete"), used only for a status no count
  // names (a sub-action's).
  const probe = el("div");
  probe.innerHTML = summary.render({ view: "tracker", format: "fragment" });
  const statuses = new Map();
  const tags = "table.ys-compact .ys-tag[class*='ys-s-'], table.ys-tracker .ys-tag[class*='ys-s-']";
  for (const tag of probe.querySelectorAll(tags)) {
    const key = [...tag.classList].find((c) => c.startsWith("ys-s-"))?.slice(5);
    if (key && !statuses.has(key)) statuses.set(key, tag.textContent);
  }
  setOptions($("filter-status"), "All statuses", [...statuses]);
  const used = new Set(states.flatMap((a) => a.themes));
  setOptions(
    $("filter-theme"),
    "All themes",
    summary.themes.filter((t) => used.has(t.id)).map((t) => [t.id, t.name]),
  );
  const owners = [...new Set(states.map((a) => a.owner).filter(Boolean))].sort();
  setOptions($("filter-owner"), "All owners", owners.map((o) => [o, o]));
}

function applyFilters() {
  const status = $("filter-status").value;
  const theme = $("filter-theme").value;
  const owner = $("filter-owner").value;
  const rows = [...document.querySelectorAll("#tracker tbody tr")];
  let shown = 0;
  for (const row of rows) {
    const visible =
      (!status || row.dataset.status === status) &&
      (!owner || row.dataset.owner === owner) &&
      (!theme || row.dataset.themes.split("\n").includes(theme));
    row.hidden = !visible;
    if (visible) shown += 1;
  }
  $("filter-count").textContent = `Showing ${shown} of ${rows.length} actions.`;
}

// ---------------------------------------------------------------------------------------------
// Paste your notes: import text, show the summary and the import report
// ---------------------------------------------------------------------------------------------

/** The importer of each "Read it as" choice, by its name in the import module. */
const IMPORTERS = { outline: "importOutline", markdown: "importMarkdown", table: "importTable" };

let importModule = null;

/** The package's import module (`yousaid/import`), loaded on the first import only: a visitor
 * who only reads summaries never downloads it. A failed load is tried again next time. */
function loadImporters() {
  importModule ??= import("../../crates/wasm/pkg/web/import.js").then(
    async (module) => {
      await module.default();
      return module;
    },
    (error) => {
      importModule = null;
      throw error;
    },
  );
  return importModule;
}

/** Where a piece of the input is, in words: "line 4", "row 3, column 2". */
function place(at) {
  const sheet = at.sheet ? `sheet “${at.sheet}”, ` : "";
  switch (at.kind) {
    case "line":
      return `line ${at.line}`;
    case "cell":
      return `${sheet}row ${at.row}, column ${at.column}`;
    case "row":
      return `${sheet}row ${at.row}`;
    case "paragraph":
      return `paragraph ${at.paragraph}`;
    default:
      return "";
  }
}

function showImportReport(report) {
  const counts = new Map();
  for (const r of report.recognised) counts.set(r.as, (counts.get(r.as) ?? 0) + 1);
  const recognised = [...counts].map(([as, n]) => `${n} ${as.replace(/_/g, " ")}`).join(", ");
  const list = (id, items, note) =>
    items.length === 0
      ? null
      : el(
          "ul",
          { id },
          items.map((item) =>
            el("li", {}, el("strong", {}, place(item.at)), ": ", el("q", {}, item.text), ` — ${note(item)}`),
          ),
        );
  $("import-report-body").replaceChildren(
    el("p", {}, `Read as ${report.format}. Recognised: ${recognised || "nothing"}.`),
    el("h3", {}, `Ambiguous (${report.ambiguous.length})`),
    list("import-ambiguous", report.ambiguous, (a) => a.note) ?? el("p", { class: "hint" }, "Nothing."),
    el("h3", {}, `Not used (${report.not_used.length})`),
    list("import-not-used", report.not_used, (n) => n.reason) ?? el("p", { class: "hint" }, "Nothing: every part of the input is in the summary."),
  );
  $("import-report").hidden = false;
}

let downloadUrl = null;

async function importPasted() {
  const name = IMPORTERS[$("paste-format").value];
  const text = $("paste-text").value;
  if (!name) return;
  const button = $("paste-import");
  button.disabled = true;
  let summary;
  let report;
  try {
    const importers = await loadImporters();
    const imported = importers[name](text);
    // The import module gives the summary as plain data; this page's module loads it.
    summary = Summary.fromJSON(imported.summary);
    report = imported.report;
  } catch (error) {
    $("import-report").hidden = true;
    $("paste-download").hidden = true;
    showLoadError(error, "the pasted notes");
    return;
  } finally {
    button.disabled = false;
  }
  state.summary?.free();
  state.summary = summary;
  state.name = "imported-summary.json";
  $("loaded").textContent = `Showing “${summary.title}”, imported from the pasted notes.`;
  resetComparison();
  showProblems(summary.validate());
  fillFilters();
  draw();
  setDownloads(true);
  showImportReport(report);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([summary.toJSONString()], { type: "application/json" }));
  const link = $("paste-download");
  link.href = downloadUrl;
  link.hidden = false;
}

// ---------------------------------------------------------------------------------------------
// Downloads
// ---------------------------------------------------------------------------------------------

function setDownloads(enabled) {
  $("download-html").disabled = !enabled;
  $("download-md").disabled = !enabled || !state.summary;
}

function baseName() {
  return (state.name || "summary").replace(/\.json$/i, "").replace(/[^\w.-]+/g, "-");
}

function download(text, type, extension) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: `${baseName()}-${state.view}.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function downloadHtml() {
  if (state.view === "bulletin" && state.previous) {
    download(bulletin("html"), "text/html", "html");
    return;
  }
  download(state.summary.render({ view: state.view, format: "html" }), "text/html", "html");
}

function downloadMarkdown() {
  if (state.view === "bulletin" && state.previous) {
    download(bulletin("markdown"), "text/markdown", "md");
    return;
  }
  download(state.summary.render({ view: state.view, format: "markdown" }), "text/markdown", "md");
}

// ---------------------------------------------------------------------------------------------
// Wiring
// ---------------------------------------------------------------------------------------------

function wire() {
  $("file").addEventListener("change", (e) => openFile(e.target.files[0]));
  $("previous").addEventListener("change", (e) => openPrevious(e.target.files[0]));
  for (const radio of document.querySelectorAll("input[name=view]")) {
    radio.addEventListener("change", (e) => {
      state.view = e.target.value;
      draw();
    });
  }
  for (const id of ["filter-status", "filter-theme", "filter-owner"]) {
    $(id).addEventListener("change", applyFilters);
  }
  $("download-html").addEventListener("click", downloadHtml);
  $("download-md").addEventListener("click", downloadMarkdown);
  $("paste-import").addEventListener("click", importPasted);

  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes("Files");
  document.addEventListener("dragenter", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth += 1;
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragover", (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  document.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) document.body.classList.remove("dragging");
  });
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove("dragging");
    openFile(e.dataTransfer?.files?.[0]);
  });
}

async function main() {
  setDownloads(false);
  wire();
  await init();
  addSummaryStyles();
  try {
    const response = await fetch(EXAMPLE);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    open(await response.text(), "west-yorkshire-2014/summary.json");
  } catch (error) {
    $("loaded").textContent = `The example could not be loaded (${error.message}); open a file instead.`;
  }
  document.documentElement.dataset.ready = "true";
}

main();
