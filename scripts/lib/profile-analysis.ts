/*
 * From one captured load to the figures `npm run profile` prints, and from several runs to their
 * medians. Every figure is a flat `kind:name` key (phase:…, js:…, group:…, module:…, script:…,
 * own:…, component:…, api:…) so that runs, medians and the JSON report share one shape.
 */
import { compileIntervals, mainThreadSamples, within } from './cpu-samples';
import { breakDown } from './js-activity';
import type { ModuleResolver } from './js-modules';
import type { CapturedLoad } from './profile-load';
import { median } from './server';
import { findMainThread, summariseThread } from './trace-events';

export type Figures = Record<string, number>;

export interface LoadProfile {
  figures: Figures;
  banner: boolean;
  stubbed: string[];
  refused: string[];
  /** The median sampling interval, µs (NaN without samples). */
  interval: number;
}

const prefixed = (kind: string, record: Record<string, number>): Figures => Object.fromEntries(Object.entries(record).map(([name, ms]) => [`${kind}:${name}`, ms]));

/** The figures of one load: the trace's exact ones (load, busy, TBT, phases) and the sampled JavaScript breakdown. */
export function analyseLoad(load: CapturedLoad, resolver: ModuleResolver, settleMs: number): LoadProfile {
  const thread = findMainThread(load.events, load.url, settleMs);
  const summary = summariseThread(load.events, thread);
  const { samples, interval, gaps } = mainThreadSamples(load.events, thread);
  const compiling = compileIntervals(load.events, thread);
  const js = breakDown(samples, resolver, (ts) => within(compiling, ts));
  const figures: Figures = {
    'thread:load event': (thread.load - thread.start) / 1000,
    'thread:main thread busy': summary.busy,
    'thread:TBT': summary.tbt,
    'thread:long tasks': summary.longTasks,
    'thread:longest task': summary.longestTask,
    ...prefixed('phase', summary.phases),
    'sampled:JavaScript': js.js,
    'sampled:React render after its first commit': js.renderAfterCommit,
    'sampled:native (not JS)': js.native,
    'sampled:garbage collector': js.gc,
    'sampled:sampler gaps (unattributed)': gaps,
    ...prefixed('js', js.activities),
    ...prefixed('group', js.groups),
    ...prefixed('module', js.modules),
    ...prefixed('script', js.scripts),
    ...prefixed('chunk', js.chunks),
    ...prefixed('own', js.own),
    ...prefixed('component', js.components),
    ...prefixed('api', js.apis),
  };
  return { figures, banner: load.banner, stubbed: load.stubbed, refused: load.refused, interval };
}

/** The median of every figure over the runs (a figure missing from a run counts 0 there). */
export function medianFigures(runs: Figures[]): Figures {
  const keys = new Set(runs.flatMap((run) => Object.keys(run)));
  return Object.fromEntries([...keys].map((key) => [key, median(runs.map((run) => run[key] ?? 0))]));
}

/** The figures of one kind (`group`, `own`…), name → ms, largest first. */
export function ofKind(figures: Figures, kind: string): [string, number][] {
  return Object.entries(figures)
    .filter(([key]) => key.startsWith(`${kind}:`))
    .map(([key, ms]): [string, number] => [key.slice(kind.length + 1), ms])
    .sort((a, b) => b[1] - a[1]);
}
