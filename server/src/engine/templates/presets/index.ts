import type { Template } from '../template';
import { alx } from './alx';
import { googleSre } from './googleSre';
import { pagerduty } from './pagerduty';
import { atlassian } from './atlassian';
import { generic } from './generic';

export const PRESETS: readonly Template[] = [alx, googleSre, pagerduty, atlassian, generic];

/** What a document is read against when it clearly follows none of the others. */
export const GENERIC: Template = generic;

export const PRESET_IDS = PRESETS.map((t) => t.id);

export function findPreset(id: string): Template | undefined {
  return PRESETS.find((t) => t.id === id);
}
