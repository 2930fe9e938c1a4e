/**
 * What a postmortem template expects. Section keys are shared across presets where the meaning
 * is the same (`timeline`, `root-cause`, `action-items`), so rules can find a section by its
 * role whatever the preset calls it.
 */
export type SectionRole =
  | 'summary'
  | 'duration'
  | 'impact'
  | 'timeline'
  | 'detection'
  | 'root-cause'
  | 'resolution'
  | 'action-items'
  | 'lessons'
  | 'other';

export interface TemplateSection {
  key: string;
  title: string;
  aliases: readonly string[];
  required: boolean;
  role: SectionRole;
  /** What a reviewer expects to read there, shown on hover and in completions. */
  description: string;
  /** Markdown body inserted with the section: placeholders a writer replaces. */
  scaffold: string;
  children?: readonly TemplateSection[];
}

export interface Template {
  id: string;
  name: string;
  description: string;
  sections: readonly TemplateSection[];
  /** Whether its top-level sections have an expected order (true unless said otherwise). */
  ordered?: boolean;
  /** Word count a reviewer asks for, where the template sets one. */
  words?: { min: number; max: number };
}

export function* walkSections(sections: readonly TemplateSection[]): Generator<TemplateSection> {
  for (const section of sections) {
    yield section;
    if (section.children) yield* walkSections(section.children);
  }
}
