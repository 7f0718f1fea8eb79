<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, id, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries older than this are deleted from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written to Telnyx from this computer in the last %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln write(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln write(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether it was carried out. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Telnyx API. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Telnyx API did not answer in time after the request was sent, so it is not known whether it was carried out. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Telnyx API did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified (%1). The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain HTTP to a remote host. Use an https:// base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the console could not read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled after it was sent, so it is not known whether it was carried out. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx accepted the request, but the console could not read the answer (%1). It was done: do not send it again; reload the list to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the request elsewhere (HTTP %1 to %2). The console does not follow redirects, so nothing was sent there; check the profile&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that it is correct and has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Ask an account administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: it may have been deleted, or the ID is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server timed out waiting for the request. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the form and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need fixing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the API is rate limiting this key. The console waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Telnyx API had a problem (HTTP %1) after it received the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Telnyx API had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>There is no profile with that name any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program was built without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain (Secret Service) is available, so the key can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key was found for this profile in this session (not found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox needs no stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key for this profile was not found in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the API key (it may be locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be deleted from the system keychain: it is locked. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <source>There is no list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list changed while it was being exported (rows were loaded, removed, sorted or filtered). Nothing was written; export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: may have been done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was created and waits for its documents or review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the signed LOA and the latest bill if you have not done so yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order lacks the signed LOA or the latest bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the signed LOA and the latest bill as PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed LOA was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a new signed LOA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed LOA was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prove ownership: send verification codes to the numbers and enter the codes you receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing information incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill does not prove ownership of the numbers in the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload last month&apos;s bill showing every number in the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx is enabling messaging on the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: wait until provisioning finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging is enabled on the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the numbers can send and receive messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier that holds the numbers rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask that carrier why, then create a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance review failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order did not pass the compliance review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Telnyx support to learn what must change, then create a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers&apos; carrier does not allow hosted messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers cannot be hosted; contact Telnyx support if you believe this is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the status of each number; contact Telnyx support if the cause is unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: create a new order to host these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number waits for the order to move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx is enabling messaging on the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging is enabled on the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting the number failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging could not be activated on the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s carrier rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s carrier does not allow hosted messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already hosted for messaging elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership of the number could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was not enabled in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was removed from hosted messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number appears more than once in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number could not be validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless (mobile) numbers cannot be hosted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already active in your Telnyx account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already hosted by another Telnyx customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already served by Telnyx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only US numbers can be hosted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not a valid routable number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not in E.164 format (+, country code, then the number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing account check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing account has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown eligibility result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a status this console does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order details or contact Telnyx support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: not needed any more (the order is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification codes: done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification codes: pending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification codes: none needed (no number can be hosted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification codes: not needed any more (the order is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carousel of rich cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open URL button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open URL in web view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every suggestion needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion &quot;%1&quot; is longer than 25 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postback data of &quot;%1&quot; is longer than 2048 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to dial from &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 suggestions are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card title is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card description is longer than 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card needs a title, a description or media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the RCS agent that sends the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a messaging profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type must be RCS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty: add a text, a rich card or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than 3072 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel needs between 2 and 10 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS fallback sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS fallback text is longer than 3072 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS fallback sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS fallback media URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx has received the request and the review is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx is checking the request before it goes further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The toll-free messaging vendor is reviewing the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewers need changes from you: read the reason, then edit and resubmit the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are verified for toll-free messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected: read the reason, then edit and resubmit it, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private for-profit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public for-profit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-profit organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entity type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>No drafts. A request you start and close before submitting is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the draft in the wizard where it was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted-number order in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hosted-number order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit of a sent toll-free request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New toll-free request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from an earlier version — profile unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the Telnyx Hosted Messaging Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your Telnyx account, or look around in the built-in sandbox first: a local simulation of the API with sample data, where nothing you do reaches Telnyx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free requests, hosted orders and RCS agents made up for practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedArea</name>
    <message>
        <source>Hosted orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted-number orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete hosted number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded order is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the order that holds %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order in the list holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of this number is not among the loaded orders; use Load all in the Orders tab to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 was not found in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the order %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedCodesPage</name>
    <message>
        <source>By &amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By c&amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send new code to re&amp;jected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prove that the numbers are yours: Telnyx sends a code to each number. Type (or paste) the codes in the table and validate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text message with the code (for numbers that receive SMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone call that reads the code (for landlines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a code to every number not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code to the numbers whose code was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the codes typed with Telnyx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type each code in its row, or paste a column of codes (Ctrl+V) to fill down from the selected row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code sent: type it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Rejected: the code is wrong or expired; send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no number that can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) not verified yet: send the codes, type them in the table and press Validate codes. You can also close the wizard and finish later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) sent at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 could not be sent (see the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln code(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 verified, %2 rejected: press Send new code to rejected, then type the new codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The codes are kept; you can validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validating %Ln code(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedCreatePage</name>
    <message>
        <source>Create the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optionally assign the numbers to a messaging profile, then create the order. Documents and verification codes come next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a profile&apos;s name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging profile the numbers should use; it can also be set later for each number. Type part of its name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messaging profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;After the order is created&lt;/b&gt;&lt;ol style=&apos;margin-left: 12px&apos;&gt;&lt;li&gt;Upload the signed letter of authorization (LOA) and the latest bill, as PDF files.&lt;/li&gt;&lt;li&gt;Prove the numbers are yours: Telnyx sends a code to each number by SMS or call; type the codes here.&lt;/li&gt;&lt;/ol&gt;You can close the wizard at any step and continue the order later from the Orders list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The order will ask Telnyx to host &lt;b&gt;%Ln number(s)&lt;/b&gt;:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ineligible number(s) are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything you entered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx accepted the order, but its answer could not be read (%1), so this wizard cannot continue with it. Do not create it again: the Orders list is reloaded and shows it; continue from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx did not accept: %1. Go Back to change the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx did not accept the messaging profile ID; fix it and create again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedDocumentsPage</name>
    <message>
        <source>Letter of authorization (LOA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the owner of the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the current carrier, showing the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the signed LOA and the latest bill as PDF files (at most 5 MB each). Choose them or drop them onto their boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order&apos;s id; select it to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the order id to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;LOA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose b&amp;ill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send both documents to Telnyx in one upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upload; both files stay chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading… Next is available once Telnyx has both documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until the LOA is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose another LOA (see the message under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until the bill is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose another bill (see the message under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the bill: the same file is chosen for both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, press Upload documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, %1, then press Upload documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also close the wizard and continue this order later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded: both documents must be PDF files that pass the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 and %2 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded: the files or the order changed while the files were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was uploaded: the same file is chosen for both documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both documents were uploaded. The order is now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled before anything was sent. Both files are still chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled. Both files are still chosen: press Retry upload to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx did not accept the documents; see the message under each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both files are still chosen: press Retry upload to send them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedDonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the order stands and what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx enables messaging on the numbers, usually within an hour; the Orders list shows when the order is successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the order — %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedEligibilityPage</name>
    <message>
        <source>&amp;Remove ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx checks whether each number can be hosted: a US landline or VoIP number not already hosted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every number that cannot be hosted off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln number(s) with Telnyx…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx answered without a result for these numbers, so none is known to be eligible. Checking is safe to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln number(s) can be hosted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be hosted, %2 cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking is safe to repeat: press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next is available once Telnyx has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, the numbers have to be checked: press Retry, or go Back to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these numbers can be hosted. Go Back and enter other numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the eligible numbers go into the order; Remove ineligible tidies the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedLoadingPage</name>
    <message>
        <source>Opening the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching order %1 from Telnyx…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedNumberDetailPane</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domestic two-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hosted number id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound/outbound ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete hosted number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a hosted number to see its status and its order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosting status is the number&apos;s status in the order that holds it; that order is not among the loaded orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not among the loaded orders (load all orders to find it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the order of this number in the Orders tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the Orders tab and select this number&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop hosting messaging on this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the hosted number id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop hosting messaging on &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is removed from its order%1 and can no longer send or receive messages through Telnyx. If it is the last number of the order, the order is deleted too. To host it again, create a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the hosted number %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the hosted number %1; its order %2 had no other number and was deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the hosted number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosted number %1 was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the hosted number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedNumberEditor</name>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or id (empty: no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging profile the number sends and receives under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging product the number should be on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated, e.g. front-desk, east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messaging profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the settings of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedNumbersFilterBar</name>
    <message>
        <source>Find a number, e.g. +13125550100 or 555</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the API: a whole number finds that number, a part finds every number containing those digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the numbers of this messaging profile (asks the API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedNumbersModel</name>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known until the order holding this number is loaded (Load all in the Orders tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedNumbersPage</name>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone numbers whose messaging should run through Telnyx, at most %1 per order. Type or paste them, one per line, or import a CSV or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+13125550123
(312) 555-0124
312.555.0125</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per line; commas, semicolons and tabs also separate them. 10-digit US numbers get +1. Repeats are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the numbers of a CSV or text file (any column of numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that are not phone numbers; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” — %3, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, type or paste at least one phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order can hold at most %1 numbers; this list has %2. Remove %3 of them (they can go into another order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a list of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedOrderDetailPane</name>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy nu&amp;mber IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new hosted-number order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the order id to the clipboard, e.g. for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ids of every number in the order, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its status, its steps and its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was deleted; create a new order to host these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is closed (&quot;%1&quot;): nothing can be added to it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both steps are done: documents are in and every number is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order without numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this order needs something from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order wizard at the first unfinished step of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this order and every number in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order no longer exists at Telnyx: it was deleted, perhaps from another window. Refresh the list to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the order, so this shows what the list had: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the order id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln number id(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The order has no numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its number is deleted too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its %1 are deleted too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete hosted-number order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the order &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;Messaging stops on any of them that is already hosted, and the order cannot be restored. To host these numbers again, create a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the order %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the order %1 and its %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for %1 and %L2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedOrderWizard</name>
    <message>
        <source>New hosted-number order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard. What you typed is kept; an order already created can be continued from the Orders list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the order with Telnyx. After this the numbers cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted-number order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedOrdersFilterBar</name>
    <message>
        <source>Show only the loaded orders with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedOrdersModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedWizardState</name>
    <message>
        <source>Hosted order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New hosted order: %Ln line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEntryForm</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY…  (from the Telnyx portal: Account ▸ API keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name, for example “Production”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http is only allowed for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter these rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every page of this list, for example before exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see all of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded; the server counted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page has arrived, but the number of %1 differs from the server&apos;s count. Records may have been added or deleted while the list was loading; refresh (F5) to load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListStateText</name>
    <message>
        <source>Could not load %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free verification moved from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New toll-free verification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hosted-number order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New RCS message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to create here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import requests from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a &amp;number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about one phone number: toll-free verification, hosted numbers, RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a number (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>NOT PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to %1 when the answers are in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) that create or send something are waiting for their answer from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The console switches to %1 as soon as the answers are in. Switching now stops waiting: whether they were carried out would be unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed %Ln window(s) of the previous profile; drafts are kept under it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted the verification request for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx accepted the verification request; the list is reloaded to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the loaded rows (it may have been deleted); load the whole list to look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted-number orders updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted-number order %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft could not be read; it may have been discarded in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Toll-free verification, hosted SMS numbers and RCS for Telnyx accounts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Settings:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Logs:&lt;/b&gt; %5&lt;/p&gt;&lt;p&gt;API keys are kept in the system keychain, never in these files.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingProfileNames</name>
    <message>
        <source>Messaging profile id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberLookup</name>
    <message>
        <source>toll-free verification requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted numbers and hosted-number orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS capabilities and the test invites sent from this console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberLookupDialog</name>
    <message>
        <source>Toll-free verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 800 555 0100, (312) 555-0123, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in any usual spelling; the list holds the numbers looked up last (up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RCS agent whose capabilities for the number are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS &amp;agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a phone number and press Enter: toll-free verification, hosted numbers and RCS are searched at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a phone number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Type it with its country code (+44 20 7946 0000) or as a US or Canadian number ((312) 555-0123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 in toll-free verification, hosted numbers and RCS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More requests hold this number than are shown; filter the Toll-free verification list by it to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order of %Ln number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This number: %1. Next: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest orders were read; use Load all in the Orders tab to search older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS capable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not RCS capable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot receive RCS messages from this agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test invite (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1: %2 of 3 areas answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was found nowhere (%2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: found in %2 of 3 areas (%3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <source>Messaging profile %1 (name not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocumentField</name>
    <message>
        <source>The file cannot be read any more: choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password: upload a copy without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts like a PDF but cannot be opened: it may be damaged. Save or export it as PDF again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file yet: Choose… or drop a PDF here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF file of at most 5 MB, without # $ % &amp; or @ in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the PDF file (or drop it onto this box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the chosen file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop the PDF file onto this box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a PDF here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf *.PDF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumberList</name>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number: use +&lt;country code&gt;&lt;number&gt;, or 10 digits for the US and Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console changes its language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Sandbox (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name belongs to the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http is allowed only for this computer, such as http://127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the built-in sandbox goes without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>built-in, no key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key ••••••••  in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key ••••••••  kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is always available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved, so the profile was not added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and delete its API key from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsAgentDetailPane</name>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep&amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;vite test number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an agent to see its settings and test numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the messaging profile, webhook URL or failover URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose and send an RCS message through this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a link or QR code that opens a chat with this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which numbers can receive RCS from this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the agent id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a phone number to test this agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again whether the selected number accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected number from this console&apos;s list (the invitation itself stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging and webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the status was last asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers invited from this console yet. While an agent is in testing, only invited numbers receive its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the agent; showing the list&apos;s copy. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — it cannot send messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the agent id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember the new status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from this console&apos;s test numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsAgentEditDialog</name>
    <message>
        <source>Edit RCS agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile name or id (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging profile the agent&apos;s messages are billed and configured under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Telnyx sends the agent&apos;s inbound messages and delivery events; HTTPS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the webhook URL does not answer; HTTPS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messaging profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failover URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failover URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet. An emptied field is removed from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled. The agent may or may not have been changed; reload the agent to see its current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change; see the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsAgentPicker</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an agent or type its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID, e.g. sandbox_demo_agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsAgentsModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsArea</name>
    <message>
        <source>RCS agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the RCS agent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsCapabilitiesModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the number can receive RCS messages from the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier answer (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsCapabilitiesPage</name>
    <message>
        <source>Line %1: “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: insecure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln number(s) with %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API asked to slow down: waiting %1 s, then one batch at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the agents list; type an agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RCS agent whose reach is checked. Pick one from your agents or type an agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;gain (ignore answers from this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers already checked with this agent are answered from memory without asking the API. Tick this to ask again, for example after someone switched phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+13125550123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in E.164 format: + then the country code and number. A 10-digit US number is accepted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +13125550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: use E.164, + then up to 15 digits (e.g. +13125550123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask which RCS features this number supports (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number and press Check to see which RCS features it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste phone numbers: one per line, comma-separated, or a column copied from a spreadsheet. Duplicates are dropped; numbers are checked %1 per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the numbers from a CSV or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every number (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter results (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every number, only those that can receive RCS, those that cannot, or those whose check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking; answers so far are kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (or every shown row) for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown rows and columns as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export RCS capabilities as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents loaded yet: type an agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of your listed agents: checked as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an agent or type its ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can receive RCS messages from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot receive RCS messages from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no RCS device on record for this number (it answered “not found”): the phone, its carrier or its settings do not support RCS. Send it SMS instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API reports no RCS features for this number: the phone, its carrier or its settings do not support RCS (or RCS is switched off). Send it SMS instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from earlier in this session. Tick “Check again” to ask the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %2 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln number(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can receive RCS, %2 cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered from earlier in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slowed down %Ln time(s) for the API&apos;s rate limit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) could not be checked. %1 Use Retry to check them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone numbers found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RCS · %2 not RCS%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.
Paste or import numbers above and press Check all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsCapabilityChecker</name>
    <message>
        <source>The API gave no answer for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number in E.164 format (+ and up to 15 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RCS agent “%1” was not found: check the agent ID (it may belong to another Telnyx account).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsComposerDialog</name>
    <message>
        <source>New RCS message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the RCS message; it will not be delivered to a phone that cannot receive RCS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SMS &amp;fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a plain SMS instead when RCS is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient, then send the message (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; what you typed is kept for the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RCS agent (the brand) the message comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the RCS agent that sends the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging profile the message is billed to and reported under. Filled in from the agent when it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging &amp;profile *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+13125551234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number to send to, in E.164 (+ country code and number). A US number typed as (312) 555-1234 is converted when you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the RCS message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as a plain SMS when the phone cannot receive RCS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+13125550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your numbers enabled for SMS, in E.164.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS t&amp;ext *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text of the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS text is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as an MMS (text and pictures) when the phone cannot receive RCS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your numbers enabled for MMS, in E.164.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MMS subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MMS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MMS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a text or add a media URL for the MMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/picture.jpg (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures or other media to attach, one URL per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media &amp;URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/rcs-events (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Telnyx reports this message&apos;s delivery events, instead of the messaging profile&apos;s webhook. https only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %Ln field(s) need attention, starting with: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This message may already have been delivered to %1. Press Send again to send it anyway, or change something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was just sent to %1. Press Send again to send it a second time, or change something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot receive RCS messages, and there is no fallback: the message would not arrive. Add an SMS fallback, or send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether %1 can receive RCS: %2 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the SMS fallback, then Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx does not know this agent (or it is not yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Telnyx does not know the agent “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Telnyx did not accept the recipient&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1: Telnyx accepted the message, but its answer could not be read (%2), so there is no message ID. Do not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: Telnyx did not accept %Ln field(s); they are marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message (at most %L1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %L1 characters long; at most %L2 fit in one message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsDeeplinkDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS deeplink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RCS agent the conversation opens with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+13125551234 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s phone number the link opens, in E.164. A US number typed as (312) 555-1234 is converted when you leave the field. Leave empty for a link without a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text put in the message box when the link opens; the person can change it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Telnyx for the link (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a link to see its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as a PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as an SVG drawing (sharp at any size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the RCS agent the link opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is ready, but it cannot be shown as a QR code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is ready. Scan the code with a phone, or copy the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx did not accept the phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx does not know this agent (or it is not yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx does not know the agent “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields changed since this link was made: Generate again to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QR code yet: generate a link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsInviteStore</name>
    <message>
        <source>An invite needs an agent and a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsSuggestionsEditor</name>
    <message>
        <source>Suggested replies and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chips shown under the message: a reply sends its text back; Dial calls a number; Open URL opens a link. Text at most %1 characters; postback data is what your webhook receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postback data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to call, in E.164.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs no phone number or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the text shown on the chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 fit on a chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postback data is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RcsTestNumbersDialog</name>
    <message>
        <source>Sending the invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a test number to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While an agent is in testing, only invited numbers receive its messages. The person with the phone accepts the invitation on the device; &lt;b&gt;Check again&lt;/b&gt; in the agent&apos;s pane shows when they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number in international format: + and the country code, then the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number in E.164 format, e.g. +13125550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: waiting for the person to accept the invitation on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the number receives this agent&apos;s messages while it is in testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1, but the console could not remember it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not invite the number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResendAdvice</name>
    <message>
        <source>Nothing was created, so it is safe to submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the same changes twice changes nothing, so it is safe to resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created; you can create the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was sent; you can send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent, so it is safe to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created. Submitting it again unchanged will fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Resubmitting it unchanged will fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created. Creating it again unchanged will fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was sent. Sending again unchanged will fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Sending it again unchanged will fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was created: do not submit it again; the request list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were made: the request list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was created: do not create it again; the Orders list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes were sent: wait for them rather than sending new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sent: do not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx may have created it: looking in the request list for a request with the same business name and phone numbers before offering to submit again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx may have made the changes: reload the request before resubmitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx may have created it: looking for orders that hold the same numbers before offering to create again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes may have been sent: wait a few minutes for them to arrive before sending new ones (each new code replaces the last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may have been delivered: check with the recipient before sending it again. Send asks once more before it sends the same message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Orders list could not be searched. Check it for these numbers before creating again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request list could not be searched. Check it for this business before submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Telnyx did create it: found %Ln request(s) with this business name and these phone numbers created in the last minutes. It is not submitted again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No request with this business name and these phone numbers was created in the last minutes, so it was not created: you can submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) already hold these numbers (listed below). Continue with one of them from the Orders list rather than creating another.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No order holds these numbers, so it was not created: you can create it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCountChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTimeline</name>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole history as plain text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status history · %Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(updating…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status: %1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total age: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current, %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the status history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status history could not be loaded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in this status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load what needs action again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free requests per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free requests per status, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading what needs action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1. Oldest first; double-click or press Enter on a row to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly loaded (%1); what loaded is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resubmit or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification codes to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 orders were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test invites still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot list invites: these are the ones sent from this console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeAdditionalPage</name>
    <message>
        <source>Additional information and webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the reviewers should know, and where status changes are posted. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context for the reviewers: e.g. why more than five numbers are needed, or what changed since a previous rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders only; no marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http(s) URL that receives a webhook when the request changes status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.example.com/telnyx/tollfree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeArea</name>
    <message>
        <source>Toll-free verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeBusinessPage</name>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business that sends the messages, as it is registered. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal name of the business, as registered (not a brand or product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Dental LLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name customers know the business by, if it differs from the legal name. Messages should carry this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Smiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the business is organised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business&apos;s own website, with the scheme (https://). Reviewers check that it matches the business and shows how people opt in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address of the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>600 Congress Avenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite, floor or unit, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, first letter capitalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name of the US state or Canadian province (not the two-letter code). Type to search the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Texas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US ZIP code or Canadian postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>78701 or K1A 0B6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for new submissions from 2026 (the API still marks them optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official registration number, e.g. the Employer Identification Number (EIN) in the U.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of registration number given, e.g. EIN. Pick one or type another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO 3166-1 code of the country that issued the registration, e.g. US or CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeContactPage</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person at the business the reviewers can reach. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name of the business contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name of the business contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address at the business&apos;s own domain works best; free-mail addresses draw questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jane.doe@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In E.164: + country code and number, e.g. +15125550100. A US or Canadian number typed as (512) 555-0100 is converted when you leave the field. Not one of the toll-free numbers being verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15125550100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeDetailPane</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a verification request to see its fields and its status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new request with the fields of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request id to the clipboard, e.g. for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing business as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP or postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly message volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age-gated content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests that wait for changes from you, or that were rejected, can be edited and resubmitted. This one is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rejected requests can be deleted; this one is &quot;%1&quot;. Telnyx refuses to delete a request that is still under review or verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next: fix what the reason describes, then choose Edit and resubmit. The review continues as soon as the request is resubmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next: fix what the reason names and send the request again with Edit and resubmit, or delete it. Duplicate starts a new request with the same fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no business name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: this request needs changes or deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you: the reviewers need changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given. Ask Telnyx support, quoting the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the request and send it again with every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this rejected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete verification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rejected verification request for &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers: %1&lt;br&gt;&lt;br&gt;The request and its status history are removed for good. To try again later, use Duplicate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the verification request %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification request for %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the verification request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeFilterBar</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free number (+1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the API for the requests that match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeFormPage</name>
    <message>
        <source>%1 (not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeImport</name>
    <message>
        <source>A quoted field is not closed: the file ends inside quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 appears twice; the first one is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line names no API field. Use headers such as businessName, corporateWebsite, phoneNumbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns that are not API fields were ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No column for the required field(s) %1: fill in what is missing in the wizard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln cell(s) more than the header; they were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeImportDialog</name>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import toll-free requests from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file with one request per row and a header naming the API fields (businessName, corporateWebsite, phoneNumbers, …). Several phone numbers or image URLs go in one cell, separated by ; or spaces. Each row becomes a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected draft in the wizard to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready to submit, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need fixing in the wizard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problems; %Ln warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeMessagesPage</name>
    <message>
        <source>Messages and opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real message and how people agree to receive them. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message exactly as it will be sent: with the business name and the opt-out wording (Reply STOP to opt out). Avoid public link shorteners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people agree to receive messages: where they give their number and what they are told (checkbox on a form, keyword texted, sign-up page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients tick an unchecked SMS consent box on the booking form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to screenshots of the opt-in (form, checkbox, keyword poster), one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/opt-in-form.png  (one link per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords people text to opt in, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START, JOIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message sent right after someone opts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Dental: you are subscribed to reminders. Msg&amp;data rates may apply. Reply HELP for help, STOP to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to someone who texts HELP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Dental: for help call +1 512 555 0100. Reply STOP to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy policy; reviewers check it says mobile numbers are not shared or sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com/privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms and conditions of the messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com/terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeNumbersPage</name>
    <message>
        <source>Toll-free numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers to verify: US or Canadian toll-free numbers (+1 %1). Type or paste them, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per line (commas and semicolons also separate). (888) 555-0101 and 1-888-555-0101 are understood; Tidy up rewrites them as +18885550101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+18885550101
+18775550102</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tidy up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the numbers in E.164, one per line, without repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a toll-free number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeReadiness</name>
    <message>
        <source>Legal business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing business as (DBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP or postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly message volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age-gated content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV or reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in screenshot URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in confirmation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entry %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the accepted values. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write the full name (for example Texas, not TX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a US state or a Canadian province from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volume from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a use case from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required for the Political use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add at least one toll-free number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add at least one link to a screenshot of the opt-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business registration number (for example the EIN). It is required for new submissions from 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration type (for example EIN). It is required for new submissions from 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration country (for example US). It is required for new submissions from 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact e-mail is a free-mail address (%1). Use an address at the business&apos;s own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact e-mail domain (%1) is not the website&apos;s (%2). Reviewers look for an address at the business&apos;s own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact phone %1 is one of the toll-free numbers being verified. Give a number where a person at the business answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Political use case needs a Campaign Verify authorization token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample message does not name the business. Start it with the name people know, e.g. &quot;%1: ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample message has no opt-out wording. Add e.g. &quot;Reply STOP to opt out.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample message uses the public link shortener %1. Use full links or a shortener on your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opt-in workflow does not say how consent is collected. Describe the step where people agree to receive messages: a checkbox on a form, a keyword they text, a sign-up page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No privacy policy URL. Reviewers check that the policy says mobile numbers are not shared or sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the public link shortener %2. Give the full link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses http:// (%2). Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers are listed. Say in Additional information why this business needs more than five (for example one per store or department).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeRequestsModel</name>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeReviewPage</name>
    <message>
        <source>What changed since the request was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read these &amp;warnings and want to submit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything below is what will be sent. Check the warnings: they are the usual reasons requests come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or press Enter on) a warning to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact request body, as sent to the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the &amp;JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields will be cleared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet: the request would be resubmitted as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readiness warnings: nothing the usual review checks would object to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln thing(s) the reviewers may object to (double-click one to fix it):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this first (page “%1”): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “I have read these warnings” to submit anyway, or go back and fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the changes to Telnyx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request to Telnyx…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeUseCasePage</name>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the messages are for and how many go out. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category that fits the messages best. Political needs a Campaign Verify token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a use case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few sentences: who receives the messages, what they are about and why they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment reminders for patients who booked online or by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected number of messages a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the expected volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is age-gated (for example 18+ or 21+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the messages promote alcohol, tobacco, cannabis, gambling or other age-restricted content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you submit for another business: the name of the ISV or reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Software Inc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for the Political use case: the authorization token from Campaign Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cv|1.0|tcr|10dlc|…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TollFreeWizard</name>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard. What you typed is kept in Drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft and close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once every field of this page is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx&apos;s reviewers said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit toll-free verification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit toll-free verification request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the whole form again (PATCH) so Telnyx reviews it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New toll-free verification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New toll-free verification request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to Telnyx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft and close the wizard? What you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx accepted the changes, but its answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx accepted the request, but its answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not submit it again: the request list is reloaded and shows it. Close the wizard and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you typed is kept in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Telnyx did not accept %Ln field(s); they are marked in red. Fix them and submit again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlDomainsModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name after the ://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must start with + and the country code, for example +13125550001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country code and number after the +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits may follow the +: remove spaces, dashes, dots and parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code never starts with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long: E.164 numbers have at most 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers here are US or Canadian numbers, so they start with +1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A US or Canadian number has exactly 10 digits after +1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a toll-free number: after +1 it must start with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the name before the @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ contains characters an e-mail address cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the domain after the @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after the @ must be a domain such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after the @ must end with a real top-level domain such as .com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code is exactly two letters, such as US or CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1): copy it to a local folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 5 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name cannot contain # $ % &amp; or @: rename the file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
