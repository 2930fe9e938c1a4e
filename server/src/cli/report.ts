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
}

export function toFileReport(path: string, displayPath: string, result: LintResult, fixed?: number): FileReport {
  return {
    path,
    displayPath,
    template: result.template.id,
    templateReason: result.templateReason,
    diagnostics: result.diagnostics.map(toReported),
    metrics: result.metrics,
    fixed,
  };
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
  /** Files found but not linted (unreadable, binary, or under a broken config), already reported on stderr. */
  skipped: number;
}
