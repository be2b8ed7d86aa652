/**
 * The brand every errata error carries. `Symbol.for` puts it in the cross-realm symbol registry,
 * so two copies of this package (or an iframe's copy) agree on it. The major version is part of
 * the key: a future incompatible model gets a new brand instead of lying about its shape.
 */
export const ERROR_BRAND: unique symbol = Symbol.for('errata.error/v1');

/** The version of the plain-object form written by `toJSON()` and read by `rehydrate()`. */
export const SERIAL_VERSION = 1;
