/** Pasted logs (chat, paging, alerting, log files) read as timeline entries; one reader per format. */
export { importTimeline, wholeChange, type TimelineImport, type ImportOptions } from './importTimeline';
export { readPastedEvents, READERS, type ReadPaste } from './detect';
export { entryText } from './placeEvents';
export { parseCsv } from './csv';
export { inTimeline } from './pasteTarget';
export type { TimelineEvent, EventTime, WallTime, ImportFormat, EventReader } from './events';
