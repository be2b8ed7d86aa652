import { buildResponse } from '@errata/core/testing';

export interface Sample {
  readonly title: string;
  /** Names the vendor, as a gateway that knows its upstream would; otherwise the body is detected. */
  readonly vendor?: string;
  readonly response: () => Response;
}

/** Responses that are nobody's format: what upstreams and their proxies really send. */
export const genericSamples: readonly Sample[] = [
  {
    title: 'Cloudflare HTML in front of an upstream',
    response: () =>
      buildResponse({ status: 502, headers: { 'cf-ray': '8f1d2c3b4a5e6f70-AMS' }, body: '<!DOCTYPE html><title>502 Bad Gateway</title>', contentType: 'text/html' }),
  },
  {
    title: 'A 429 with Retry-After and IETF rate-limit headers',
    response: () =>
      buildResponse({ status: 429, headers: { 'retry-after': '7', ratelimit: '"default";r=0;t=7', 'ratelimit-policy': '"default";q=100;w=60' }, body: '' }),
  },
  {
    title: 'An RFC 9457 problem from some other service',
    response: () =>
      buildResponse({
        status: 403,
        headers: { 'content-type': 'application/problem+json' },
        body: { type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', detail: 'Your balance is 30, but that costs 50.' },
      }),
  },
];

export const samples: readonly Sample[] = [...genericSamples];
