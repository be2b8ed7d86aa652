type CaptureStackTrace = (target: object, constructorOpt?: (...args: never[]) => unknown) => void;

/** Records a stack trace on `target` where the engine supports it (V8, Bun); a no-op elsewhere. */
export function captureStack(target: object, above: (...args: never[]) => unknown): void {
  const capture = (Error as unknown as { captureStackTrace?: CaptureStackTrace }).captureStackTrace;
  if (typeof capture === 'function') capture(target, above);
}
