import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI and browser tests run the built binary and dashboard; building here, once per run, means
// `vitest` never tests yesterday's dist/ after an edit.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

export default function build(): void {
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'link-bin.mjs')], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('vite'), ['build', 'web', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
