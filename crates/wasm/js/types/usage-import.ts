// Type-checked (tsc --noEmit --strict) against the shipped typings: the importers of
// `yousaid/import`, whose summary is plain data for the main module's `Summary.fromJSON`.
// Not run.
import { Summary, type SummaryData as MainSummaryData } from "yousaid";
import {
  importPolis,
  importTable,
  type ImportOptions,
  type ImportReport,
  type Imported,
  type SourceRef,
  type RecognisedAs,
  type ImportFormat,
  type SummaryData,
  type YousaidError,
} from "yousaid/import";

const options: ImportOptions = { columns: { "Comments from patients": "you_said" }, title: "Ward feedback" };
const imported: Imported = importTable("You said,We did\nA,B\n", options);
const plain: Imported = importTable("You said\nA\n");
const data: SummaryData = imported.summary;
const same: MainSummaryData = data;
const summary: Summary = Summary.fromJSON(imported.summary);
const report: ImportReport = imported.report;
const where: SourceRef = report.not_used[0]!.at;
const row: number | undefined = where.kind === "cell" ? where.row : undefined;
const reading: string = report.ambiguous.map((a) => a.note).join("\n");
const as: RecognisedAs = report.recognised[0]!.as;
const format: ImportFormat = report.format;
const similarity: number | undefined = report.merges[0]?.merged[0]?.similarity;
const polis: Imported = importPolis("comment-body\nA\n", null);
const both: Imported = importPolis("comment-body\nA\n", "topic,T\n", { title: "T" });
const code = (e: YousaidError): string => e.code;

// In the browser: loaded only when the user imports.
export async function importInPage(notes: string): Promise<Summary> {
  const web = await import("yousaid/web/import");
  await web.default();
  const { summary: fromNotes }: Imported = web.importOutline(notes, { mergeThreshold: 0.8 });
  return Summary.fromJSON(fromNotes);
}

export const usedImport = [
  summary.title, same.title, row, reading, as, format, similarity, polis, both, plain, code,
];
