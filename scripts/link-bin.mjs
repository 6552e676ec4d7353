// Run by `npm run build` (so by `npm ci`, through prepare): links node_modules/.bin/bloc to the
// built CLI, which is how `npx bloc` finds it. package.json has no "bin" on purpose: npm exec
// installs a project that declares the bin asked for into its own cache and builds it all again
// (half a minute) on first use, even when the bin is linked.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist', 'cli', 'main.js');
const link = join(root, 'node_modules', '.bin', 'bloc');
if (!existsSync(target)) throw new Error(`link-bin: ${target} is missing: run npm run build first`);
chmodSync(target, 0o755);
mkdirSync(dirname(link), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(dirname(link), target), link);
