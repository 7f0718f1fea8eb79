// The same full load as bench_lists, done by the official telnyx SDK's auto-pagination:
// every toll-free verification request of the sandbox, kept in memory, timed.
//
// Environment: TELNYX_SANDBOX_URL (http://127.0.0.1:N/v2), TELNYX_SANDBOX_KEY,
// optional SDK_PAGE_SIZE (default 1000, the sandbox's maximum).
// Prints human-readable lines and one "SDK_JSON {...}" line for run.sh.
//
// Note on stopping: the SDK's TFV iterator (DefaultPaginationForMessagingTollfree) compares the
// page number with total_records, not with the number of pages, so it only stops because the
// page after the last one comes back empty: one request past the end per load.

import { performance } from 'node:perf_hooks';

const sdkUrl = new URL('../conformance/node_modules/telnyx/index.mjs', import.meta.url);
const { default: Telnyx } = await import(sdkUrl.href);
const sdkVersion = (await import(new URL('../conformance/node_modules/telnyx/version.mjs', import.meta.url).href)).VERSION;

const baseURL = process.env.TELNYX_SANDBOX_URL;
const apiKey = process.env.TELNYX_SANDBOX_KEY;
const pageSize = Number(process.env.SDK_PAGE_SIZE ?? 1000);
if (!baseURL || !apiKey) {
  console.error('TELNYX_SANDBOX_URL and TELNYX_SANDBOX_KEY must be set');
  process.exit(2);
}
const controlBase = baseURL.replace(/\/v2\/?$/, '');
const control = { headers: { 'X-Sandbox-Token': process.env.TELNYX_SANDBOX_CONTROL_TOKEN ?? '' } };
const tfvKey = 'GET /v2/messaging_tollfree/verification/requests';

async function requestCount() {
  const answer = await (await fetch(`${controlBase}/_sandbox/requests`, control)).json();
  return answer.counts?.[tfvKey] ?? 0;
}

const client = new Telnyx({ apiKey, baseURL, maxRetries: 0, timeout: 120000 });
await fetch(`${controlBase}/_sandbox/requests`, { ...control, method: 'DELETE' });

const items = [];
const cpuBefore = process.cpuUsage();
const start = performance.now();
let firstItemMs = -1;
for await (const request of client.messagingTollfree.verification.requests.list({ page: 1, page_size: pageSize })) {
  if (firstItemMs < 0) firstItemMs = performance.now() - start;
  items.push(request);
}
const allMs = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const requests = await requestCount();
const expectedPages = Math.ceil(items.length / pageSize);
const peakRssKiB = process.resourceUsage().maxRSS; // KiB on Linux

console.log(`telnyx SDK ${sdkVersion} on Node ${process.version}, page_size ${pageSize}`);
console.log(`SDK auto-pagination: first item ${firstItemMs.toFixed(1)} ms, all ${items.length} items in ${allMs.toFixed(0)} ms`);
console.log(`SDK CPU during the load: ${cpuMs.toFixed(0)} ms`);
console.log(`SDK requests: ${requests} (${expectedPages} pages of data${requests > expectedPages ? `, ${requests - expectedPages} past the end: the iterator stops on an empty page` : ''})`);
console.log(`SDK peak RSS: ${(peakRssKiB / 1024).toFixed(1)} MiB`);
console.log('SDK_JSON ' + JSON.stringify({
  sdk_version: sdkVersion, node: process.version, page_size: pageSize, items: items.length,
  first_item_ms: firstItemMs, all_items_ms: allMs, load_cpu_ms: cpuMs, requests, peak_rss_kib: peakRssKiB,
}));
