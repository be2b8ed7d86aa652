import type { ApiError, OrUnknown } from '@errata/core';
import type { IcloudExtractCode } from './icloudExtractCode.ts';

/** The vendor name on every error this package produces. */
export type IcloudExtractVendor = 'icloud-extract';

/** The eighteen codes the catalog knows. */
export type KnownCode = IcloudExtractCode;

/**
 * One device a 2-step-verification code can be sent to. The v3 docs never show the list's shape,
 * so every field is best effort: the legacy API sent masked phone numbers as plain strings.
 */
export interface IcloudDevice {
  /** Position in the list as sent; a flow that answers by position can use it. */
  readonly index: number;
  /** The value to send back to pick this device: the string itself, or the item's id/key. */
  readonly id?: string;
  /** Something to show the user, such as a masked phone number or a device name. */
  readonly label?: string;
  /** The item exactly as sent, for fields this package does not read. */
  readonly raw: unknown;
}

/** Where an error was read from. */
export type IcloudErrorOrigin = 'http' | 'session' | 'task' | 'poll' | 'resource';

/** What the error carries beyond the common fields. Every member is optional and JSON-safe. */
export interface IcloudExtractDetails {
  readonly origin: IcloudErrorOrigin;
  /** The `params` of an invalid-parameter body, as sent (its shape is not documented). */
  readonly params?: unknown;
  /**
   * The devices offered by choice-required (or the legacy 2fa-required). Present, possibly empty,
   * for those two codes; the list is never required because its place in v3 is undocumented.
   */
  readonly devices?: readonly IcloudDevice[];
  /** The path the device list was found at, e.g. `data.trustedDevices`. */
  readonly devicesAt?: string;
  /** The id of the session or task the error was read from. */
  readonly resourceId?: string;
  /** The resource's `state` (`failed`, `expired`) when the error was read from one. */
  readonly state?: string;
}

/** An error from the riCloud (iCloud extraction) API, from an HTTP body or a failed session or task. */
export type IcloudExtractError = ApiError<IcloudExtractVendor, OrUnknown<KnownCode>, IcloudExtractDetails>;
