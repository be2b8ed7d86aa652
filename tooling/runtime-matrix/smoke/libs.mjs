// The packages, loaded with ES module imports (Node, Bun, Deno, and the browser bundle).
import * as appleBusiness from '@errata/apple-business';
import * as bearerOAuth from '@errata/bearer-oauth';
import * as core from '@errata/core';
import * as discord from '@errata/discord';
import * as icloudExtract from '@errata/icloud-extract';
import * as identityRegistration from '@errata/identity-registration';

export const libs = { core, discord, bearerOAuth, appleBusiness, identityRegistration, icloudExtract };
