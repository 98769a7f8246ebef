// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time per function.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT } from './dataset.js';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  /** `name (file:line)`, the file relative to the checkout or to node_modules. */
  fn: string;
  selfMs: number;
  percent: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Share of the time the process was idle, waiting for work: (idle). */
  idlePercent: number;
  gcPercent: number;
  top: ProfileEntry[];
}

function where(url: string): string {
  if (!url) return '';
  const path = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  return path.startsWith('/') ? relative(ROOT, path) : path;
}

/**
 * The `count` functions with the most self time: each sample's interval is billed to the function it landed
 * in. Only samples within `window` (µs of the monotonic clock, which V8 stamps samples with) count, so that
 * start-up and idle waits stay out of it.
 */
export function summarizeProfile(file: string, window?: { startUs: number; endUs: number }, count = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  let gcUs = 0;
  // timeDeltas[i] is the time before sample i; the interval a sample stands for is the one that follows it.
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const next = profile.timeDeltas[i + 1] ?? 0;
    const node = nodeById.get(profile.samples[i]);
    if (!node || next <= 0) continue;
    if (window && (at < window.startUs || at > window.endUs)) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    totalUs += next;
    if (functionName === '(idle)') idleUs += next;
    if (functionName === '(garbage collector)') gcUs += next;
    const key = url ? `${functionName || '(anonymous)'} (${where(url)}:${lineNumber + 1})` : functionName || '(anonymous)';
    selfUs.set(key, (selfUs.get(key) ?? 0) + next);
  }
  const top = [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, us]) => ({ fn, selfMs: us / 1000, percent: (100 * us) / totalUs }));
  return { totalMs: totalUs / 1000, idlePercent: (100 * idleUs) / totalUs, gcPercent: (100 * gcUs) / totalUs, top };
}
