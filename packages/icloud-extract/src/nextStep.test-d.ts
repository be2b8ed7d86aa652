import { describe, expectTypeOf, it } from 'vitest';
import { nextStep, type IcloudNextStep } from './nextStep.ts';
import type { IcloudExtractError } from './types.ts';

declare const error: IcloudExtractError;

function assertNever(value: never): never {
  throw new Error(String(value));
}

describe('IcloudNextStep', () => {
  it('is returned by nextStep', () => {
    expectTypeOf(nextStep(error)).toEqualTypeOf<IcloudNextStep>();
  });

  it('compiles an exhaustive switch', () => {
    const label = (step: IcloudNextStep): string => {
      switch (step.step) {
        case 'provide-code':
          expectTypeOf(step.previousCodeRejected).toEqualTypeOf<boolean>();
          return 'code';
        case 'choose-device':
          expectTypeOf(step.devices[0]?.label).toEqualTypeOf<string | undefined>();
          return 'device';
        case 'accept-terms':
          return 'terms';
        case 'verify-email':
          return 'email';
        case 'enable-service':
          return step.message;
        case 'unlock-source':
          return step.instructions;
        case 'recreate-session':
          return String(step.credentialsRejected);
        case 'wait-and-retry':
          expectTypeOf(step.waitMs).toEqualTypeOf<number>();
          return 'wait';
        case 'retry':
          return 'retry';
        case 'fix-request':
          return String(step.issues.length);
        case 'contact-support':
          expectTypeOf(step.requestId).toEqualTypeOf<string | undefined>();
          return 'support';
        default:
          return assertNever(step);
      }
    };
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });

  it('fails to compile when a case is missing', () => {
    const label = (step: IcloudNextStep): string => {
      switch (step.step) {
        case 'provide-code':
        case 'choose-device':
        case 'accept-terms':
        case 'verify-email':
        case 'enable-service':
        case 'unlock-source':
        case 'recreate-session':
        case 'retry':
        case 'fix-request':
        case 'contact-support':
          return step.step;
        default:
          // @ts-expect-error: 'wait-and-retry' is not handled
          return assertNever(step);
      }
    };
    expectTypeOf(label).toBeFunction();
  });

  it('narrows the variant data by step', () => {
    const step = nextStep(error);
    if (step.step === 'choose-device') expectTypeOf(step).not.toHaveProperty('waitMs');
    if (step.step === 'wait-and-retry') expectTypeOf(step).toHaveProperty('waitMs');
    // @ts-expect-error: not a step name
    if (step.step === 'sign-in') return;
  });
});
