import { isJsonObject, type JsonObject } from '@errata/core';
import type { IcloudDevice } from './types.ts';

/** At most this many devices are read; an account has a handful. */
export const MAX_DEVICES = 32;
const MAX_TEXT = 256;

// The v3 docs never name the field, so look where the legacy API put it first, then at the
// names a v3 body would most plausibly use. Each entry is a path from the body's root.
const DEVICE_PATHS: readonly (readonly string[])[] = [['data', 'trustedDevices'], ['devices'], ['choices'], ['trusted_devices'], ['data', 'devices']];
const ID_FIELDS = ['id', 'key', 'value'];
const LABEL_FIELDS = ['name', 'label', 'number', 'description'];

function at(body: JsonObject, path: readonly string[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (!isJsonObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' && value.length <= MAX_TEXT ? value : undefined;
}

function firstText(item: JsonObject, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = text(Object.hasOwn(item, field) ? item[field] : undefined);
    if (value !== undefined) return value;
  }
  return undefined;
}

function deviceOf(item: unknown, index: number): IcloudDevice {
  if (isJsonObject(item)) {
    const id = firstText(item, ID_FIELDS);
    const label = firstText(item, LABEL_FIELDS);
    return { index, ...(id === undefined ? {} : { id }), ...(label === undefined ? {} : { label }), raw: item };
  }
  const value = text(item);
  return value === undefined ? { index, raw: item } : { index, id: value, label: value, raw: item };
}

/** The device list of a choice-required (or legacy 2fa-required) body, and where it was found. */
export function devicesOf(body: JsonObject): { readonly devices: readonly IcloudDevice[]; readonly at?: string } {
  for (const path of DEVICE_PATHS) {
    const list = at(body, path);
    if (Array.isArray(list)) {
      const devices: IcloudDevice[] = [];
      const count = Math.min(list.length, MAX_DEVICES);
      for (let index = 0; index < count; index++) devices.push(deviceOf(list[index], index));
      return { devices, at: path.join('.') };
    }
  }
  return { devices: [] };
}
