// For npm run bench: serve dist/ with astro preview and drive Debian's Chromium, then stop both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export async function withPreviewAndChromium<T>(root: string, port: number, run: (browser: Browser, base: string) => Promise<T>): Promise<T | string> {
  const { chromium } = await import('playwright-core');
  const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      return await run(browser, `http://127.0.0.1:${port}`);
    } finally {
      await browser.close();
    }
  } catch (error) {
    return `not measured (${(error as Error).message.split('\n')[0]})`;
  } finally {
    server.kill();
  }
}
