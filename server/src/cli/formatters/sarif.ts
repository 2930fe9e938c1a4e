import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocUrl, type Severity } from '../../engine';
import type { FileReport, FormatContext } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/postmortem-tools/vscode-postmortem';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * SARIF 2.1.0, for code-scanning dashboards: the rules' metadata from the engine's rule list,
 * and one result per finding. Regions are 1-based and counted in UTF-16 code units, as the
 * engine counts them (`columnKind`); paths under the working directory are relative to
 * `%SRCROOT%`.
 */
export function formatSarif(reports: readonly FileReport[], context: FormatContext): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const root = pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href;
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmortem',
            version: context.version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.alias,
              shortDescription: { text: rule.description },
              helpUri: ruleDocUrl(rule),
              defaultConfiguration: { level: LEVEL[rule.defaultLevel] },
              properties: { tags: [...rule.tags] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: root } },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) => {
          const href = pathToFileURL(report.path).href;
          const artifactLocation = href.startsWith(root) ? { uri: href.slice(root.length), uriBaseId: SRCROOT } : { uri: href };
          return report.diagnostics.map((d) => ({
            ruleId: d.code,
            ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation,
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          }));
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
