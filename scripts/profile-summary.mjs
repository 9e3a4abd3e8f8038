#!/usr/bin/env node
// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time by function, inclusive time by
// function, and self time by source file (node_modules packages grouped by package name).
//
//   npm run build
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/tosei.js scan FILE... --format json --output /dev/null
//   node scripts/profile-summary.mjs /tmp/prof/CPU.*.cpuprofile [--top 30]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const file = args.find((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
if (!file) {
  console.error('usage: node scripts/profile-summary.mjs PROFILE.cpuprofile [--top N]');
  process.exit(2);
}

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Self time per node: each sample is charged the delta that follows it.
const self = new Map();
const { samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) {
  const dt = timeDeltas[i + 1] ?? 0;
  self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** A package name for node_modules files (whole = false), else the path relative to the working directory. */
const shortUrl = (url, whole = false) => {
  if (!url) return '';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length);
    if (whole) return rest;
    const parts = rest.split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
};
const label = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'} ${shortUrl(f.url, true)}:${f.lineNumber + 1}`;
};

const selfBy = new Map();
const fileBy = new Map();
for (const [id, t] of self) {
  const n = nodes.get(id);
  const key = label(n);
  selfBy.set(key, (selfBy.get(key) ?? 0) + t);
  const fk = shortUrl(n.callFrame.url) || `(${n.callFrame.functionName || 'native'})`;
  fileBy.set(fk, (fileBy.get(fk) ?? 0) + t);
}

// Inclusive time: a function counted once per sample even when it recurses.
const incl = new Map();
for (let i = 0; i < samples.length; i++) {
  const dt = timeDeltas[i + 1] ?? 0;
  const seen = new Set();
  for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
    const key = label(nodes.get(id));
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + dt);
  }
}

const ms = (us) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
const print = (title, map) => {
  console.log(`\n== ${title} ==`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)}  ${k}`);
};
console.log(`profile: ${file}; sampled ${(total / 1000).toFixed(0)} ms`);
print('self time by file/package', fileBy);
print('self time by function', selfBy);
print('inclusive time by function', incl);
