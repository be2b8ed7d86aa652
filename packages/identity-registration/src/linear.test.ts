// Issue #12: every walker is linear in its input. For each adversarial family, core's
// `checkBodyFamily` times the walk on 1 MiB and 4 MiB bodies (both past the L2 cache) and allows
// at most 6x for 4x the input; where the walk must list one huge object's keys, it bounds the walk
// by that listing instead (the engine's listing grows faster than linearly). The bench holds the
// 20 ms budget at 1 MiB.
import { checkBodyFamily, MiB } from '@errata/core/testing';
import { describe, expect, it } from 'vitest';
import { families } from './__fixtures__/adversarial.ts';

describe('linear time on adversarial bodies', () => {
  it.each(families.map((family) => [family.name, family] as const))('%s', (_name, family) => {
    expect(() => JSON.parse(family.text(MiB)) as unknown).not.toThrow();
    expect(checkBodyFamily(family)).toEqual({ ok: true, detail: 'ok' });
  });
});
