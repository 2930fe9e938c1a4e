/**
 * The messages between the extension and its two webviews, declared once for both sides. A
 * webview says `ready` once its script listens (anything posted before would be lost, and a
 * hidden webview is reloaded when shown again), and `rendered` with what it drew after each
 * picture, so the extension's log and its tests see what a person sees.
 */
import type { ReportView } from '../../server/src/engine/rollup/report';
import type { TimelineView } from '../../server/src/engine/diagram/timelineView';

export type ToTimeline = {
  type: 'timeline';
  /** The document's file name, for the heading when there is nothing to draw. */
  fileName: string;
  view: TimelineView | null;
};

export type FromTimeline =
  | { type: 'ready' }
  /** A marker was clicked, or Enter pressed on it: show its line (0-based) in the editor. */
  | { type: 'reveal'; line: number }
  | { type: 'rendered'; lines: number[] };

export type ToReport = { type: 'report'; report: ReportView | null };

export type FromReport =
  | { type: 'ready' }
  /** A row was clicked: open its document (a URI the report listed) at the line (0-based). */
  | { type: 'open'; uri: string; line: number }
  | { type: 'rendered'; months: number; items: number; rows: number };
