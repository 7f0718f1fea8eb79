// The sandbox's control surface (/_sandbox/..., next to /v2; see app/sandbox/README.md).

export class SandboxControl {
  // token: the X-Sandbox-Token telnyx-sandbox printed at start (run.sh passes it on).
  constructor(baseURL, token = process.env.TELNYX_SANDBOX_CONTROL_TOKEN ?? '') {
    this.root = new URL('/_sandbox', baseURL).toString();
    this.token = token;
  }

  async call(method, path, body) {
    const headers = { 'X-Sandbox-Token': this.token };
    if (body !== undefined || method === 'POST') headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.root}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /_sandbox${path} → ${response.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  }

  // The request log, oldest first; each entry gains `queryItems` ([key, value] pairs).
  async requests() {
    const answer = await this.call('GET', '/requests');
    return answer.log.map((entry) => ({ ...entry, queryItems: parseQuery(entry.query) }));
  }

  resetRequests() {
    return this.call('DELETE', '/requests');
  }

  // Reseeds the whole sandbox (all state back to what --seed/--records generate).
  reset(seed, records) {
    return this.call('POST', '/reset', { seed, records });
  }

  setSpeed(speed) {
    return this.call('POST', '/clock', { speed });
  }

  advance(seconds) {
    return this.call('POST', '/advance', { seconds });
  }

  // {phone_number: code} of the codes sent for an order (the latest code wins).
  async verificationCodes(orderId) {
    const answer = await this.call('GET', `/verification_codes?order_id=${encodeURIComponent(orderId)}`);
    return Object.fromEntries(answer.data.map((entry) => [entry.phone_number, entry.code]));
  }

  // Counts of what the sandbox holds: {tollfree_requests, hosted_orders, ...}.
  async stats() {
    return (await this.call('GET', '/stats')).data;
  }

  // Arms a fault for the next matching /v2 request(s) (kind: status, delay, malformed, drop).
  addFault(description) {
    return this.call('POST', '/faults', description);
  }

  clearFaults() {
    return this.call('DELETE', '/faults');
  }

  uploads(orderId) {
    return this.call('GET', `/uploads/${encodeURIComponent(orderId)}`);
  }
}

// The log holds the query fully decoded ("page[number]=2&page[size]=5"); split it back into
// pairs. Values containing '&' cannot be told apart, so the scenario avoids them.
export function parseQuery(query) {
  if (!query) return [];
  return query.split('&').map((item) => {
    const at = item.indexOf('=');
    return at < 0 ? [item, ''] : [item.slice(0, at), item.slice(at + 1)];
  });
}
