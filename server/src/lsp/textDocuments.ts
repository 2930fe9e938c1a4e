import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The server's copy of each open document, kept equal to the client's. vscode-languageserver-
 * textdocument 1.0.12 updates its line table wrongly when an incremental change joins a CR and an
 * LF into one CRLF (a CR inserted before an LF, an LF after a lone CR, or the text between them
 * deleted): it then counts three lines in "a\r\nb", and every later position, finding and edit is
 * computed on the wrong text. VS Code sends LF or CRLF only; other clients do not. A change that
 * touches a line break is applied to the text and the document rebuilt, which reads its line
 * table afresh; other changes take the library's fast path.
 */
export const documentsConfiguration: TextDocumentsConfiguration<TextDocument> = {
  create: TextDocument.create,
  update(document, changes, version) {
    let current = document;
    for (const change of changes) {
      if (!touchesLineBreak(current, change)) {
        current = TextDocument.update(current, [change], version);
        continue;
      }
      const text = current.getText();
      const next = 'range' in change
        ? text.slice(0, current.offsetAt(change.range.start)) + change.text + text.slice(current.offsetAt(change.range.end))
        : change.text;
      current = TextDocument.create(current.uri, current.languageId, version, next);
    }
    return current;
  },
};

const LINE_BREAK = /[\r\n]/;

function touchesLineBreak(document: TextDocument, change: TextDocumentContentChangeEvent): boolean {
  if (!('range' in change)) return false;
  if (LINE_BREAK.test(change.text)) return true;
  const text = document.getText();
  const start = document.offsetAt(change.range.start);
  const end = document.offsetAt(change.range.end);
  return text[start - 1] === '\r' || text[end] === '\n' || LINE_BREAK.test(text.slice(start, end));
}
