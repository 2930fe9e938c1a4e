import type { Diagnostic, LintResult, Metrics, Range, Severity } from '../engine';

/** One finding as the formatters print it: the engine's diagnostic without its fix edits. */
export interface ReportedDiagnostic {
  code: string;
  alias: string;
  severity: Severity;
  message: string;
  range: Range;
  fixable: boolean;
}

/** What the CLI keeps of one linted file; documents themselves are dropped as soon as they are linted. */
export interface FileReport {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the working directory, with `/` separators. */
  displayPath: string;
  template: string;
  /** Why that template: configured, or the best fit for the document. */
  templateReason: string;
  diagnostics: ReportedDiagnostic[];
  metrics: Metrics;
  /** How many fixes `--fix` applied and wrote; undefined without `--fix`. */
  fixed?: number;
  /** The fixes `--fix` left for the editor because they write text to fill in; undefined without `--fix`. */
  skippedFixes?: SkippedFix[];
}

/** A fix `--fix` did not apply: it inserts a scaffold or a title, not a mechanical change. */
export interface SkippedFix {
  code: string;
  title: string;
  /** 1-based, as the stylish output prints lines. */
  line: number;
}

export function toFileReport(path: string, displayPath: string, result: LintResult, fixed?: number, skipped?: SkippedFix[]): FileReport {
  return {
    path,
    displayPath,
    template: result.template.id,
    templateReason: result.templateReason,
    diagnostics: result.diagnostics.map(toReported),
    metrics: result.metrics,
    fixed,
    skippedFixes: skipped,
  };
}

/** The fixes of a lint result that `--fix` does not apply. */
export function skippedFixes(result: LintResult): SkippedFix[] {
  return result.diagnostics.filter((d) => d.fix && !d.fix.safe).map((d) => ({ code: d.code, title: d.fix!.title, line: d.range.start.line + 1 }));
}

function toReported(d: Diagnostic): ReportedDiagnostic {
  return { code: d.code, alias: d.alias, severity: d.severity, message: d.message, range: d.range, fixable: d.fix !== undefined };
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  total: number;
}

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0, total: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      counts[d.severity]++;
      counts.total++;
    }
  }
  return counts;
}

/** What every formatter is given besides the reports. */
export interface FormatContext {
  cwd: string;
  color: boolean;
  version: string;
  /** Files found but not linted (unreadable, binary, or under a broken config), reported on stderr after the report. */
  skipped: number;
  /** Markdown files a directory walk or glob found that are not postmortems, left alone. */
  notPostmortems: number;
}
