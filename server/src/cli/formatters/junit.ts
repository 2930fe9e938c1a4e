import type { FileReport } from '../report';

/**
 * JUnit XML, for CI dashboards (Jenkins, GitLab, Azure Pipelines): one test suite per file, one
 * failed test case per finding (`file:line:column code`), and one passing case for a clean file
 * so that it still counts. Lines and columns are 1-based.
 */
export function formatJunit(reports: readonly FileReport[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = reports.reduce((n, r) => n + r.diagnostics.length, 0);
  const tests = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  out.push(`<testsuites name="postmortem" tests="${tests}" failures="${failures}" errors="0">`);
  for (const report of reports) {
    const file = escapeXml(report.displayPath);
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, report.diagnostics.length)}" failures="${report.diagnostics.length}" errors="0">`);
    if (report.diagnostics.length === 0) out.push(`    <testcase name="${file}" classname="postmortem" />`);
    for (const d of report.diagnostics) {
      const place = `${report.displayPath}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`    <testcase name="${escapeXml(`${place} ${d.code}`)}" classname="postmortem.${escapeXml(d.code)}" file="${file}">`);
      out.push(`      <failure type="${d.severity}" message="${escapeXml(d.message)}">${escapeXml(`${place} ${d.severity} ${d.code} (${d.alias}): ${d.message}`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Markup characters, and the control characters XML 1.0 cannot hold at all. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}
