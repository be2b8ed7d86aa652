// The public names of @errata/icloud-extract, in the pattern every errata vendor package follows:
// the module, the guard, the code constants, the catalog and its lookup, the types; then what is
// riCloud's own (the next step of a session flow, errors read from sessions and tasks).
export { icloudExtract } from './vendor.ts';
export { isIcloudExtractError } from './guard.ts';
export { IcloudExtractCode } from './icloudExtractCode.ts';
export type { IcloudExtractCodes } from './icloudExtractCode.ts';
export { describeIcloudExtractCode, icloudExtractCatalog } from './catalog.ts';
export type { IcloudChannel, IcloudExtractCatalogEntry, StatusEvidence } from './catalog.ts';
export type { IcloudDevice, IcloudErrorOrigin, IcloudExtractDetails, IcloudExtractError, IcloudExtractVendor } from './types.ts';

export { nextStep } from './nextStep.ts';
export type {
  AcceptTermsStep,
  ChooseDeviceStep,
  ContactSupportStep,
  EnableServiceStep,
  FixRequestStep,
  IcloudNextStep,
  ProvideCodeStep,
  RecreateSessionStep,
  RetryStep,
  UnlockSourceStep,
  VerifyEmailStep,
  WaitAndRetryStep,
} from './nextStep.ts';
export { errorFromResource } from './resource.ts';
export type { ResourceErrorOptions } from './resource.ts';
export { CODE_RATE_LIMIT_WAIT_MS, SERVICE_OUTAGE_WAIT_MS } from './policy.ts';
export type { IcloudCodePolicy, NextStepName } from './policy.ts';
