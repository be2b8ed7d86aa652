// A CommonJS consumer: require() of every package (ESM-only, so this is require(esm), which Node
// supports from 20.19 and 22.12, the packages' engines floor). Then the shared scenario.
const libs = {
  core: require('@errata/core'),
  discord: require('@errata/discord'),
  bearerOAuth: require('@errata/bearer-oauth'),
  appleBusiness: require('@errata/apple-business'),
  identityRegistration: require('@errata/identity-registration'),
  icloudExtract: require('@errata/icloud-extract'),
};
const { runSmoke } = require('./scenario.mjs');

runSmoke(libs).then((results) => {
  console.log(JSON.stringify({ runtime: `node ${process.version} (require)`, results }));
});
