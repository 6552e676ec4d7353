import type { Command } from 'commander';
import { registerAssess } from './assess.js';
import { registerBacktest } from './backtest.js';
import { registerBrief } from './brief.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerIndicators } from './indicators.js';
import { registerLeader } from './leader.js';
import { registerMembers } from './members.js';
import { registerMerges } from './merges.js';
import { registerServe } from './serve.js';
import { registerSimulate } from './simulate.js';
import { registerStats } from './stats.js';
import { registerStatus } from './status.js';
import { registerTimeline } from './timeline.js';
import { registerWatch } from './watch.js';
import { registerFeeds } from './feeds.js';
import { registerReview } from './review.js';

/** Every command of the CLI, in the order `bloc --help` lists them. */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerStatus(program);
  registerMembers(program);
  registerEvents(program);
  registerLeader(program);
  registerStats(program);
  registerIndicators(program);
  registerTimeline(program);
  registerAssess(program);
  registerBacktest(program);
  registerSimulate(program);
  registerBrief(program);
  registerExtract(program);
  registerWatch(program);
  registerFeeds(program);
  registerIngest(program);
  registerReview(program);
  registerImport(program);
  registerExport(program);
  registerMerges(program);
}
