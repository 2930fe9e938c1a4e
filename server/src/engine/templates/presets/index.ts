import type { Template } from '../template';
import { alx } from './alx';
import { googleSre } from './googleSre';
import { pagerduty } from './pagerduty';
import { atlassian } from './atlassian';

export const PRESETS: readonly Template[] = [alx, googleSre, pagerduty, atlassian];

export const PRESET_IDS = PRESETS.map((t) => t.id);

export function findPreset(id: string): Template | undefined {
  return PRESETS.find((t) => t.id === id);
}
