const MAX_FIELD_LENGTH = 1024;
const MAX_SEGMENTS = 64;
const INDEX = /^\d{1,9}$/;

function segment(text: string, pointer: boolean): string | number {
  if (INDEX.test(text)) return Number(text);
  // JSON Pointer escapes (RFC 6901): ~1 is '/', ~0 is '~'.
  return pointer && text.includes('~') ? text.replaceAll('~1', '/').replaceAll('~0', '~') : text;
}

/**
 * Turns a details `field` into a path. Apple sends both pointer-like fields
 * (`/locationDetails/phoneNumbers[0]/phoneNumber`) and dotted ones (`.0.providers.3`).
 * A field starting with `/` splits on `/` and brackets only (its names may contain dots);
 * any other splits on `.` and brackets. Digit-only segments become array indexes.
 */
export function fieldPath(field: string): (string | number)[] {
  if (field.length > MAX_FIELD_LENGTH) return [field.slice(0, MAX_FIELD_LENGTH)];
  const pointer = field.startsWith('/');
  const path: (string | number)[] = [];
  let start = 0;
  for (let index = 0; index <= field.length; index++) {
    const char = index === field.length ? '/' : field[index];
    if (char === '/' || char === '[' || char === ']' || (!pointer && char === '.')) {
      if (index > start) {
        if (path.length === MAX_SEGMENTS) break;
        path.push(segment(field.slice(start, index), pointer));
      }
      start = index + 1;
    }
  }
  return path;
}
