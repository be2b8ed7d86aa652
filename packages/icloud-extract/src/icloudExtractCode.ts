import * as IcloudExtractCode from './codes.ts';

/** The constants of `IcloudExtractCode`: PascalCase name → riCloud code. */
export type IcloudExtractCodes = typeof IcloudExtractCode;

/** A riCloud error code the catalog knows; `IcloudExtractError['code']` also admits unknown ones. */
type IcloudExtractCode = (typeof IcloudExtractCode)[keyof typeof IcloudExtractCode];

// The riCloud error codes as constants, e.g. `IcloudExtractCode.CodeRequired` (no enum), and their union type.
export { IcloudExtractCode };
