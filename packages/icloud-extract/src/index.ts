export { IcloudExtractCode } from './icloudExtractCode.ts';

export { IcloudExtractCatalog } from './catalog.ts';
export type { CatalogEntry, IcloudChannel, StatusEvidence } from './catalog.ts';
export { isIcloudExtractError } from './guard.ts';
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
export { icloudExtract } from './parse.ts';
export { errorFromResource } from './resource.ts';
export type { ResourceErrorOptions } from './resource.ts';
export { CODE_RATE_LIMIT_WAIT_MS, SERVICE_OUTAGE_WAIT_MS } from './rules.ts';
export type { NextStepName } from './rules.ts';
export type { IcloudExtractCodes } from './icloudExtractCode.ts';
export type { IcloudDevice, IcloudErrorOrigin, IcloudExtractDetails, IcloudExtractError, IcloudExtractVendor } from './types.ts';
