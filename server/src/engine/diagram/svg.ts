import type { LifecycleRole } from '../model';
import { formatMinutes } from '../format/minutes';
import { axisTicks, pictureCaption, pictureClock, pictureInstants } from './axis';
import { oneLine, shorten, xmlText } from './escape';
import type { TimelinePicture } from './picture';
import { timeScale, type TimeScale } from './timeScale';

const WIDTH = 960;
const LEFT = 40;
const RIGHT = WIDTH - 40;
const AXIS_Y = 110;
const ROW = 20;

/** Colours that keep their order of alarm (red onset, green resolution) and read on white. */
export const ROLE_COLOURS: Record<LifecycleRole | 'other', string> = {
  started: '#c62828',
  detected: '#ef6c00',
  acknowledged: '#f9a825',
  escalated: '#6a1b9a',
  mitigated: '#1565c0',
  resolved: '#2e7d32',
  other: '#616161',
};

/**
 * A standalone SVG of the timeline, drawn here so the CLI needs no browser: the time axis with
 * long gaps compressed and marked, the incident window shaded, a marker per entry coloured by its
 * role with its text listed under the axis, and the time-to metrics as bars.
 */
export function timelineSvg(picture: TimelinePicture): string {
  const instants = pictureInstants(picture);
  const scale = timeScale(instants, LEFT, RIGHT);
  const clock = pictureClock(picture);
  const labelsTop = AXIS_Y + 40;
  const spansTop = labelsTop + picture.markers.length * ROW + 20;
  const legendTop = spansTop + picture.spans.length * ROW + 20;
  const height = legendTop + 30;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">${xmlText(oneLine(picture.title))}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="30" font-size="18" font-weight="600" fill="#1f2430">${xmlText(shorten(oneLine(picture.title), 90))}</text>`,
    `<text x="${LEFT}" y="50" fill="#616161">${xmlText(pictureCaption(picture))}</text>`,
    ...incidentWindow(picture, scale),
    ...axis(scale, clock),
    ...markers(picture, scale, clock, labelsTop),
    ...spans(picture, scale, spansTop),
    ...legend(legendTop),
    '</svg>',
  ];
  return parts.join('\n') + '\n';
}

function incidentWindow(picture: TimelinePicture, scale: TimeScale): string[] {
  if (!picture.window) return [];
  const from = scale.x(picture.window.fromMs);
  const to = scale.x(picture.window.toMs);
  const minutes = formatMinutes((picture.window.toMs - picture.window.fromMs) / 60_000);
  return [
    `<rect x="${px(from)}" y="${AXIS_Y - 40}" width="${px(Math.max(to - from, 1))}" height="56" fill="#c62828" fill-opacity="0.1"><title>Incident window: ${minutes}</title></rect>`,
    `<text x="${px(from + 4)}" y="${AXIS_Y - 28}" fill="#c62828">Incident (${minutes})</text>`,
  ];
}

function axis(scale: TimeScale, clock: (epochMs: number) => string): string[] {
  const out = [`<line x1="${LEFT}" y1="${AXIS_Y}" x2="${RIGHT}" y2="${AXIS_Y}" stroke="#424242"/>`];
  for (const stretch of scale.stretches) {
    for (const tick of axisTicks(stretch.fromMs, stretch.toMs)) {
      const x = px(scale.x(tick));
      out.push(`<line x1="${x}" y1="${AXIS_Y}" x2="${x}" y2="${AXIS_Y + 5}" stroke="#424242"/>`, `<text x="${x}" y="${AXIS_Y + 18}" text-anchor="middle" fill="#424242">${clock(tick)}</text>`);
    }
  }
  for (const gap of scale.breaks) {
    const x = px(gap.x);
    const skipped = formatMinutes((gap.toMs - gap.fromMs) / 60_000);
    out.push(
      `<g><title>${skipped} without entries, drawn short</title>`,
      `<rect x="${px(gap.x - 6)}" y="${AXIS_Y - 6}" width="12" height="12" fill="#ffffff"/>`,
      `<path d="M${px(gap.x - 7)} ${AXIS_Y + 6} l6 -12 M${px(gap.x + 1)} ${AXIS_Y + 6} l6 -12" stroke="#424242"/>`,
      `<text x="${x}" y="${AXIS_Y - 10}" text-anchor="middle" fill="#616161" font-style="italic">+${skipped}</text>`,
      '</g>',
    );
  }
  return out;
}

function markers(picture: TimelinePicture, scale: TimeScale, clock: (epochMs: number) => string, top: number): string[] {
  return picture.markers.flatMap((marker, i) => {
    const x = scale.x(marker.epochMs);
    const y = top + i * ROW;
    const colour = ROLE_COLOURS[marker.role ?? 'other'];
    const text = `${clock(marker.epochMs)} ${oneLine(marker.text)}`;
    const anchor = x > (LEFT + RIGHT) / 2 ? 'end' : 'start';
    const textX = anchor === 'end' ? x - 8 : x + 8;
    return [
      `<g><title>${xmlText(text)}${marker.role ? ` (${marker.role})` : ''}</title>`,
      `<line x1="${px(x)}" y1="${AXIS_Y}" x2="${px(x)}" y2="${y - 4}" stroke="${colour}" stroke-opacity="0.4"/>`,
      `<circle cx="${px(x)}" cy="${AXIS_Y}" r="6" fill="${colour}" stroke="#ffffff"/>`,
      `<circle cx="${px(x)}" cy="${y - 4}" r="3" fill="${colour}"/>`,
      `<text x="${px(textX)}" y="${y}" text-anchor="${anchor}" fill="#1f2430">${xmlText(shorten(text, 100))}</text>`,
      '</g>',
    ];
  });
}

function spans(picture: TimelinePicture, scale: TimeScale, top: number): string[] {
  return picture.spans.flatMap((span, i) => {
    const from = scale.x(span.fromMs);
    const to = scale.x(span.toMs);
    const y = top + i * ROW;
    return [
      `<rect x="${px(from)}" y="${y - 10}" width="${px(Math.max(to - from, 2))}" height="12" rx="3" fill="#1565c0" fill-opacity="0.25"/>`,
      `<text x="${px(to + 6)}" y="${y}" fill="#1f2430"${to > RIGHT - 150 ? ` text-anchor="end" dx="-12"` : ''}>${xmlText(span.label)}</text>`,
    ];
  });
}

function legend(top: number): string[] {
  let x = LEFT;
  return Object.entries(ROLE_COLOURS).flatMap(([role, colour]) => {
    const item = [`<circle cx="${x + 5}" cy="${top}" r="5" fill="${colour}"/>`, `<text x="${x + 14}" y="${top + 4}" fill="#424242">${role}</text>`];
    x += 24 + role.length * 7;
    return item;
  });
}

/** Whole pixels and tenths are enough, and keep the file stable across platforms' float printing. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}
