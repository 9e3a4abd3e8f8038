#!/usr/bin/env node
// Load generator for the run-task benchmark, run as its own process so it does not share an event
// loop with the server it measures. autocannon drives the connections: Node's own HTTP client
// could not send faster than about 5,000 requests a second here, so it measured itself rather
// than the server. Loopback only.
//
//   node scripts/bench/run-task-load.mjs SPEC_FILE
//
// SPEC_FILE (JSON): { url, concurrency, count, requests: [{ method, path, headers, body }] }
// `requests` are prepared (and signed) before the clock starts and are sent round robin across
// all connections, so each distinct request is sent once when count <= requests.length.
// Prints one JSON line: { sent, ok, errors, statuses, seconds, rps, p50, p90, p99, max } (ms).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = new URL(spec.url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('the load generator only talks to loopback');

let next = 0;
const result = await autocannon({
  url: spec.url,
  connections: spec.concurrency,
  amount: spec.count,
  requests: [{ setupRequest: (request) => ({ ...request, ...spec.requests[next++ % spec.requests.length] }) }],
});
const sent = result.requests.total;
const ok = result['2xx'];
const statuses = { 200: ok, other: result.non2xx, errors: result.errors + result.timeouts };
const seconds = result.duration;
console.log(JSON.stringify({ sent, ok, errors: sent - ok, statuses, seconds, rps: sent / seconds, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max }));
