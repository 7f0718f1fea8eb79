<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityDialog</name>
    <message numerus="yes">
        <source>Nothing was written to Telnyx from this computer in the last %Ln day(s).</source>
        <translation>
            <numerusform>Nothing was written to Telnyx from this computer in the last %Ln day.</numerusform>
            <numerusform>Nothing was written to Telnyx from this computer in the last %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln write(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln write shown</numerusform>
            <numerusform>%1 of %Ln writes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln write(s)</source>
        <translation>
            <numerusform>%Ln write</numerusform>
            <numerusform>%Ln writes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedCodesPage</name>
    <message numerus="yes">
        <source>%Ln number(s) not verified yet: send the codes, type them in the table and press Validate codes. You can also close the wizard and finish later.</source>
        <translation>
            <numerusform>%Ln number not verified yet: send the codes, type them in the table and press Validate codes. You can also close the wizard and finish later.</numerusform>
            <numerusform>%Ln numbers not verified yet: send the codes, type them in the table and press Validate codes. You can also close the wizard and finish later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) sent at %1.</source>
        <translation>
            <numerusform>%Ln code sent at %1.</numerusform>
            <numerusform>%Ln codes sent at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln code(s)…</source>
        <translation>
            <numerusform>Sending %Ln code…</numerusform>
            <numerusform>Sending %Ln codes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) verified.</source>
        <translation>
            <numerusform>%Ln number verified.</numerusform>
            <numerusform>%Ln numbers verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validating %Ln code(s)…</source>
        <translation>
            <numerusform>Validating %Ln code…</numerusform>
            <numerusform>Validating %Ln codes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedCreatePage</name>
    <message numerus="yes">
        <source>The order will ask Telnyx to host &lt;b&gt;%Ln number(s)&lt;/b&gt;:</source>
        <translation>
            <numerusform>The order will ask Telnyx to host &lt;b&gt;%Ln number&lt;/b&gt;:</numerusform>
            <numerusform>The order will ask Telnyx to host &lt;b&gt;%Ln numbers&lt;/b&gt;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ineligible number(s) are left out.</source>
        <translation>
            <numerusform>%Ln ineligible number is left out.</numerusform>
            <numerusform>%Ln ineligible numbers are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedEligibilityPage</name>
    <message numerus="yes">
        <source>Checking %Ln number(s) with Telnyx…</source>
        <translation>
            <numerusform>Checking %Ln number with Telnyx…</numerusform>
            <numerusform>Checking %Ln numbers with Telnyx…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln number(s) can be hosted.</source>
        <translation>
            <numerusform>All %Ln number can be hosted.</numerusform>
            <numerusform>All %Ln numbers can be hosted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedOrderDetailPane</name>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln number id(s)</source>
        <translation>
            <numerusform>Copied %Ln number id</numerusform>
            <numerusform>Copied %Ln number ids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedWizardState</name>
    <message numerus="yes">
        <source>New hosted order: %Ln line(s)</source>
        <translation>
            <numerusform>New hosted order: %Ln line</numerusform>
            <numerusform>New hosted order: %Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln request(s) in flight</source>
        <translation>
            <numerusform>%Ln request in flight</numerusform>
            <numerusform>%Ln requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) that create or send something are waiting for their answer from %1.</source>
        <translation>
            <numerusform>%Ln request that creates or sends something is waiting for its answer from %1.</numerusform>
            <numerusform>%Ln requests that create or send something are waiting for their answer from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %Ln window(s) of the previous profile; drafts are kept under it.</source>
        <translation>
            <numerusform>Closed %Ln window of the previous profile; drafts are kept under it.</numerusform>
            <numerusform>Closed %Ln windows of the previous profile; drafts are kept under it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberLookupDialog</name>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order of %Ln number(s)</source>
        <translation>
            <numerusform>Order of %Ln number</numerusform>
            <numerusform>Order of %Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfDocumentField</name>
    <message numerus="yes">
        <source>%Ln page(s), %1</source>
        <translation>
            <numerusform>%Ln page, %1</numerusform>
            <numerusform>%Ln pages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneNumberList</name>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) dropped</source>
        <translation>
            <numerusform>%Ln duplicate dropped</numerusform>
            <numerusform>%Ln duplicates dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RcsCapabilitiesPage</name>
    <message numerus="yes">
        <source>Checking %Ln number(s) with %1…</source>
        <translation>
            <numerusform>Checking %Ln number with %1…</numerusform>
            <numerusform>Checking %Ln numbers with %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln number(s) checked.</source>
        <translation>
            <numerusform>Done: %Ln number checked.</numerusform>
            <numerusform>Done: %Ln numbers checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slowed down %Ln time(s) for the API&apos;s rate limit.</source>
        <translation>
            <numerusform>Slowed down %Ln time for the API&apos;s rate limit.</numerusform>
            <numerusform>Slowed down %Ln times for the API&apos;s rate limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) could not be checked. %1 Use Retry to check them again.</source>
        <translation>
            <numerusform>%Ln number could not be checked. %1 Use Retry to check them again.</numerusform>
            <numerusform>%Ln numbers could not be checked. %1 Use Retry to check them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RcsComposerDialog</name>
    <message numerus="yes">
        <source>Not sent: %Ln field(s) need attention, starting with: %1</source>
        <translation>
            <numerusform>Not sent: %Ln field needs attention: %1</numerusform>
            <numerusform>Not sent: %Ln fields need attention, starting with: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: Telnyx did not accept %Ln field(s); they are marked in red.</source>
        <translation>
            <numerusform>Not sent: Telnyx did not accept %Ln field; it is marked in red.</numerusform>
            <numerusform>Not sent: Telnyx did not accept %Ln fields; they are marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResendAdvice</name>
    <message numerus="yes">
        <source>Telnyx did create it: found %Ln request(s) with this business name and these phone numbers created in the last minutes. It is not submitted again.</source>
        <translation>
            <numerusform>Telnyx did create it: found %Ln request with this business name and these phone numbers created in the last minutes. It is not submitted again.</numerusform>
            <numerusform>Telnyx did create it: found %Ln requests with this business name and these phone numbers created in the last minutes. It is not submitted again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) already hold these numbers (listed below). Continue with one of them from the Orders list rather than creating another.</source>
        <translation>
            <numerusform>%Ln order already holds these numbers (listed below). Continue with it from the Orders list rather than creating another.</numerusform>
            <numerusform>%Ln orders already hold these numbers (listed below). Continue with one of them from the Orders list rather than creating another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusTimeline</name>
    <message numerus="yes">
        <source>Status history · %Ln change(s)</source>
        <translation>
            <numerusform>Status history · %Ln change</numerusform>
            <numerusform>Status history · %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>Copied %Ln row</numerusform>
            <numerusform>Copied %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>Exporting %Ln row to %1…</numerusform>
            <numerusform>Exporting %Ln rows to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeFormPage</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeImport</name>
    <message numerus="yes">
        <source>No column for the required field(s) %1: fill in what is missing in the wizard.</source>
        <translation>
            <numerusform>No column for the required field %1: fill in what is missing in the wizard.</numerusform>
            <numerusform>No column for the required fields %1: fill in what is missing in the wizard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln cell(s) more than the header; they were ignored.</source>
        <translation>
            <numerusform>The row has %Ln cell more than the header; it was ignored.</numerusform>
            <numerusform>The row has %Ln cells more than the header; they were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeImportDialog</name>
    <message numerus="yes">
        <source>%Ln draft(s) created.</source>
        <translation>
            <numerusform>%Ln draft created.</numerusform>
            <numerusform>%Ln drafts created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready to submit, </source>
        <translation>
            <numerusform>%Ln ready to submit, </numerusform>
            <numerusform>%Ln ready to submit, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need fixing in the wizard.</source>
        <translation>
            <numerusform>%Ln need fixing in the wizard.</numerusform>
            <numerusform>%Ln need fixing in the wizard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems; %Ln warning(s).</source>
        <translation>
            <numerusform>No problems; %Ln warning.</numerusform>
            <numerusform>No problems; %Ln warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeNumbersPage</name>
    <message numerus="yes">
        <source>%Ln number(s).</source>
        <translation>
            <numerusform>%Ln number.</numerusform>
            <numerusform>%Ln numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s), </source>
        <translation>
            <numerusform>%Ln number, </numerusform>
            <numerusform>%Ln numbers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a toll-free number.</source>
        <translation>
            <numerusform>%Ln not a toll-free number.</numerusform>
            <numerusform>%Ln not a toll-free number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeReviewPage</name>
    <message numerus="yes">
        <source>%Ln thing(s) the reviewers may object to (double-click one to fix it):</source>
        <translation>
            <numerusform>%Ln thing the reviewers may object to (double-click one to fix it):</numerusform>
            <numerusform>%Ln things the reviewers may object to (double-click one to fix it):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TollFreeWizard</name>
    <message numerus="yes">
        <source>Telnyx did not accept %Ln field(s); they are marked in red. Fix them and submit again.</source>
        <translation>
            <numerusform>Telnyx did not accept %Ln field; it is marked in red. Fix it and submit again.</numerusform>
            <numerusform>Telnyx did not accept %Ln fields; they are marked in red. Fix them and submit again.</numerusform>
        </translation>
    </message>
</context>
</TS>
