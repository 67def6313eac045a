// Running the real build (scripts/build.ts) the way `npm run build` does.
import { execFile } from 'node:child_process';

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runBuild(dataDir: string, outDir: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/build.ts'],
      { env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
