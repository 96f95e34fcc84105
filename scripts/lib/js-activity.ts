/*
 * What the main thread's JavaScript was doing, from the CPU samples of `npm run profile`: each
 * sample's stack is read from the leaf down, and the first React (or Next) function that marks a
 * kind of work names it — an effect callback, React's commit, its render (hydration on the first
 * pass), the RSC payload, module evaluation. Sampled, hence estimates: ± one sampling interval
 * per sample, and work React does for a component (reconciling its DOM) is React's, not the
 * component's.
 */
import type { Sample } from './cpu-samples';
import type { ModuleResolver, ResolvedFrame } from './js-modules';

export interface JsBreakdown {
  /** Sampled ms by kind of work (see ACTIVITIES). */
  activities: Record<string, number>;
  /** Sampled self ms by package group, by original file and by chunk. */
  groups: Record<string, number>;
  modules: Record<string, number>;
  scripts: Record<string, number>;
  /** Sampled self ms by `<chunk> → <group>`: what each chunk holds that ran. */
  chunks: Record<string, number>;
  /** Sampled ms with one of the site's own functions on the stack, by its outermost own function (inclusive). */
  own: Record<string, number>;
  /** Sampled ms inside each component function that React rendered (inclusive, without React's reconciling). */
  components: Record<string, number>;
  /** Sampled self ms in browser APIs and builtins (document.cookie, addEventListener…), by `<API> ← <caller's group>`. */
  apis: Record<string, number>;
  /** Sampled ms of React's render phase after its first commit: updates, and boundaries hydrated late. */
  renderAfterCommit: number;
  /** Sampled ms of JavaScript, of native work outside it ((program)) and of V8's collector. */
  js: number;
  native: number;
  gc: number;
}

const EFFECT = new Set(['commitHookEffectListMount', 'commitHookEffectListUnmount']);
const COMMIT = new Set(['commitRoot', 'flushMutationEffects', 'flushLayoutEffects', 'flushPassiveEffects', 'flushPendingEffects', 'flushAfterMutationEffects', 'flushSpawnedWork', 'commitBeforeMutationEffects']);
const RENDERING = new Set(['renderRootSync', 'renderRootConcurrent', 'workLoopSync', 'workLoopConcurrentByScheduler', 'performUnitOfWork', 'beginWork', 'completeWork']);
const COMMITTED = new Set(['commitRoot', 'flushMutationEffects', 'flushLayoutEffects', 'flushPassiveEffects', 'commitMutationEffectsOnFiber', 'commitLayoutEffectOnFiber', 'commitPassiveMountOnFiber', 'commitHookEffectListMount']);
const EVENT = new Set(['dispatchDiscreteEvent', 'dispatchContinuousEvent', 'dispatchEvent']);
const REACT = new Set(['react-dom', 'react', 'scheduler']);

const RENDER = 'React render (hydration, updates)';
export const ACTIVITIES = ['V8 compile (functions, on first call)', 'module evaluation', 'RSC payload (Next)', 'Next router cache & prefetch', RENDER, 'React commit', 'effects: ours', 'effects: framework', 'event handlers', 'inline scripts', 'other JS'] as const;

/** The kind of work of a stack (resolved frames, root first). */
function activityOf(frames: ResolvedFrame[]): string {
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const frame = frames[i]!;
    if (frame.group === 'react-dom') {
      if (EFFECT.has(frame.fn)) {
        const owner = frames.slice(i + 1).find((f) => !REACT.has(f.group));
        return !owner ? 'React commit' : owner.own ? 'effects: ours' : 'effects: framework';
      }
      if (COMMIT.has(frame.fn)) return 'React commit';
      if (RENDERING.has(frame.fn)) return RENDER;
      if (EVENT.has(frame.fn)) return 'event handlers';
    }
    // Evaluating a module (its factory, or the runtime's lazy compile of it) wherever it is required from.
    if (frame.fn === '(module init)' || frame.fn === 'instantiateModule' || frame.fn === '(chunk top level)') return 'module evaluation';
    if (frame.group.startsWith('next: RSC client')) return 'RSC payload (Next)';
    // Next's client cache of route segments: the initial tree written into it, and <Link> prefetches.
    if (frame.module.includes('next/src/client/components/segment-cache/')) return 'Next router cache & prefetch';
  }
  return frames[0]?.script === 'inline' ? 'inline scripts' : 'other JS';
}

const add = (into: Record<string, number>, key: string, ms: number) => (into[key] = (into[key] ?? 0) + ms);

/** Sorts the samples into kinds of work, packages, files, chunks, the site's own functions and components. */
export function breakDown(samples: Sample[], resolver: ModuleResolver, compiling: (ts: number) => boolean): JsBreakdown {
  const result: JsBreakdown = { activities: {}, groups: {}, modules: {}, scripts: {}, chunks: {}, own: {}, components: {}, apis: {}, renderAfterCommit: 0, js: 0, native: 0, gc: 0 };
  const resolved = samples.map((sample) => ({ sample, frames: sample.stack.flatMap((f) => (f.url ? [resolver.resolve({ ...f, url: f.url })] : [])) }));
  // What React renders after its first commit is an update, or a Suspense boundary hydrated late:
  // the stack does not tell them apart, so this is printed as an upper bound of the updates.
  // Any sampled step of a commit marks it (a short commitRoot itself may fall between samples).
  const firstCommit = resolved.find(({ frames }) => frames.some((f) => f.group === 'react-dom' && COMMITTED.has(f.fn)))?.sample.ts ?? Infinity;
  for (const { sample, frames } of resolved) {
    const ms = sample.weight / 1000;
    const leaf = sample.stack.at(-1);
    if (leaf?.functionName === '(idle)' || !leaf) continue;
    if (leaf.functionName === '(program)') {
      result.native += ms;
      continue;
    }
    if (leaf.functionName === '(garbage collector)') {
      result.gc += ms;
      continue;
    }
    // A builtin or DOM call (addEventListener, fetch…) counts for the code that made it.
    const self = frames.at(-1);
    if (!self) continue;
    result.js += ms;
    // While V8 compiles a function, the stack shows its caller: the time is the compiler's.
    const compile = compiling(sample.ts);
    const activity = compile ? 'V8 compile (functions, on first call)' : activityOf(frames);
    add(result.activities, activity, ms);
    if (activity === RENDER && sample.ts > firstCommit) result.renderAfterCommit += ms;
    add(result.groups, compile ? `compile ← ${self.own ? 'site code' : self.group}` : self.group, ms);
    if (!compile && !leaf.url) add(result.apis, `${leaf.functionName || '(anonymous builtin)'} ← ${self.own ? 'site code' : self.group}`, ms);
    // Which function V8 compiles is not on the stack: the file and chunk it lives in stay unknown.
    add(result.modules, compile ? '(V8 compile: callee unknown)' : self.module, ms);
    add(result.scripts, compile ? '(V8 compile: callee unknown)' : self.script, ms);
    if (!compile) add(result.chunks, `${self.script} → ${self.group}`, ms);
    const outermostOwn = frames.find((f) => f.own);
    if (outermostOwn) add(result.own, `${outermostOwn.fn} — ${outermostOwn.module} [${activity}]`, ms);
    const render = frames.findLastIndex((f) => f.group === 'react-dom' && (f.fn === 'renderWithHooks' || f.fn === 'renderWithHooksAgain'));
    const component = render >= 0 ? frames.slice(render + 1).find((f) => !REACT.has(f.group)) : undefined;
    if (component && !compile) add(result.components, `${component.fn} (${component.own ? component.module : component.group})`, ms);
  }
  return result;
}
