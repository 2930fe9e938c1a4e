import { inZone } from '../authoring/lines';
import { oneLine } from './escape';
import type { TimelinePicture } from './picture';

/** Every instant a picture draws, so its axis reaches the window's ends and the spans' as well as the entries. */
export function pictureInstants(picture: TimelinePicture): number[] {
  return [
    ...picture.markers.map((m) => m.epochMs),
    ...(picture.window ? [picture.window.fromMs, picture.window.toMs] : []),
    ...picture.spans.flatMap((s) => [s.fromMs, s.toMs]),
  ];
}

/** Wall-clock `HH:mm` in the zone the document writes its times in. */
export function pictureClock(picture: TimelinePicture): (epochMs: number) => string {
  return (epochMs) => inZone(epochMs, picture.zone).toFormat('HH:mm');
}

/** Round clock times inside a stretch: every 15 minutes, 30 or an hour, so labels do not crowd. */
export function axisTicks(fromMs: number, toMs: number): number[] {
  const length = toMs - fromMs;
  const step = (length <= 90 * 60_000 ? 15 : length <= 4 * 60 * 60_000 ? 30 : 60) * 60_000;
  const out: number[] = [];
  for (let t = Math.ceil(fromMs / step) * step; t <= toMs; t += step) out.push(t);
  return out;
}

/** What the times are read in: the zone, and the day the picture starts on when the document dates its times. */
export function pictureCaption(picture: TimelinePicture): string {
  const zone = oneLine(picture.zone);
  if (picture.floating) return `Times in ${zone}`;
  return `Times in ${zone}, ${inZone(Math.min(...pictureInstants(picture)), picture.zone).toISODate() ?? ''}`;
}
