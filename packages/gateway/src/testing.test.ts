import { describe, expect, it } from 'vitest';
import { inProcessFetch } from './testing.ts';

describe('inProcessFetch', () => {
  const upstreams = inProcessFetch({
    'https://a.test': (request) => new Response(`a ${new URL(request.url).pathname}`),
    'https://b.test/ignored/path': () => {
      throw new Error('handler crashed');
    },
    'https://slow.test': () => new Promise<Response>(() => undefined),
  });

  it('answers from the handler of the request origin', async () => {
    expect(await (await upstreams(new Request('https://a.test/x'))).text()).toBe('a /x');
  });

  it('rejects like a network failure for unknown origins and crashing handlers', async () => {
    await expect(upstreams(new Request('https://c.test/'))).rejects.toThrow(TypeError);
    await expect(upstreams(new Request('https://b.test/'))).rejects.toMatchObject({ name: 'TypeError', cause: { message: 'handler crashed' } });
  });

  it('rejects with the abort reason when the signal fires, even if the handler never answers', async () => {
    await expect(upstreams(new Request('https://slow.test/', { signal: AbortSignal.timeout(20) }))).rejects.toMatchObject({ name: 'TimeoutError' });
    const aborted = new AbortController();
    aborted.abort();
    await expect(upstreams(new Request('https://a.test/', { signal: aborted.signal }))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
