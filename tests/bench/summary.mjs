// The summary table of tests/bench/run.sh: reads the collected "TAG {json}" lines and prints one
// markdown table (measure | console | SDK (or baseline) | ratio | goal | pass/fail). A measure
// whose line is missing shows "failed"; a part that was not asked for is left out.
//
//   node summary.mjs RESULTS SMALL RECORDS "LATENCIES" "PARTS"
//
// Ratios are console / SDK (or console / baseline): below 1 the console is faster.

import { readFileSync } from 'node:fs';

const [resultsFile, smallArg, recordsArg, latenciesArg, partsArg] = process.argv.slice(2);
const small = Number(smallArg);
const records = Number(recordsArg);
const latencies = latenciesArg.trim().split(/\s+/).map(Number);
const parts = partsArg.trim().split(/\s+/);
const want = (part) => parts.includes(part);

const results = new Map();
for (const line of readFileSync(resultsFile, 'utf8').split('\n')) {
  const space = line.indexOf(' ');
  if (space < 0) continue;
  try {
    results.set(line.slice(0, space), JSON.parse(line.slice(space + 1)));
  } catch {
    // a broken line counts as missing
  }
}

const rows = [];
const FAILED = 'failed';
const row = (measure, console_, baseline, ratio, goal, verdict) =>
  rows.push([measure, console_, baseline, ratio, goal, verdict]);
const num = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const sec = (ms) => (num(ms) ? `${(ms / 1000).toFixed(2)} s` : FAILED);
const msText = (ms) => (num(ms) ? `${ms.toFixed(ms < 100 ? 1 : 0)} ms` : FAILED);
const ratioText = (a, b) => (num(a) && num(b) && b > 0 ? (a / b).toFixed(a / b < 0.1 ? 3 : 2) : '—');
const verdict = (ok) => (ok === undefined ? 'info' : ok ? 'pass' : '**FAIL**');
const rowsText = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');
const stallText = (stall) =>
  stall && num(stall.max_ms)
    ? `max ${stall.max_ms.toFixed(1)} ms, p99 ${stall.p99_ms.toFixed(1)} ms${stall.gaps_over_50ms ? `, ${stall.gaps_over_50ms}× > 50 ms` : ''}`
    : FAILED;
const stallRow = (measure, stall) =>
  row(`stall: ${measure}`, stallText(stall), '—', '—', 'longest gap ≤ 50 ms',
    stall && num(stall.max_ms) ? verdict(stall.max_ms <= 50) : FAILED);

const sizes = small === records ? [small] : [small, records];
const fullKey = `lists.console.${records}.${latencies[0]}`;
const inFlight = [];

if (want('lists')) {
  for (const latency of latencies) {
    for (const size of sizes) {
      const c = results.get(`lists.console.${size}.${latency}`);
      const s = results.get(`lists.sdk.${size}.${latency}`);
      const complete = c && c.rows === size;
      const sdkComplete = s && s.items === size;
      const consoleCell = c
        ? `${sec(c.all_rows_ms)} (${c.requests} req., page ${c.page_size}, peak ${c.peak_in_flight} in flight)${complete ? '' : `, ${c.rows} rows!`}`
        : FAILED;
      const sdkCell = s ? `${sec(s.all_items_ms)} (${s.requests} req.)${sdkComplete ? '' : `, ${s.items} items!`}` : FAILED;
      const ratio = c && s ? ratioText(c.all_rows_ms, s.all_items_ms) : '—';
      const goal = latency >= 80 ? '≤ 0.33 of SDK' : '—';
      let pass = c && s ? undefined : FAILED;
      if (c && s && latency >= 80) pass = verdict(complete && c.all_rows_ms <= s.all_items_ms / 3);
      row(`TFV load, ${rowsText(size)} rows, ${latency} ms latency`, consoleCell, sdkCell, ratio, goal,
        typeof pass === 'string' ? pass : verdict(pass));
      if (c) inFlight.push([`load ${rowsText(size)}/${latency} ms`, c.peak_in_flight, c.pages_in_flight]);
      const page = results.get(`lists.console_page.${size}.${latency}`);
      if (size === small && (page || c)) {
        row(`TFV load as the list page's Load all does it, ${rowsText(size)} rows, ${latency} ms latency`,
          page ? `${sec(page.all_rows_ms)} (${page.requests} req., page ${page.page_size}, peak ${page.peak_in_flight} in flight)` : FAILED,
          s ? sec(s.all_items_ms) : FAILED, page && s ? ratioText(page.all_rows_ms, s.all_items_ms) : '—', goal,
          !page || !s ? FAILED : latency >= 80 ? verdict(page.rows === size && page.all_rows_ms <= s.all_items_ms / 3) : 'info');
        if (page) inFlight.push([`load ${rowsText(size)}/${latency} ms (page settings)`, page.peak_in_flight, page.pages_in_flight]);
      }
    }
  }
}

if (want('capabilities')) {
  for (const latency of latencies) {
    const c = results.get(`caps.console.${latency}`);
    const s = results.get(`caps.sdk.${latency}`);
    const correct = c && c.answers === c.numbers && c.capable === c.expected_capable;
    const consoleCell = c
      ? `${sec(c.all_results_ms)} (${c.requests} req., peak ${c.peak_in_flight} in flight)${correct ? '' : ', WRONG ANSWERS'}`
      : FAILED;
    const sdkCell = s
      ? `${sec(s.sequential.all_results_ms)} loop (${s.concurrent.workers} promises: ${sec(s.concurrent.all_results_ms)})`
      : FAILED;
    const ratio = c && s ? ratioText(c.all_results_ms, s.sequential.all_results_ms) : '—';
    const goal = latency >= 80 ? '≤ 0.33 of SDK loop' : '—';
    let pass = c && s ? 'info' : FAILED;
    if (c && s && latency >= 80) pass = verdict(correct && c.all_results_ms <= s.sequential.all_results_ms / 3);
    row(`RCS capability check, ${rowsText(c?.numbers ?? 10000)} numbers, ${latency} ms latency`, consoleCell, sdkCell,
      ratio, goal, pass);
    if (c) inFlight.push([`capabilities/${latency} ms`, c.peak_in_flight, c.concurrency]);
  }
}

if (inFlight.length) {
  const peakOf = (kind) => Math.max(...inFlight.filter(([what]) => what.startsWith(kind)).map(([, p]) => p ?? Infinity));
  const peak = Math.max(...inFlight.map(([, p]) => p ?? Infinity));
  const detail = ['load', 'capabilities'].filter((kind) => inFlight.some(([what]) => what.startsWith(kind)))
    .map((kind) => `${kind === 'load' ? 'loads' : 'capability checks'}: ${peakOf(kind)}`).join(', ');
  row('console peak requests in flight', `${peak} (${detail})`, 'SDK iterator: 1', '—', '≤ 4',
    verdict(Number.isFinite(peak) && peak <= 4));
}

if (want('lists')) {
  const c = results.get(fullKey);
  const s = results.get(`lists.sdk.${records}.${latencies[0]}`);
  row(`client CPU, ${rowsText(records)}-row load (${latencies[0]} ms)`, c ? sec(c.load_cpu_ms) : FAILED,
    s ? sec(s.load_cpu_ms) : FAILED, c && s ? ratioText(c.load_cpu_ms, s.load_cpu_ms) : '—', '≤ 1.00 s',
    c && num(c.load_cpu_ms) ? verdict(c.load_cpu_ms <= 1000) : FAILED);
  const perRow = c && num(c.rss_per_row_bytes) ? c.rss_per_row_bytes / 1024 : undefined;
  row(`RSS per loaded row at ${rowsText(records)} rows (model + proxy)`,
    perRow !== undefined ? `${perRow.toFixed(2)} KiB (${((c.rss_loaded_kib - c.rss_before_kib) / 1024).toFixed(0)} MiB)` : FAILED,
    s ? `node's peak RSS ${(s.peak_rss_kib / 1024).toFixed(0)} MiB` : '—', '—', '≤ 1.5 KiB/row',
    perRow !== undefined ? verdict(perRow <= 1.5) : FAILED);
  row(`text filter at ${rowsText(records)} rows`,
    c && num(c.text_filter_ms) ? `${msText(c.text_filter_ms)} ("${c.text_filter_word}")` : FAILED, '—', '—', '≤ 30 ms',
    c && num(c.text_filter_ms) ? verdict(c.text_filter_ms <= 30) : FAILED);
  const sorts = c?.sorts ?? [];
  const worstSort = sorts.reduce((worst, sort) => (!worst || sort.ms > worst.ms ? sort : worst), undefined);
  row(`sort at ${rowsText(records)} rows, worst of ${sorts.length || 6} columns`,
    worstSort ? `${msText(worstSort.ms)} (${worstSort.column})` : FAILED, '—', '—', '≤ 150 ms',
    worstSort ? verdict(worstSort.ms <= 150) : FAILED);
  stallRow(`${rowsText(records)}-row load (${latencies[0]} ms)`, c?.load_stall);
  stallRow(`typing a 6-letter filter${c?.typing ? ` ("${c.typing.text}")` : ''}`, c?.typing?.stall);
  const worstSortStall = sorts.reduce(
    (worst, sort) => (!worst || sort.stall.max_ms > worst.stall.max_ms ? sort : worst), undefined);
  stallRow(`sorting each column, worst${worstSortStall ? ` (${worstSortStall.column})` : ''}`, worstSortStall?.stall);
}
if (want('capabilities')) {
  for (const latency of latencies)
    stallRow(`capability check (${latency} ms)`, results.get(`caps.console.${latency}`)?.stall);
}
if (want('lists')) {
  const csv = results.get(fullKey)?.csv;
  stallRow(`CSV export of ${rowsText(records)} rows${csv && !csv.ok ? ' (export FAILED)' : ''}`, csv?.stall);
}

if (want('startup')) {
  const c = results.get('startup.console');
  const b = results.get('startup.bare');
  const cell = (r, key) => (r && num(r[key]) ? `${msText(r[key])} (median of ${r.runs - r.failed})` : FAILED);
  row('start-up: first shown window', cell(c, 'first_window_ms_median'), cell(b, 'first_window_ms_median'),
    c && b ? ratioText(c.first_window_ms_median, b.first_window_ms_median) : '—', '≤ 1.3× bare',
    c && b && num(c.first_window_ms_median) && num(b.first_window_ms_median)
      ? verdict(c.first_window_ms_median <= 1.3 * b.first_window_ms_median) : FAILED);
  row('start-up: first painted rows', cell(c, 'first_rows_ms_median'), cell(b, 'first_rows_ms_median'),
    c && b ? ratioText(c.first_rows_ms_median, b.first_rows_ms_median) : '—', '—',
    c && b && num(c.first_rows_ms_median) ? 'info' : FAILED);
}

if (want('watcher')) {
  const w = results.get('watcher');
  if (!w) {
    row('watcher: requests per interval at N open requests', 'not measured', '—', '—', 'one list pass', '—');
  } else {
    const open = w.open_requests;
    const perInterval = w.requests_per_interval;
    const bound = w.goal_requests ?? Math.ceil((open ?? 0) / (w.page_size ?? 1000));
    row(`watcher: requests per interval at ${num(open) ? rowsText(open) : 'N'} open requests`,
      num(perInterval) ? `${perInterval}` : JSON.stringify(w), num(open) ? `${rowsText(open)} (one GET each)` : '—',
      num(perInterval) && num(open) && open > 0 ? ratioText(perInterval, open) : '—',
      `one list pass (≤ ${bound})`, num(perInterval) ? verdict(perInterval <= bound) : FAILED);
  }
}

const header = ['measure', 'console', 'SDK (or baseline)', 'ratio', 'goal', 'pass/fail'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`
ratio: console / SDK (or / baseline); below 1 the console is faster. Loads: every row in the model,
page size and pages in flight as shown (the SDK: its auto-paging iterator, one page at a time).
RSS per row: VmRSS after the load (model + ListFilterProxy over every row) minus VmRSS before
the model existed, divided by the rows. Stalls: gaps between the ticks of a 5 ms timer on the
benchmark's main thread (models and proxy, no view painting); wall time, so other processes on a
loaded machine lengthen them too. Start-up: median from exec to the first frame of the first
window / of the first frame with the rows, under Xvfb, console and bare window started in turn.`);
