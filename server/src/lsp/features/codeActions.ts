import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import {
  disableForFileEdit, disableForLineEdit, fixAll, missingSections, replacementEdit, sectionInsertEdit, sortTimeline, timeZoneEdit, writableZone,
  type Diagnostic as Finding,
} from '../../engine';
import type { Analysis } from '../analysisCache';
import { FIX_ALL_KIND, INSERT_SECTION_KIND, SORT_TIMELINE_KIND } from '../capabilities';
import { documentEdit } from '../edits/workspaceEdit';
import { DIAGNOSTIC_SOURCE, toLspDiagnostic } from '../mapping';
import { rangesIntersect } from '../ranges';

/**
 * textDocument/codeAction. Quick fixes come from the current analysis, not from the diagnostics
 * the client sends back: those may be from an older version, and their edits would land on moved
 * text. Every edit names the version it was made for.
 */
export function codeActions(analysis: Analysis | undefined, params: CodeActionParams, versioned: boolean): CodeAction[] {
  if (!analysis) return [];
  const { result, uri, version } = analysis;
  const edit = (edits: readonly TextEdit[]) => documentEdit(uri, version, edits, versioned);
  const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];

  const findings = result.diagnostics.filter((f) => rangesIntersect(f.range, params.range));
  if (wanted(CodeActionKind.QuickFix)) {
    for (const finding of findings) {
      const diagnostic = matchingClientDiagnostic(params.context.diagnostics, finding) ?? toLspDiagnostic(finding, version);
      if (finding.fix) {
        actions.push({ title: finding.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(finding.fix.edits) });
      }
    }
    for (const code of new Set(findings.map((f) => f.code))) {
      const finding = findings.find((f) => f.code === code)!;
      const diagnostics = findings.filter((f) => f.code === code).map((f) => matchingClientDiagnostic(params.context.diagnostics, f) ?? toLspDiagnostic(f, version));
      actions.push(
        { title: `Disable ${code} (${finding.alias}) for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: edit([disableForLineEdit(result.document, finding.range.start.line, code)]) },
        { title: `Disable ${code} (${finding.alias}) for this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: edit([disableForFileEdit(result.document, code)]) },
      );
    }
  }

  if (wanted(CodeActionKind.RefactorRewrite)) {
    // A time whose missing zone is already a finding gets that finding's quick fix, not a second one.
    const fixedByFinding = (range: Finding['range']) => result.diagnostics.some((d) => d.code === 'PM013' && d.fix && rangesIntersect(d.range, range));
    const times = result.document.times.filter((t) => rangesIntersect(t.range, params.range) && !fixedByFinding(t.range));
    for (const time of times) {
      const zoneEdit = timeZoneEdit(time);
      if (zoneEdit) actions.push({ title: `Write the time zone: ${time.text} ${writableZone(time.zone, time.epochMs)}`, kind: CodeActionKind.RefactorRewrite, edit: edit([zoneEdit]) });
    }
  }

  const sorting = wanted(SORT_TIMELINE_KIND) ? sortTimeline(result.document) : [];
  if (sorting.length) actions.push({ title: 'Sort the timeline by time', kind: SORT_TIMELINE_KIND, edit: edit(sorting) });

  if (wanted(INSERT_SECTION_KIND)) {
    for (const section of missingSections(result)) {
      const insertion = sectionInsertEdit(result, section.key);
      if (insertion) actions.push({ title: `Insert section "${section.title}"`, kind: INSERT_SECTION_KIND, edit: edit([insertion]) });
    }
  }

  // Fix-all re-lints until nothing is left to fix: worth it when asked for, not on every cursor move.
  const askedFor = params.context.only !== undefined || params.context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (askedFor && wanted(FIX_ALL_KIND) && result.diagnostics.some((d) => d.fix)) {
    const all = replacementEdit(result.document.text, fixAll(result.document.text, analysis.config, result).text);
    if (all) actions.push({ title: 'Fix all postmortem problems', kind: FIX_ALL_KIND, edit: edit([all]) });
  }
  return actions;
}

/** The client's copy of a finding, so the editor links the action to the squiggle it shows. */
function matchingClientDiagnostic(diagnostics: readonly Diagnostic[], finding: Finding): Diagnostic | undefined {
  return diagnostics.find(
    (d) => d.source === DIAGNOSTIC_SOURCE && d.code === finding.code && d.range.start.line === finding.range.start.line && d.range.start.character === finding.range.start.character && d.message === finding.message,
  );
}
