#!/usr/bin/env bash
# Writes the seed corpus (corpus/<harness>/) from a running telnyx-sandbox's real answers:
#   tests/fuzz/make-corpus.sh build/default/telnyx-sandbox
# Request-side seeds (multipart, CSV, drafts) are built here around the sandbox's records.
set -euo pipefail
sandbox=$(realpath "$1")
cd "$(dirname "$0")"
out=corpus
rm -rf "$out"
mkdir -p "$out"/{api_answer,api_error,sandbox_json,sandbox_multipart,draft_file,tollfree_csv,phone_numbers}

fifo=$(mktemp -u)
mkfifo "$fifo"
"$sandbox" --port 0 --records 4 --seed 7 >"$fifo" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$fifo"' EXIT
exec 3<"$fifo"
read -r first <&3
read -r second <&3
base=${first#listening on }
token=${second#control token: }

api() { # method path [body [content-type]]
  curl -sg -X "$1" -H 'Authorization: Bearer corpus' -H "Content-Type: ${4:-application/json}" \
    ${3:+--data-binary "$3"} "$base$2"
}
first_id() { grep -o "\"${2:-id}\":\"[^\"]*\"" <<<"$1" | head -n 1 | cut -d'"' -f4; }

# Answers the client parses (tests/fuzz/fuzz_api_answer.cpp).
tfv_list=$(api GET '/messaging_tollfree/verification/requests?page=1&page_size=2')
echo "$tfv_list" >$out/api_answer/tfv_list.json
tfv=$(first_id "$tfv_list")
tfv_record=$(api GET "/messaging_tollfree/verification/requests/$tfv")
echo "$tfv_record" >$out/api_answer/tfv_record.json
api GET "/messaging_tollfree/verification/requests/$tfv/status_history?page[number]=1&page[size]=3" \
  >$out/api_answer/tfv_status_history.json
orders=$(api GET '/messaging_hosted_number_orders?page[number]=1&page[size]=2')
echo "$orders" >$out/api_answer/hosted_orders.json
order=$(first_id "$orders")
api GET "/messaging_hosted_number_orders/$order" >$out/api_answer/hosted_order.json
api POST /messaging_hosted_number_orders/eligibility_numbers_check \
  '{"phone_numbers":["+13125550100","+18005550100","+4420"]}' >$out/api_answer/eligibility.json
api POST "/messaging_hosted_number_orders/$order/verification_codes" \
  '{"phone_numbers":["+13125550100"],"verification_method":"sms"}' \
  >$out/api_answer/verification_codes.json
api POST "/messaging_hosted_number_orders/$order/validation_codes" \
  '{"verification_codes":[{"phone_number":"+13125550100","code":"123456"}]}' \
  >$out/api_answer/validation_codes.json
numbers=$(api GET '/messaging_hosted_numbers?page[number]=1&page[size]=2')
echo "$numbers" >$out/api_answer/hosted_numbers.json
agents=$(api GET '/messaging/rcs/agents?page[number]=1&page[size]=2')
echo "$agents" >$out/api_answer/rcs_agents.json
agent=$(first_id "$agents" agent_id)
api GET "/messaging/rcs/agents/$agent" >$out/api_answer/rcs_agent.json
api GET "/messaging/rcs/capabilities/$agent/+13125550100" >$out/api_answer/rcs_capabilities.json
api POST /messaging/rcs/bulk_capabilities \
  "{\"agent_id\":\"$agent\",\"phone_numbers\":[\"+13125550100\",\"+13125550101\"]}" \
  >$out/api_answer/rcs_bulk_capabilities.json
api GET "/messages/rcs/deeplinks/$agent?phone_number=%2B13125550100&body=hi" \
  >$out/api_answer/rcs_deeplink.json
api PUT "/messaging/rcs/test_number_invite/$agent/+13125550100" >$out/api_answer/rcs_invite.json
api POST /messages/rcs "{\"agent_id\":\"$agent\",\"to\":\"+13125550100\",\"messaging_profile_id\":\"p\",\"agent_message\":{\"content_message\":{\"text\":\"hi\"}}}" \
  >$out/api_answer/rcs_send.json
api GET '/messaging_url_domains?page[number]=1&page[size]=2' >$out/api_answer/url_domains.json
api GET '/messaging_profiles?page[number]=1&page[size]=2' >$out/api_answer/messaging_profiles.json

# Error answers (fuzz_api_error.cpp).
api GET /messaging_tollfree/verification/requests/00000000-0000-0000-0000-000000000000 \
  >$out/api_error/not_found.json
api POST /messaging_tollfree/verification/requests '{"phoneNumbers":[{"phoneNumber":"1"}]}' \
  >$out/api_error/tfv_invalid.json
api POST /messaging_tollfree/verification/requests '{"businessName":' >$out/api_error/malformed.json
api POST /messaging_hosted_number_orders '{"phone_numbers":["12"]}' >$out/api_error/order_invalid.json
api GET '/messaging_hosted_numbers?page[size]=x' >$out/api_error/bad_parameter.json
curl -sg "$base/messaging_url_domains" >$out/api_error/unauthorized.json

# Request bodies the sandbox reads (fuzz_sandbox_json.cpp): a real record is a valid body.
echo "$tfv_record" >$out/sandbox_json/tfv_record.json
printf '{}' >$out/sandbox_json/empty_object.json
printf '{"phoneNumbers":[{"phoneNumber":"+18005550100"}],"businessName":"A"}' \
  >$out/sandbox_json/partial.json

# multipart/form-data as ApiCall writes it (first line: the Content-Type).
multipart() { # file boundary name filename
  printf 'multipart/form-data; boundary=%s\n' "$2" >"$1"
  printf -- '--%s\r\nContent-Disposition: form-data; name="loa"; filename="%s"%s\r\nContent-Type: application/pdf\r\n\r\n%%PDF-1.4 loa\r\n' \
    "$2" "$3" "$4" >>"$1"
  printf -- '--%s\r\nContent-Disposition: form-data; name="bill"; filename="bill.pdf"\r\nContent-Type: application/pdf\r\n\r\n%%PDF-1.4 bill\r\n--%s--\r\n' \
    "$2" "$2" >>"$1"
}
multipart $out/sandbox_multipart/plain.txt ----console-1f2e3d loa.pdf ''
multipart $out/sandbox_multipart/utf8_name.txt ----console-9a8b7c 'L_A.pdf' \
  "; filename*=UTF-8''L%C3%96A.pdf"
printf 'multipart/form-data; boundary=b\n--b\nContent-Disposition: form-data; name="loa"\n\nx\n--b--\n' \
  >$out/sandbox_multipart/bare_newlines.txt

# Draft files as DraftStore writes them (fuzz_draft_file.cpp).
draft() { # file kind content
  printf '{"format":"telnyx-console-draft","version":1,"id":"0f8fad5b-d9cb-469f-a165-70867728950e","kind":"%s","title":"t","createdAt":"2024-05-01T10:00:00.000Z","updatedAt":"2024-05-01T10:05:00.000Z","content":%s}\n' \
    "$2" "$3" >"$1"
}
draft $out/draft_file/tollfree.json tollfree "{\"request\":$tfv_record,\"mode\":\"new\",\"page\":2}"
draft $out/draft_file/hosted.json hosted-order \
  "{\"numbers_text\":\"+13125550100\",\"order_id\":\"$order\",\"step\":\"codes\",\"verification_method\":\"sms\",\"codes\":[{\"phone_number\":\"+13125550100\",\"code\":\"1234\",\"progress\":\"sent\"}]}"

# CSV imports (fuzz_tollfree_csv.cpp).
printf 'businessName,corporateWebsite,phoneNumbers,ageGatedContent,useCase\r\n"Acme, Inc.",https://acme.example,+18005550100;+18885550100,no,2FA\r\n' \
  >$out/tollfree_csv/two_numbers.csv
printf '\xef\xbb\xbfbusiness_name,"Message\nVolume",extra\nA,"10,000",x,y\n\n"unterminated\n' \
  >$out/tollfree_csv/bom_quotes.csv

# Phone-number lists (fuzz_phone_numbers.cpp): the sandbox's numbers, and typed spellings.
grep -o '"phone_number":"[^"]*"' <<<"$numbers" | cut -d'"' -f4 >$out/phone_numbers/sandbox.txt
printf 'phone_number\n(312) 555-0100, 13125550100; +44 20 7946 0958\n0044207946\tabc\n+13125550100\n' \
  >$out/phone_numbers/typed.csv

du -sh "$out"
