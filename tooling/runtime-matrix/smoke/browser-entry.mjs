// Bundled with esbuild (iife) and loaded into a blank page: the result lands on globalThis.
import { libs } from './libs.mjs';
import { runSmoke } from './scenario.mjs';

globalThis.__errataSmoke = runSmoke(libs).then((results) => ({ runtime: navigator.userAgent, results }));
