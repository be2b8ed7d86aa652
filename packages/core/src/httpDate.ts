const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MAX_DATE_LENGTH = 64;
// IMF-fixdate has six tokens, the most of the three forms.
const MAX_TOKENS = 6;

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

// A day name, short (`Sun`) or long (`Sunday`), in any case: lenient about which form uses which.
function isDayName(text: string | undefined): boolean {
  const name = text?.toLowerCase();
  return name !== undefined && DAYS.some((day) => day === name || day.slice(0, 3) === name);
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

/** The value split on spaces, tabs and commas; `undefined` past `MAX_TOKENS` tokens. One pass. */
function tokensOf(value: string): string[] | undefined {
  const tokens: string[] = [];
  let start = -1;
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : 32;
    if (code === 32 || code === 9 || code === 44) {
      if (start !== -1) {
        if (tokens.push(value.slice(start, index)) > MAX_TOKENS) return undefined;
        start = -1;
      }
    } else if (start === -1) {
      start = index;
    }
  }
  return tokens;
}

/**
 * Parses an HTTP-date in any of the three forms RFC 9110 requires recipients to accept:
 * IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and
 * asctime (`Sun Nov  6 08:49:37 1994`). Returns epoch milliseconds, or `undefined`.
 *
 * The day name must be a day name (short or long, any case): `Zun, …` is not an HTTP-date. Whether
 * it matches the date is not checked: RFC 9110 asks recipients to be lenient, and the date itself is
 * what a client waits for (Go's `http.ParseTime` does the same). Values over 64 characters are refused.
 */
export function parseHttpDate(value: string, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.length > MAX_DATE_LENGTH) return undefined;
  const tokens = tokensOf(value);
  if (tokens === undefined || !isDayName(tokens[0])) return undefined;
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
