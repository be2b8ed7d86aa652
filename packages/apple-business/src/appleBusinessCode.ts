import type { OrUnknown } from '@errata/core';
import * as AppleBusinessCode from './codes.ts';

// `AppleBusinessCode` is both the namespace of code constants (`AppleBusinessCode.LocationNotFound`)
// and the type of a parsed code: the known literals plus any other string the API sends (the same
// type as `AppleBusinessCode` in types.ts, spelled from the namespace so the bundled declarations
// keep the value and the type under one name).
type AppleBusinessCode = OrUnknown<(typeof AppleBusinessCode)[keyof typeof AppleBusinessCode]>;

export { AppleBusinessCode };
