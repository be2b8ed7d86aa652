// A CommonJS consumer: require() of every package (ESM-only, so this is require(esm), which Node
// supports from 20.19 and 22.12, the packages' engines floor). Then the shared scenario.
const { createRequire } = require('node:module');
const { VENDORS } = require('@errata/vendors');

// Every vendor package of the one list, required by its name from where the list resolves it (the
// list depends on each): require() must give the same module and guard the list holds.
const requireVendor = createRequire(require.resolve('@errata/vendors/package.json'));
for (const vendor of VENDORS) {
  const exported = Object.values(requireVendor(vendor.package));
  if (!exported.includes(vendor.module) || !exported.includes(vendor.guard)) throw new Error(`require(${JSON.stringify(vendor.package)}) does not give the list's module and guard`);
}
const libs = {
  core: require('@errata/core'),
  coreVendor: require('@errata/core/vendor'),
  bearerOAuth: require('@errata/bearer-oauth'),
  vendors: VENDORS,
};
const { runSmoke } = require('./scenario.mjs');

runSmoke(libs).then((results) => {
  console.log(JSON.stringify({ runtime: `node ${process.version} (require)`, results }));
});
