import type { VendorName } from '../vendors.ts';
import { appleBusinessCatalog } from './appleBusiness.ts';
import { oauthCatalog } from './bearerOAuth.ts';
import { discordCatalog } from './discord.ts';
import type { VendorCatalog } from './entry.ts';
import { icloudExtractCatalog } from './icloudExtract.ts';
import { identityRegistrationCatalog } from './identityRegistration.ts';

export type { CodeEntry, VendorCatalog } from './entry.ts';

/** Each vendor's catalog, read through one shape. */
export const CATALOGS: Readonly<Record<VendorName, VendorCatalog>> = {
  discord: discordCatalog,
  'apple-business': appleBusinessCatalog,
  'bearer-oauth': oauthCatalog,
  'identity-registration': identityRegistrationCatalog,
  'icloud-extract': icloudExtractCatalog,
};
