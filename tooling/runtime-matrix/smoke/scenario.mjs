// The shared smoke scenario every runtime runs against the BUILT packages. It has no imports of
// its own: each runner (ESM, CommonJS, browser bundle, Bun, Deno) loads the packages its way and
// passes them in, so the same checks prove each loading path.
//
//   runSmoke({ core, bearerOAuth, vendors })   vendors: the one list (tooling/vendors), VENDORS
//     -> Promise<Array<{ name, ok, detail? }>>

/**
 * One typical error of each vendor of the list as it comes over the wire (the list's `sample`:
 * status, headers, body), its module and guard, and the code and kind it must parse to.
 */
export function samplesOf(vendors) {
  return vendors.map((vendor) => ({ vendor: vendor.name, module: vendor.module, guard: vendor.guard, ...vendor.sample }));
}

/** The names of the checks runSmoke reports, in order (for test runners that list them up front). */
export function checkNames(vendorNames) {
  return [
    ...vendorNames.flatMap((vendor) => [
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
}

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
  const samples = samplesOf(libs.vendors);
  const guards = samples.map((s) => s.guard);
  // Detection does not depend on the order: each detect says how specific its claim is.
  const registry = core.createRegistry(samples.map((s) => s.module));

  for (const sample of samples) {
    const { module, guard } = sample;
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
    expect(libs.coreVendor.parseRetryAfter('120', 0) === 120_000, `parseRetryAfter('120') = ${JSON.stringify(libs.coreVendor.parseRetryAfter('120', 0))}`);
    const parsed = libs.bearerOAuth.parseChallenges('Bearer realm="api", error="invalid_token", DPoP algs="ES256"');
    expect(parsed.challenges.length === 2, `challenges ${parsed.challenges.length}`);
  });
  return results;
}
