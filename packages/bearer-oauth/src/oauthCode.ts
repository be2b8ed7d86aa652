import * as OAuthCode from './codes.ts';

/** An OAuth `error` value the catalog knows (the same union as `OAuthErrorCode`), next to the constants' namespace. */
type OAuthCode = (typeof OAuthCode)[keyof typeof OAuthCode];

export { OAuthCode };
