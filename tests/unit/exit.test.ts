// Scripts print their problems and exit 1: the reader must get every line, even when it reads
// slower than the script writes (a pipe that fills up, as on a busy CI machine).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Runs a script printing `lines` numbered lines then exiting 1; reads its stdout only after `wait` ms. */
async function slowlyRead(lines: number, wait: number): Promise<{ code: number | null; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'exit-'));
  dirs.push(dir);
  const script = join(dir, 'print.ts');
  await writeFile(
    script,
    `import { exit } from ${JSON.stringify(resolve('src/lib/node/exit.ts'))};\n` +
      `for (let i = 0; i < ${lines}; i++) console.log(\`baris \${i} \${'x'.repeat(80)}\`);\nawait exit(1);\n`,
  );
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const closed = new Promise<number | null>((r) => child.on('close', r));
  child.stdout.pause();
  await new Promise((r) => setTimeout(r, wait));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stdout.resume();
  const code = await closed;
  return { code, out: Buffer.concat(chunks).toString('utf8') };
}

describe('exit', () => {
  it('hands every line to a slow reader before the process ends, with the exit status', async () => {
    // 20 000 lines of ~90 bytes: far more than a pipe's 64 KiB buffer.
    const { code, out } = await slowlyRead(20_000, 500);
    expect(code).toBe(1);
    const got = out.split('\n').filter(Boolean);
    expect(got).toHaveLength(20_000);
    expect(got.at(-1)).toBe(`baris 19999 ${'x'.repeat(80)}`);
  });
});
