/** What a command may touch: output streams and stdin. Tests and the binary both provide one. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of stdin, or `undefined` when stdin is a terminal (nothing was piped in). */
  readonly readStdin: () => Promise<Uint8Array | undefined>;
}
