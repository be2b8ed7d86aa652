import { isJsonObject, type JsonObject } from '@errata/core/vendor';
import { ownField } from './field.ts';
import type { IcloudDevice } from './types.ts';

/** At most this many devices are read; an account has a handful. */
export const MAX_DEVICES = 32;
const MAX_TEXT = 256;

// The v3 docs never name the field, so look where the legacy API put it first, then at the
// names a v3 body would most plausibly use. Each entry is a path from the body's root.
const DEVICE_PATHS: readonly (readonly string[])[] = [['data', 'trustedDevices'], ['devices'], ['choices'], ['trusted_devices'], ['data', 'devices']];
const ID_FIELDS = ['id', 'key', 'value'];
const LABEL_FIELDS = ['name', 'label', 'number', 'description'];

type Read = (item: unknown, index: number) => IcloudDevice | undefined;

/**
 * The items of `list` read by `read`, or `undefined` when it is not a list. At most `MAX_DEVICES`
 * are read, by index (a sparse array claiming 2³² items costs nothing). Total on values a caller
 * built by hand: an item that throws when read (a proxy, a getter) is skipped, and a list whose
 * `length` throws (or `Array.isArray` itself, on a revoked proxy) reads as no list.
 */
function listOf(list: unknown, read: Read): IcloudDevice[] | undefined {
  let count: number;
  try {
    if (!Array.isArray(list)) return undefined;
    // Math.min coerces whatever a proxy claims the length is (NaN reads nothing).
    count = Math.min((list as readonly unknown[]).length, MAX_DEVICES);
  } catch {
    return undefined;
  }
  const devices: IcloudDevice[] = [];
  for (let index = 0; index < count; index++) {
    try {
      const device = read((list as readonly unknown[])[index], index);
      if (device !== undefined) devices.push(device);
    } catch {
      // Skipped: the rest of the list is still read.
    }
  }
  return devices;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' && value.length <= MAX_TEXT ? value : undefined;
}

// Reads directly (no catch): an item that throws is skipped by `listOf`, not kept as `raw`.
function field(item: JsonObject, key: string): unknown {
  return Object.hasOwn(item, key) ? item[key] : undefined;
}

function firstText(item: JsonObject, fields: readonly string[]): string | undefined {
  for (const key of fields) {
    const value = text(field(item, key));
    if (value !== undefined) return value;
  }
  return undefined;
}

function deviceOf(item: unknown, index: number): IcloudDevice | undefined {
  if (isJsonObject(item)) {
    const id = firstText(item, ID_FIELDS);
    const label = firstText(item, LABEL_FIELDS);
    return { index, ...(id === undefined ? {} : { id }), ...(label === undefined ? {} : { label }), raw: item };
  }
  // A list or a scalar is kept as sent; an object that is neither (a revoked proxy) cannot be read.
  if (typeof item === 'object' && item !== null && !Array.isArray(item)) return undefined;
  const value = text(item);
  return value === undefined ? { index, raw: item } : { index, id: value, label: value, raw: item };
}

/** The device list of a choice-required (or legacy 2fa-required) body, and where it was found. */
export function devicesOf(body: JsonObject): { readonly devices: readonly IcloudDevice[]; readonly at?: string } {
  for (const path of DEVICE_PATHS) {
    const devices = listOf(valueAt(body, path), deviceOf);
    if (devices !== undefined) return { devices, at: path.join('.') };
  }
  return { devices: [] };
}

// The value at `path`, or undefined when a step is missing or throws when read.
function valueAt(body: JsonObject, path: readonly string[]): unknown {
  let value: unknown = body;
  try {
    for (const key of path) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
      value = (value as JsonObject)[key];
    }
  } catch {
    return undefined;
  }
  return value;
}

// One device from serialized details, keeping only well-typed fields.
function storedDevice(item: unknown, position: number): IcloudDevice | undefined {
  if (!isJsonObject(item)) return undefined;
  const index = field(item, 'index');
  const id = field(item, 'id');
  const label = field(item, 'label');
  return {
    index: Number.isSafeInteger(index) && (index as number) >= 0 ? (index as number) : position,
    ...(typeof id === 'string' && id.length <= MAX_TEXT ? { id } : {}),
    ...(typeof label === 'string' && label.length <= MAX_TEXT ? { label } : {}),
    raw: field(item, 'raw'),
  };
}

/**
 * The devices in an error's `details.devices`, which may have come back through JSON, `rehydrate`
 * or a gateway's problem+json from anywhere: only well-typed fields are kept, at most
 * `MAX_DEVICES` items are read, and nothing here throws.
 */
export function storedDevices(details: unknown): readonly IcloudDevice[] {
  return listOf(ownField(details, 'devices'), storedDevice) ?? [];
}
