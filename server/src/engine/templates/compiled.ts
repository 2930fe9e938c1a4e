import type { SectionRole, Template, TemplateSection } from './template';
import { walkSections } from './template';

/**
 * A template's structure, worked out once: its sections by key, each one's parent, and the keys
 * that have each role. Templates do not change once made, so every template is compiled on first
 * use and kept; rules, readers and editor features ask it instead of walking the sections again.
 */
export interface CompiledTemplate {
  readonly template: Template;
  section(key: string | undefined): TemplateSection | undefined;
  parent(key: string): TemplateSection | undefined;
  isTopLevel(key: string): boolean;
  keysWithRole(...roles: SectionRole[]): ReadonlySet<string>;
}

const compiled = new WeakMap<Template, CompiledTemplate>();

export function compileTemplate(template: Template): CompiledTemplate {
  let known = compiled.get(template);
  if (known) return known;
  const byKey = new Map<string, TemplateSection>();
  const parents = new Map<string, TemplateSection>();
  const byRole = new Map<SectionRole, Set<string>>();
  for (const section of walkSections(template.sections)) {
    if (!byKey.has(section.key)) byKey.set(section.key, section);
    for (const child of section.children ?? []) parents.set(child.key, section);
    const keys = byRole.get(section.role) ?? new Set<string>();
    keys.add(section.key);
    byRole.set(section.role, keys);
  }
  const top = new Set(template.sections.map((s) => s.key));
  const unions = new Map<string, ReadonlySet<string>>();
  known = {
    template,
    section: (key) => (key === undefined ? undefined : byKey.get(key)),
    parent: (key) => parents.get(key),
    isTopLevel: (key) => top.has(key),
    keysWithRole(...roles) {
      const name = roles.join(',');
      let keys = unions.get(name);
      if (!keys) {
        keys = new Set(roles.flatMap((role) => [...(byRole.get(role) ?? [])]));
        unions.set(name, keys);
      }
      return keys;
    },
  };
  compiled.set(template, known);
  return known;
}
