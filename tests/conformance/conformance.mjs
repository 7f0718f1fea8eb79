// SDK conformance: the official telnyx npm SDK (7.24.0) drives telnyx-sandbox through every
// method behind the console's endpoints and must parse every answer. Prints one line per check
// ("ok - name" / "not ok - name: reason"), "# ..." notes for observed SDK behaviour, and a final
// "N passed, M failed" line. Exit status 0 only when nothing failed.
//
// Environment: TELNYX_SANDBOX_URL (e.g. http://127.0.0.1:PORT/v2), TELNYX_SANDBOX_KEY,
// optional CONFORMANCE_RECORDING_OUT (file the recording scenario's request log is written to).

import { writeFileSync } from 'node:fs';
import Telnyx, { toFile } from 'telnyx';
import * as S from './schemas.mjs';
import { TFV_BODY, UUID_RE, minimalPdf } from './fixtures.mjs';
import { runRecordingScenario } from './recording.mjs';
import { SandboxControl } from './sandboxcontrol.mjs';

const baseURL = process.env.TELNYX_SANDBOX_URL;
const apiKey = process.env.TELNYX_SANDBOX_KEY;
if (!baseURL || !apiKey) {
  console.error('TELNYX_SANDBOX_URL and TELNYX_SANDBOX_KEY must be set');
  process.exit(2);
}

const client = new Telnyx({ apiKey, baseURL, maxRetries: 0, timeout: 20000 });
const control = new SandboxControl(baseURL);

let passed = 0;
let failed = 0;

function report(name, problems) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok - ${name}`);
  } else {
    failed += 1;
    console.log(`not ok - ${name}: ${problems.slice(0, 6).join('; ')}${problems.length > 6 ? ` (+${problems.length - 6} more)` : ''}`);
  }
}

function note(text) {
  console.log(`# ${text}`);
}

// Runs one check; `body` returns a list of problems (or throws, which is a failure).
// Returns whatever the body stored in `out` so later checks can build on it.
async function check(name, body) {
  const out = {};
  try {
    const problems = (await body(out)) ?? [];
    report(name, problems);
  } catch (error) {
    report(name, [describeError(error)]);
  }
  return out;
}

function describeError(error) {
  if (error instanceof Telnyx.APIError) {
    return `${error.constructor.name} ${error.status ?? ''}: ${JSON.stringify(error.error ?? error.message).slice(0, 300)}`;
  }
  return String(error?.message ?? error).replace(/\s+/g, ' ');
}

const expect = (condition, message) => (condition ? [] : [message]);

// Awaits an SDK call, keeps what it parsed in out[key], and checks status and shape.
async function checkShape(promise, schema, out, key = 'value') {
  const { data, response } = await promise.withResponse();
  out[key] = data;
  return [
    ...expect(response.status >= 200 && response.status < 300, `HTTP ${response.status}`),
    ...S.validate(schema, data),
  ];
}

// Asserts that `promise` rejects with the given SDK error class and status.
async function expectError(promise, ErrorClass, status, extra = () => []) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof ErrorClass)) return [`expected ${ErrorClass.name}, got ${describeError(error)}`];
    return [
      ...expect(error.status === status, `expected status ${status}, got ${error.status}`),
      ...S.validate(S.ErrorBody, error.error, 'error body'),
      ...extra(error),
    ];
  }
  return [`expected ${ErrorClass.name}, the call succeeded`];
}

// Iterates a paginated list with `for await` and compares the count with the total the
// sandbox reports on the first page; also counts the page requests the sandbox received.
async function checkAutoPagination(out, { list, pathSuffix, totalOf, itemSchema, pageSize, pageParam, sandboxTotal }) {
  const first = await list();
  const total = totalOf(first);
  const held = sandboxTotal ? await sandboxTotal() : total;
  await control.resetRequests();
  const items = [];
  for await (const item of list()) items.push(item);
  const log = await control.requests();
  const pageRequests = log.filter((entry) => entry.method === 'GET' && entry.path.endsWith(pathSuffix));
  const pagesAsked = pageRequests.map((entry) => Number(new Map(entry.queryItems).get(pageParam) ?? 1));
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  out.total = total;
  out.pagesAsked = pagesAsked;
  out.lastPage = lastPage;
  const problems = [
    ...expect(items.length === total, `iterated ${items.length} items, the first page says ${total}`),
    ...expect(held === total, `the sandbox holds ${held} records, the first page says ${total}`),
    ...expect(total > pageSize * 2, `total ${total} too small to span three pages of ${pageSize}`),
    ...expect(new Set(items.map((item) => JSON.stringify(item))).size === items.length, 'duplicate items across pages'),
  ];
  items.forEach((item, index) => problems.push(...S.validate(itemSchema, item, `item[${index}]`)));
  for (let page = 1; page <= lastPage; page += 1) {
    if (!pagesAsked.includes(page)) problems.push(`page ${page} was never requested (asked ${pagesAsked.join(',')})`);
  }
  return problems;
}

// ---- main ---------------------------------------------------------------------------

// Realistic mode (telnyx-sandbox --realistic): where the SDK leaves the API open, the sandbox
// answers the other way; a few checks expect that answer instead.
let realistic = false;

async function main() {
  realistic = Boolean((await control.call('GET', '/mode'))?.data?.realistic);
  note(`sandbox mode: ${realistic ? 'realistic' : 'default'}`);
  // The recording scenario runs first; it reseeds the sandbox itself (seed 7, 25 records) so
  // it starts from the same state as the C++ replay.
  await check('recording scenario runs and the sandbox logs every operation', async () => {
    const { problems, recording } = await runRecordingScenario(client, control);
    const outFile = process.env.CONFORMANCE_RECORDING_OUT;
    if (outFile) {
      writeFileSync(outFile, `${JSON.stringify(recording, null, 2)}\n`);
      note(`recording (${recording.length} requests) written to ${outFile}`);
    }
    return problems;
  });

  await rcsChecks();
  await hostedOrderChecks();
  await hostedNumberChecks();
  await tollFreeChecks();
  await urlDomainChecks();
  await messagingProfileChecks();
  await errorChecks();
  await retryAndFaultChecks();
}

// ---- RCS ----------------------------------------------------------------------------

let agentId;

async function rcsChecks() {
  const agents = await check('messaging.rcs.agents.list parses (page[size]=2)', async (out) => {
    const page = await client.messaging.rcs.agents.list({ 'page[number]': 1, 'page[size]': 2 });
    out.page = page;
    return [
      ...S.validate(S.flatPage(S.RcsAgent, { minItems: 1 }), { data: page.data, meta: page.meta }),
      ...expect(page.data.length <= 2, `page[size]=2 returned ${page.data.length} agents`),
    ];
  });
  agentId = agents.page?.data?.[0]?.agent_id;

  await check('messaging.rcs.agents.list auto-pagination (for await) covers the total', (out) =>
    checkAutoPagination(out, {
      list: () => client.messaging.rcs.agents.list({ 'page[size]': 2 }),
      pathSuffix: '/messaging/rcs/agents',
      totalOf: (page) => page.meta.total_results,
      itemSchema: S.RcsAgent,
      pageSize: 2,
      pageParam: 'page[number]',
    }),
  );

  await check('messaging.rcs.agents.retrieve parses', async (out) => [
    ...(await checkShape(client.messaging.rcs.agents.retrieve(agentId), S.RcsAgentResponse, out)),
    ...expect(out.value?.data?.agent_id === agentId, 'agent_id differs from the one asked for'),
  ]);

  await check('messaging.rcs.agents.update parses and applies the change', async (out) => {
    const body = {
      webhook_url: 'https://hooks.conformance.example.com/rcs',
      webhook_failover_url: 'https://failover.conformance.example.com/rcs',
    };
    const problems = await checkShape(client.messaging.rcs.agents.update(agentId, body), S.RcsAgentResponse, out);
    const again = await client.messaging.rcs.agents.retrieve(agentId);
    return [
      ...problems,
      ...expect(out.value?.data?.webhook_url === body.webhook_url, 'webhook_url not updated in the answer'),
      ...expect(again.data?.webhook_failover_url === body.webhook_failover_url, 'update not persisted'),
    ];
  });

  await check('messaging.rcs.retrieveCapabilities parses', async (out) => [
    ...(await checkShape(
      // Even last digit: RCS-capable, a 200 in both modes (realistic mode 404s the others).
      client.messaging.rcs.retrieveCapabilities('+13125550124', { agent_id: agentId }),
      S.RcRetrieveCapabilitiesResponse,
      out,
    )),
    ...expect(out.value?.data?.phone_number === '+13125550124', 'phone_number not echoed (path decoding?)'),
  ]);

  await check('messaging.rcs.listBulkCapabilities parses', async (out) => [
    ...(await checkShape(
      client.messaging.rcs.listBulkCapabilities({
        agent_id: agentId,
        phone_numbers: ['+13125550123', '+13125550124', '+13125550125'],
      }),
      S.RcListBulkCapabilitiesResponse,
      out,
    )),
    // Realistic mode lists only the numbers that can receive RCS (+13125550124).
    ...expect(out.value?.data?.length === (realistic ? 1 : 3),
      `expected ${realistic ? 1 : 3} entries, got ${out.value?.data?.length}`),
  ]);

  if (realistic) {
    await check('messaging.rcs.retrieveCapabilities: a number without RCS is a 404', async () => [
      ...(await expectError(
        client.messaging.rcs.retrieveCapabilities('+13125550125', { agent_id: agentId }),
        Telnyx.NotFoundError,
        404,
      )),
    ]);
  }

  await check('messaging.rcs.inviteTestNumber parses', async (out) => [
    ...(await checkShape(
      client.messaging.rcs.inviteTestNumber('+13125550126', { id: agentId }),
      S.RcInviteTestNumberResponse,
      out,
    )),
    ...expect(out.value?.data?.phone_number === '+13125550126', 'phone_number not echoed'),
  ]);

  await check('messages.rcs.send parses', async (out) => [
    ...(await checkShape(
      client.messages.rcs.send({
        agent_id: agentId,
        messaging_profile_id: agents.page?.data?.[0]?.profile_id ?? 'profile-conformance',
        to: '+13125550127',
        type: 'RCS',
        agent_message: { content_message: { text: 'Conformance hello' } },
        sms_fallback: { text: 'Conformance hello (SMS)' },
      }),
      S.RcSendResponse,
      out,
    )),
    ...expect(out.value?.data?.to?.[0]?.phone_number === '+13125550127', 'to[0].phone_number not echoed'),
    ...expect(out.value?.data?.body?.content_message?.text === 'Conformance hello', 'agent message not echoed as body'),
  ]);

  await check('messages.rcs.generateDeeplink parses', async (out) => [
    ...(await checkShape(
      client.messages.rcs.generateDeeplink(agentId, { phone_number: '+13125550128', body: 'Hi there & welcome' }),
      S.RcGenerateDeeplinkResponse,
      out,
    )),
    ...expect(/^(sms|https?):/.test(out.value?.data?.url ?? ''), `not a URL: ${out.value?.data?.url}`),
  ]);
}

// ---- hosted number orders -------------------------------------------------------------

let hostedOrderId;

async function hostedOrderChecks() {
  const listed = await check('messagingHostedNumberOrders.list parses (page[size]=3)', async (out) => {
    const page = await client.messagingHostedNumberOrders.list({ 'page[number]': 1, 'page[size]': 3 });
    out.page = page;
    return [
      ...S.validate(S.flatPage(S.MessagingHostedNumberOrder, { minItems: 1 }), { data: page.data, meta: page.meta }),
      ...expect(page.data.length <= 3, `page[size]=3 returned ${page.data.length}`),
    ];
  });

  await check('messagingHostedNumberOrders.list auto-pagination (for await) covers the total', (out) =>
    checkAutoPagination(out, {
      list: () => client.messagingHostedNumberOrders.list({ 'page[size]': 3 }),
      pathSuffix: '/messaging_hosted_number_orders',
      totalOf: (page) => page.meta.total_results,
      itemSchema: S.MessagingHostedNumberOrder,
      pageSize: 3,
      pageParam: 'page[number]',
      sandboxTotal: async () => (await control.stats()).hosted_orders,
    }),
  );

  const existingId = listed.page?.data?.[0]?.id;
  await check('messagingHostedNumberOrders.retrieve parses', async (out) => [
    ...(await checkShape(client.messagingHostedNumberOrders.retrieve(existingId), S.HostedOrderResponse, out)),
    ...expect(out.value?.data?.id === existingId, 'id differs from the one asked for'),
  ]);

  await check('messagingHostedNumberOrders.checkEligibility parses', async (out) => [
    ...(await checkShape(
      client.messagingHostedNumberOrders.checkEligibility({ phone_numbers: ['+13125550140', '13125550141', '+442071838750'] }),
      S.CheckEligibilityResponse,
      out,
    )),
    ...expect(out.value?.phone_numbers?.length === 3, 'expected one answer per number'),
    ...expect(out.value?.phone_numbers?.[1]?.eligible === false, 'a number without "+" should not be eligible'),
  ]);

  const profileId = listed.page?.data?.find((order) => order.messaging_profile_id)?.messaging_profile_id;
  const numbers = ['+13125550150', '+13125550151'];
  const created = await check('messagingHostedNumberOrders.create parses', async (out) => [
    ...(await checkShape(
      client.messagingHostedNumberOrders.create({ messaging_profile_id: profileId, phone_numbers: numbers }),
      S.HostedOrderResponse,
      out,
    )),
    ...expect(
      JSON.stringify(out.value?.data?.phone_numbers?.map((entry) => entry.phone_number)) === JSON.stringify(numbers),
      'phone_numbers not echoed',
    ),
    ...expect(UUID_RE.test(out.value?.data?.id ?? ''), 'id is not a UUID'),
  ]);
  hostedOrderId = created.value?.data?.id;

  await check('messagingHostedNumberOrders.actions.uploadFile (multipart loa + bill) parses', async (out) => {
    const loa = minimalPdf('Letter of authorization');
    const bill = minimalPdf('Invoice');
    const problems = await checkShape(
      client.messagingHostedNumberOrders.actions.uploadFile(hostedOrderId, {
        loa: await toFile(loa, 'loa.pdf', { type: 'application/pdf' }),
        bill: await toFile(bill, 'bill.pdf', { type: 'application/pdf' }),
      }),
      S.HostedOrderResponse,
      out,
    );
    const received = (await control.uploads(hostedOrderId)).data;
    const part = (name) => received.parts?.find((entry) => entry.name === name);
    return [
      ...problems,
      ...expect(part('loa')?.size === loa.length, `loa part: ${JSON.stringify(part('loa')?.size)} bytes, sent ${loa.length}`),
      ...expect(part('bill')?.size === bill.length, `bill part: ${JSON.stringify(part('bill')?.size)} bytes, sent ${bill.length}`),
      ...expect(part('loa')?.filename === 'loa.pdf' && part('loa')?.content_type === 'application/pdf', 'loa filename/content type lost'),
      ...expect(out.value?.data?.status === 'loa_file_successful', `order status after both documents: ${out.value?.data?.status}`),
    ];
  });

  await check('messagingHostedNumberOrders.createVerificationCodes parses', async (out) => [
    ...(await checkShape(
      client.messagingHostedNumberOrders.createVerificationCodes(hostedOrderId, {
        phone_numbers: numbers,
        verification_method: 'sms',
      }),
      S.CreateVerificationCodesResponse,
      out,
    )),
    ...expect(out.value?.data?.length === 2, 'expected one entry per number'),
  ]);

  await check('messagingHostedNumberOrders.validateCodes parses (one right code, one wrong)', async (out) => {
    const sent = await control.verificationCodes(hostedOrderId);
    const right = sent[numbers[0]];
    const problems = await checkShape(
      client.messagingHostedNumberOrders.validateCodes(hostedOrderId, {
        verification_codes: [
          { phone_number: numbers[0], code: right },
          { phone_number: numbers[1], code: wrongCode(sent[numbers[1]]) },
        ],
      }),
      S.ValidateCodesResponse,
      out,
    );
    const statuses = Object.fromEntries((out.value?.data?.phone_numbers ?? []).map((e) => [e.phone_number, e.status]));
    return [
      ...problems,
      ...expect(out.value?.data?.order_id === hostedOrderId, 'order_id differs'),
      ...expect(statuses[numbers[0]] === 'verified', `right code gave ${statuses[numbers[0]]}`),
      ...expect(statuses[numbers[1]] === 'rejected', `wrong code gave ${statuses[numbers[1]]}`),
    ];
  });

  await check('messagingHostedNumberOrders.delete parses', async (out) => [
    ...(await checkShape(client.messagingHostedNumberOrders.delete(hostedOrderId), S.HostedOrderResponse, out)),
    ...expect(out.value?.data?.id === hostedOrderId, 'id differs'),
  ]);
}

function wrongCode(code) {
  const digits = String(code ?? '000000');
  return digits.replace(/\d$/, (last) => String((Number(last) + 1) % 10));
}

// ---- hosted numbers -------------------------------------------------------------------

async function hostedNumberChecks() {
  const listed = await check('messagingHostedNumbers.list parses (page[size]=3)', async (out) => {
    const page = await client.messagingHostedNumbers.list({ 'page[number]': 1, 'page[size]': 3 });
    out.page = page;
    return S.validate(S.flatPage(S.PhoneNumberWithMessagingSettings, { minItems: 1 }), {
      data: page.data,
      meta: page.meta,
    });
  });

  await check('messagingHostedNumbers.list auto-pagination (for await) covers the total', (out) =>
    checkAutoPagination(out, {
      list: () => client.messagingHostedNumbers.list({ 'page[size]': 3 }),
      pathSuffix: '/messaging_hosted_numbers',
      totalOf: (page) => page.meta.total_results,
      itemSchema: S.PhoneNumberWithMessagingSettings,
      pageSize: 3,
      pageParam: 'page[number]',
    }),
  );

  const numberId = listed.page?.data?.[0]?.id;
  await check('messagingHostedNumbers.retrieve parses', async (out) => [
    ...(await checkShape(client.messagingHostedNumbers.retrieve(numberId), S.HostedNumberResponse, out)),
    ...expect(out.value?.data?.id === numberId, 'id differs'),
  ]);

  const profiles = await client.messagingProfiles.list({ 'page[number]': 1, 'page[size]': 250 });
  const target = profiles.data?.find((profile) => profile.id !== listed.page?.data?.[0]?.messaging_profile_id)?.id;
  await check('messagingHostedNumbers.update moves the number to another profile and tags it', async (out) => [
    ...(await checkShape(
      client.messagingHostedNumbers.update(numberId, { messaging_profile_id: target, messaging_product: 'P2P', tags: ['conformance'] }),
      S.HostedNumberResponse,
      out,
    )),
    ...expect(out.value?.data?.messaging_profile_id === target, `messaging_profile_id is ${out.value?.data?.messaging_profile_id}`),
    ...expect(JSON.stringify(out.value?.data?.tags) === '["conformance"]', `tags are ${JSON.stringify(out.value?.data?.tags)}`),
  ]);
  await check('messagingHostedNumbers.update to an unknown profile → Telnyx.UnprocessableEntityError 422 pointing at /messaging_profile_id', () =>
    expectError(
      client.messagingHostedNumbers.update(numberId, { messaging_profile_id: '00000000-0000-4000-8000-00000000beef' }),
      Telnyx.UnprocessableEntityError,
      422,
      (error) => {
        const pointers = (error.error?.errors ?? []).map((entry) => entry?.source?.pointer);
        return expect(pointers.includes('/messaging_profile_id'), `pointers: ${JSON.stringify(pointers)}`);
      },
    ),
  );

  await check('messagingHostedNumbers.delete parses and marks the number deleted', async (out) => {
    const problems = await checkShape(client.messagingHostedNumbers.delete(numberId), S.HostedOrderResponse, out);
    const entry = out.value?.data?.phone_numbers?.find((number) => number.id === numberId);
    const again = await client.messagingHostedNumbers.list({ 'filter[phone_number]': listed.page?.data?.[0]?.phone_number });
    return [
      ...problems,
      ...expect(entry?.status === 'deleted', `the number's entry in the order is ${JSON.stringify(entry)}`),
      ...S.validate(S.flatPage(S.PhoneNumberWithMessagingSettings), { data: again.data, meta: again.meta }, 'filtered list'),
    ];
  });
}

// ---- toll-free verification -------------------------------------------------------------

async function tollFreeChecks() {
  const requests = client.messagingTollfree.verification.requests;
  const body = { ...TFV_BODY, phoneNumbers: [{ phoneNumber: '+18885550111' }], businessName: 'Conformance Checks Inc' };

  const created = await check('messagingTollfree.verification.requests.create parses', async (out) => [
    ...(await checkShape(requests.create(body), S.TfvEgress, out)),
    ...expect(out.value?.businessName === body.businessName, 'businessName not echoed'),
    ...expect(out.value?.phoneNumbers?.[0]?.phoneNumber === '+18885550111', 'phoneNumbers not echoed'),
    ...expect(UUID_RE.test(out.value?.id ?? ''), 'id is not a UUID'),
  ]);
  const id = created.value?.id;

  await check('messagingTollfree.verification.requests.retrieve parses', async (out) => [
    ...(await checkShape(requests.retrieve(id), S.TfvStatus, out)),
    ...expect(out.value?.id === id, 'id differs'),
  ]);

  await check('messagingTollfree.verification.requests.update parses and applies the change', async (out) => {
    const changed = { ...body, businessZip: '78702', messageVolume: '10,000' };
    const problems = await checkShape(requests.update(id, changed), S.TfvEgress, out);
    const again = await requests.retrieve(id);
    return [
      ...problems,
      ...expect(out.value?.businessZip === '78702', 'businessZip not updated in the answer'),
      ...expect(again.messageVolume === '10,000', 'update not persisted'),
    ];
  });

  await check('messagingTollfree.verification.requests.list parses (filters)', async (out) => {
    const page = await requests.list({ page: 1, page_size: 5, business_name: 'Conformance Checks', phone_number: '+18885550111' });
    out.page = page;
    return [
      ...S.validate(S.TfvListPage, { records: page.records, total_records: page.total_records }),
      ...expect(page.records.some((record) => record.id === id), 'filtered list does not contain the created request'),
      ...expect(page.records.every((record) => record.businessName.includes('Conformance Checks')), 'business_name filter ignored'),
    ];
  });

  await check('messagingTollfree.verification.requests.list status/date filters parse', async () => {
    const page = await requests.list({
      page: 1,
      page_size: 10,
      status: 'Verified',
      date_start: '2000-01-01T00:00:00Z',
      date_end: '2100-01-01T00:00:00Z',
    });
    return [
      ...S.validate(S.TfvListPage, { records: page.records, total_records: page.total_records }),
      ...expect(page.records.every((record) => record.verificationStatus === 'Verified'), 'status filter ignored'),
    ];
  });

  await check('messagingTollfree.verification.requests.list auto-pagination (for await) covers the total', async (out) => {
    const problems = await checkAutoPagination(out, {
      list: () => requests.list({ page_size: 4 }),
      pathSuffix: '/messaging_tollfree/verification/requests',
      totalOf: (page) => page.total_records,
      itemSchema: S.TfvStatus,
      pageSize: 4,
      pageParam: 'page',
      sandboxTotal: async () => (await control.stats()).tollfree_requests,
    });
    const past = out.pagesAsked?.filter((page) => page > out.lastPage) ?? [];
    note(
      `observed: TFV list auto-pagination with page_size=4 over total_records=${out.total} asked pages ` +
        `[${out.pagesAsked?.join(',')}], last real page ${out.lastPage}; ` +
        (past.length ? `${past.length} request(s) past the end (the SDK compares the page number with total_records)` : 'no request past the end'),
    );
    return problems;
  });

  await check('messagingTollfree.verification.requests.retrieveStatusHistory parses', async (out) =>
    checkShape(requests.retrieveStatusHistory(id, { 'page[number]': 1, 'page[size]': 10 }), S.StatusHistoryResponse, out),
  );

  await check('messagingTollfree.verification.requests.delete of a non-Rejected request → BadRequestError 400', () =>
    expectError(requests.delete(id), Telnyx.BadRequestError, 400),
  );

  await check('messagingTollfree.verification.requests.delete of a Rejected request succeeds', async () => {
    // "[reject]" in the business name makes the sandbox reject the request two virtual hours on.
    const doomed = await requests.create({
      ...body,
      businessName: 'Conformance Doomed [reject]',
      phoneNumbers: [{ phoneNumber: '+18885550112' }],
    });
    await control.advance(3 * 3600);
    const rejected = await requests.retrieve(doomed.id);
    const history = await requests.retrieveStatusHistory(doomed.id, { 'page[number]': 1, 'page[size]': 10 });
    const response = await requests.delete(doomed.id).asResponse();
    return [
      ...expect(rejected.verificationStatus === 'Rejected', `status after 3 h is ${rejected.verificationStatus}`),
      ...S.validate(S.TfvStatus, rejected, 'rejected request'),
      ...S.validate(S.StatusHistoryResponse, history, 'history'),
      ...expect(history.records.length >= 3, `history has ${history.records.length} entries`),
      ...expect(typeof history.records.find((r) => r.verificationStatus === 'Rejected')?.reason === 'string', 'no reason on the Rejected entry'),
      ...expect(response.status >= 200 && response.status < 300, `HTTP ${response.status}`),
      ...(await expectError(requests.retrieve(doomed.id), Telnyx.NotFoundError, 404)).map((p) => `retrieve after delete: ${p}`),
    ];
  });
}

// ---- URL domains ----------------------------------------------------------------------

async function urlDomainChecks() {
  await check('messagingURLDomains.list parses (page[size]=2)', async () => {
    const page = await client.messagingURLDomains.list({ 'page[number]': 1, 'page[size]': 2 });
    return S.validate(S.flatPage(S.MessagingURLDomain, { minItems: 1 }), { data: page.data, meta: page.meta });
  });

  await check('messagingURLDomains.list auto-pagination (for await, page[size]=1) covers the total', (out) =>
    checkAutoPagination(out, {
      list: () => client.messagingURLDomains.list({ 'page[size]': 1 }),
      pathSuffix: '/messaging_url_domains',
      totalOf: (page) => page.meta.total_results,
      itemSchema: S.MessagingURLDomain,
      pageSize: 1,
      pageParam: 'page[number]',
    }),
  );
}

// ---- messaging profiles ----------------------------------------------------------------

async function messagingProfileChecks() {
  await check('messagingProfiles.list parses (page[number]=1, page[size]=2)', async () => {
    const page = await client.messagingProfiles.list({ 'page[number]': 1, 'page[size]': 2 });
    return S.validate(S.flatPage(S.MessagingMessagingProfile, { minItems: 2 }), { data: page.data, meta: page.meta });
  });

  await check('messagingProfiles.list auto-pagination (for await, page[size]=2) covers the total', (out) =>
    checkAutoPagination(out, {
      list: () => client.messagingProfiles.list({ 'page[size]': 2 }),
      pathSuffix: '/messaging_profiles',
      totalOf: (page) => page.meta.total_results,
      itemSchema: S.MessagingMessagingProfile,
      pageSize: 2,
      pageParam: 'page[number]',
    }),
  );

  await check('every messaging profile id the hosted orders and RCS agents use is listed', async () => {
    const ids = new Set();
    for await (const profile of client.messagingProfiles.list({ 'page[size]': 250 })) ids.add(profile.id);
    const used = new Set();
    for await (const order of client.messagingHostedNumberOrders.list({ 'page[size]': 250 })) {
      if (order.messaging_profile_id) used.add(order.messaging_profile_id);
    }
    for await (const agent of client.messaging.rcs.agents.list({ 'page[size]': 250 })) {
      if (agent.profile_id) used.add(agent.profile_id);
    }
    return [...used].filter((id) => !ids.has(id)).map((id) => `${id} is not listed`);
  });
}

// ---- errors ---------------------------------------------------------------------------

async function errorChecks() {
  const unknown = '00000000-0000-4000-8000-000000000000';
  const wrongKey = new Telnyx({ apiKey: `${apiKey}-wrong`, baseURL, maxRetries: 0, timeout: 20000 });

  await check('wrong API key → Telnyx.AuthenticationError 401', () =>
    expectError(wrongKey.messagingURLDomains.list(), Telnyx.AuthenticationError, 401),
  );
  await check('unknown TFV id → Telnyx.NotFoundError 404', () =>
    expectError(client.messagingTollfree.verification.requests.retrieve(unknown), Telnyx.NotFoundError, 404),
  );
  await check('unknown hosted order id → Telnyx.NotFoundError 404', () =>
    expectError(client.messagingHostedNumberOrders.retrieve(unknown), Telnyx.NotFoundError, 404),
  );
  await check('unknown RCS agent → Telnyx.NotFoundError 404', () =>
    expectError(client.messaging.rcs.agents.retrieve('no-such-agent'), Telnyx.NotFoundError, 404),
  );
  await check('unknown TFV id on delete → Telnyx.NotFoundError 404', () =>
    expectError(client.messagingTollfree.verification.requests.delete(unknown), Telnyx.NotFoundError, 404),
  );
  await check('RCS send to a non-E.164 number → Telnyx.UnprocessableEntityError 422 pointing at /to', () =>
    expectError(
      client.messages.rcs.send({
        agent_id: agentId,
        messaging_profile_id: 'profile-conformance',
        to: '3125550129',
        agent_message: { content_message: { text: 'x' } },
      }),
      Telnyx.UnprocessableEntityError,
      422,
      (error) => {
        const pointers = (error.error?.errors ?? []).map((entry) => entry?.source?.pointer);
        return expect(pointers.includes('/to'), `pointers: ${JSON.stringify(pointers)}`);
      },
    ),
  );
  await check(`invalid TFV body → Telnyx.UnprocessableEntityError 422 with ${realistic ? 'the field named in errors[].detail' : 'errors[].source.pointer'}`, () =>
    expectError(
      client.messagingTollfree.verification.requests.create({
        ...TFV_BODY,
        phoneNumbers: [{ phoneNumber: '+18885550122' }],
        businessZip: '',
        businessContactEmail: 'not-an-email',
      }),
      Telnyx.UnprocessableEntityError,
      422,
      (error) => {
        const entries = error.error?.errors ?? [];
        if (realistic) {
          // As the public TFV docs show them: no source; the detail names the field; meta.
          const details = entries.map((entry) => String(entry?.detail ?? ''));
          return [
            ...expect(entries.every((entry) => entry?.source === undefined), `an error with source: ${JSON.stringify(entries)}`),
            ...expect(entries.every((entry) => typeof entry?.meta?.url === 'string'), `an error without meta.url: ${JSON.stringify(entries)}`),
            ...expect(details.some((detail) => detail.includes('businessZip')), `no detail names businessZip: ${JSON.stringify(details)}`),
            ...expect(details.some((detail) => detail.includes('businessContactEmail')), `no detail names businessContactEmail: ${JSON.stringify(details)}`),
          ];
        }
        const pointers = entries.map((entry) => entry?.source?.pointer);
        return [
          ...expect(pointers.every((pointer) => typeof pointer === 'string'), `an error without source.pointer: ${JSON.stringify(pointers)}`),
          ...expect(pointers.includes('/businessZip'), `no /businessZip pointer in ${JSON.stringify(pointers)}`),
          ...expect(pointers.includes('/businessContactEmail'), `no /businessContactEmail pointer in ${JSON.stringify(pointers)}`),
        ];
      },
    ),
  );
}

// ---- faults: how the SDK meets rate limits, server errors, timeouts, dropped connections ----

async function retryAndFaultChecks() {
  const path = '/v2/messaging_url_domains';
  const countOf = async (method, suffix) =>
    (await control.requests()).filter((entry) => entry.method === method && entry.path === suffix).length;

  await check('429 with maxRetries 0 → Telnyx.RateLimitError, one request', async () => {
    await control.resetRequests();
    await control.addFault({ method: 'GET', path, kind: 'status', status: 429, retry_after: 1 });
    const problems = await expectError(client.messagingURLDomains.list(), Telnyx.RateLimitError, 429, (error) =>
      expect(error.headers?.get?.('retry-after') === '1', `Retry-After header: ${error.headers?.get?.('retry-after')}`),
    );
    return [...problems, ...expect((await countOf('GET', path)) === 1, 'the SDK retried despite maxRetries 0')];
  });

  await check('429 with retry-after-ms and maxRetries 2 → the SDK waits that long and retries', async () => {
    // 1200 ms is well clear of the default first backoff (375-500 ms), so the wait shows
    // which one the SDK used.
    await control.resetRequests();
    await control.addFault({ method: 'GET', path, kind: 'status', status: 429, retry_after_ms: 1200 });
    const retrying = new Telnyx({ apiKey, baseURL, maxRetries: 2, timeout: 20000 });
    const started = Date.now();
    const page = await retrying.messagingURLDomains.list();
    const elapsed = Date.now() - started;
    const requests = await countOf('GET', path);
    note(`observed: a 429 with retry-after-ms: 1200 was retried; ${elapsed} ms in total, ${requests} requests`);
    return [
      ...expect(requests === 2, `${requests} requests, expected 2`),
      ...expect(elapsed >= 1150, `took only ${elapsed} ms: retry-after-ms not honoured`),
      ...S.validate(S.flatPage(S.MessagingURLDomain), { data: page.data, meta: page.meta }),
    ];
  });

  await check('403 → Telnyx.PermissionDeniedError', async () => {
    await control.addFault({ method: 'GET', path, kind: 'status', status: 403 });
    return expectError(client.messagingURLDomains.list(), Telnyx.PermissionDeniedError, 403);
  });

  await check('500 with maxRetries 0 → Telnyx.InternalServerError', async () => {
    await control.addFault({ method: 'GET', path, kind: 'status', status: 500 });
    return expectError(client.messagingURLDomains.list(), Telnyx.InternalServerError, 500);
  });

  await check('a reply slower than the timeout → Telnyx.APIConnectionTimeoutError', async () => {
    await control.addFault({ method: 'GET', path, kind: 'delay', delay_ms: 1500 });
    const impatient = new Telnyx({ apiKey, baseURL, maxRetries: 0, timeout: 300 });
    try {
      await impatient.messagingURLDomains.list();
    } catch (error) {
      return expect(error instanceof Telnyx.APIConnectionTimeoutError, `got ${describeError(error)}`);
    } finally {
      await new Promise((resolve) => setTimeout(resolve, 1300)); // let the delayed reply drain
    }
    return ['the call succeeded'];
  });

  await check('a POST whose connection drops after processing is retried by the SDK (creates twice)', async () => {
    const ordersPath = '/v2/messaging_hosted_number_orders';
    const before = (await control.stats()).hosted_orders;
    await control.resetRequests();
    await control.addFault({ method: 'POST', path: ordersPath, kind: 'drop', after_processing: true });
    const retrying = new Telnyx({ apiKey, baseURL, maxRetries: 1, timeout: 20000 });
    const answer = await retrying.messagingHostedNumberOrders.create({ phone_numbers: ['+13125550170'] });
    const posts = await countOf('POST', ordersPath);
    const after = (await control.stats()).hosted_orders;
    note(`observed: after a dropped connection the SDK re-sent the POST (${posts} requests); the sandbox now holds ${after - before} new order(s)`);
    return [
      ...expect(posts === 2, `${posts} POST requests, expected 2`),
      ...expect(after - before === 2, `${after - before} orders created, expected 2 (one per attempt)`),
      ...S.validate(S.HostedOrderResponse, answer),
    ];
  });

  await control.clearFaults();
}

try {
  await main();
} catch (error) {
  report('conformance run completes', [describeError(error)]);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
