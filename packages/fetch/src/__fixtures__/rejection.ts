// The errata error a promise rejects with; anything else fails the test that awaits it.
import { isApiError, type ApiError } from '@errata/core';

export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw new Error(`not an errata error: ${String(error)}`, { cause: error });
  }
  throw new Error('resolved instead of rejecting');
}
