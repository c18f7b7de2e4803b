// Type-checked (tsc --noEmit --strict) against the shipped typings: every function of the
// package, with the types a user would write. Not run.
import {
  Summary,
  AsOf,
  diff,
  Renderer,
  locate,
  statusLabel,
  type RenderOptions,
  type BulletinOptions,
  type Position,
  schema,
  stylesheet,
  version,
  type Changes,
  type ActionRecord,
  type ActionState,
  type CoverageReport,
  type JSONSchema,
  type OutcomeView,
  type Pair,
  type Problem,
  type ProgressRecord,
  type Report,
  type StatusCounts,
  type SuggestionRecord,
  type SummaryData,
  type YousaidError,
  type Action,
  type Engagement,
  type Question,
  type Suggestion,
  type Theme,
  type Status,
  type Stance,
  type SuggestionKind,
  type Severity,
  type Results,
} from "yousaid";

const data: SummaryData = { format: "yousaid/2", title: "Library consultation" };
const fromObject: Summary = Summary.fromJSON(data);
const summary: Summary = Summary.fromJSON('{"format": "yousaid/1", "title": "t"}');
const fromBytes = (bytes: Uint8Array | ArrayBuffer): Summary => Summary.fromJSON(bytes);

const back: SummaryData = summary.toJSON();
const text: string = summary.toJSONString();
const compact: string = fromObject.toJSONString(false);
const report: Report = summary.validate();
const problems: Problem[] = report.problems;
const firstCode: string | undefined = problems[0]?.code;

const title: string = summary.title;
const engagements: Engagement[] = summary.engagements;
const questions: Question[] = summary.questions;
const themes: Theme[] = summary.themes;
const suggestions: Suggestion[] = summary.suggestions;
const actions: Action[] = summary.actions;
const one: Suggestion | undefined = summary.suggestion("s1");
const act: Action | undefined = summary.action("a1");

const view: AsOf = summary.asOf("2025-03-01");
const now: AsOf = summary.asOf();
const alsoNow: AsOf = summary.asOf(null);
const date: string | undefined = view.date;
const cutoff: string | undefined = now.cutoff;
const states: ActionState[] = view.actionStates();
const state: ActionState | undefined = view.actionState("a1");
const status: Status | null | undefined = state?.status;
const counts: StatusCounts = view.statusCounts();
const unstated: number = counts.unstated;
const overdue: ActionState[] = view.overdue();
const barriers: ActionState[] = view.withOpenBarriers();
const waiting: ActionState[] = view.waitingOnDependencies();
const pairs: Pair[] = view.pairs();
const coverage: CoverageReport = view.coverage();
const plan: OutcomeView[] = view.planView();
// The result types are generated from the results schema: these fields are checked against it.
const percent: number | null | undefined = state?.percent;
const blockedBy: string[] | undefined = state?.blocked_by;
const actionThemes: string[] | undefined = state?.themes;
const basis = state?.percent_basis;
const averaged: [number, number] | undefined = basis ? [basis.stated, basis.of] : undefined;
const byStatus: [Status | null, number][] = counts.by_status.map((c) => [c.status, c.count]);
const unanswered: string[] = coverage.unanswered.map((u) => `${u.id}: ${u.text}`);
const byStance: Stance[] = coverage.by_stance.map((c) => c.stance);
const neither: number = coverage.overall.neither + (coverage.by_theme[0]?.counts.neither ?? 0);
const planned: number = plan.reduce((n, o) => n + o.done + o.unstated + o.actions.length, 0);
const answeredBy: (Status | null)[] = pairs.flatMap((p) => p.answers.map((a) => a.state.status));
const severity: Severity | undefined = problems[0]?.severity;
const omitted: number = report.omitted;
const anyResult: Results = counts;

const states2: ActionState[] = summary.actionStates("2025-03-01");
const counts2: StatusCounts = summary.statusCounts();
const overdue2: ActionState[] = summary.overdue("2025-04-01");
const pairs2: Pair[] = summary.pairs(null);
const through: string | undefined = pairs2[0]?.answer?.through;
const coverage2: CoverageReport = summary.coverage(null);
const plan2: OutcomeView[] = summary.planView(null);

const rows = summary.records("actions") as ActionRecord[];
const srows = summary.records("suggestions") as SuggestionRecord[];
const prows = summary.records("progress") as ProgressRecord[];
const then = summary.records("actions", "2025-03-01") as ActionRecord[];
const viewRows = summary.asOf("2025-03-01").records("actions") as ActionRecord[];
const current: Status | null = rows[0]!.status;
const declared: Status | null = rows[0]!.declared_status;
const declaredPercent: number | null = then[0]!.declared_percent;
const rolledUp: boolean = viewRows[0]!.rolled_up && then[0]!.overdue;
const kind: SuggestionKind = srows[0]!.kind;
const stance: Stance | null = srows[0]!.stance;
const logged: Status | null = prows[0]!.status;

summary.recordProgress("a1", { date: "2025-05-01", status: "done", note: "Opened" });
summary.respond("s1", { stance: "accepted", text: "From May." });
summary.addPoint("s1", { id: "s1.1", text: "In winter too" });
summary.addSubAction("a1", { id: "a1.1", title: "Staff rota" });

summary.stamp("2025-12-01", "First report.");
summary.stamp("2026-01-01");
const changes: Changes = diff(fromObject, summary);
const added: string[] = changes.actions.added.map((a) => a.id);
const moved: (string | null)[] = changes.dates.map((d) => d.new);
const edited: unknown[] = changes.summary.map((f) => f.new);
const statusChanges: [Status | null, Status | null][] = changes.status_changes.map((c) => [c.old, c.new]);
const events: ("noted" | "resolved" | "removed")[] = changes.barriers.map((b) => b.event);
const removed: (string | null)[] = changes.suggestions.removed.map((i) => i.parent);

const page: string = summary.render();
const options: RenderOptions = { view: "tracker", format: "markdown", asOf: "2025-03-01", width: 60 };
const md: string = summary.render(options);
const renderer = new Renderer();
renderer.addTemplate("mine.md", "# {{ summary.title }}");
const mine: string = renderer.render(summary, { template: "mine.md" });
renderer.addTemplate("plain.html", "{{ summary.title }}", "text");
const once: string = summary.render({ format: "md", templateSource: "# {{ summary.title }}" });
const onDay: string = summary.render({ asOf: new Date(2025, 2, 1) });
const onDate: AsOf = summary.asOf(new Date(2025, 2, 1));
summary.stamp(new Date(2026, 1, 1));
const label: string = statusLabel("in_progress");
const noLabel: string = statusLabel(null);

const older: Summary = summary.clone();
const bopts: BulletinOptions = { format: "markdown", width: 60 };
const bulletinMd: string = summary.bulletin(older, bopts);
const bulletinPage: string = summary.bulletin(older);
renderer.addTemplate("short.txt", "{{ status_changes|length }} changes");
const bulletinMine: string = renderer.renderBulletin(older, summary, { template: "short.txt" });

const empty: Summary = new Summary("Library consultation");
const same: boolean = empty.equals(summary);
const indented: string = summary.toJSONString(4);
summary.check();
const places: (Position | null)[] = locate(text, report.problems.map((p) => p.path));
const firstLine: number | undefined = places[0]?.line;

const sc: JSONSchema = schema();
const v: string = version();
const css: string = stylesheet();

try {
  Summary.fromJSON("{");
} catch (e) {
  const err = e as YousaidError;
  if (err.name === "YousaidError" && err.code === "json-syntax") {
    const where: [string | null, number | null, number | null] = [err.path, err.line, err.column];
    const listed: Problem[] = err.problems;
    void where;
    void listed;
  }
}

summary.free();

export const used = [
  back, text, compact, firstCode, title, engagements, questions, themes, suggestions, actions, one,
  act, date, cutoff, states, status, counts, unstated, overdue, barriers, waiting, pairs, coverage, plan,
  page, md, mine, alsoNow, states2, counts2, changes, added, moved, overdue2, pairs2, through, coverage2, plan2, rows, srows, prows, sc, v, css,
  bulletinMd, bulletinPage, bulletinMine, same, indented, firstLine, fromBytes, then, viewRows, current,
  declared, declaredPercent, rolledUp, percent, blockedBy, actionThemes, averaged, byStatus, unanswered, byStance, neither,
  planned, answeredBy, severity, omitted, anyResult, kind, stance, logged, edited, statusChanges, events,
  removed,
  once, onDay, onDate, label, noLabel,
];
