import type { PostmortemDocument, Range, Severity } from '../model';
import type { Template } from '../templates/template';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Mechanical: it writes nothing the user must then replace (a zone, an order). `postmortem lint
   * --fix` applies only these; fixes that insert scaffolds or titles stay editor actions.
   */
  safe?: boolean;
}

/** What a rule reports; levels are applied later, from the configuration. */
export interface Finding {
  message: string;
  range: Range;
  fix?: Fix;
}

export type RuleTag = 'structure' | 'time' | 'timeline' | 'content' | 'action-items' | 'blameless' | 'style';

export interface RuleContext<Options> {
  document: PostmortemDocument;
  template: Template;
  options: Options;
  report(finding: Finding): void;
}

export interface Rule<Options = Record<string, never>> {
  /** Stable id, `PMnnn`. */
  id: string;
  /** Readable kebab-case alias, usable wherever the id is. */
  alias: string;
  description: string;
  defaultLevel: Severity;
  /**
   * The default level when no template is named (by config or front matter) and the engine
   * chose one: a guessed rubric is advice, not a reason to fail a build.
   */
  levelWhenTemplateGuessed?: Severity;
  tags: readonly RuleTag[];
  fixable: boolean;
  /** The rule's options with their defaults, and their JSON schema for the config file. */
  defaultOptions: Options;
  optionsSchema?: Record<string, unknown>;
  /** Markdown for the rule's documentation page: why it matters and how to fix it. */
  rationale: string;
  check(context: RuleContext<Options>): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
