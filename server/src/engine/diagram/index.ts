/** The timeline drawn: a mermaid block kept in the document, and a standalone SVG. */
export { timelinePicture, type TimelinePicture, type PictureMarker, type PictureSpan, type SpanMetric } from './picture';
export { mermaidGantt, mermaidBlock, DIAGRAM_MARKER } from './mermaid';
export { timelineSvg, ROLE_COLOURS } from './svg';
export { mermaidText, xmlText, oneLine, shorten } from './escape';
export { timeScale, LONG_GAP_MS, type TimeScale } from './timeScale';
export { findDiagramBlock, timelineDiagramEdit, type DiagramBlock } from './block';
export { timelineView, ROLE_LABELS, MIN_MARKER_SPACING, type TimelineView, type TimelineViewMarker, type MarkerRole } from './timelineView';
