// Expected response shapes, written from the TypeScript interfaces of telnyx@7.24.0
// (src/resources/**). Every declared field must be present, required or optional,
// because the sandbox is meant to return complete objects; `absentOk` marks the few
// fields that the API only sends in some situations.

function typeName(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function scalar(kind, values) {
  return {
    describe: values ? `${kind} enum` : kind,
    check(value, where, problems) {
      if (typeof value !== kind) {
        problems.push(`${where}: expected ${kind}, got ${typeName(value)}`);
      } else if (values && !values.includes(value)) {
        problems.push(`${where}: ${JSON.stringify(value)} is not one of the declared values`);
      }
    },
  };
}

export const str = (values) => scalar('string', values);
export const num = () => scalar('number');
export const bool = () => scalar('boolean');

// A literal value, e.g. record_type: 'rcs.capabilities'.
export const literal = (expected) => scalar('string', [expected]);

export function nullable(inner) {
  return {
    describe: `${inner.describe} | null`,
    check(value, where, problems) {
      if (value !== null) inner.check(value, where, problems);
    },
  };
}

export function absentOk(inner) {
  return { ...inner, absentOk: true };
}

export function arr(item, { minItems = 0 } = {}) {
  return {
    describe: `array of ${item.describe}`,
    check(value, where, problems) {
      if (!Array.isArray(value)) {
        problems.push(`${where}: expected array, got ${typeName(value)}`);
        return;
      }
      if (value.length < minItems) {
        problems.push(`${where}: expected at least ${minItems} entries, got ${value.length}`);
      }
      value.forEach((entry, index) => item.check(entry, `${where}[${index}]`, problems));
    },
  };
}

// Free-form object (e.g. an echoed RCS agent message): only the JS type is checked.
export const anyObject = () => ({
  describe: 'object',
  check(value, where, problems) {
    if (typeName(value) !== 'object') problems.push(`${where}: expected object, got ${typeName(value)}`);
  },
});

export function obj(fields) {
  return {
    describe: 'object',
    fields,
    check(value, where, problems) {
      if (typeName(value) !== 'object') {
        problems.push(`${where}: expected object, got ${typeName(value)}`);
        return;
      }
      for (const [name, spec] of Object.entries(fields)) {
        const path = where ? `${where}.${name}` : name;
        if (!(name in value) || value[name] === undefined) {
          if (!spec.absentOk) problems.push(`${path}: missing`);
          continue;
        }
        spec.check(value[name], path, problems);
      }
    },
  };
}

// Returns the list of problems (empty when the value conforms).
export function validate(schema, value, where = '') {
  const problems = [];
  schema.check(value, where || '$', problems);
  return problems;
}

// ---- shared ---------------------------------------------------------------------

// shared.ts MessagingPaginationMeta (the flat pagination meta the API returns).
export const PaginationMeta = obj({
  page_number: num(),
  page_size: num(),
  total_pages: num(),
  total_results: num(),
});

export const flatPage = (item, options) => obj({ data: arr(item, options), meta: PaginationMeta });

// ---- RCS ------------------------------------------------------------------------

// rcs/agents/agents.ts RcsAgent
export const RcsAgent = obj({
  agent_id: str(),
  agent_name: str(),
  created_at: str(),
  enabled: bool(),
  profile_id: nullable(str()),
  updated_at: str(),
  user_id: str(),
  webhook_failover_url: nullable(str()),
  webhook_url: nullable(str()),
});
export const RcsAgentResponse = obj({ data: RcsAgent });

// messaging/rcs/rcs.ts RcsCapabilities
export const RcsCapabilities = obj({
  agent_id: str(),
  agent_name: str(),
  features: arr(str()),
  phone_number: str(),
  record_type: literal('rcs.capabilities'),
});
export const RcRetrieveCapabilitiesResponse = obj({ data: RcsCapabilities });
export const RcListBulkCapabilitiesResponse = obj({ data: arr(RcsCapabilities, { minItems: 1 }) });
export const RcInviteTestNumberResponse = obj({
  data: obj({
    agent_id: str(),
    phone_number: str(),
    record_type: literal('rcs.test_number_invite'),
    status: str(),
  }),
});

// messages/rcs.ts
export const RcGenerateDeeplinkResponse = obj({ data: obj({ url: str() }) });

// messages/messages.ts RcsToItem
const RcsToItem = obj({
  carrier: str(),
  line_type: str(),
  phone_number: str(),
  status: str(),
});
export const RcSendResponse = obj({
  data: obj({
    id: str(),
    body: anyObject(), // RcsAgentMessage: every member optional, echoed from the request
    direction: str(),
    encoding: str(),
    from: obj({ agent_id: str(), agent_name: str(), carrier: str() }),
    messaging_profile_id: str(),
    organization_id: str(),
    received_at: str(),
    record_type: str(),
    to: arr(RcsToItem, { minItems: 1 }),
    type: str(),
    wait_seconds: nullable(num()),
  }),
});

// ---- hosted numbers -------------------------------------------------------------

// shared.ts HostedNumber
const HostedNumber = obj({
  id: str(),
  phone_number: str(),
  record_type: str(),
  status: str([
    'deleted',
    'failed',
    'failed_activation',
    'failed_carrier_rejected',
    'failed_ineligible_carrier',
    'failed_number_already_hosted',
    'failed_number_not_found',
    'failed_ownership_verification',
    'failed_timeout',
    'pending',
    'provisioning',
    'successful',
  ]),
});

export const HOSTED_ORDER_STATUSES = [
  'carrier_rejected',
  'compliance_review_failed',
  'deleted',
  'failed',
  'incomplete_documentation',
  'incorrect_billing_information',
  'ineligible_carrier',
  'loa_file_invalid',
  'loa_file_successful',
  'pending',
  'provisioning',
  'successful',
];

// shared.ts MessagingHostedNumberOrder
export const MessagingHostedNumberOrder = obj({
  id: str(),
  messaging_profile_id: nullable(str()),
  phone_numbers: arr(HostedNumber, { minItems: 1 }),
  record_type: str(),
  status: str(HOSTED_ORDER_STATUSES),
});
export const HostedOrderResponse = obj({ data: MessagingHostedNumberOrder });

export const CheckEligibilityResponse = obj({
  phone_numbers: arr(
    obj({
      detail: str(),
      eligible: bool(),
      eligible_status: str([
        'NUMBER_CAN_NOT_BE_REPEATED',
        'NUMBER_CAN_NOT_BE_VALIDATED',
        'NUMBER_CAN_NOT_BE_WIRELESS',
        'NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT',
        'NUMBER_CAN_NOT_HOSTED_WITH_A_TELNYX_SUBSCRIBER',
        'NUMBER_CAN_NOT_BE_IN_TELNYX',
        'NUMBER_IS_NOT_A_US_NUMBER',
        'NUMBER_IS_NOT_A_VALID_ROUTING_NUMBER',
        'NUMBER_IS_NOT_IN_E164_FORMAT',
        'BILLING_ACCOUNT_CHECK_FAILED',
        'BILLING_ACCOUNT_IS_ABOLISHED',
        'ELIGIBLE',
      ]),
      phone_number: str(),
    }),
    { minItems: 1 },
  ),
});

export const CreateVerificationCodesResponse = obj({
  data: arr(
    obj({
      phone_number: str(),
      error: absentOk(str()), // only set for a number the code could not be sent to
      type: str(['sms', 'call']),
      verification_code_id: str(),
    }),
    { minItems: 1 },
  ),
});

export const ValidateCodesResponse = obj({
  data: obj({
    order_id: str(),
    phone_numbers: arr(
      obj({ phone_number: str(), status: str(['verified', 'rejected', 'already_verified']) }),
      { minItems: 1 },
    ),
  }),
});

// shared.ts MessagingFeatureSet / NumberHealthMetrics / PhoneNumberWithMessagingSettings
const MessagingFeatureSet = obj({
  domestic_two_way: bool(),
  international_inbound: bool(),
  international_outbound: bool(),
});
export const PhoneNumberWithMessagingSettings = obj({
  id: str(),
  country_code: str(),
  created_at: str(),
  eligible_messaging_products: arr(str()),
  features: obj({ mms: nullable(MessagingFeatureSet), sms: nullable(MessagingFeatureSet) }),
  health: obj({
    inbound_outbound_ratio: num(),
    message_count: num(),
    spam_ratio: num(),
    success_ratio: num(),
  }),
  messaging_product: str(),
  messaging_profile_id: nullable(str()),
  organization_id: str(),
  phone_number: str(),
  record_type: str(['messaging_phone_number', 'messaging_settings']),
  tags: arr(str()),
  traffic_type: str(),
  type: str(['long-code', 'toll-free', 'short-code', 'longcode', 'tollfree', 'shortcode']),
  updated_at: str(),
});
export const HostedNumberResponse = obj({ data: PhoneNumberWithMessagingSettings });

// ---- toll-free verification -----------------------------------------------------

export const TFV_STATUSES = [
  'Verified',
  'Rejected',
  'Waiting For Vendor',
  'Waiting For Customer',
  'Waiting For Telnyx',
  'In Progress',
];
const VOLUMES = [
  '10',
  '100',
  '1,000',
  '10,000',
  '100,000',
  '250,000',
  '500,000',
  '750,000',
  '1,000,000',
  '5,000,000',
  '10,000,000+',
];
const USE_CASES = [
  '2FA',
  'App Notifications',
  'Appointments',
  'Auctions',
  'Auto Repair Services',
  'Bank Transfers',
  'Billing',
  'Booking Confirmations',
  'Business Updates',
  'COVID-19 Alerts',
  'Career Training',
  'Chatbot',
  'Conversational / Alerts',
  'Courier Services & Deliveries',
  'Emergency Alerts',
  'Events & Planning',
  'Financial Services',
  'Fraud Alerts',
  'Fundraising',
  'General Marketing',
  'General School Updates',
  'HR / Staffing',
  'Healthcare Alerts',
  'Housing Community Updates',
  'Insurance Services',
  'Job Dispatch',
  'Legal Services',
  'Mixed',
  'Motivational Reminders',
  'Notary Notifications',
  'Order Notifications',
  'Political',
  'Public Works',
  'Real Estate Services',
  'Religious Services',
  'Repair and Diagnostics Alerts',
  'Rewards Program',
  'Surveys',
  'System Alerts',
  'Voting Reminders',
  'Waitlist Alerts',
  'Webinar Reminders',
  'Workshop Alerts',
];
const ENTITY_TYPES = ['SOLE_PROPRIETOR', 'PRIVATE_PROFIT', 'PUBLIC_PROFIT', 'NON_PROFIT', 'GOVERNMENT'];

// The 18 fields every TFV request/response interface declares as required.
const tfvCore = {
  additionalInformation: str(),
  businessAddr1: str(),
  businessCity: str(),
  businessContactEmail: str(),
  businessContactFirstName: str(),
  businessContactLastName: str(),
  businessContactPhone: str(),
  businessName: str(),
  businessState: str(),
  businessZip: str(),
  corporateWebsite: str(),
  messageVolume: str(VOLUMES),
  optInWorkflow: str(),
  optInWorkflowImageURLs: arr(obj({ url: str() }), { minItems: 1 }),
  phoneNumbers: arr(obj({ phoneNumber: str() }), { minItems: 1 }),
  productionMessageContent: str(),
  useCase: str(USE_CASES),
  useCaseSummary: str(),
};

// The optional fields of the egress interfaces (non-nullable except the CV token).
const tfvOptionalEgress = {
  ageGatedContent: bool(),
  businessAddr2: str(),
  businessRegistrationCountry: str(),
  businessRegistrationNumber: str(),
  businessRegistrationType: str(),
  campaignVerifyAuthorizationToken: nullable(str()),
  doingBusinessAs: str(),
  entityType: str(ENTITY_TYPES),
  helpMessageResponse: str(),
  isvReseller: str(),
  optInConfirmationResponse: str(),
  optInKeywords: str(),
  privacyPolicyURL: str(),
  termsAndConditionURL: str(),
  webhookUrl: str(),
};

// requests.ts MessagingTollFreeVerificationVerificationRequestEgress (create, update)
export const TfvEgress = obj({
  id: str(),
  ...tfvCore,
  verificationRequestId: str(),
  ...tfvOptionalEgress,
  verificationStatus: str(TFV_STATUSES),
});

// requests.ts VerificationRequestStatus (list items) and RequestRetrieveResponse (retrieve):
// the same members.
export const TfvStatus = obj({
  id: str(),
  ...tfvCore,
  verificationStatus: str(TFV_STATUSES),
  ...tfvOptionalEgress,
  createdAt: str(),
  reason: str(),
  updatedAt: str(),
});

export const TfvListPage = obj({ records: arr(TfvStatus), total_records: num() });

export const StatusHistoryResponse = obj({
  records: arr(
    obj({ updatedAt: str(), verificationStatus: str(TFV_STATUSES), reason: nullable(str()) }),
    { minItems: 1 },
  ),
  total_records: num(),
});

// ---- URL domains ----------------------------------------------------------------

export const MessagingURLDomain = obj({
  id: str(),
  record_type: str(),
  url_domain: str(),
  use_case: str(),
});

// ---- messaging profiles ------------------------------------------------------------

// messaging-profiles/messaging-profiles.ts: MessagingMessagingProfile, the list's item.
export const MessagingMessagingProfile = obj({
  id: str(),
  ai_assistant_id: nullable(str()),
  alpha_sender: nullable(str()),
  created_at: str(),
  daily_spend_limit: str(),
  daily_spend_limit_enabled: bool(),
  enabled: bool(),
  features: nullable(obj({})),
  health_webhook_url: nullable(str()),
  mms_fall_back_to_sms: bool(),
  mms_transcoding: bool(),
  mobile_only: bool(),
  name: str(),
  number_pool_settings: nullable(obj({})),
  organization_id: str(),
  record_type: literal('messaging_profile'),
  redaction_enabled: bool(),
  redaction_level: num(),
  resource_group_id: nullable(str()),
  smart_encoding: bool(),
  updated_at: str(),
  url_shortener_settings: nullable(obj({})),
  v1_secret: str(),
  webhook_api_version: str(['1', '2', '2010-04-01']),
  webhook_failover_url: nullable(str()),
  webhook_url: nullable(str()),
  whitelisted_destinations: arr(str()),
});

// ---- errors ---------------------------------------------------------------------

export const ErrorBody = obj({
  errors: arr(obj({ code: str(), title: str(), detail: str() }), { minItems: 1 }),
});
