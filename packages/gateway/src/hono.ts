import type { Gateway } from './types.ts';

// Typed by shape, not imported from Hono: this entry works with any Hono 4 release and adds no
// dependency. A Hono `Context` has `req.raw`, and `Next` is `() => Promise<void>`.

/** The part of Hono's `Context` the middleware reads. */
export interface HonoContextLike {
  readonly req: { readonly raw: Request };
}

/** A Hono middleware: `app.use('*', honoMiddleware(gateway))`. */
export type HonoGatewayMiddleware = (context: HonoContextLike, next: () => Promise<void>) => Promise<Response | undefined>;

export interface HonoMiddlewareOptions {
  /**
   * Requests no route matches go on to the app's next handler (default). Set false to answer them
   * with the gateway's 404 problem instead.
   */
  readonly fallThrough?: boolean;
}

/** Serves the gateway from a Hono app; routes the gateway does not know reach the app's own handlers. */
export function honoMiddleware(gateway: Gateway, options?: HonoMiddlewareOptions): HonoGatewayMiddleware {
  const fallThrough = options?.fallThrough ?? true;
  return async (context, next) => {
    const request = context.req.raw;
    if (fallThrough && gateway.match(request) === undefined) {
      await next();
      return undefined;
    }
    return gateway.handle(request);
  };
}
