const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAX_DATE_LENGTH = 64;

function integer(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || text.length === 0 || text.length > 4) return undefined;
  let value = 0;
  for (let index = 0; index < text.length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value >= min && value <= max ? value : undefined;
}

function month(text: string | undefined): number | undefined {
  const index = text === undefined ? -1 : MONTHS.indexOf(text.toLowerCase());
  return index < 0 ? undefined : index;
}

function time(text: string | undefined): [number, number, number] | undefined {
  const parts = text?.split(':');
  if (parts?.length !== 3) return undefined;
  const hours = integer(parts[0], 0, 23);
  const minutes = integer(parts[1], 0, 59);
  const seconds = integer(parts[2], 0, 60);
  return hours === undefined || minutes === undefined || seconds === undefined ? undefined : [hours, minutes, seconds];
}

function utc(year: number | undefined, monthIndex: number | undefined, day: number | undefined, clock: [number, number, number] | undefined): number | undefined {
  if (year === undefined || monthIndex === undefined || day === undefined || clock === undefined) return undefined;
  const result = Date.UTC(year, monthIndex, day, clock[0], clock[1], clock[2]);
  // Reject dates like 31 Feb that Date.UTC would silently roll over.
  return new Date(result).getUTCDate() === day ? result : undefined;
}

/** RFC 850's two-digit year: pick the century that puts it no more than 50 years ahead (RFC 9110 §5.6.7). */
function fullYear(twoDigits: number, now: number): number {
  const current = new Date(now).getUTCFullYear();
  let year = Math.floor(current / 100) * 100 + twoDigits;
  if (year > current + 50) year -= 100;
  return year;
}

/**
 * Parses an HTTP-date in any of the three forms RFC 9110 requires recipients to accept:
 * IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and
 * asctime (`Sun Nov  6 08:49:37 1994`). Returns epoch milliseconds, or `undefined`.
 */
export function parseHttpDate(value: string, now: number = Date.now()): number | undefined {
  if (value.length > MAX_DATE_LENGTH) return undefined;
  const tokens = value.trim().split(/[\s,]+/);
  if (tokens.length === 6 && tokens[5]?.toUpperCase() === 'GMT') {
    return utc(integer(tokens[3], 1000, 9999), month(tokens[2]), integer(tokens[1], 1, 31), time(tokens[4]));
  }
  if (tokens.length === 4 && tokens[3]?.toUpperCase() === 'GMT') {
    const [day, monthName, year] = tokens[1]?.split('-') ?? [];
    const shortYear = integer(year, 0, 99);
    const longYear = shortYear === undefined || year?.length !== 2 ? integer(year, 1000, 9999) : fullYear(shortYear, now);
    return utc(longYear, month(monthName), integer(day, 1, 31), time(tokens[2]));
  }
  if (tokens.length === 5) {
    return utc(integer(tokens[4], 1000, 9999), month(tokens[1]), integer(tokens[2], 1, 31), time(tokens[3]));
  }
  return undefined;
}
