/**
 * Reads an advertiser's list of Adjust events as it arrives: copied from Adjust's Events table, a
 * spreadsheet (TSV when copied, CSV when exported), or typed into an e-mail as "Name - token" or
 * "token: name" lines, with header rows, blank lines and chatter around it.
 *
 * Adjust's examples of event tokens are always 6 lowercase letters and digits (`abc123`, `r8oaj2`;
 * ../shared/domain.md, "Event tokens"), so a cell holding exactly that is a token. Nothing here
 * guesses at longer or capitalised words: a line without such a cell is reported, never read as
 * a token.
 */

/** An Adjust event token as Adjust shows it. */
export const EVENT_TOKEN_PATTERN = /^[a-z0-9]{6}$/;

export interface EventListRow {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The event's name as written (may be empty: a token on its own). */
  name: string;
  token: string;
}

export type EventListProblem =
  | { kind: 'no-token'; line: number; text: string }
  | { kind: 'several-tokens'; line: number; text: string; tokens: string[] }
  | { kind: 'duplicate-token'; token: string; lines: number[]; names: string[] }
  | { kind: 'too-long'; read: number; lines: number };

export interface ParsedEventList {
  rows: EventListRow[];
  problems: EventListProblem[];
}

/** Separators tried in this order; the first one a line contains splits it into cells. */
const CELL_SEPARATORS: readonly RegExp[] = [
  /\t/,
  /\s*\|\s*/,
  /\s*;\s*/,
  // "Name - token", "Name – token", "Name — token": a dash with spaces, so "sign-up" stays whole.
  /\s+[-–—]+\s+/,
  /\s*(?:->|→|=>|=)\s*/,
  // "token: name" and "Name: token"; a colon inside a word (a URL, a time) does not split.
  /\s*:\s+|\s*:$/,
];

/** A line naming a token column ("Event name, Event token") is a header, not a problem. */
const HEADER_WORDS = /\btokens?\b/i;
/** Bounds the work on a huge paste: an event list has tens of lines, not thousands. */
export const MAX_LINES = 2_000;
const MAX_LINE_LENGTH = 2_000;

/** Splits one CSV line, honouring double quotes ("Level 5, hard",abc123). */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** The line as cells, and whether they came from plain spaces (the weakest separator). */
function splitCells(line: string): { cells: string[]; bySpaces: boolean } {
  for (const separator of CELL_SEPARATORS.slice(0, 3)) {
    if (separator.test(line)) return { cells: line.split(separator), bySpaces: false };
  }
  if (line.includes(',')) return { cells: splitCsv(line), bySpaces: false };
  for (const separator of CELL_SEPARATORS.slice(3)) {
    if (separator.test(line)) return { cells: line.split(separator), bySpaces: false };
  }
  // Columns aligned with spaces (a table pasted from a PDF or a plain-text e-mail).
  if (/\S\s{2,}\S/.test(line)) return { cells: line.split(/\s{2,}/), bySpaces: false };
  return { cells: line.split(/\s+/), bySpaces: true };
}

const clean = (cell: string) =>
  cell
    .trim()
    .replace(/^["'`«“‘]+|["'`»”’]+$/g, '')
    .trim();
const hasDigit = (text: string) => /\d/.test(text);

/**
 * Which cell is the token: the header's token column when known; else the only token-like cell;
 * else the only one with a digit (a name like "signup" is token-shaped, a real token rarely lacks
 * a digit). With words split by spaces only the first and last word can be the token.
 */
function pickToken(
  cells: string[],
  bySpaces: boolean,
  tokenColumn: number | null,
): { index: number } | { several: string[] } | null {
  const atColumn = tokenColumn === null ? undefined : cells[tokenColumn];
  if (tokenColumn !== null && atColumn !== undefined && EVENT_TOKEN_PATTERN.test(atColumn))
    return { index: tokenColumn };
  const allowed = (i: number) => !bySpaces || i === 0 || i === cells.length - 1;
  const candidates = cells
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell, index }) => allowed(index) && EVENT_TOKEN_PATTERN.test(cell));
  const [only] = candidates;
  if (only === undefined) return null;
  if (candidates.length === 1) return { index: only.index };
  const withDigit = candidates.filter(({ cell }) => hasDigit(cell));
  const [digitOnly] = withDigit;
  if (withDigit.length === 1 && digitOnly) return { index: digitOnly.index };
  return { several: candidates.map(({ cell }) => cell) };
}

/** The event name: with spaces the other words; otherwise the first other cell with a letter. */
function pickName(cells: string[], tokenIndex: number, bySpaces: boolean): string {
  const others = cells.filter((_, i) => i !== tokenIndex);
  if (bySpaces) return others.join(' ').trim();
  return others.find((cell) => /\p{L}/u.test(cell)) ?? '';
}

function tokenColumnOf(cells: string[]): number | null {
  const index = cells.findIndex((cell) => /\btokens?\b/i.test(cell));
  return index === -1 ? null : index;
}

function duplicates(rows: readonly EventListRow[]): EventListProblem[] {
  const byToken = new Map<string, EventListRow[]>();
  for (const row of rows) byToken.set(row.token, [...(byToken.get(row.token) ?? []), row]);
  return [...byToken]
    .filter(([, seen]) => seen.length > 1)
    .map(([token, seen]) => ({
      kind: 'duplicate-token',
      token,
      lines: seen.map((row) => row.line),
      names: seen.map((row) => row.name),
    }));
}

/** Reads every line; never throws. Rows keep the order of the text. */
export function parseEventList(text: string): ParsedEventList {
  const rows: EventListRow[] = [];
  const problems: EventListProblem[] = [];
  let tokenColumn: number | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > MAX_LINES)
    problems.push({ kind: 'too-long', read: MAX_LINES, lines: lines.length });
  lines.slice(0, MAX_LINES).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim().slice(0, MAX_LINE_LENGTH);
    // Blank lines and rulers ("|---|---|", "-----") carry nothing.
    if (!/[\p{L}\p{N}]/u.test(trimmed)) return;
    const { cells: rawCells, bySpaces } = splitCells(trimmed);
    const cells = rawCells.map(clean);
    const picked = pickToken(cells, bySpaces, tokenColumn);
    if (picked === null) {
      // A header row names the columns; it is no problem, and says where the token is.
      if (!HEADER_WORDS.test(trimmed)) problems.push({ kind: 'no-token', line, text: trimmed });
      else if (!bySpaces) tokenColumn = tokenColumnOf(cells);
      return;
    }
    if ('several' in picked) {
      problems.push({ kind: 'several-tokens', line, text: trimmed, tokens: picked.several });
      return;
    }
    const token = cells[picked.index] ?? '';
    rows.push({ line, name: pickName(cells, picked.index, bySpaces), token });
  });
  return { rows, problems: [...problems, ...duplicates(rows)] };
}
