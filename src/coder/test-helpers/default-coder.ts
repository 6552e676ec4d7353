import { loadPack } from '../../data/index.js';
import { Coder, type CoderOptions } from '../coder.js';

/** A coder over the default pack (the CSTO), as `bloc extract` builds it; options override parts. */
export function defaultCoder(opts: Partial<CoderOptions> = {}): Coder {
  const pack = loadPack();
  return new Coder({ alliance: pack.alliance, members: pack.members, leaders: pack.leaders, ...opts });
}
