// Type-checked (tsc --noEmit --strict) against the shipped typings: the importers. Not run.
import {
  importPolis,
  importTable,
  Summary,
  type ImportOptions,
  type ImportReport,
  type Imported,
  type SourceRef,
} from "yousaid";

const options: ImportOptions = { columns: { "Comments from patients": "you_said" }, title: "Ward feedback" };
const imported: Imported = importTable("You said,We did\nA,B\n", options);
const plain: Imported = importTable("You said\nA\n");
const summary: Summary = imported.summary;
const report: ImportReport = imported.report;
const where: SourceRef = report.not_used[0]!.at;
const row: number | undefined = where.kind === "cell" ? where.row : undefined;
const reading: string = report.ambiguous.map((a) => a.note).join("\n");
const as: string = report.recognised[0]!.as;
const polis: Imported = importPolis("comment-body\nA\n", null);
const both: Imported = importPolis("comment-body\nA\n", "topic,T\n", { title: "T" });

export const usedImport = [summary.title, row, reading, as, polis, both, plain];
