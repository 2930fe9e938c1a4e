import { open } from 'node:fs/promises';
import { describeFsError } from './fsErrors';

/** Larger files are refused rather than risking the process's memory; 10 MB postmortems lint fine. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** How much of the start of a file is checked for NUL bytes, as git and grep do. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export type DocumentRead =
  /** `bom`: the file started with a UTF-8 byte-order mark, which `text` leaves out; write it back with the text. */
  | { ok: true; text: string; bom: boolean }
  /** Why the file cannot be linted, as words that follow its name: "is a binary file". */
  | { ok: false; problem: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads a document as UTF-8 text. Binary files (a NUL byte early on), UTF-16 files, invalid UTF-8
 * and oversized files are refused with a reason instead of being linted as garbage, and so are
 * never rewritten by a fix.
 */
export async function readDocument(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<DocumentRead> {
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) return { ok: false, problem: 'is a directory' };
      if (info.size > maxBytes) return { ok: false, problem: `is too large to lint (${size(info.size)}; the limit is ${size(maxBytes)})` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: describeFsError(error) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'is UTF-16 text; save it as UTF-8 to lint it' };
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, problem: 'is a binary file (it has NUL bytes), not Markdown; skipped' };
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, bom };
  } catch {
    return { ok: false, problem: 'is not valid UTF-8 text; skipped' };
  }
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
