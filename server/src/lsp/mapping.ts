import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ConfigProblem, Diagnostic as Finding, Severity } from '../engine';
import type { Analysis, DocumentNote } from './analysisCache';

/**
 * The one place engine findings become LSP diagnostics. Engine positions are already LSP
 * positions (0-based line, UTF-16 column), so ranges pass through unchanged.
 */

export const DIAGNOSTIC_SOURCE = 'postmortem';
/** The code of a diagnostic about the settings or a `.postmortemrc.json`, not about the document. */
export const CONFIG_CODE = 'config';

/** What a diagnostic carries for its quick fix; `version` says which text the fix's edits are for. */
/**
 * What a diagnostic carries for the client: its rule's alias, the version it was made for, and
 * whether a quick fix exists. The fix's edits are computed when a code action is asked for, not
 * sent with every diagnostic (a reversed 200-entry timeline made 1.9 MB of diagnostics).
 */
export interface DiagnosticData {
  alias: string;
  version: number;
  fixable: boolean;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(finding: Finding, version: number): Diagnostic {
  const data: DiagnosticData = { alias: finding.alias, version, fixable: finding.fix !== undefined };
  return {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.docUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

export function noteDiagnostic(note: DocumentNote, firstLine: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    // A warning: the mistake, if any, is an error where it is written (the config file).
    severity: DiagnosticSeverity.Warning,
    code: CONFIG_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: note.message,
    relatedInformation: note.cause && [{ location: { uri: note.cause.uri, range: note.cause.range }, message: note.cause.message }],
  };
}

/** A problem in a config file, shown on that file where the mistake is written (line 1 when it cannot be placed). */
export function configProblemDiagnostic(problem: ConfigProblem): Diagnostic {
  const start = { line: 0, character: 0 };
  return {
    range: problem.range ?? { start, end: start },
    severity: DiagnosticSeverity.Error,
    code: CONFIG_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}

/** Everything the user should see on a postmortem: notes on how it was checked first, then the findings. */
export function analysisDiagnostics(analysis: Analysis): Diagnostic[] {
  const firstLine = analysis.result.document.lines[0] ?? '';
  return [
    ...analysis.notes.map((n) => noteDiagnostic(n, firstLine)),
    ...analysis.result.diagnostics.map((d) => toLspDiagnostic(d, analysis.version)),
  ];
}

