<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationDetailWidget</name>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="32"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="33"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="34"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="35"/>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="36"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="37"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="38"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="39"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="40"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="41"/>
        <source>Internal comments</source>
        <translation>Internal comments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="42"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="43"/>
        <source>No changes</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="44"/>
        <source>No e-signature</source>
        <translation>No e-signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="45"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="46"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="47"/>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="48"/>
        <source>Sanitization</source>
        <translation>Sanitization</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="49"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="51"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="52"/>
        <source>refused by the gateway</source>
        <translation>refused by the gateway</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="53"/>
        <source>two-step approval</source>
        <translation>two-step approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="93"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="115"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="115"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="120"/>
        <location filename="../../ui/widgets/detail_widget.py" line="201"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="120"/>
        <location filename="../../ui/widgets/detail_widget.py" line="201"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="121"/>
        <location filename="../../ui/widgets/detail_widget.py" line="202"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="121"/>
        <location filename="../../ui/widgets/detail_widget.py" line="202"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="122"/>
        <location filename="../../ui/widgets/detail_widget.py" line="203"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="122"/>
        <location filename="../../ui/widgets/detail_widget.py" line="203"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="122"/>
        <location filename="../../ui/widgets/detail_widget.py" line="204"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="127"/>
        <source>Fee due</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="127"/>
        <location filename="../../ui/widgets/detail_widget.py" line="205"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="128"/>
        <location filename="../../ui/widgets/detail_widget.py" line="132"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="128"/>
        <location filename="../../ui/widgets/detail_widget.py" line="205"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="129"/>
        <location filename="../../ui/widgets/detail_widget.py" line="206"/>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="133"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="150"/>
        <source>What changed since revision %1</source>
        <translation>What changed since revision %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="171"/>
        <source>Sanitized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="198"/>
        <source>Form item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="200"/>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="204"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="206"/>
        <source>Delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="207"/>
        <source>Other item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/detail_widget.py" line="222"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Notices to the applicant</source>
        <translation>Notices to the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>written %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>not written yet</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>acknowledged %1</source>
        <translation>acknowledged %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>not acknowledged yet</source>
        <translation>not acknowledged yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Received notice</source>
        <translation>Received notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Correction request</source>
        <translation>Correction request</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Rejection</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Issued notice</source>
        <translation>Issued notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>Appointment cancelled</source>
        <translation>Appointment cancelled</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../ui/pages/application_page.py" line="96"/>
        <source>Stop retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="97"/>
        <source>Stop sending it again; what you typed stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="119"/>
        <source>Open an application from a queue (Enter) or take the next one (Ctrl+N).</source>
        <translation>Open an application from a queue (Enter) or take the next one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="148"/>
        <location filename="../../ui/pages/application_page.py" line="268"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="169"/>
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="171"/>
        <source>You are working on this application (%1).</source>
        <translation>You are working on this application (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="174"/>
        <source>Read only (%1).</source>
        <translation>Read only (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="180"/>
        <source>Attachments are shown to reviewers and supervisors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="186"/>
        <source>No attachment to show</source>
        <translation>No attachment to show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="254"/>
        <source>The lease was lost: %1</source>
        <translation>The lease was lost: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="289"/>
        <source>This document cannot be shown: %1</source>
        <translation type="unfinished">This document cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="296"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>Enter a reason: it is sent to the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="336"/>
        <source>The reason still holds a template placeholder (highlighted): replace it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="343"/>
        <source>Approve %1? The applicant is notified that it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="344"/>
        <source>Reject %1? The applicant is notified, with the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="345"/>
        <source>Return %1 for correction? The applicant is notified, with the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="346"/>
        <source>Record that %1 is withdrawn? The applicant is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="348"/>
        <source>Send to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="376"/>
        <source>Cannot reach the database. Your input is kept. Trying to reconnect… (attempt %1 failed; next try in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="388"/>
        <source>Not recorded. What you typed is still here; send it again when the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="403"/>
        <source>The database is back; your input was recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="416"/>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="309"/>
        <source>Enter the reason for the withdrawal.</source>
        <translation>Enter the reason for the withdrawal.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="74"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="58"/>
        <location filename="../../ui/pages/appointments_page.py" line="103"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="59"/>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="60"/>
        <location filename="../../ui/pages/appointments_page.py" line="104"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="61"/>
        <location filename="../../ui/pages/appointments_page.py" line="105"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="62"/>
        <location filename="../../ui/pages/appointments_page.py" line="106"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="74"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="75"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="75"/>
        <source>Open application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="85"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="87"/>
        <source>Book the applicant&apos;s requested time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="89"/>
        <source>Link selected to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="93"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="95"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="101"/>
        <source>Book by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/appointments_page.py" line="174"/>
        <source>%n free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="177"/>
        <location filename="../../ui/pages/appointments_page.py" line="178"/>
        <source>The counter is closed on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="199"/>
        <source>Choose an appointment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="202"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="210"/>
        <source>Choose a free time first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="217"/>
        <location filename="../../ui/pages/appointments_page.py" line="225"/>
        <source>Booked %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="232"/>
        <source>Choose an appointment and enter an application number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="235"/>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="73"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="74"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="75"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="76"/>
        <source>Check that no entry was edited, deleted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="112"/>
        <source>Staff code</source>
        <translation type="unfinished">Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="113"/>
        <source>Application ID</source>
        <translation type="unfinished">Application ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="59"/>
        <source>Staff code, e.g. r001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="63"/>
        <source>All</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="63"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="64"/>
        <source>Attachments viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="65"/>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="65"/>
        <source>Logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="66"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="66"/>
        <source>Quarantine</source>
        <translation type="unfinished">Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="67"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="67"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="68"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="68"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="69"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="114"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="120"/>
        <source>From / to (Japan time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="165"/>
        <source>Loading…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="178"/>
        <source>(scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="179"/>
        <source>%n entries shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="186"/>
        <source>Checking every entry of the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="192"/>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="202"/>
        <source>The audit log is intact: %1 entries checked, none edited, deleted or reordered. Newest entry No. %2 (hash %3…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="208"/>
        <source>The audit log has been tampered with: it is empty (every entry was deleted). Report this to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="211"/>
        <source>An audit checkpoint kept outside the database is damaged or not validly signed; report this to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="214"/>
        <source>the newest entries from No. %1 on were deleted (a signed checkpoint counts more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="216"/>
        <source>the log up to entry No. %1 was rewritten after a signed checkpoint recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="218"/>
        <source>entry No. %1 is missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="220"/>
        <source>entry No. %1 does not follow the entry before it (deleted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="222"/>
        <source>entry No. %1 was changed after the previous daily check recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="224"/>
        <source>entry No. %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="225"/>
        <source>The audit log has been tampered with: %1. Entries from No. %2 on cannot be trusted; report this to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="232"/>
        <source>Daily check: none yet (the sync agent checks the chain after 02:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="237"/>
        <source>Daily check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../ui/audit_text.py" line="21"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="21"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="21"/>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <source>Needs attention</source>
        <translation type="unfinished">Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <location filename="../../ui/audit_text.py" line="125"/>
        <source>Bundle</source>
        <translation type="unfinished">Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <location filename="../../ui/audit_text.py" line="123"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <location filename="../../ui/audit_text.py" line="126"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <location filename="../../ui/audit_text.py" line="32"/>
        <location filename="../../ui/audit_text.py" line="125"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <location filename="../../ui/audit_text.py" line="124"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <location filename="../../ui/audit_text.py" line="126"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Previous status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>First altered entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Newest entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>Anonymized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>Files kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="55"/>
        <source>counter search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="56"/>
        <source>receipt QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="69"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="69"/>
        <source>from the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="57"/>
        <location filename="../../ui/audit_text.py" line="69"/>
        <location filename="../../ui/audit_text.py" line="84"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="77"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="78"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="79"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="80"/>
        <source>forged or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="81"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="82"/>
        <source>no certificate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="123"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="123"/>
        <source>Export batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="124"/>
        <source>Settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="124"/>
        <source>Appointment</source>
        <translation type="unfinished">Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="125"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="126"/>
        <source>Quarantine</source>
        <translation type="unfinished">Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="127"/>
        <source>Payment</source>
        <translation type="unfinished">Payment</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="127"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="129"/>
        <location filename="../../ui/audit_text.py" line="130"/>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../ui/confirm.py" line="32"/>
        <source>This question can be switched off in Settings (ask before sending to applicants).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 is revoked.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: print it from 「Issue and deliver」 or save it as PDF there.</source>
        <translation>No printer is set up on this computer: print it from 「Issue and deliver」 or save it as PDF there.</translation>
    </message>
    <message>
        <source>%1 is superseded; the new serial is %2.</source>
        <translation>%1 is superseded; the new serial is %2.</translation>
    </message>
    <message>
        <source>The paper must no longer be relied on</source>
        <translation>The paper must no longer be relied on</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>A new paper with a new serial (paper jam, soiled, …)</source>
        <translation>A new paper with a new serial (paper jam, soiled, …)</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="53"/>
        <source>Application number, name, kana or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="55"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Read receipt QR from image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="63"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="63"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="63"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="63"/>
        <source>Birth date</source>
        <translation type="unfinished">Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="64"/>
        <source>Delivery</source>
        <translation type="unfinished">Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="75"/>
        <source>Driver&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="77"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="76"/>
        <source>My Number card (also as health insurance card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="78"/>
        <source>Health insurance eligibility certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="79"/>
        <source>Other (write it in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="83"/>
        <source>Record handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="95"/>
        <source>Handover at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="97"/>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="98"/>
        <source>Identity document checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="99"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="114"/>
        <source>Type an application number, a name, kana or a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="116"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="121"/>
        <source>Receipt QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="122"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="128"/>
        <source>Reading the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counter_page.py" line="144"/>
        <source>%n application(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="152"/>
        <source>Mail</source>
        <translation type="unfinished">Mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="152"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="153"/>
        <source>Electronic</source>
        <translation type="unfinished">Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="170"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="170"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="170"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="174"/>
        <source>Nothing issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="189"/>
        <source>Handed over %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="89"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="90"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="92"/>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="93"/>
        <source>Business days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="95"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="105"/>
        <source>Refresh</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="107"/>
        <source>Save charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="148"/>
        <source>Applications by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="152"/>
        <source>Applications by procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="154"/>
        <source>Open work by business days since receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="155"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="159"/>
        <source>Overdue: %1   Due within 2 business days: %2   Open: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="162"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="163"/>
        <source>Last sync: %1   Quarantined bundles waiting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="166"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="177"/>
        <source>Other procedures (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="184"/>
        <source>Decisions per day (last 14 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="213"/>
        <source>Save charts to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="216"/>
        <source>%n chart(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="170"/>
        <source>Portal: %1 message(s) wait for the outbox key</source>
        <translation>Portal: %1 message(s) wait for the outbox key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="170"/>
        <source>Portal: everything acknowledged</source>
        <translation>Portal: everything acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="170"/>
        <source>Portal: %1 not acknowledged, oldest %2 h ago</source>
        <translation>Portal: %1 not acknowledged, oldest %2 h ago</translation>
    </message>
</context>
<context>
    <name>DecisionWidget</name>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="48"/>
        <source>Reason template…</source>
        <translation>Reason template…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="49"/>
        <location filename="../../ui/widgets/decision_widget.py" line="134"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="49"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="50"/>
        <location filename="../../ui/widgets/decision_widget.py" line="134"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="50"/>
        <location filename="../../ui/widgets/decision_widget.py" line="67"/>
        <location filename="../../ui/widgets/decision_widget.py" line="140"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="56"/>
        <source>Reason (sent to the applicant for a return or rejection)</source>
        <translation>Reason (sent to the applicant for a return or rejection)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="68"/>
        <source>Internal comment (never sent)</source>
        <translation>Internal comment (never sent)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="69"/>
        <location filename="../../ui/widgets/decision_widget.py" line="139"/>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="97"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="130"/>
        <source>Approve (final)</source>
        <translation>Approve (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="130"/>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="130"/>
        <source>Reject (final)</source>
        <translation>Reject (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="132"/>
        <source>Recommend approval</source>
        <translation>Recommend approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="132"/>
        <location filename="../../ui/widgets/decision_widget.py" line="134"/>
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="132"/>
        <source>Recommend rejection</source>
        <translation>Recommend rejection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="182"/>
        <source>Replace %1 with the real text: nothing is sent while a placeholder is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="204"/>
        <source>You recommended this application; another supervisor makes the final decision.</source>
        <translation>You recommended this application; another supervisor makes the final decision.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="206"/>
        <source>The reviewer recommends: %1. Your decision is final.</source>
        <translation>The reviewer recommends: %1. Your decision is final.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="207"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="207"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="209"/>
        <source>Two-step procedure: your decision is a recommendation to a supervisor.</source>
        <translation>Two-step procedure: your decision is a recommendation to a supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="211"/>
        <source>Read only: you do not hold this application.</source>
        <translation>Read only: you do not hold this application.</translation>
    </message>
</context>
<context>
    <name>DocumentViewerWidget</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="57"/>
        <location filename="../../ui/widgets/document_viewer.py" line="122"/>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="85"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="86"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="87"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="88"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="89"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="90"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="91"/>
        <source>Rotate clockwise</source>
        <translation>Rotate clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="126"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="153"/>
        <source>This document cannot be shown: %1</source>
        <translation>This document cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no issuance template %1.</source>
        <translation>There is no issuance template %1.</translation>
    </message>
    <message>
        <source>The standard processing period must be between 1 and 365 business days.</source>
        <translation>The standard processing period must be between 1 and 365 business days.</translation>
    </message>
    <message>
        <source>The date is in the past. A change takes effect today or later.</source>
        <translation>The date is in the past. A change takes effect today or later.</translation>
    </message>
    <message>
        <source>The password does not follow the rules.</source>
        <translation>The password does not follow the rules.</translation>
    </message>
    <message>
        <source>The password must not contain your staff code or name.</source>
        <translation>The password must not contain your staff code or name.</translation>
    </message>
    <message>
        <source>This password is too common. Choose a longer passphrase.</source>
        <translation>This password is too common. Choose a longer passphrase.</translation>
    </message>
    <message>
        <source>The password is too long: at most 128 characters.</source>
        <translation>The password is too long: at most 128 characters.</translation>
    </message>
    <message>
        <source>The password is too short: at least 12 characters (a passphrase of several words is best).</source>
        <translation>The password is too short: at least 12 characters (a passphrase of several words is best).</translation>
    </message>
    <message>
        <source>An administrator set this password. Choose your own to log in.</source>
        <translation>An administrator set this password. Choose your own to log in.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>The new password is the same as the current one. Choose another.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>The current password is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no staff account %1.</source>
        <translation>There is no staff account %1.</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>You cannot disable your own account. Ask another administrator.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: the account stays enabled and keeps the administrator role. Make another administrator first.</source>
        <translation>%1 is the last enabled administrator: the account stays enabled and keeps the administrator role. Make another administrator first.</translation>
    </message>
    <message>
        <source>There is no department %1 in the procedure catalog.</source>
        <translation>There is no department %1 in the procedure catalog.</translation>
    </message>
    <message>
        <source>other departments</source>
        <translation>other departments</translation>
    </message>
    <message>
        <source>This application belongs to %1, which is not one of your departments. Ask a member of staff of %1, or an administrator to add the department to your account.</source>
        <translation>This application belongs to %1, which is not one of your departments. Ask a member of staff of %1, or an administrator to add the department to your account.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>Documents cannot be issued on this PC: it has no credential store for the city&apos;s issuing key. Nothing was issued. Ask the system administrator to set up the issuing key on this PC (backoffice keys init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>The PC&apos;s credential store refused access to the issuing key. Nothing was issued. Log in to Windows again or ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>The city&apos;s issuing key is not set up on this PC. Nothing was issued. Ask the system administrator to set it up (backoffice keys init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>The issuing key on this PC is damaged. Nothing was issued. Ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Another member of staff is working on this application. You can read it; to work on it, ask them or a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>You no longer hold this application (the hold ran out or a supervisor handed it over). Open it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation type="unfinished">Enter a reason: it is sent to the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>The reason still holds %1 from the template: replace it with the real text. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>You recommended this decision yourself; another supervisor must make the final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>There is no application %1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>This application is %1 and cannot be worked on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>No QR code was found in the image. Scan the receipt again, flat and in focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The QR code is not a receipt of this city (it holds no application number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <location filename="../../ui/errors.py" line="157"/>
        <source>The staff code or password is wrong, or the account cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>Enter the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="98"/>
        <source>%1 is closed on %2. Choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>%1 is not a booking time of %2. Choose a time from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>The time %1 has already passed. Choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>This application already has an appointment. Cancel it first to book another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>%1 at %2 is fully booked. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Application %1 did not ask for an appointment. Book a time by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111"/>
        <source>Application %1 asks for a counter this office does not have. Book a time by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>This appointment is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Enter the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>Application %1 has no fee to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>The fee due is %1, not %2. Check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="121"/>
        <source>This application was already paid at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>This application was already paid online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="123"/>
        <source>Receipt number %1 is already used. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>Enter the refunded amount (more than 0 yen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>A refund for this application is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>The settlement file was not imported: line %1 is not in the agreed format. Nothing was changed. Ask the payment provider for a corrected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>The settlement file was not imported: it is empty or not in the agreed format. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>Your session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>Your role does not allow this. Ask a supervisor or the system administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>Another member of staff is working on this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>This cannot be done in the application&apos;s current state. Reload the screen and check its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>It was not found: it may have been removed in the meantime. Reload the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>The configuration of this PC has a problem. Ask the system administrator (the details are in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>The file cannot hold a code: it has too many pages, a page far larger than paper, or takes too long to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>The database cannot be reached. Wait a moment and try again; if it persists, ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="168"/>
        <source>The file or folder cannot be written or read: you do not have access. Choose another place or ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>The file or folder does not exist any more. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="173"/>
        <source>The file could not be read or written. Check the disk or network folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>This could not be done. Ask the system administrator (the details are in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>An unexpected error occurred. Nothing was lost; try again, and if it happens again tell the system administrator the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>%1 (%n times)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="98"/>
        <source>Export now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="100"/>
        <source>Re-export selected batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="120"/>
        <source>Decisions are written to %1 for the core business systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="139"/>
        <source>Waiting for export: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="141"/>
        <source>No decisions are waiting for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="162"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="168"/>
        <source>Select a batch to re-export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="171"/>
        <source>Re-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="172"/>
        <source>Write the rows of %1 again under a new batch id? The core systems will receive them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="184"/>
        <source>No decisions were waiting for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="186"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="69"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="69"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="69"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="69"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="69"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="70"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="70"/>
        <source>Re-export of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="79"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="81"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="82"/>
        <source>(writing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="87"/>
        <source>Approved, not yet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="91"/>
        <source>Issue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="92"/>
        <location filename="../../ui/pages/issued_page.py" line="152"/>
        <source>Issue all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="95"/>
        <source>Issued, awaiting delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="100"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="101"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="102"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="103"/>
        <source>Print all mail deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="104"/>
        <source>Address sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="105"/>
        <source>Mark mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="106"/>
        <source>Mark sent electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="129"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="129"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="129"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="130"/>
        <source>Delivery</source>
        <translation type="unfinished">Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="130"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="130"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="153"/>
        <source>Issue %n document(s) for every approved application? Each applicant is notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="182"/>
        <source>No document was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="184"/>
        <location filename="../../ui/pages/issued_page.py" line="187"/>
        <source>%n document(s) issued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="185"/>
        <source>%n could not be issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="202"/>
        <source>Ask the administrator to set up a printer for this computer. &quot;Save as PDF…&quot; works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="210"/>
        <location filename="../../ui/pages/issued_page.py" line="219"/>
        <source>No printer is set up on this computer, so there is no print preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="226"/>
        <source>No printer is set up on this computer, so nothing can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="248"/>
        <source>%n document(s) sent to the printer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="254"/>
        <source>Save PDFs to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="262"/>
        <source>%n PDF file(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="273"/>
        <source>Save address sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="277"/>
        <source>%n address sheet(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="293"/>
        <source>%n application(s) marked delivered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Signature missing</source>
        <translation>Signature missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Certificate not trusted</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Certificate expired</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Signer name differs</source>
        <translation>Signer name differs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Payment missing</source>
        <translation>Payment missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Payment amount differs</source>
        <translation>Payment amount differs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Attachment rejected</source>
        <translation>Attachment rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Attachment missing</source>
        <translation>Attachment missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Name or address starts like a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Supporting document</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <location filename="../../ui/labels.py" line="279"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Counter pickup</source>
        <translation>Counter pickup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Corrected revision received</source>
        <translation>Corrected revision received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Checks passed</source>
        <translation>Checks passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Checks found problems</source>
        <translation>Checks found problems</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Attention resolved</source>
        <translation>Attention resolved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Review started</source>
        <translation>Review started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Recommended approval</source>
        <translation>Recommended approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Recommended rejection</source>
        <translation>Recommended rejection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Approved (final)</source>
        <translation>Approved (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Rejected (final)</source>
        <translation>Rejected (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Sent back to the reviewer</source>
        <translation>Sent back to the reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Handed over or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Closed without a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Closed after the set period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Other step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>{y}-{m:02}-{d:02} {H:02}:{M:02}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>{y}-{m:02}-{d:02}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>All procedures</source>
        <translation type="unfinished">All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Procedure not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Pay-easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>Mobile carrier billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>Online banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Convenience store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Cash at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Paid at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Other payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <source>Not a readable bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <source>Unsafe file name inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Unexpected file inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>A required file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Suspicious compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Gateway signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="173"/>
        <source>Application data altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Attachment altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Unreadable data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Data not in the agreed format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Revision does not fit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Attachments do not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>File type not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>Could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>The file is damaged or not a bundle. Ask the gateway operator to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>The bundle may be an attack. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>The bundle holds files it should not. Discard it and tell the gateway operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>The bundle is incomplete. Ask the gateway operator to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>The bundle exceeds the size limit. Ask the gateway operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>The bundle may be a compression bomb. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>The bundle was not signed by a configured gateway key. Check the gateway keys in the settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>The application data changed after sanitization. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>An attachment changed after sanitization. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>The data cannot be read. Ask the gateway operator to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>The data does not follow the agreed format. Ask the portal operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>The procedure is not in the catalog. Add it to the catalog, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>The revision does not fit the application&apos;s state. Check the application, then retry or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>Attachments are missing or counted twice. Ask the gateway operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>An attachment has a file type that is not accepted. Discard it and ask the applicant to apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>The bundle passed every check but could not be saved. Tell the system administrator; retry after the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>See the technical detail (tooltip) and ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>An e-signature is attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>The signature data is well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>The signature matches the application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="217"/>
        <source>The signing certificate chains to a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218"/>
        <source>The signing certificate was valid when signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="219"/>
        <source>The signing certificate is not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="220"/>
        <source>The signer&apos;s name matches the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>No e-signature is attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>The signature data is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="222"/>
        <source>The signature does not match the application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223"/>
        <source>The signing certificate is not from a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224"/>
        <source>The signing certificate had expired or was not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="225"/>
        <source>The signing certificate is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <source>The signer&apos;s name differs from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>Other check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>Other check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>Automatic intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>Scheduled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Demo set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>Automatic closing and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243"/>
        <source>Took the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243"/>
        <source>Released the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Added a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Compared revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="245"/>
        <source>Listed a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="245"/>
        <source>Searched applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>Viewed an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>Reassigned an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>Booked an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>Linked an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>Viewed appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>Visitor checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Cancelled an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Visitor did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Appointment restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Searched the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Verified the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>Issued a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>Reprinted a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>Revoked a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>Verified a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="253"/>
        <source>Viewed an issued document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="253"/>
        <source>Closed a counter day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="254"/>
        <source>Printed address sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="254"/>
        <source>Recorded a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="255"/>
        <source>Viewed an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="255"/>
        <source>Recovered an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>Re-exported a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>Exported to core systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>Took in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>Quarantined a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Registered an issuing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>Took a counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>Imported a settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Recorded a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Discarded a quarantined bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Retried a quarantined bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Deleted expired records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>Created a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>Disabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Enabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Changed a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>Other operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="57"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="59"/>
        <source>%1 (%2) — enter your password to continue.</source>
        <translation>%1 (%2) — enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="64"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="90"/>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <location filename="../../ui/log_folder.py" line="28"/>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log_folder.py" line="29"/>
        <source>The log folder could not be opened. It is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/log_folder.py" line="35"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Choose a new password to log in.</source>
        <translation>Choose a new password to log in.</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own now; only you should know it.</source>
        <translation>An administrator set your password. Choose your own now; only you should know it.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="43"/>
        <source>Back office — log in</source>
        <translation>Back office — log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="58"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="64"/>
        <source>Online applications back office</source>
        <translation>Online applications back office</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <location filename="../../ui/login.py" line="139"/>
        <source>Login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="76"/>
        <location filename="../../ui/login.py" line="120"/>
        <source>Too many failed attempts on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="77"/>
        <location filename="../../ui/login.py" line="123"/>
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="77"/>
        <location filename="../../ui/login.py" line="128"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>Enter your staff code and password.</source>
        <translation>Enter your staff code and password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75"/>
        <location filename="../../ui/login.py" line="103"/>
        <source>wrong staff code or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="76"/>
        <location filename="../../ui/login.py" line="105"/>
        <source>this account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="vanished">Login failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <location filename="../../ui/login.py" line="142"/>
        <source>The database cannot be reached. Ask the administrator.</source>
        <translation>The database cannot be reached. Ask the administrator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Back office — %1</source>
        <translation>Back office — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Review queues</source>
        <translation>Review queues</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Issue and deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Lock screen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Log out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Sync: off (no gateway key configured)</source>
        <translation>Sync: off (no gateway key configured)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Sync error at %1: %2</source>
        <translation>Sync error at %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Sync: starting…</source>
        <translation>Sync: starting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Sync %1: another workstation is syncing the spool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Sync %1: ingested %2, duplicates %3, quarantined %4</source>
        <translation>Sync %1: ingested %2, duplicates %3, quarantined %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="251"/>
        <source>(%n problem(s))</source>
        <translation>
            <numerusform>(%n problem)</numerusform>
            <numerusform>(%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Database: not reachable — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Database: connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>The database connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="87"/>
        <source>Session ended</source>
        <translation type="unfinished">Session ended</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="112"/>
        <source>Your session was ended. Log in again.</source>
        <translation type="unfinished">Your session was ended. Log in again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>FAQ and announcements</source>
        <translation>FAQ and announcements</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>(messages to the portal wait: no outbox key)</source>
        <translation>(messages to the portal wait: no outbox key)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="291"/>
        <source>Could not be done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="54"/>
        <source>The provider settled %1 but the fee due is %2: check the fee and ask the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="57"/>
        <source>The provider names a different application for this payment: check which one was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="59"/>
        <source>No application carries this payment: find the application the citizen paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="61"/>
        <source>The application says it was paid, but the provider does not know the transaction: ask the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="63"/>
        <source>Check this payment with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="69"/>
        <source>Names another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="70"/>
        <source>Paid without application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="71"/>
        <source>Unknown to the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="73"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="74"/>
        <source>Transaction</source>
        <translation type="unfinished">Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="75"/>
        <location filename="../../ui/pages/payments_page.py" line="81"/>
        <location filename="../../ui/pages/payments_page.py" line="101"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="76"/>
        <source>Fee due</source>
        <translation type="unfinished">Fee due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="77"/>
        <source>Provider amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="78"/>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="82"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="83"/>
        <location filename="../../ui/pages/payments_page.py" line="102"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="84"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="84"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="84"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="85"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="89"/>
        <source>Import settlement file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="91"/>
        <source>Record refund for selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="96"/>
        <source>Record counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="99"/>
        <source>Counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="103"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="110"/>
        <source>Mismatches between the provider and the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="113"/>
        <source>Refunds owed (rejected or withdrawn after payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="161"/>
        <source>%1 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="163"/>
        <source>%1: %2 rows, %3 new, %4 refunded by the provider (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="168"/>
        <source>Settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="169"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="176"/>
        <source>Choose a refund first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="180"/>
        <source>Refund recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="186"/>
        <source>Counter payment recorded for %1 (receipt %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Quarantined at</source>
        <translation>Quarantined at</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="vanished">Detail</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="59"/>
        <source>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</source>
        <translation>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="63"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="64"/>
        <source>Put the bundle back into the inbox; the next sync checks it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="65"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="66"/>
        <source>Close the case with a note (the file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/quarantine_page.py" line="82"/>
        <source>%n refused bundle(s)</source>
        <translation>
            <numerusform>%n refused bundle</numerusform>
            <numerusform>%n refused bundles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="92"/>
        <location filename="../../ui/pages/quarantine_page.py" line="101"/>
        <source>Select a refused bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="95"/>
        <source>The bundle is back in the inbox; the next sync checks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="104"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="104"/>
        <source>Why is this bundle discarded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="108"/>
        <source>Discarded; the file is kept under discarded/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="172"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/queue_model.py" line="174"/>
        <source>Due within %n business day(s)</source>
        <translation>
            <numerusform>Due within %n business day</numerusform>
            <numerusform>Due within %n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="56"/>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="57"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="58"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="59"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="60"/>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="62"/>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="63"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="64"/>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="65"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>ID, name, kana (any width) or birth date</source>
        <translation type="vanished">ID, name, kana (any width) or birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="89"/>
        <source>ID, name, kana (any width) or birth date, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="91"/>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="95"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="98"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="129"/>
        <source>Queue not loaded: %1</source>
        <translation>Queue not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="137"/>
        <location filename="../../ui/pages/queue_page.py" line="161"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="139"/>
        <source>Next application</source>
        <translation>Next application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="141"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="143"/>
        <source>Jump to the end</source>
        <translation>Jump to the end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="246"/>
        <source>%1 applications shown</source>
        <translation>%1 applications shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="247"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="264"/>
        <source>No application matches 「%1」 in any queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="267"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="268"/>
        <source>Show them in All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="269"/>
        <source>Not in this queue. Found elsewhere — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="300"/>
        <source>No application is waiting in this queue.</source>
        <translation>No application is waiting in this queue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="306"/>
        <source>Next failed: %1</source>
        <translation>Next failed: %1</translation>
    </message>
</context>
<context>
    <name>SanitizeText</name>
    <message>
        <location filename="../../ui/sanitize_text.py" line="16"/>
        <source>JavaScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="16"/>
        <source>embedded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="17"/>
        <source>interactive form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="17"/>
        <source>document metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="18"/>
        <source>annotations and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="19"/>
        <source>other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="24"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="36"/>
        <source>Read the %1 image and saved it again as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="39"/>
        <source>Rebuilt %1 TIFF pages as a PDF of page images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="40"/>
        <source>Read the %1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="42"/>
        <source>Kept only the first of %1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="43"/>
        <source>Turned the image upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="45"/>
        <source>Removed the photo information, including the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="46"/>
        <source>Removed the photo information (EXIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="47"/>
        <source>Removed the colour profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="48"/>
        <source>Removed embedded metadata (XMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="49"/>
        <source>Removed other embedded information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="51"/>
        <source>Rebuilt %1 PDF page(s) as page images at %2 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="53"/>
        <source>Removed all TIFF tags and metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="54"/>
        <source>Removed the text layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="56"/>
        <source>Removed %1 (%2 found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="58"/>
        <source>Turned every page into an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="59"/>
        <source>Removed embedded information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="68"/>
        <source>This file type is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="69"/>
        <source>The file is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="70"/>
        <source>The image is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="72"/>
        <source>%1 pages; at most %2 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="73"/>
        <source>The PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="74"/>
        <source>The PDF is password protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="75"/>
        <source>The PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="77"/>
        <source>The file took too much memory or time to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="78"/>
        <source>The file could not be checked safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="79"/>
        <source>The file could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="93"/>
        <source>Another cleaning step (see the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="98"/>
        <source>Refused by the gateway (see the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../ui/session_flow.py" line="39"/>
        <source>a decision or comment still waiting for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="41"/>
        <source>the reason typed in the decision panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="43"/>
        <source>the internal comment not yet added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="52"/>
        <source>This text has not been sent yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="54"/>
        <source>Discard it and continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="29"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="32"/>
        <source>Ask before a decision is sent to the applicant and before &quot;Issue all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="34"/>
        <source>Experienced staff may switch this off. A reason with a template placeholder such as {document} is never sent, whatever this says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="38"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="40"/>
        <source>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</source>
        <translation>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="44"/>
        <source>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</source>
        <translation>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="47"/>
        <source>built-in defaults (no configuration file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="49"/>
        <source>Configuration: %1</source>
        <translation>Configuration: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="59"/>
        <source>The language changes when the application starts next.</source>
        <translation>The language changes when the application starts next.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup_errors.py" line="24"/>
        <source>The configuration file %1 has an unknown section [%2]. Check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="26"/>
        <source>The configuration file %1 has an unknown setting “%2” in [%3]. Check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="30"/>
        <source>The database set in the configuration (%1) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="31"/>
        <source>Cannot connect to the database (%1). Check the network and the database server, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="33"/>
        <source>The database (%1) has not been set up yet. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="34"/>
        <source>The database (%1) must be updated for this version. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="35"/>
        <source>The database (%1) cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="38"/>
        <source>The configuration has an error. Ask the administrator (details below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="39"/>
        <source>The application could not start. Ask the administrator (details below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="45"/>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="37"/>
        <source>Open scan, photo or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="39"/>
        <source>Or drop the file here. Compare the facts below with the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="51"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="51"/>
        <source>Issuer (city code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="52"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="52"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="53"/>
        <source>Birth date</source>
        <translation type="unfinished">Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="53"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="70"/>
        <source>Certificate to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="71"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="94"/>
        <source>Checking…</source>
        <translation type="unfinished">Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="102"/>
        <source>VALID: issued by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="103"/>
        <source>REVOKED: do not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="104"/>
        <source>FORGED OR ALTERED: signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="105"/>
        <source>UNKNOWN KEY: cannot confirm the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="106"/>
        <source>NO CERTIFICATE CODE FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="115"/>
        <source>DEMO DOCUMENT: not an official certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="136"/>
        <source>The signature is the city&apos;s, but this office has no record of the serial: check with the issuing department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="139"/>
        <source>The signature is the city&apos;s and serial %1 is valid in this office&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="142"/>
        <source>The office&apos;s record of this document differs from the signed content: check with the issuing department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="147"/>
        <source>This paper was replaced by a reprint with serial %1; only the new one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="149"/>
        <source>Serial %1 was revoked by the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="150"/>
        <source> Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="152"/>
        <source>The code&apos;s signature does not match its content: the paper may be forged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="154"/>
        <source>The code was signed with a key this office does not know: the issuer cannot be confirmed. Ask the system administrator whether the key is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="157"/>
        <source>The file has a QR code, but not one of the city&apos;s certificate codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="158"/>
        <source>No QR code was found. Scan the paper again at a higher resolution or straighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="162"/>
        <source>Not a certificate: the file has too many pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="163"/>
        <source>Not a certificate: a page of the file is far larger than paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="164"/>
        <source>Not a certificate: the image is too large to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="165"/>
        <source>Not a certificate: the file takes too long to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="166"/>
        <source>Not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="175"/>
        <source>Could not check the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadWidget</name>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="41"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="42"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="43"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="45"/>
        <source>Lease until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="53"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="58"/>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="68"/>
        <source>Applications held now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="107"/>
        <source>Choose an application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="110"/>
        <source>Released %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="116"/>
        <source>Choose an application and a reviewer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="120"/>
        <source>%1 handed over to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Session ended</source>
        <translation type="vanished">Session ended</translation>
    </message>
    <message>
        <source>Your session was ended. Log in again.</source>
        <translation type="vanished">Your session was ended. Log in again.</translation>
    </message>
</context>
<context>
    <name>EnterInquiryDialog</name>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="336"/>
        <source>Enter an inquiry</source>
        <translation>Enter an inquiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="338"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="339"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="343"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="349"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="349"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="350"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="350"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="351"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="351"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="352"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="352"/>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="78"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="78"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="78"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="79"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="79"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="80"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="83"/>
        <source>Name, kana, application number or inquiry number</source>
        <translation>Name, kana, application number or inquiry number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="86"/>
        <source>Enter a phone or counter inquiry…</source>
        <translation>Enter a phone or counter inquiry…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="95"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="95"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="96"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="96"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="96"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="97"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="108"/>
        <source>Answer template…</source>
        <translation>Answer template…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="113"/>
        <source>Answer to the citizen, or an internal note</source>
        <translation>Answer to the citizen, or an internal note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="114"/>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="115"/>
        <source>Add as internal note</source>
        <translation>Add as internal note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="116"/>
        <source>Send answer</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="117"/>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="118"/>
        <source>Open application</source>
        <translation>Open application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="119"/>
        <source>Make FAQ entry</source>
        <translation>Make FAQ entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="126"/>
        <source>Send answer (Ctrl+Return)</source>
        <translation>Send answer (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="151"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="152"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="154"/>
        <source>Enter an inquiry</source>
        <translation>Enter an inquiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="185"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inquiries_page.py" line="189"/>
        <source>%n inquiry(ies)</source>
        <translation>
            <numerusform>%n inquiry</numerusform>
            <numerusform>%n inquiries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="204"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="204"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="204"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="220"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="220"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="220"/>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="221"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="235"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="235"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="273"/>
        <source>You handle this inquiry now.</source>
        <translation>You handle this inquiry now.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="278"/>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="282"/>
        <source>Internal note added.</source>
        <translation>Internal note added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="287"/>
        <source>Write the answer first.</source>
        <translation>Write the answer first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="292"/>
        <source>Answer sent; the portal receives it with the next sync.</source>
        <translation>Answer sent; the portal receives it with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="298"/>
        <source>Close without answer</source>
        <translation>Close without answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="299"/>
        <source>Why is it closed without an answer?</source>
        <translation>Why is it closed without an answer?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="303"/>
        <source>Inquiry closed.</source>
        <translation>Inquiry closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="310"/>
        <source>FAQ entry made from the answer; edit it on the FAQ page.</source>
        <translation>FAQ entry made from the answer; edit it on the FAQ page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="330"/>
        <source>Inquiry entered.</source>
        <translation>Inquiry entered.</translation>
    </message>
</context>
<context>
    <name>PortalContentPage</name>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="71"/>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="72"/>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="77"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="78"/>
        <source>Save and publish</source>
        <translation>Save and publish</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="79"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="80"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="91"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="91"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="95"/>
        <source>(all procedures)</source>
        <translation>(all procedures)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="104"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="106"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="109"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="121"/>
        <source>What the portal will receive</source>
        <translation>What the portal will receive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="141"/>
        <source>No end</source>
        <translation>No end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="155"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="158"/>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="160"/>
        <source>New announcement</source>
        <translation>New announcement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="211"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="211"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="319"/>
        <source>FAQ entry saved and published.</source>
        <translation>FAQ entry saved and published.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="323"/>
        <source>Announcement saved and published.</source>
        <translation>Announcement saved and published.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="337"/>
        <source>Withdrawn; the portal hides it.</source>
        <translation>Withdrawn; the portal hides it.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>The two new passwords differ. Type them again.</source>
        <translation>The two new passwords differ. Type them again.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>At least 12 characters; a passphrase of several words is best. Not your staff code or name, not a common password.</source>
        <translation>At least 12 characters; a passphrase of several words is best. Not your staff code or name, not a common password.</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
    <message>
        <source>Choose the departments whose applications the person works on.</source>
        <translation>Choose the departments whose applications the person works on.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>Enter the staff code and the name.</source>
        <translation>Enter the staff code and the name.</translation>
    </message>
    <message>
        <source>The person chooses their own password at the first login.</source>
        <translation>The person chooses their own password at the first login.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>First password again</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>Departments (the applications the person may see)</source>
        <translation>Departments (the applications the person may see)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>Roles and departments of %1</source>
        <translation>Roles and departments of %1</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Add a staff account</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Temporary password of %1 set.</source>
        <translation>Temporary password of %1 set.</translation>
    </message>
    <message>
        <source>A temporary password for %1. Tell it to them in person; they must choose their own at the next login. Their open sessions end.</source>
        <translation>A temporary password for %1. Tell it to them in person; they must choose their own at the next login. Their open sessions end.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>%1 can log in again on every workstation.</source>
        <translation>%1 can log in again on every workstation.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <source>Disable %1? Their open sessions end at once.</source>
        <translation>Disable %1? Their open sessions end at once.</translation>
    </message>
    <message>
        <source>Roles and departments of %1 saved; their open sessions have ended.</source>
        <translation>Roles and departments of %1 saved; their open sessions have ended.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>Every department</translation>
    </message>
    <message>
        <source>Must choose a new password</source>
        <translation>Must choose a new password</translation>
    </message>
    <message>
        <source>Locked out after failed logins</source>
        <translation>Locked out after failed logins</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Staff accounts. Reviewers and supervisors see only the applications of their departments; every change here is recorded in the audit log.</source>
        <translation>Staff accounts. Reviewers and supervisors see only the applications of their departments; every change here is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Roles and departments…</source>
        <translation>Roles and departments…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
</context>
<context>
    <name>CounterEntryPage</name>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="216"/>
        <source>%1 yen (paid at the counter)</source>
        <translation>%1 yen (paid at the counter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="70"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="268"/>
        <source>1 to 99</source>
        <translation>1 to 99</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="267"/>
        <source>A whole number</source>
        <translation>A whole number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="82"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="285"/>
        <source>Accepted as %1. Hand the reception slip to the citizen.</source>
        <translation>Accepted as %1. Hand the reception slip to the citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="122"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="273"/>
        <source>Already used for another payment</source>
        <translation>Already used for another payment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="115"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="67"/>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="120"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="68"/>
        <source>By mail</source>
        <translation>By mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="275"/>
        <source>Check this field</source>
        <translation>Check this field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="269"/>
        <source>Choose from the list</source>
        <translation>Choose from the list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="71"/>
        <source>Driver's license</source>
        <translation>Driver's license</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="128"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="91"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="74"/>
        <source>Health insurance eligibility certificate</source>
        <translation>Health insurance eligibility certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="126"/>
        <source>Identity document checked</source>
        <translation>Identity document checked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="124"/>
        <source>Identity, paper and payment</source>
        <translation>Identity, paper and payment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="265"/>
        <source>In the future</source>
        <translation>In the future</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="263"/>
        <source>Katakana only</source>
        <translation>Katakana only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="72"/>
        <source>My Number card (also as health insurance card)</source>
        <translation>My Number card (also as health insurance card)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="118"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="119"/>
        <source>Name in kana</source>
        <translation>Name in kana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="217"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="264"/>
        <source>Not a date (e.g. 19850401)</source>
        <translation>Not a date (e.g. 19850401)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="272"/>
        <source>Not in the catalog</source>
        <translation>Not in the catalog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="247"/>
        <source>Not saved: correct the marked fields (what you typed is kept).</source>
        <translation>Not saved: correct the marked fields (what you typed is kept).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="84"/>
        <source>Open the reception slip again</source>
        <translation>Open the reception slip again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="75"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="127"/>
        <source>Paper pages taken in</source>
        <translation>Paper pages taken in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="73"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="121"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="117"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="129"/>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="123"/>
        <source>Receive the document</source>
        <translation>Receive the document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="262"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="226"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="266"/>
        <source>Seven digits (e.g. 5300001)</source>
        <translation>Seven digits (e.g. 5300001)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="271"/>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="270"/>
        <source>Yes or no</source>
        <translation>Yes or no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="62"/>
        <source>e.g. 19850401</source>
        <translation>e.g. 19850401</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="175"/>
        <source>e.g. 20261130</source>
        <translation>e.g. 20261130</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="64"/>
        <source>e.g. 5300001</source>
        <translation>e.g. 5300001</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Counter entry</source>
        <translation>Counter entry</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%1: %n change(s) from %2.</source>
        <translation>
            <numerusform>%1: %n change from %2.</numerusform>
            <numerusform>%1: %n changes from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>Select a procedure first.</source>
        <translation>Select a procedure first.</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message>
        <source>One step</source>
        <translation>One step</translation>
    </message>
    <message>
        <source>Two steps</source>
        <translation>Two steps</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>from %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>fee %1</translation>
    </message>
    <message>
        <source>The procedures every workstation uses, as in force today. A change takes effect on the day you choose; every change is recorded in the audit log.</source>
        <translation>The procedures every workstation uses, as in force today. A change takes effect on the day you choose; every change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Scheduled changes</source>
        <translation>Scheduled changes</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Processing period</source>
        <translation>Processing period</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Family register</source>
        <translation>Family register</translation>
    </message>
    <message>
        <source>Tax records</source>
        <translation>Tax records</translation>
    </message>
    <message>
        <source>Seal register</source>
        <translation>Seal register</translation>
    </message>
    <message>
        <source>Resident register</source>
        <translation>Resident register</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Applications received before the day keep their fee and deadline; those received from it are judged by this version.</source>
        <translation>Applications received before the day keep their fee and deadline; those received from it are judged by this version.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Issuance template</source>
        <translation>Issuance template</translation>
    </message>
    <message>
        <source>Required attachments</source>
        <translation>Required attachments</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Standard processing period</source>
        <translation>Standard processing period</translation>
    </message>
    <message>
        <source>Fee per copy</source>
        <translation>Fee per copy</translation>
    </message>
    <message>
        <source>e.g. 手数料条例の改正</source>
        <translation>e.g. 手数料条例の改正</translation>
    </message>
    <message>
        <source>Two steps (a supervisor decides)</source>
        <translation>Two steps (a supervisor decides)</translation>
    </message>
    <message>
        <source>One step (the reviewer decides)</source>
        <translation>One step (the reviewer decides)</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> business days</translation>
    </message>
    <message>
        <source>No standard period</source>
        <translation>No standard period</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="170"/>
        <source>%1m</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="70"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="153"/>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="203"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="75"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="78"/>
        <source>Days (90%)</source>
        <translation>Days (90%)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="77"/>
        <source>Days (median)</source>
        <translation>Days (median)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="203"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="107"/>
        <source>Month received</source>
        <translation>Month received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="144"/>
        <source>Nothing was received in this month.</source>
        <translation>Nothing was received in this month.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="74"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="76"/>
        <source>Online completion</source>
        <translation>Online completion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="176"/>
        <source>Online completion and within standard</source>
        <translation>Online completion and within standard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="204"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="83"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="73"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="81"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="80"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="101"/>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="100"/>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="102"/>
        <source>Save the PDF summary…</source>
        <translation>Save the PDF summary…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="205"/>
        <source>Save the figures</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="227"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="84"/>
        <source>Touches per application</source>
        <translation>Touches per application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="82"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="79"/>
        <source>Within standard</source>
        <translation>Within standard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Say what happened in the details.</source>
        <translation>Say what happened in the details.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>A new paper with a new serial is printed; serial %1 will verify as superseded.</source>
        <translation>A new paper with a new serial is printed; serial %1 will verify as superseded.</translation>
    </message>
    <message>
        <source>The paper with serial %1 will verify as revoked from now on. This cannot be undone.</source>
        <translation>The paper with serial %1 will verify as revoked from now on. This cannot be undone.</translation>
    </message>
    <message>
        <source>Lost before it was handed over</source>
        <translation>Lost before it was handed over</translation>
    </message>
    <message>
        <source>Soiled or damaged</source>
        <translation>Soiled or damaged</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Suspected fraud</translation>
    </message>
    <message>
        <source>Issued to the wrong person</source>
        <translation>Issued to the wrong person</translation>
    </message>
    <message>
        <source>Error in the content</source>
        <translation>Error in the content</translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>Reprint %1</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
</context>
</TS>
