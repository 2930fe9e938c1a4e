/** What both webview scripts share: building elements from text (never from markup) and talking to the extension. */

interface VsCodeApi<M> {
  postMessage(message: M): void;
}
declare function acquireVsCodeApi<M>(): VsCodeApi<M>;

/** The extension's side of the webview; acquireVsCodeApi may be called once per page. */
export function extension<M>(): VsCodeApi<M> {
  return acquireVsCodeApi<M>();
}

/** An element with a class and text; user text goes in as text, so it can never become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An element a screen reader names by `label` (a chart's part, a list of roles). */
export function labelled<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, label: string): HTMLElementTagNameMap[K] {
  const node = el(tag, className);
  node.setAttribute('aria-label', label);
  return node;
}

/**
 * A position or length along a chart, set through the CSS object model: the content security
 * policy forbids style attributes in markup, not properties set from the page's own script.
 */
export function place(node: HTMLElement, property: 'left' | 'width' | 'height' | 'top', fraction: number): void {
  node.style.setProperty(property, `${(fraction * 100).toFixed(2)}%`);
}

/** Replaces the page's content with `nodes`. */
export function show(root: HTMLElement, ...nodes: Node[]): void {
  root.replaceChildren(...nodes);
}

/** Calls `handle` with each message the extension posts. */
export function onMessage<M>(handle: (message: M) => void): void {
  window.addEventListener('message', (event: MessageEvent<M>) => handle(event.data));
}
