/**
 * Checks shared by every entity's validate(). Each accepts a missing value (null or undefined), so callers decide
 * whether empty is allowed, and none throws.
 */

/** Thrown when code saves a record that breaks its entity's rules; forms show the messages instead of throwing. */
export class ValidationError extends Error {
  readonly errors: Readonly<Record<string, string | undefined>>;

  constructor(errors: Readonly<Record<string, string | undefined>>) {
    super('Invalid ' + Object.keys(errors).join(', '));
    this.name = 'ValidationError';
    this.errors = errors;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** Length of the trimmed text; 0 when missing. */
export function textLength(value: string | null | undefined): number {
  return value === null || value === undefined ? 0 : value.trim().length;
}

/** The trimmed text; '' when missing. */
export function clean(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : value.trim();
}

export function isEmail(value: string | null | undefined): boolean {
  return typeof value === 'string' && EMAIL.test(value.trim());
}

/** Only http(s) links count: anything else (javascript:, data:) must never end up in an href. */
export function isUrl(value: string | null | undefined): boolean {
  if (typeof value !== 'string') {
    return false;
  }
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A real calendar day written YYYY-MM-DD (what <input type="date"> produces). */
export function isDate(value: string | null | undefined): boolean {
  const match = typeof value === 'string' ? DATE.exec(value.trim()) : null;
  if (match === null) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A local date and time written YYYY-MM-DDTHH:MM (what <input type="datetime-local"> produces). */
export function isDateTime(value: string | null | undefined): boolean {
  const match = typeof value === 'string' ? DATE_TIME.exec(value.trim()) : null;
  if (match === null || !isDate(match[1])) {
    return false;
  }
  const seconds = match[4] === undefined ? 0 : Number(match[4]);
  return Number(match[2]) < 24 && Number(match[3]) < 60 && seconds < 60;
}

/** A number input's text as a number: null when empty, NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** A number for a number input: '' when missing. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function numberOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : value;
}

export function numberOr(value: number | null | undefined, fallback: number): number {
  return value === null || value === undefined ? fallback : value;
}
