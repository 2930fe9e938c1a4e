import type { Severity } from '../../engine';
import { countSeverities, type FileReport, type FormatContext } from '../report';

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', green: '\x1b[32m' };
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue, hint: ANSI.dim };

/**
 * Readable output, grouped per file: `path:line:col  severity  code  message` (1-based, so
 * terminals and editors open the place), then one summary line.
 */
export function formatStylish(reports: readonly FileReport[], context: FormatContext): string {
  const paint = (style: string, text: string) => (context.color ? `${style}${text}${ANSI.reset}` : text);
  const out: string[] = [];
  for (const report of reports) {
    if (report.fixed) out.push(`${report.displayPath}: fixed ${plural(report.fixed, 'problem')}`);
    if (report.skippedFixes?.length) out.push(skippedLine(report));
    if (report.diagnostics.length === 0) continue;
    out.push(paint(ANSI.dim, `${report.displayPath}: checked against ${report.template} (${report.templateReason})`));
    const rows = report.diagnostics.map((d) => ({
      place: `${report.displayPath}:${d.range.start.line + 1}:${d.range.start.character + 1}`,
      severity: d.severity,
      code: d.code,
      message: d.message.replace(/\s*\n\s*/g, ' '),
    }));
    // Folded, not Math.max(...): a file with 200,000 findings would overflow the stack.
    const widest = (width: (row: (typeof rows)[number]) => number) => rows.reduce((max, row) => Math.max(max, width(row)), 0);
    const placeWidth = widest((r) => r.place.length);
    const severityWidth = widest((r) => r.severity.length);
    const codeWidth = widest((r) => r.code.length);
    for (const row of rows) {
      out.push(
        [
          paint(ANSI.bold, row.place.padEnd(placeWidth)),
          paint(SEVERITY_COLOR[row.severity], row.severity.padEnd(severityWidth)),
          paint(ANSI.dim, row.code.padEnd(codeWidth)),
          row.message,
        ].join('  '),
      );
    }
    out.push('');
  }
  const notPostmortems = context.notPostmortems ? `; ${plural(context.notPostmortems, 'other Markdown file')} left alone as ${context.notPostmortems === 1 ? 'not a postmortem' : 'not postmortems'} (see "include" in the README)` : '';
  out.push(summary(reports, paint) + notPostmortems + (context.skipped ? `; ${plural(context.skipped, 'file')} not linted (see below)` : ''));
  return out.join('\n') + '\n';
}

/** What `--fix` left for the editor, so nobody wonders why a fixable finding remains. */
function skippedLine(report: FileReport): string {
  const fixes = report.skippedFixes!.map((f) => `${f.code} ${f.title} (line ${f.line})`).join('; ');
  return `${report.displayPath}: --fix skipped ${plural(report.skippedFixes!.length, 'fix', 'fixes')} that write template text to fill in, left to the editor's quick fixes: ${fixes}`;
}

function summary(reports: readonly FileReport[], paint: (style: string, text: string) => string): string {
  const counts = countSeverities(reports);
  if (counts.total === 0) return paint(ANSI.green, `No problems in ${plural(reports.length, 'file')}`);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(`${counts.info} info`);
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  const files = reports.filter((r) => r.diagnostics.length > 0).length;
  const line = `${plural(counts.total, 'problem')} (${parts.join(', ')}) in ${plural(files, 'file')}`;
  return paint(ANSI.bold + (counts.error ? ANSI.red : ANSI.yellow), line);
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
