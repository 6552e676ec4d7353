// Validates the data pack and prints counts, or every problem as FILE:LINE: field: reason.
import { loadPack, PackError } from '../src/data/index.js';

try {
  const pack = loadPack();
  const byType = new Map<string, number>();
  for (const e of pack.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  console.log(
    `pack ${pack.manifest.version}: ${pack.events.length} events, ${pack.members.length} members, ${pack.leaders.length} leader terms, ${pack.summits.length} summits`,
  );
  for (const [t, n] of [...byType].sort()) console.log(`  ${t.padEnd(34)} ${n}`);
} catch (err) {
  if (err instanceof PackError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
