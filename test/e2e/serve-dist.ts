// Serves the built site (dist/) with `astro preview` for the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const PORT = Number(process.env.E2E_PORT ?? 4329);

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(): Promise<() => void> {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
  const server: ChildProcess = spawn(process.execPath, [astro, 'preview', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  try {
    await waitFor(`http://127.0.0.1:${PORT}/`, 30_000);
  } catch (error) {
    server.kill();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return () => {
    server.kill();
  };
}
