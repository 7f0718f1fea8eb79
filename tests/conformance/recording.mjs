// The recording scenario: a fixed list of operations, one per endpoint where possible, run
// through the SDK on a sandbox reseeded to a known state. The request log the sandbox keeps
// of them is normalised (ids → "{id}", sorted query pairs, canonical JSON) so that the same
// operations replayed through the console's own ApiClient can be compared with it.
// tests/conformance/README.md documents every operation and body; keep the two in step.

import Telnyx, { toFile } from 'telnyx';
import { TFV_BODY, UUID_RE, minimalPdf } from './fixtures.mjs';

export const RECORDING_SEED = 7;
export const RECORDING_RECORDS = 25;

const AGENT = 'sandbox_demo_agent'; // the one seeded agent whose id does not depend on the seed
const PROFILE = '4001f3a1-6c1e-4b7a-9f3e-0c5d2a7b8e91';
const HOSTED_NUMBERS = ['+13125550160', '+13125550161'];

export const TFV_UPDATE_BODY = { ...TFV_BODY, businessZip: '78702', messageVolume: '10,000' };

// Each step: the request the sandbox must log (method, path with {id}), the status it must
// answer, and the SDK call. `state` carries ids from one step to the next.
function steps(client, control, state) {
  const tfv = client.messagingTollfree.verification.requests;
  const hosted = client.messagingHostedNumberOrders;
  return [
    {
      expect: ['GET', '/v2/messaging_url_domains', 200],
      run: () => client.messagingURLDomains.list({ 'page[number]': 2, 'page[size]': 5 }),
    },
    {
      expect: ['GET', '/v2/messaging/rcs/agents', 200],
      run: () => client.messaging.rcs.agents.list({ 'page[number]': 1, 'page[size]': 5 }),
    },
    {
      expect: ['GET', `/v2/messaging/rcs/agents/${AGENT}`, 200],
      run: () => client.messaging.rcs.agents.retrieve(AGENT),
    },
    {
      expect: ['PATCH', `/v2/messaging/rcs/agents/${AGENT}`, 200],
      run: () =>
        client.messaging.rcs.agents.update(AGENT, {
          profile_id: PROFILE,
          webhook_url: 'https://hooks.recording.example.com/rcs',
          webhook_failover_url: 'https://failover.recording.example.com/rcs',
        }),
    },
    {
      expect: ['GET', `/v2/messaging/rcs/capabilities/${AGENT}/+13125550100`, 200],
      run: () => client.messaging.rcs.retrieveCapabilities('+13125550100', { agent_id: AGENT }),
    },
    {
      expect: ['POST', '/v2/messaging/rcs/bulk_capabilities', 200],
      run: () =>
        client.messaging.rcs.listBulkCapabilities({ agent_id: AGENT, phone_numbers: ['+13125550100', '+13125550113'] }),
    },
    {
      expect: ['PUT', `/v2/messaging/rcs/test_number_invite/${AGENT}/+13125550102`, 200],
      run: () => client.messaging.rcs.inviteTestNumber('+13125550102', { id: AGENT }),
    },
    {
      expect: ['POST', '/v2/messages/rcs', 200],
      run: () =>
        client.messages.rcs.send({
          agent_id: AGENT,
          messaging_profile_id: PROFILE,
          to: '+13125550100',
          type: 'RCS',
          agent_message: { content_message: { text: 'Your order has shipped.' } },
          sms_fallback: { text: 'Your order has shipped (SMS).' },
        }),
    },
    {
      expect: ['GET', `/v2/messages/rcs/deeplinks/${AGENT}`, 200],
      run: () => client.messages.rcs.generateDeeplink(AGENT, { phone_number: '+13125550100', body: 'Hello from the console' }),
    },
    {
      expect: ['POST', '/v2/messaging_tollfree/verification/requests', 200],
      run: async () => {
        state.tfvId = (await tfv.create(TFV_BODY)).id;
      },
    },
    {
      expect: ['PATCH', '/v2/messaging_tollfree/verification/requests/{id}', 200],
      run: () => tfv.update(state.tfvId, TFV_UPDATE_BODY),
    },
    {
      expect: ['GET', '/v2/messaging_tollfree/verification/requests', 200],
      run: () =>
        tfv.list({
          page: 1,
          page_size: 10,
          business_name: 'Conformance Bakery',
          phone_number: '+18885550100',
          status: 'In Progress',
          date_start: '2020-01-01T00:00:00Z',
          date_end: '2100-01-01T00:00:00Z',
        }),
    },
    {
      expect: ['GET', '/v2/messaging_tollfree/verification/requests/{id}', 200],
      run: () => tfv.retrieve(state.tfvId),
    },
    {
      expect: ['GET', '/v2/messaging_tollfree/verification/requests/{id}/status_history', 200],
      run: () => tfv.retrieveStatusHistory(state.tfvId, { 'page[number]': 1, 'page[size]': 10 }),
    },
    {
      // Not Rejected: the sandbox refuses (400), as the API does.
      expect: ['DELETE', '/v2/messaging_tollfree/verification/requests/{id}', 400],
      run: () => expectRejection(tfv.delete(state.tfvId), Telnyx.BadRequestError),
    },
    {
      expect: ['POST', '/v2/messaging_hosted_number_orders/eligibility_numbers_check', 200],
      run: () => hosted.checkEligibility({ phone_numbers: HOSTED_NUMBERS }),
    },
    {
      expect: ['POST', '/v2/messaging_hosted_number_orders', 200],
      run: async () => {
        state.orderId = (await hosted.create({ messaging_profile_id: PROFILE, phone_numbers: HOSTED_NUMBERS })).data.id;
      },
    },
    {
      expect: ['GET', '/v2/messaging_hosted_number_orders', 200],
      run: () => hosted.list({ 'page[number]': 1, 'page[size]': 5 }),
    },
    {
      expect: ['GET', '/v2/messaging_hosted_number_orders/{id}', 200],
      run: () => hosted.retrieve(state.orderId),
    },
    {
      expect: ['POST', '/v2/messaging_hosted_number_orders/{id}/actions/file_upload', 200],
      run: async () => {
        await hosted.actions.uploadFile(state.orderId, {
          loa: await toFile(minimalPdf('Letter of authorization'), 'loa.pdf', { type: 'application/pdf' }),
          bill: await toFile(minimalPdf('Invoice'), 'bill.pdf', { type: 'application/pdf' }),
        });
        // The order is deleted at the end; keep what the sandbox received for the recording.
        state.uploads.set(state.orderId, (await control.uploads(state.orderId)).data);
      },
    },
    {
      expect: ['POST', '/v2/messaging_hosted_number_orders/{id}/verification_codes', 200],
      run: () => hosted.createVerificationCodes(state.orderId, { phone_numbers: HOSTED_NUMBERS, verification_method: 'sms' }),
    },
    {
      expect: ['POST', '/v2/messaging_hosted_number_orders/{id}/validation_codes', 200],
      run: async () => {
        const codes = await control.verificationCodes(state.orderId);
        return hosted.validateCodes(state.orderId, {
          verification_codes: HOSTED_NUMBERS.map((number) => ({ phone_number: number, code: codes[number] })),
        });
      },
    },
    {
      expect: ['PATCH', `/v2/messaging_hosted_numbers/${HOSTED_NUMBERS[0]}`, 200],
      run: () =>
        client.messagingHostedNumbers.update(HOSTED_NUMBERS[0], {
          messaging_profile_id: PROFILE,
          messaging_product: 'A2P',
          tags: ['recording'],
        }),
    },
    {
      expect: ['DELETE', `/v2/messaging_hosted_numbers/${HOSTED_NUMBERS[1]}`, 200],
      run: () => client.messagingHostedNumbers.delete(HOSTED_NUMBERS[1]),
    },
    {
      expect: ['DELETE', '/v2/messaging_hosted_number_orders/{id}', 200],
      run: () => hosted.delete(state.orderId),
    },
    {
      expect: ['GET', '/v2/messaging_profiles', 200],
      run: () => client.messagingProfiles.list({ 'page[number]': 1, 'page[size]': 5 }),
    },
  ];
}

async function expectRejection(promise, ErrorClass) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ErrorClass) return;
    throw error;
  }
  throw new Error(`expected ${ErrorClass.name}`);
}

const UUID_GLOBAL = new RegExp(UUID_RE.source, 'gi');
const withIds = (text) => text.replace(UUID_GLOBAL, '{id}');

// Recursively: UUIDs → "{id}", verification codes → "{code}", object keys sorted.
function canonical(value, key) {
  if (Array.isArray(value)) return value.map((entry) => canonical(entry));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((name) => [name, canonical(value[name], name)]),
    );
  }
  if (typeof value === 'string') return key === 'code' ? '{code}' : withIds(value);
  return value;
}

function normalise(entry, uploadsByOrder) {
  const mediaType = String(entry.content_type ?? '').split(';')[0].trim().toLowerCase();
  let body = entry.body ?? null;
  if (mediaType === 'multipart/form-data') {
    // The boundary differs per run; record the parts the sandbox received instead.
    const orderId = entry.path.split('/')[3];
    const uploads = uploadsByOrder.get(orderId);
    body = {
      multipart: (uploads?.parts ?? [])
        .map((part) => ({ name: part.name, filename: part.filename, content_type: part.content_type }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
  return {
    method: entry.method,
    path: withIds(entry.path),
    query: entry.queryItems
      .map(([name, value]) => [name, withIds(value)])
      .sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0]))),
    body: canonical(body),
    status: entry.status,
  };
}

// Returns {problems, recording}.
export async function runRecordingScenario(client, control) {
  await control.reset(RECORDING_SEED, RECORDING_RECORDS);
  await control.setSpeed(0); // frozen virtual time: statuses stay where the scenario put them
  await control.resetRequests();
  const state = { uploads: new Map() };
  const problems = [];
  const plan = steps(client, control, state);
  for (const [index, step] of plan.entries()) {
    try {
      await step.run();
    } catch (error) {
      problems.push(`step ${index + 1} (${step.expect[0]} ${step.expect[1]}): ${error?.message ?? error}`);
    }
  }
  const log = await control.requests();
  const recording = log.map((entry) => normalise(entry, state.uploads));
  if (recording.length !== plan.length) problems.push(`sandbox logged ${recording.length} requests, expected ${plan.length}`);
  plan.forEach((step, index) => {
    const [method, path, status] = step.expect;
    const got = recording[index];
    if (!got) return;
    if (got.method !== method || got.path !== path || got.status !== status) {
      problems.push(`request ${index + 1}: expected ${method} ${path} → ${status}, logged ${got.method} ${got.path} → ${got.status}`);
    }
  });
  await control.setSpeed(60);
  return { problems, recording };
}
