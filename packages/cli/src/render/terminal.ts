/**
 * Plain-text helpers for the terminal: making untrusted text safe to print,
 * wrapping to a width, optional colour, and dates in words.
 */

/** The width the text report is laid out for. */
export const REPORT_WIDTH = 80;

/**
 * Makes text from a manifest safe to print to a terminal: control characters
 * (which could move the cursor, clear the screen or set the title) and
 * bidirectional overrides (which could reorder what is seen) are shown as
 * `\uXXXX`. Line breaks and tabs become spaces: the report does its own layout.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Wraps text into lines of at most `width` characters, the first starting
 * with `first` and the rest with `rest` (both included in the width). Words
 * longer than a line are left whole rather than broken.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const words = cleanText(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (!empty && [...candidate].length > width) {
      lines.push(line);
      line = `${rest}${word}`;
    } else {
      line = candidate;
    }
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

export interface Style {
  bold(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  dim(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colour: Style = {
  bold: sgr(1, 22),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  red: sgr(31, 39),
  dim: sgr(2, 22),
};

const same = (text: string) => text;
export const plain: Style = { bold: same, green: same, yellow: same, red: same, dim: same };

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>> | undefined): boolean {
  const noColor = env?.['NO_COLOR'];
  return isTTY === true && (noColor === undefined || noColor === '');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-06-12` → `12 June 2025`; anything else is returned as it is (cleaned). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return cleanText(iso);
  return `${Number(m[3])} ${month} ${m[1]}`;
}
