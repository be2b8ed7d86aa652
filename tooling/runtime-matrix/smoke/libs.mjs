// The packages, loaded with ES module imports (Node, Bun, Deno, and the browser bundle): core, and
// every vendor package through the one list (tooling/vendors), which imports each by name.
import * as bearerOAuth from '@errata/bearer-oauth';
import * as core from '@errata/core';
import * as coreVendor from '@errata/core/vendor';
import { VENDORS } from '@errata/vendors';

export const libs = { core, coreVendor, bearerOAuth, vendors: VENDORS };
