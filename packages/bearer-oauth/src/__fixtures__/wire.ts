// Realistic responses for the fidelity tests (issue #15), written from the providers' documentation
// and public reports. Only facts are copied: codes, field names, statuses, content types and the
// literal API strings a server sends; each fixture says where its facts come from.

/** A response as a test feeds it to `parse`. */
export interface WireFixture {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly url?: string;
}

// LINE WORKS token endpoint (https://auth.worksmobile.com/oauth2/v2.0/token). The body shape and
// the literal `"99"` / `"UnexpectedError"` are from a public field report of a refresh-token grant
// whose token was posted without URL-encoding (2026); the report does not record the status, so an
// error status (400) is assumed here.
export const LINE_WORKS_TOKEN_RETURN_CODE: WireFixture = {
  status: 400,
  url: 'https://auth.worksmobile.com/oauth2/v2.0/token',
  headers: { 'content-type': 'application/json;charset=UTF-8' },
  body: '{"returnCode":"99","returnMessage":"UnexpectedError"}',
};

// LINE WORKS API 2.0, 403 for a token without the API's scope (developers.worksmobile.com,
// docs/error-codes: `Bearer error="insufficient_scope", scope="{scope list}"`). The scope list is
// written with commas, as LINE WORKS apps write scopes (`bot,user.read`).
export const LINE_WORKS_INSUFFICIENT_SCOPE: WireFixture = {
  status: 403,
  url: 'https://www.worksapis.com/v1.0/users/me',
  headers: {
    'content-type': 'application/json',
    'www-authenticate': 'Bearer error="insufficient_scope", scope="bot,user.read"',
  },
  body: '{"code":"FORBIDDEN","description":"The access token does not have the required scope."}',
};

// GitHub, POST https://github.com/login/oauth/access_token with an expired or wrong code. Codes,
// field names and the literal description/URI from GitHub Docs ("Troubleshooting OAuth app access
// token request errors"); HTTP 200 from GitHub community discussion 101455 ("OAuth access_token
// endpoint returns 200 for invalid requests").
const GITHUB_ERROR_URI = '/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code';
export const GITHUB_BAD_CODE_JSON: WireFixture = {
  status: 200,
  url: 'https://github.com/login/oauth/access_token',
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.', error_uri: GITHUB_ERROR_URI }),
};

// The same without `Accept: application/json`: GitHub's default answer is form-encoded (GitHub Docs,
// "Authorizing OAuth apps"; reports in modelcontextprotocol/typescript-sdk issue 759 and
// googleworkspace/apps-script-oauth2 issue 6).
export const GITHUB_BAD_CODE_FORM: WireFixture = {
  status: 200,
  url: 'https://github.com/login/oauth/access_token',
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: `error=bad_verification_code&error_description=The+code+passed+is+incorrect+or+expired.&error_uri=${encodeURIComponent(GITHUB_ERROR_URI)}`,
};

// A form body labelled as JSON, which GitHub community discussion 101123 reports for the same endpoint.
export const GITHUB_BAD_CODE_FORM_MISLABELLED: WireFixture = {
  ...GITHUB_BAD_CODE_FORM,
  headers: { 'content-type': 'application/json; charset=utf-8' },
};

// GitHub's form-encoded success (shape from the MCP TypeScript SDK issue 759 log; the token here is
// made up): it is no error, and its token must not travel anywhere.
export const GITHUB_TOKEN_FORM: WireFixture = {
  status: 200,
  url: 'https://github.com/login/oauth/access_token',
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: 'access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer',
};

// RFC 6750 §3's second example as a raw HTTP/1.1 server may send it, continuation lines and all
// (obs-fold, RFC 9112 §5.2), e.g. as read from `curl -si` output.
export const RFC6750_FOLDED: WireFixture = {
  status: 401,
  headers: {
    'www-authenticate': 'Bearer realm="example",\r\n                   error="invalid_token",\r\n                   error_description="The access token expired"',
  },
};

// RFC 9449 Figure 24: a resource server asks for a DPoP nonce.
export const RFC9449_NONCE_CHALLENGE: WireFixture = {
  status: 401,
  headers: {
    'www-authenticate': 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
    'dpop-nonce': 'eyJ7S_zG.eyJH0-Z.HX4w-7v',
  },
};
