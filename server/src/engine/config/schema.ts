import { RULES } from '../rules';
import { PRESET_IDS } from '../templates/presets';

const LEVELS = ['off', 'hint', 'info', 'warning', 'error'];

const sectionSchema = {
  type: 'object',
  required: ['key', 'title'],
  additionalProperties: false,
  properties: {
    key: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'A stable id; reuse a preset key (timeline, root-cause, action-items, impact, summary) to keep its checks.' },
    title: { type: 'string', minLength: 1 },
    aliases: { type: 'array', items: { type: 'string' } },
    required: { type: 'boolean', default: false },
    role: { enum: ['summary', 'duration', 'impact', 'timeline', 'detection', 'root-cause', 'resolution', 'action-items', 'lessons', 'other'], default: 'other' },
    description: { type: 'string', default: '' },
    scaffold: { type: 'string', default: '' },
    children: { type: 'array', items: { $ref: '#/definitions/section' } },
  },
};

/** The JSON schema of `.postmortemrc.json`, built from the rules' own metadata. */
export function buildConfigSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    const setting = {
      description: `${rule.id} (${rule.alias}): ${rule.description} Default: ${rule.defaultLevel}.`,
      oneOf: [
        { enum: LEVELS },
        {
          type: 'object',
          additionalProperties: false,
          properties: { level: { enum: LEVELS }, ...((rule.optionsSchema as Record<string, unknown>) ?? {}) },
        },
      ],
    };
    rules[rule.id] = setting;
    rules[rule.alias] = setting;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/postmortem-tools/vscode-postmortem/schemas/postmortemrc.schema.json',
    title: 'Postmortem configuration (.postmortemrc.json)',
    type: 'object',
    additionalProperties: false,
    definitions: { section: sectionSchema },
    properties: {
      $schema: { type: 'string' },
      template: { enum: PRESET_IDS, description: 'The preset to check documents against. Without it (and without extends or sections) the best-fitting preset is chosen per document.' },
      extends: { enum: PRESET_IDS, description: 'A preset that `sections` add to or override.' },
      sections: { type: 'array', items: { $ref: '#/definitions/section' }, description: 'A custom template, or sections added to the `extends` preset (a section with a preset key replaces it).' },
      words: { type: 'object', required: ['min', 'max'], additionalProperties: false, properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 1 } } },
      defaultTimeZone: { type: 'string', description: 'The zone times without one are read in, where the document declares none (for example UTC, PST, Europe/Paris).' },
      include: { type: 'array', items: { type: 'string' }, description: 'Globs of the Markdown files that are postmortems, relative to this file\'s folder (replaces the postmortem.include setting). Files whose front matter names a template or says `type: postmortem`, or whose title says postmortem, incident report or RCA, are postmortems wherever they are.' },
      ignores: { type: 'array', items: { type: 'string' }, description: 'Globs of Markdown files that are never postmortems, relative to this file\'s folder (as in markdownlint-cli2), for example ["drafts/**", "README.md"]. Files named on the command line are still checked.' },
      rules: { type: 'object', additionalProperties: false, properties: rules, description: 'Per-rule levels (off, hint, info, warning, error) and options, by id or alias.' },
    },
  };
}
