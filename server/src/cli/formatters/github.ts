import type { Severity } from '../../engine';
import type { FileReport } from '../report';

/** GitHub Actions has three annotation levels; info and hint findings become notices. */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one line per finding:
 * `::error file=pm.md,line=3,col=1,endLine=3,endColumn=9,title=PM001 required-section::message`.
 * GitHub shows them as annotations on the pull request's diff. Lines and columns are 1-based.
 */
export function formatGithub(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const properties = [
        `file=${escapeProperty(report.displayPath)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`${d.code} ${d.alias}`)}`,
      ];
      return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(d.message)}`;
    }),
  );
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The runner reads `%`, CR and LF in a message as escapes; written raw they would cut it short. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In a property `:` and `,` also end the value. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
