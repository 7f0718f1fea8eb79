// The same bulk RCS capability check as bench_capabilities, done with the official telnyx SDK's
// messaging.rcs.listBulkCapabilities: the 10 000 numbers in batches of 100, first one request
// at a time, then with 3 promises in flight (each takes the next batch when its request ends).
// The SDK has no cache, so there is no "second run" to compare with the console's.
//
// Environment: TELNYX_SANDBOX_URL (http://127.0.0.1:N/v2), TELNYX_SANDBOX_KEY,
// optional SDK_NUMBERS (default 10000), SDK_AGENT (default sandbox_demo_agent),
// SDK_CONCURRENCY (default 3).
// Prints human-readable lines and one "SDK_CAPS_JSON {...}" line for run.sh.

import { performance } from 'node:perf_hooks';

const sdkUrl = new URL('../conformance/node_modules/telnyx/index.mjs', import.meta.url);
const { default: Telnyx } = await import(sdkUrl.href);
const sdkVersion = (await import(new URL('../conformance/node_modules/telnyx/version.mjs', import.meta.url).href)).VERSION;

const baseURL = process.env.TELNYX_SANDBOX_URL;
const apiKey = process.env.TELNYX_SANDBOX_KEY;
const total = Number(process.env.SDK_NUMBERS ?? 10000);
const agentId = process.env.SDK_AGENT ?? 'sandbox_demo_agent';
const concurrency = Number(process.env.SDK_CONCURRENCY ?? 3);
const batchSize = 100; // the API's maximum per bulk_capabilities request
if (!baseURL || !apiKey) {
  console.error('TELNYX_SANDBOX_URL and TELNYX_SANDBOX_KEY must be set');
  process.exit(2);
}
const controlBase = baseURL.replace(/\/v2\/?$/, '');
const control = { headers: { 'X-Sandbox-Token': process.env.TELNYX_SANDBOX_CONTROL_TOKEN ?? '' } };
const bulkKey = 'POST /v2/messaging/rcs/bulk_capabilities';

async function resetRequests() {
  await fetch(`${controlBase}/_sandbox/requests`, { ...control, method: 'DELETE' });
}

async function requestCount() {
  const answer = await (await fetch(`${controlBase}/_sandbox/requests`, control)).json();
  return answer.counts?.[bulkKey] ?? 0;
}

// The same numbers as bench_capabilities: +1 312 55x xxxx, the last digit cycling 0–9.
const numbers = Array.from({ length: total }, (_, i) => `+1312${String(5500000 + i).padStart(7, '0')}`);
const expectedCapable = numbers.filter((n) => Number(n.at(-1)) % 2 === 0).length;
const batches = [];
for (let first = 0; first < numbers.length; first += batchSize) batches.push(numbers.slice(first, first + batchSize));

const client = new Telnyx({ apiKey, baseURL, maxRetries: 0, timeout: 120000 });

// `workers` promises, each posting the next batch as soon as its previous one is answered.
async function checkAll(workers) {
  await resetRequests();
  const answers = [];
  let next = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  let firstResultsMs = -1;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      try {
        const reply = await client.messaging.rcs.listBulkCapabilities({ agent_id: agentId, phone_numbers: batch });
        if (firstResultsMs < 0) firstResultsMs = performance.now() - start;
        answers.push(...(reply.data ?? []));
      } finally {
        inFlight -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const allMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const requests = await requestCount();
  const capable = answers.filter((a) => (a.features ?? []).length > 0).length;
  return {
    workers, answers: answers.length, capable, requests, peak_in_flight: peakInFlight,
    first_results_ms: firstResultsMs, all_results_ms: allMs, cpu_ms: (cpu.user + cpu.system) / 1000,
  };
}

function describe(label, run) {
  const wrong = run.answers !== total || run.capable !== expectedCapable
    ? `  << UNEXPECTED: wanted ${total} answers, ${expectedCapable} capable` : '';
  console.log(`${label}: first results ${run.first_results_ms.toFixed(1)} ms, all ${run.answers} answers in ${run.all_results_ms.toFixed(1)} ms; `
    + `${run.requests} requests, peak ${run.peak_in_flight} in flight; ${run.capable} capable; CPU ${run.cpu_ms.toFixed(0)} ms${wrong}`);
}

console.log(`telnyx SDK ${sdkVersion} on Node ${process.version}, ${total} numbers (${expectedCapable} capable), ${batches.length} batches of ${batchSize}`);
const sequential = await checkAll(1);
describe('SDK sequential', sequential);
const concurrent = await checkAll(concurrency);
describe(`SDK ${concurrency} concurrent`, concurrent);
console.log('SDK_CAPS_JSON ' + JSON.stringify({
  sdk_version: sdkVersion, node: process.version, numbers: total, expected_capable: expectedCapable,
  sequential, concurrent,
}));
