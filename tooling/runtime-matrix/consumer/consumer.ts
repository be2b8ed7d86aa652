// A TypeScript consumer of every package, type-checked (tsc --noEmit) with moduleResolution
// node16 and with bundler against the BUILT declarations (dist/*.d.mts, skipLibCheck off).
// A narrowing that stops working, a missing export or a broken declaration fails the check.
import { AppleBusinessCode, appleBusiness, isAppleBusinessError, LocationNotFound } from '@errata/apple-business';
import { BearerOAuthCode, bearerOAuth, isBearerOAuthError, parseChallenges } from '@errata/bearer-oauth';
import { createRegistry, hasKind, isApiError, isRetryable, rehydrate, type ApiError, type ProblemDetails, type VendorModule } from '@errata/core';
import { DiscordCode, discord, isDiscordError } from '@errata/discord';
import { MissingPermissions } from '@errata/discord/codes';
import { IcloudExtractCode, icloudExtract, isIcloudExtractError, nextStep } from '@errata/icloud-extract';
import { IdentityRegistrationCode, identityRegistration, isIdentityRegistrationError } from '@errata/identity-registration';

const modules: readonly VendorModule[] = [discord, appleBusiness, identityRegistration, icloudExtract, bearerOAuth];
const registry = createRegistry(modules);

export async function handle(response: Response): Promise<string> {
  const error: unknown = await registry.parse(response);

  if (isDiscordError(error, DiscordCode.MissingPermissions)) {
    const code: 50013 = error.code;
    const same: typeof MissingPermissions = error.code;
    return `${error.vendor} ${String(code + same)}`;
  }
  if (isDiscordError(error)) {
    const vendor: 'discord' = error.vendor;
    // @ts-expect-error a Discord code is a number, never a string
    const wrong: string = error.code;
    return vendor + String(wrong);
  }
  if (isBearerOAuthError(error, BearerOAuthCode.InvalidToken)) {
    const code: 'invalid_token' = error.code;
    return code;
  }
  if (isAppleBusinessError(error, LocationNotFound)) {
    const code: 'LOCATION__NOT_FOUND' = error.code;
    const viaNamespace: typeof AppleBusinessCode.LocationNotFound = error.code;
    return code + viaNamespace;
  }
  if (isIdentityRegistrationError(error, IdentityRegistrationCode.InvalidCredentials)) {
    const code: 210 = error.code;
    return String(code);
  }
  if (isIcloudExtractError(error, IcloudExtractCode.ChoiceRequired)) {
    const code: 'choice-required' = error.code;
    return `${code} ${String(nextStep(error)?.step)}`;
  }
  if (hasKind(error, 'resource-exhausted')) {
    const kind: 'resource-exhausted' = error.kind;
    return kind;
  }
  if (isRetryable(error)) return String(error.retry.retryAfterMs ?? 0);
  if (isApiError(error)) {
    const problem: ProblemDetails = error.toProblem();
    const back: ApiError | undefined = rehydrate(JSON.parse(JSON.stringify(error)) as unknown);
    return problem.type + String(back?.code);
  }
  // Not an ApiError: undefined (a success).
  const nothing: undefined = error as undefined;
  return String(nothing);
}

export function parts(): ApiError | undefined {
  const fromParts = discord.parse({ status: 403, headers: { 'content-type': 'application/json' }, body: '{"message":"Missing Permissions","code":50013}' });
  // @ts-expect-error parse(Response) gives a promise, not an error
  const notAPromise: ApiError | undefined = discord.parse(new Response(''));
  void notAPromise;
  const challenges = parseChallenges('Bearer realm="api"').challenges;
  return challenges.length > 0 ? fromParts : undefined;
}
