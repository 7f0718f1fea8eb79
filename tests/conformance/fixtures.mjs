// Fixed inputs shared by the checks and the recording scenario.

// A minimal but well-formed one-page PDF.
export function minimalPdf(title) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>`,
  ];
  const stream = `BT /F1 12 Tf 72 720 Td (${title}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

export const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

// The fixed toll-free verification body (all 18 required and every optional field).
export const TFV_BODY = {
  businessName: 'Conformance Bakery LLC',
  corporateWebsite: 'https://conformance-bakery.example.com',
  businessAddr1: '600 Congress Avenue',
  businessAddr2: 'Suite 1400',
  businessCity: 'Austin',
  businessState: 'Texas',
  businessZip: '78701',
  businessContactFirstName: 'Ada',
  businessContactLastName: 'Lovelace',
  businessContactEmail: 'ada@conformance-bakery.example.com',
  businessContactPhone: '+15125550100',
  messageVolume: '1,000',
  phoneNumbers: [{ phoneNumber: '+18885550100' }],
  useCase: '2FA',
  useCaseSummary: 'One-time passcodes sent when customers sign in to their bakery account.',
  productionMessageContent: 'Your Conformance Bakery code is 123456. Reply STOP to opt out.',
  optInWorkflow: 'Customers enter their number on the sign-in page and tick an unchecked consent box.',
  optInWorkflowImageURLs: [{ url: 'https://conformance-bakery.example.com/opt-in.png' }],
  additionalInformation: 'Created by the SDK conformance test.',
  ageGatedContent: false,
  businessRegistrationCountry: 'US',
  businessRegistrationNumber: '12-3456789',
  businessRegistrationType: 'EIN',
  doingBusinessAs: 'Conformance Bakery',
  entityType: 'PRIVATE_PROFIT',
  helpMessageResponse: 'Conformance Bakery: help at conformance-bakery.example.com. Reply STOP to opt out.',
  isvReseller: 'Conformance Console',
  optInConfirmationResponse: 'Conformance Bakery: you will get sign-in codes. Reply STOP to opt out.',
  optInKeywords: 'START',
  privacyPolicyURL: 'https://conformance-bakery.example.com/privacy',
  termsAndConditionURL: 'https://conformance-bakery.example.com/terms',
  webhookUrl: 'https://hooks.conformance-bakery.example.com/tfv',
};
