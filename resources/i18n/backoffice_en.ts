<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationDetailWidget</name>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="22" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="23" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="24" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="25" />
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="26" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="27" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="28" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="29" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="30" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="31" />
        <source>Internal comments</source>
        <translation>Internal comments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="32" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="33" />
        <source>No changes</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="34" />
        <source>No e-signature</source>
        <translation>No e-signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="35" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="36" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="37" />
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="38" />
        <source>Sanitization</source>
        <translation>Sanitization</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="39" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="40" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="41" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="42" />
        <source>refused by the gateway</source>
        <translation>refused by the gateway</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="43" />
        <source>two-step approval</source>
        <translation>two-step approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="76" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="98" />
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="98" />
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="103" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="103" />
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="104" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="104" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="105" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="105" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="105" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="110" />
        <source>Fee due</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="110" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="111" />
        <location filename="../../ui/widgets/detail_widget.py" line="115" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="111" />
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="112" />
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="116" />
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="133" />
        <source>What changed since revision %1</source>
        <translation>What changed since revision %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/detail_widget.py" line="168" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../ui/pages/application_page.py" line="84" />
        <source>Open an application from a queue (Enter) or take the next one (Ctrl+N).</source>
        <translation>Open an application from a queue (Enter) or take the next one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="112" />
        <location filename="../../ui/pages/application_page.py" line="179" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="123" />
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="125" />
        <source>You are working on this application (%1).</source>
        <translation>You are working on this application (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="128" />
        <source>Read only (%1).</source>
        <translation>Read only (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="135" />
        <source>No attachment to show</source>
        <translation>No attachment to show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="175" />
        <source>The lease was lost: %1</source>
        <translation>The lease was lost: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="188" />
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>Enter a reason: it is sent to the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="201" />
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="212" />
        <source>Enter the reason for the withdrawal.</source>
        <translation>Enter the reason for the withdrawal.</translation>
    </message>
</context>
<context>
    <name>DecisionWidget</name>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="44" />
        <source>Reason template…</source>
        <translation>Reason template…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="45" />
        <location filename="../../ui/widgets/decision_widget.py" line="119" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="45" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46" />
        <location filename="../../ui/widgets/decision_widget.py" line="119" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46" />
        <location filename="../../ui/widgets/decision_widget.py" line="57" />
        <location filename="../../ui/widgets/decision_widget.py" line="125" />
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="52" />
        <source>Reason (sent to the applicant for a return or rejection)</source>
        <translation>Reason (sent to the applicant for a return or rejection)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="58" />
        <source>Internal comment (never sent)</source>
        <translation>Internal comment (never sent)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="59" />
        <location filename="../../ui/widgets/decision_widget.py" line="124" />
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="87" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="115" />
        <source>Approve (final)</source>
        <translation>Approve (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="115" />
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="115" />
        <source>Reject (final)</source>
        <translation>Reject (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="117" />
        <source>Recommend approval</source>
        <translation>Recommend approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="117" />
        <location filename="../../ui/widgets/decision_widget.py" line="119" />
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="117" />
        <source>Recommend rejection</source>
        <translation>Recommend rejection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="147" />
        <source>You recommended this application; another supervisor makes the final decision.</source>
        <translation>You recommended this application; another supervisor makes the final decision.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="149" />
        <source>The reviewer recommends: %1. Your decision is final.</source>
        <translation>The reviewer recommends: %1. Your decision is final.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="150" />
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="150" />
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="152" />
        <source>Two-step procedure: your decision is a recommendation to a supervisor.</source>
        <translation>Two-step procedure: your decision is a recommendation to a supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="154" />
        <source>Read only: you do not hold this application.</source>
        <translation>Read only: you do not hold this application.</translation>
    </message>
</context>
<context>
    <name>DocumentViewerWidget</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="47" />
        <location filename="../../ui/widgets/document_viewer.py" line="111" />
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="75" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="76" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="77" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="78" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="79" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="80" />
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="81" />
        <source>Rotate clockwise</source>
        <translation>Rotate clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="115" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="137" />
        <source>This document cannot be shown: %1</source>
        <translation>This document cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <location filename="../../ui/labels.py" line="51" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <location filename="../../ui/labels.py" line="54" />
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <location filename="../../ui/labels.py" line="54" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <location filename="../../ui/labels.py" line="54" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <location filename="../../ui/labels.py" line="57" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Signature missing</source>
        <translation>Signature missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Certificate not trusted</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Certificate expired</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Signer name differs</source>
        <translation>Signer name differs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Payment missing</source>
        <translation>Payment missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Payment amount differs</source>
        <translation>Payment amount differs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Attachment rejected</source>
        <translation>Attachment rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Attachment missing</source>
        <translation>Attachment missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Supporting document</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Counter pickup</source>
        <translation>Counter pickup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Corrected revision received</source>
        <translation>Corrected revision received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Checks passed</source>
        <translation>Checks passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Checks found problems</source>
        <translation>Checks found problems</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Attention resolved</source>
        <translation>Attention resolved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Review started</source>
        <translation>Review started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Recommended approval</source>
        <translation>Recommended approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Recommended rejection</source>
        <translation>Recommended rejection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Approved (final)</source>
        <translation>Approved (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Rejected (final)</source>
        <translation>Rejected (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Sent back to the reviewer</source>
        <translation>Sent back to the reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="55" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="57" />
        <source>%1 (%2) — enter your password to continue.</source>
        <translation>%1 (%2) — enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="62" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="88" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="35" />
        <source>Back office — log in</source>
        <translation>Back office — log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="44" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="49" />
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="50" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="51" />
        <source>Online applications back office</source>
        <translation>Online applications back office</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63" />
        <source>Enter your staff code and password.</source>
        <translation>Enter your staff code and password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="66" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82" />
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85" />
        <source>The database cannot be reached. Ask the administrator.</source>
        <translation>The database cannot be reached. Ask the administrator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Back office — %1</source>
        <translation>Back office — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Review queues</source>
        <translation>Review queues</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Lock screen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Sync: off (no gateway key configured)</source>
        <translation>Sync: off (no gateway key configured)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>Sync error at %1: %2</source>
        <translation>Sync error at %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Sync: starting…</source>
        <translation>Sync: starting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Sync %1: ingested %2, duplicates %3, quarantined %4</source>
        <translation>Sync %1: ingested %2, duplicates %3, quarantined %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="172" />
        <source>(%n problem(s))</source>
        <translation><numerusform>(%n problem)</numerusform><numerusform>(%n problems)</numerusform></translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Quarantined at</source>
        <translation>Quarantined at</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="42" />
        <source>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</source>
        <translation>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/quarantine_page.py" line="53" />
        <source>%n refused bundle(s)</source>
        <translation><numerusform>%n refused bundle</numerusform><numerusform>%n refused bundles</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="224" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/queue_model.py" line="226" />
        <source>Due within %n business day(s)</source>
        <translation><numerusform>Due within %n business day</numerusform><numerusform>Due within %n business days</numerusform></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="48" />
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="49" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="50" />
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="51" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="52" />
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="54" />
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="55" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="56" />
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="57" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="81" />
        <source>ID, name, kana (any width) or birth date</source>
        <translation>ID, name, kana (any width) or birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="83" />
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="87" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="90" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="115" />
        <source>Queue not loaded: %1</source>
        <translation>Queue not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="123" />
        <location filename="../../ui/pages/queue_page.py" line="143" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="125" />
        <source>Next application</source>
        <translation>Next application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="127" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="129" />
        <source>Jump to the end</source>
        <translation>Jump to the end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="197" />
        <source>%1 applications shown</source>
        <translation>%1 applications shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="198" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="228" />
        <source>No application is waiting in this queue.</source>
        <translation>No application is waiting in this queue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="234" />
        <source>Next failed: %1</source>
        <translation>Next failed: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="27" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="30" />
        <source>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</source>
        <translation>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="34" />
        <source>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</source>
        <translation>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="36" />
        <source>Configuration: %1</source>
        <translation>Configuration: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="46" />
        <source>The language changes when the application starts next.</source>
        <translation>The language changes when the application starts next.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="93" />
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94" />
        <source>Your session was ended. Log in again.</source>
        <translation>Your session was ended. Log in again.</translation>
    </message>
</context>
</TS>