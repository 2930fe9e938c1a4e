/**
 * How the engine's reading agrees with a careful reviewer's, for a folder that holds a
 * `labels.json` (schema: ../shared/corpus/README.md): start, end, duration and time to detect
 * read right, and "missing section" findings for sections that are there. The same comparison as
 * ../shared/tools/reading-score.mjs, run in-process on the engine.
 */
import type { LintResult } from '../server/src/engine';

export interface Label {
  file: string;
  isPostmortem?: boolean;
  sections?: Record<string, boolean>;
  start?: string | null;
  end?: string | null;
  zone?: string | null;
  statedDurationMinutes?: number | null;
  timeToDetectMinutes?: number | null;
}

type Metric = 'start' | 'end' | 'duration' | 'ttd';

export interface LabelledScore {
  documents: number;
  right: Record<Metric, number>;
  stated: Record<Metric, number>;
  missingSectionFindings: number;
  falseMissingSection: number;
  misses: string[];
}

/** Offsets in minutes of the zones labels name, for comparing clock times in UTC. */
const LABEL_ZONES: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WAT: 60, CAT: 120, SAST: 120, EAT: 180, 'EAST AFRICA TIME': 180, 'CENTRAL AFRICAN TIME': 120,
  PST: -480, PDT: -420, PT: -480, 'US/PACIFIC': -480, EST: -300, EDT: -240, 'EASTERN TIME': -300, CET: 60, CEST: 120, ICT: 420, IST: 330,
};

function zoneMinutes(zone: string | null | undefined): number | undefined {
  if (!zone) return undefined;
  const upper = zone.toUpperCase().trim();
  if (upper in LABEL_ZONES) return LABEL_ZONES[upper];
  const m = /^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(upper);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : undefined;
}

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The clock times a written time can mean: as written, and in UTC where its offset or zone is known. */
function clocks(value: string | null | undefined, zone?: string | null): string[] | undefined {
  const m = value ? /(\d{2}):(\d{2})/.exec(value) : null;
  if (!value || !m) return undefined;
  const local = Number(m[1]) * 60 + Number(m[2]);
  const out = new Set([clock(local)]);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  const known = zoneMinutes(zone);
  if (offset) out.add(clock(local - (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))));
  else if (!value.endsWith('Z') && known !== undefined) out.add(clock(local - known));
  return [...out];
}

const ROLE_OF_TITLE: ReadonlyArray<[RegExp, string]> = [
  [/summary|overview/, 'summary'], [/timeline/, 'timeline'], [/root cause|causes/, 'rootCause'], [/resolution|recovery|mitigation/, 'resolution'],
  [/corrective|prevent|lessons/, 'correctiveMeasures'], [/action items|tasks|follow/, 'tasks'],
];

export function scoreLabelled(labels: readonly Label[], resultFor: (file: string) => LintResult | undefined): LabelledScore {
  const score: LabelledScore = {
    documents: 0,
    right: { start: 0, end: 0, duration: 0, ttd: 0 },
    stated: { start: 0, end: 0, duration: 0, ttd: 0 },
    missingSectionFindings: 0,
    falseMissingSection: 0,
    misses: [],
  };
  for (const label of labels) {
    if (label.isPostmortem === false) continue;
    score.documents++;
    const result = resultFor(label.file);
    const metrics = result?.metrics ?? {};
    const check = <T>(metric: Metric, want: T | undefined, got: T | undefined, same: (a: T, b: T) => boolean) => {
      if (want === undefined || want === null) return;
      score.stated[metric]++;
      if (got !== undefined && got !== null && same(want, got)) score.right[metric]++;
      else score.misses.push(`${label.file} ${metric}: label ${JSON.stringify(want)}, read ${JSON.stringify(got ?? null)}`);
    };
    const sameClock = (a: string[], b: string[]) => a.some((x) => b.includes(x));
    const near = (a: number, b: number) => Math.abs(a - b) <= 1;
    check('start', clocks(label.start, label.zone), clocks(metrics.startTime), sameClock);
    check('end', clocks(label.end, label.zone), clocks(metrics.endTime), sameClock);
    check('duration', label.statedDurationMinutes ?? undefined, metrics.durationMinutes, near);
    check('ttd', label.timeToDetectMinutes ?? undefined, metrics.timeToDetectMinutes, near);
    for (const d of result?.diagnostics ?? []) {
      if (d.code !== 'PM001' || !label.sections) continue;
      const title = (/"([^"]+)"/.exec(d.message)?.[1] ?? '').toLowerCase();
      const roles = ROLE_OF_TITLE.filter(([re]) => re.test(title)).map(([, role]) => role);
      if (!roles.length) continue;
      score.missingSectionFindings++;
      if (roles.every((role) => label.sections![role])) {
        score.falseMissingSection++;
        score.misses.push(`${label.file} PM001 "${title}" but the labels say it is there`);
      }
    }
  }
  return score;
}

export function formatScore(name: string, score: LabelledScore): string {
  const pct = (metric: Metric) => `${score.right[metric]}/${score.stated[metric]} (${score.stated[metric] ? Math.round((100 * score.right[metric]) / score.stated[metric]) : 100}%)`;
  return `${name} (${score.documents} labelled): start ${pct('start')}, end ${pct('end')}, duration ${pct('duration')}, ttd ${pct('ttd')}; false "missing section" ${score.falseMissingSection} of ${score.missingSectionFindings} PM001`;
}
