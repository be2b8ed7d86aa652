/** One authentication challenge of a `WWW-Authenticate` (or `Proxy-Authenticate`) field. */
export interface Challenge {
  /**
   * The auth-scheme, lower-cased (`bearer`, `dpop`, `basic`), because schemes compare
   * case-insensitively. `''` when the field began with parameters and no scheme.
   */
  readonly scheme: string;
  /**
   * Parameters by lower-cased name, in a null-prototype object (so `__proto__` is an ordinary
   * name). Values have quoted-pairs resolved. When a name repeats, the first value is kept.
   */
  readonly params: Readonly<Record<string, string>>;
  /** The token68 form (`Negotiate YII…==`), which excludes parameters. */
  readonly token68?: string;
}

/**
 * What the parser skipped or accepted against the grammar. Offsets and lengths are in UTF-16
 * code units of the parsed text (several header lines are joined with `", "`).
 */
export type ChallengeIssueCode =
  /** The field is longer than `maxLength`; nothing was parsed. */
  | 'too-long'
  /** Parameters came before any scheme; they were kept under scheme `''`. */
  | 'missing-scheme'
  /** A quoted-string never closed; its text up to the end of the field was kept. */
  | 'unterminated-quote'
  /** A parameter name occurred again in the same challenge; the later value was dropped. */
  | 'duplicate-param'
  /** `name=` without a value; the parameter was dropped. */
  | 'missing-value'
  /** A value broke the grammar (control characters, or delimiters in an unquoted value) but was kept. */
  | 'non-standard-value'
  /**
   * More challenges, or more parameters in one challenge, than the caps allow, or more than 1,024
   * header lines; the rest were dropped.
   */
  | 'too-many'
  /** Text that fits no rule, up to the next comma, was skipped. */
  | 'skipped'
  /**
   * An obsolete line folding (CRLF or LF, then SP or HTAB) inside the field. It was read as a space,
   * as RFC 9110 §5.5 asks, so nothing was lost; the sender should not fold.
   */
  | 'obs-fold'
  /**
   * The scheme was followed by a comma (`Bearer, realm="x"`) or a tab rather than a space (RFC 9110
   * §11.3 wants `1*SP`). What follows was still read as the scheme's parameters.
   */
  | 'scheme-separator'
  /** More issues than the parser records; the rest are not listed. */
  | 'too-many-issues';

export interface ChallengeIssue {
  readonly code: ChallengeIssueCode;
  readonly offset: number;
  readonly length: number;
}

export interface ParsedChallenges {
  readonly challenges: Challenge[];
  readonly issues: ChallengeIssue[];
}
