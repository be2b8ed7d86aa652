// Headless Chromium (Debian's `chromium`, driven by playwright-core): the smoke scenario bundled
// with esbuild for the browser, loaded into a blank page, result read back.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { leg, smoke } from './legs.mjs';

const executablePath = process.env.ERRATA_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');

async function inChromium() {
  const bundle = await build({
    entryPoints: [smoke('browser-entry.mjs')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser'],
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const value = await page.evaluate(() => globalThis.__errataSmoke);
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join('\n')}`);
    return value;
  } finally {
    await browser.close();
  }
}

leg('chromium (headless, esbuild bundle)', inChromium, executablePath === '' ? 'chromium is not installed (apt-get install -y chromium; scripts/runtime-matrix installs it under CI=true as root)' : undefined);
