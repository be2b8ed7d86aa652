export { createGateway, DEFAULT_KEPT_HEADERS, DEFAULT_MAX_DETAILS_LENGTH, DEFAULT_MAX_ERROR_BODY_BYTES, DEFAULT_TIMEOUT_MS } from './gateway.ts';
export { isValidHost } from './host.ts';
export { sendWebResponse, toNodeHandler, toWebRequest } from './node.ts';
export type { NodeHandler, NodeHandlerOptions, NodeRequest, NodeResponse } from './node.ts';
export { PROBLEM_CONTENT_TYPE } from './problemResponse.ts';
export { rateLimitFields, retryAfterSeconds } from './rateLimitHeaders.ts';
export type { RateLimitFields } from './rateLimitHeaders.ts';
export type { Gateway, GatewayOptions, GatewayRoute, ProblemEvent, SecretOptions, UpstreamFetch } from './types.ts';
