// `vigie serve` and `vigie demo` listen on PORT and HOST from the environment when --port and --host are not given
// (`npm start` on a hosting platform that sets PORT), and --port still wins over PORT.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'vigie-listen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((res) => s.listen(0, '127.0.0.1', res));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((res) => s.close(() => res()));
  return port;
}

/** A port held by another server for the test (closed by the caller). */
async function busyPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  return { port: (server.address() as { port: number }).port, server };
}

/**
 * Runs `vigie ...args` from the sources in a child process with `env` added, until its stdout shows `until`; then asks
 * `path` of the address printed there and stops the child. Returns what it printed and the HTTP status.
 */
function serveOnce(args: readonly string[], env: Record<string, string>, until: RegExp): Promise<{ out: string; status: number }> {
  const code = `const { run } = await import(${JSON.stringify(join(root, 'src', 'cli', 'main.ts'))}); process.exitCode = await run(process.argv);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, 'vigie', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`no address printed in time; stdout: ${out}; stderr: ${err}`))), 60_000);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (c) => {
      clearTimeout(timer);
      if (!until.test(out)) reject(new Error(`exited (${c}) before serving; stdout: ${out}; stderr: ${err}`));
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = until.exec(out);
      if (!m) return;
      const url = m[1]!.replace('localhost', '127.0.0.1');
      fetch(`${url}/api/openapi.json`)
        .then((r) => resolve({ out, status: r.status }), reject)
        .finally(() => child.kill('SIGTERM'));
    });
  });
}

describe('listening address from the environment', () => {
  it('vigie serve listens on PORT and HOST when no --port or --host is given', async () => {
    const port = await freePort();
    const r = await serveOnce(['serve', '--db', join(dir, 'serve.db')], { PORT: String(port), HOST: '0.0.0.0' }, /on (http:\/\/\S+?)\s/);
    // 0.0.0.0 is shown as localhost (the default 127.0.0.1 would be shown as itself).
    expect(r.out).toContain(`on http://localhost:${port} `);
    expect(r.status).toBe(200);
  }, 90_000);

  it('vigie demo serves the dashboard on PORT', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'docs.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Shelling hit Kramatorsk on Monday, officials said.', date: '2023-05-01', lang: 'en' })}\n`);
    const port = await freePort();
    const r = await serveOnce(['demo', '--examples', corpus, '--db', join(dir, 'demo.db')], { PORT: String(port) }, /Vigie dashboard: (http:\/\/\S+)/);
    expect(r.out).toContain(`Vigie dashboard: http://localhost:${port} `);
    expect(r.status).toBe(200);
  }, 90_000);

  it('--port wins over PORT', async () => {
    const { port, server } = await busyPort();
    try {
      const r = await runCli(['serve', '--db', join(dir, 'busy.db'), '--port', String(port)], { PORT: '1' });
      expect(r.code).toBe(2);
      expect(r.err).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      server.close();
    }
  });

  it('names PORT when its value is no port number', async () => {
    for (const cmd of ['serve', 'demo']) {
      const r = await runCli([cmd, '--db', join(dir, 'bad.db')], { PORT: 'http' });
      expect(r.code).toBe(2);
      expect(r.err).toContain('PORT: expected a port number 0-65535, got "http"');
    }
    const r = await runCli(['serve', '--db', join(dir, 'bad.db'), '--port', 'x']);
    expect(r.err).toContain('--port: expected a port number 0-65535, got "x"');
  });
});
