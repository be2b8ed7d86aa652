// Every way an error is shown, serialized or rebuilt: the surfaces a planted secret must not reach.
import { inspect } from 'node:util';
import { fromProblem, rehydrate, type ApiError } from '@errata/core';
import { expect } from 'vitest';
import type { Planted } from './shapes.ts';

type Surface = (error: ApiError) => unknown;

/** A captured stack, on an object that inherits the error (so the error's own stays a placeholder). */
function capturedStack(error: ApiError): unknown {
  const thrown = Object.create(error) as ApiError;
  Error.captureStackTrace(thrown);
  return thrown.stack;
}

/** What a surface of the rebuilt error shows, or a marker when nothing was rebuilt. */
function of(back: ApiError | undefined, surface: Surface): unknown {
  return back === undefined ? '(not rebuilt)' : surface(back);
}

/** The surfaces of one error, read directly. */
const DIRECT: Readonly<Record<string, Surface>> = {
  'JSON.stringify': (error) => JSON.stringify(error),
  'toProblem()': (error) => JSON.stringify(error.toProblem()),
  'toProblem() without detail': (error) => JSON.stringify(error.toProblem({ includeDetail: false })),
  'toProblem() as 4xx': (error) => JSON.stringify(error.toProblem({ status: 422 })),
  'toProblem() as 5xx': (error) => JSON.stringify(error.toProblem({ status: 502 })),
  'toProblem() as 5xx without detail': (error) => JSON.stringify(error.toProblem({ status: 503, includeDetail: false })),
  'util.inspect': (error) => inspect(error, { depth: Infinity, showHidden: false }),
  'console.log formatting': (error) => inspect(error),
  'String(err)': (error) => String(error),
  'err.message': (error) => error.message,
  'err.stack (placeholder)': (error) => error.stack,
  'err.stack (captured)': capturedStack,
  'err.response': (error) => JSON.stringify(error.response),
};

/** The surfaces of the error rebuilt after a round trip, for each round trip. */
const ROUND_TRIPS: Readonly<Record<string, (error: ApiError) => ApiError | undefined>> = {
  'rehydrate(toJSON)': (error) => rehydrate(JSON.parse(JSON.stringify(error))),
  'fromProblem(toProblem)': (error) => fromProblem(JSON.parse(JSON.stringify(error.toProblem()))),
  'fromProblem(toProblem as 5xx without detail)': (error) => fromProblem(JSON.parse(JSON.stringify(error.toProblem({ status: 502, includeDetail: false })))),
  'rehydrate(structuredClone)': (error) => rehydrate(structuredClone(error)),
};

const REBUILT: Readonly<Record<string, Surface>> = {
  'JSON.stringify': (error) => JSON.stringify(error),
  'toProblem()': (error) => JSON.stringify(error.toProblem()),
  'util.inspect': (error) => inspect(error, { depth: Infinity }),
  'String(err)': (error) => String(error),
  'err.message': (error) => error.message,
  'err.stack (captured)': capturedStack,
};

/** Every surface, named, as text. */
export function surfacesOf(error: ApiError): [name: string, text: string][] {
  const out: [string, string][] = [];
  for (const [name, surface] of Object.entries(DIRECT)) out.push([name, String(surface(error))]);
  for (const [trip, rebuild] of Object.entries(ROUND_TRIPS)) {
    const back = rebuild(error);
    for (const [name, surface] of Object.entries(REBUILT)) out.push([`${trip} → ${name}`, String(of(back, surface))]);
  }
  return out;
}

/** The number of surfaces `surfacesOf` reads from one error. */
export const SURFACE_COUNT: number = Object.keys(DIRECT).length + Object.keys(ROUND_TRIPS).length * Object.keys(REBUILT).length;

/** Placements × surfaces checked so far, per scenario; printed at the end of the suite. */
export const checks: Map<string, number> = new Map();

/**
 * Asserts that no form of the planted secret appears on any surface of `error`, and counts the
 * checks. `where` names the input position, for the failure message and the tally.
 */
export function expectNoLeak(error: ApiError | undefined, planted: Planted, where: string): void {
  expect(error, `${where}: no error was produced`).toBeDefined();
  if (error === undefined) return;
  for (const [surface, text] of surfacesOf(error)) {
    for (const form of planted.forms) {
      if (text.includes(form)) {
        expect.fail(`${planted.shape} planted in ${where} leaks through ${surface}:\n  secret: ${form}\n  planted: ${planted.text}\n  shown: ${text.slice(Math.max(0, text.indexOf(form) - 200), text.indexOf(form) + form.length + 80)}`);
      }
    }
  }
  checks.set(where, (checks.get(where) ?? 0) + SURFACE_COUNT);
}
