// Shared helpers of the hostile-input tests: temp folders, the CLI run in-process, a store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as runCliCaptured } from '../helpers/run-cli.js';

export function tempDir(prefix = 'vigie-hostile-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `vigie ARGS` in this process and captures what it prints. */
export async function runCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCliCaptured(args);
  return { code: r.code, stdout: r.out, stderr: r.err };
}
