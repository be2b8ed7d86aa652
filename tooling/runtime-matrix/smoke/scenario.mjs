// The shared smoke scenario every runtime runs against the BUILT packages. It has no imports of
// its own: each runner (ESM, CommonJS, browser bundle, Bun, Deno) loads the packages its way and
// passes them in, so the same checks prove each loading path.
//
//   runSmoke({ core, discord, bearerOAuth, appleBusiness, identityRegistration, icloudExtract })
//     -> Promise<Array<{ name, ok, detail? }>>

/** One typical error of each vendor as it comes over the wire, and what it must parse to. */
export const SAMPLES = [
  {
    vendor: 'discord',
    module: (l) => l.discord.discord,
    guard: (l) => l.discord.isDiscordError,
    status: 403,
    headers: { 'content-type': 'application/json', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-bucket': 'abcd1234' },
    body: '{"message": "Missing Permissions", "code": 50013}',
    code: 50013,
    kind: 'permission-denied',
  },
  {
    vendor: 'bearer-oauth',
    module: (l) => l.bearerOAuth.bearerOAuth,
    guard: (l) => l.bearerOAuth.isBearerOAuthError,
    status: 401,
    headers: { 'www-authenticate': 'Bearer realm="api", error="invalid_token", error_description="Expired access token"' },
    body: '',
    code: 'invalid_token',
    kind: 'unauthenticated',
  },
  {
    vendor: 'apple-business',
    module: (l) => l.appleBusiness.appleBusiness,
    guard: (l) => l.appleBusiness.isAppleBusinessError,
    status: 404,
    headers: { 'content-type': 'application/json', 'apple-request-id': '0a8af52f-aa59-4cbd-96a6-bde380fc64ea' },
    body: '[{"code":"LOCATION__NOT_FOUND","message":"Resource not found for Apple-generated \'{{id}}\'","context":{"id":"9467895078742654451"}}]',
    code: 'LOCATION__NOT_FOUND',
    kind: 'not-found',
  },
  {
    vendor: 'identity-registration',
    module: (l) => l.identityRegistration.identityRegistration,
    guard: (l) => l.identityRegistration.isIdentityRegistrationError,
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: '{"stat":"error","code":210,"error":"invalid_credentials","error_description":"invalid credentials","request_id":"abcdefgh12345678"}',
    code: 210,
    kind: 'unauthenticated',
  },
  {
    vendor: 'icloud-extract',
    module: (l) => l.icloudExtract.icloudExtract,
    guard: (l) => l.icloudExtract.isIcloudExtractError,
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: '{"error":"invalid-credentials","message":"The external service rejected the source or its credentials."}',
    code: 'invalid-credentials',
    kind: 'unauthenticated',
  },
];

/** The names of the checks runSmoke reports, in order (for test runners that list them up front). */
export const CHECK_NAMES = [
  ...SAMPLES.flatMap(({ vendor }) => [
    `${vendor}: parse from parts`,
    `${vendor}: parse from a Response`,
    `${vendor}: guards`,
    `${vendor}: toJSON -> rehydrate`,
    `${vendor}: toProblem -> fromProblem`,
    `${vendor}: registry detects it`,
  ]),
  'core: generic fallback for HTML 502',
  'core: parseRetryAfter, parseChallenges',
];

export async function runSmoke(libs) {
  const { core } = libs;
  const results = [];
  const check = async (name, fn) => {
    try {
      const detail = await fn();
      results.push({ name, ok: true, ...(detail === undefined ? {} : { detail: String(detail) }) });
    } catch (error) {
      results.push({ name, ok: false, detail: String(error?.stack ?? error) });
    }
  };
  const expect = (cond, message) => {
    if (!cond) throw new Error(message);
  };
  const guards = SAMPLES.map((s) => s.guard(libs));
  // Most specific detector first; bearer-oauth recognizes any RFC 6749 body, so it goes last.
  const order = ['discord', 'apple-business', 'identity-registration', 'icloud-extract', 'bearer-oauth'];
  const registry = core.createRegistry(order.map((vendor) => SAMPLES.find((s) => s.vendor === vendor).module(libs)));

  for (const sample of SAMPLES) {
    const module = sample.module(libs);
    const guard = sample.guard(libs);
    const parts = { status: sample.status, headers: sample.headers, body: sample.body };
    const same = (error, how) => {
      expect(error !== undefined && error !== null, `${how}: no error`);
      expect(error.vendor === sample.vendor, `${how}: vendor ${error.vendor}, expected ${sample.vendor}`);
      expect(error.code === sample.code, `${how}: code ${String(error.code)}, expected ${String(sample.code)}`);
      expect(error.kind === sample.kind, `${how}: kind ${error.kind}, expected ${sample.kind}`);
    };
    let parsed;
    await check(`${sample.vendor}: parse from parts`, () => {
      parsed = module.parse(parts);
      same(parsed, 'parse(parts)');
      return `${parsed.vendor} ${String(parsed.code)} ${parsed.kind} -> ${parsed.action}`;
    });
    await check(`${sample.vendor}: parse from a Response`, async () => {
      const response = new Response(sample.body === '' ? null : sample.body, { status: sample.status, headers: sample.headers });
      const error = await module.parse(response);
      same(error, 'parse(Response)');
      expect(response.bodyUsed === false, 'the caller\'s body was consumed');
    });
    await check(`${sample.vendor}: guards`, () => {
      expect(core.isApiError(parsed), 'isApiError false');
      expect(guard(parsed), 'vendor guard false');
      expect(guard(parsed, sample.code), 'vendor guard with its code false');
      expect(!guard(parsed, sample.code === 1 ? 2 : 1), 'vendor guard true for another code');
      for (const other of guards) if (other !== guard) expect(!other(parsed), 'another vendor\'s guard is true');
      expect(!core.isApiError({ vendor: sample.vendor, code: sample.code }), 'isApiError true for a plain object');
      expect(!core.isApiError(new Error('x')), 'isApiError true for an Error');
      expect(core.hasKind(parsed, sample.kind), 'hasKind false');
    });
    await check(`${sample.vendor}: toJSON -> rehydrate`, () => {
      const wire = JSON.parse(JSON.stringify(parsed));
      expect(typeof wire === 'object' && wire !== null, 'toJSON gave no object');
      const back = core.rehydrate(wire);
      same(back, 'rehydrate');
      expect(guard(back, sample.code), 'vendor guard false after rehydrate');
      expect(back.status === parsed.status, 'status changed');
    });
    await check(`${sample.vendor}: toProblem -> fromProblem`, () => {
      const problem = parsed.toProblem();
      expect(typeof problem.type === 'string' && problem.type.length > 0, 'problem without type');
      expect(problem.status >= 400 && problem.status <= 599, `problem status ${problem.status}`);
      const back = core.fromProblem(JSON.parse(JSON.stringify(problem)));
      expect(core.isApiError(back), 'fromProblem gave no ApiError');
      expect(back.kind === sample.kind, `fromProblem kind ${back?.kind}`);
      return problem.type;
    });
    await check(`${sample.vendor}: registry detects it`, () => same(registry.parse(parts), 'registry.parse'));
  }

  await check('core: generic fallback for HTML 502', () => {
    const error = registry.parse({ status: 502, headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><title>502 Bad Gateway</title>' });
    expect(core.isApiError(error), 'no ApiError');
    expect(error.kind === 'unavailable', `kind ${error.kind}`);
    expect(error.retry.retryable === true, 'not retryable');
  });
  await check('core: parseRetryAfter, parseChallenges', () => {
    expect(core.parseRetryAfter('120', 0) === 120_000, `parseRetryAfter('120') = ${JSON.stringify(core.parseRetryAfter('120', 0))}`);
    const parsed = libs.bearerOAuth.parseChallenges('Bearer realm="api", error="invalid_token", DPoP algs="ES256"');
    expect(parsed.challenges.length === 2, `challenges ${parsed.challenges.length}`);
  });
  return results;
}
