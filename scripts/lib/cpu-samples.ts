/*
 * The V8 CPU profile of a page's main thread, as the trace carries it (`Profile` and `ProfileChunk`
 * events of the disabled-by-default-v8.cpu_profiler category), turned into samples: a time, a
 * weight and the stack, for `npm run profile`. A sample stands for the time until the next one,
 * as DevTools counts it, so every figure derived from samples is an estimate (± one interval).
 */
import type { MainThread, TraceEvent } from './trace-events';

export interface CallFrame {
  functionName: string;
  url?: string;
  /** 0-based, as V8 reports them: the position of the function's parameter list. */
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
  startTime?: number;
}

const MAX_WEIGHT = 10_000;

export interface Sample {
  /** Trace µs. */
  ts: number;
  /** µs this sample stands for. */
  weight: number;
  /** Root first, leaf last; V8's pseudo frames ((program), (garbage collector), (idle)) included. */
  stack: CallFrame[];
}

/**
 * The samples of the main thread's CPU profile inside the window, the median sampling interval
 * (µs), and the time (ms) no sample accounts for. DevTools' CPU throttling freezes the thread for
 * a few ms at a time and no sample is taken meanwhile; the thread resumes where it stopped, so a
 * sample stands for the time until the next one, as DevTools counts it. A gap longer than
 * MAX_WEIGHT is rather the sampler starved by a busy machine: it counts MAX_WEIGHT, the rest is
 * reported as unattributed.
 */
export function mainThreadSamples(events: TraceEvent[], thread: MainThread): { samples: Sample[]; interval: number; gaps: number } {
  // The profile is announced on the thread it samples; its chunks come from the sampler thread.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  if (!profile) return { samples: [], interval: NaN, gaps: 0 };
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === thread.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  const nodes = new Map<number, ProfileNode>();
  const ids: number[] = [];
  const deltas: number[] = [];
  for (const chunk of chunks) {
    const data = chunk.args?.data as ChunkData | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    ids.push(...(data?.cpuProfile?.samples ?? []));
    deltas.push(...(data?.timeDeltas ?? []));
  }
  let ts = (profile.args?.data as ChunkData | undefined)?.startTime ?? profile.ts;
  const times = deltas.map((delta) => (ts += delta));
  const stacks = new Map<number, CallFrame[]>();
  const stackOf = (id: number): CallFrame[] => {
    const known = stacks.get(id);
    if (known) return known;
    const node = nodes.get(id);
    const stack = node ? [...(node.parent === undefined ? [] : stackOf(node.parent)), node.callFrame] : [];
    stacks.set(id, stack);
    return stack;
  };
  const intervals = times.slice(1).map((at, i) => at - times[i]!).sort((a, b) => a - b);
  const interval = intervals[Math.floor(intervals.length / 2)] ?? NaN;
  const samples: Sample[] = [];
  let gaps = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const at = times[i]!;
    const gap = (times[i + 1] ?? at) - at;
    if (at < thread.start || at >= thread.end || gap <= 0) continue;
    // The (root) node is no frame.
    const stack = stackOf(ids[i]!).slice(1);
    if (gap > MAX_WEIGHT && stack.at(-1)?.functionName !== '(idle)') gaps += (gap - MAX_WEIGHT) / 1000;
    samples.push({ ts: at, weight: Math.min(gap, MAX_WEIGHT), stack });
  }
  return { samples, interval, gaps };
}

/** The merged intervals (trace µs) in which V8 compiled on the thread: a sample there stands for the compiler, not for the JavaScript on its stack. */
export function compileIntervals(events: TraceEvent[], thread: MainThread): [number, number][] {
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && (e.name === 'V8.CompileCode' || e.name === 'v8.compile' || e.name === 'v8.compileModule'))
    .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** True when `ts` falls in one of the sorted, disjoint `intervals`. */
export function within(intervals: [number, number][], ts: number): boolean {
  let low = 0;
  let high = intervals.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = intervals[mid]!;
    if (ts < start) high = mid - 1;
    else if (ts >= end) low = mid + 1;
    else return true;
  }
  return false;
}
