#!/usr/bin/env node
// Load generator for the run-task benchmark, run as its own process so it does not share an event
// loop (or a core's time slice) with the server it measures. Loopback only.
//
//   node scripts/bench/run-task-load.mjs SPEC_FILE
//
// SPEC_FILE (JSON): { url, concurrency, count, maxSeconds, requests: [{ method, path, headers, body }] }
// `requests` are prepared (and signed) by the caller before the clock starts, and are sent round
// robin. Prints one JSON line: { sent, ok, errors, statuses, seconds, rps, p50, p90, p99, max } (ms).
import { readFileSync } from 'node:fs';
import http from 'node:http';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = new URL(spec.url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('the load generator only talks to loopback');
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });

function send(request) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      { agent, host: target.hostname, port: target.port, method: request.method, path: request.path, headers: request.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(request.body ?? undefined);
  });
}

const latencies = [];
const statuses = {};
let next = 0;
const deadline = Date.now() + spec.maxSeconds * 1000;
const started = process.hrtime.bigint();
async function loop() {
  while (next < spec.count && Date.now() < deadline) {
    const request = spec.requests[next % spec.requests.length];
    next += 1;
    const { status, ms } = await send(request);
    statuses[status] = (statuses[status] ?? 0) + 1;
    latencies.push(ms);
  }
}
await Promise.all(Array.from({ length: spec.concurrency }, loop));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
const ok = statuses[200] ?? 0;
console.log(JSON.stringify({ sent: latencies.length, ok, errors: latencies.length - ok, statuses, seconds, rps: latencies.length / seconds, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies.at(-1) }));
