<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="35"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="43"/>
        <source>(the address in the configuration cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="46"/>
        <source>SQLite in memory (nothing is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>SQLite file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="69"/>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="69"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>Configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="77"/>
        <source>built-in defaults (no configuration file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="87"/>
        <source>About the back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="89"/>
        <source>Online applications back office — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100"/>
        <location filename="../../ui/about.py" line="102"/>
        <source>Copy for the support desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="116"/>
        <source>Copied. Paste it into your message to the support desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="125"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="122"/>
        <source>Choose the departments whose applications the person works on.</source>
        <translation>Choose the departments whose applications the person works on.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="119"/>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="116"/>
        <source>Enter the staff code and the name.</source>
        <translation>Enter the staff code and the name.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="103"/>
        <source>The person chooses their own password at the first login.</source>
        <translation>The person chooses their own password at the first login.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="93"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="89"/>
        <source>First password again</source>
        <translation>First password again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="88"/>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="82"/>
        <source>Departments (the applications the person may see)</source>
        <translation>Departments (the applications the person may see)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="78"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="76"/>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="56"/>
        <source>Roles and departments of %1</source>
        <translation>Roles and departments of %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="55"/>
        <source>Add a staff account</source>
        <translation>Add a staff account</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailWidget</name>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="34"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="35"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="36"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="37"/>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="38"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="39"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="40"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="41"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="42"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="43"/>
        <source>Internal comments</source>
        <translation>Internal comments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="44"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="45"/>
        <source>No changes</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="46"/>
        <source>No e-signature</source>
        <translation>No e-signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="47"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="48"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="49"/>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="50"/>
        <source>Sanitization</source>
        <translation>Sanitization</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="51"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="53"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="54"/>
        <source>refused by the gateway</source>
        <translation>refused by the gateway</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="55"/>
        <source>two-step approval</source>
        <translation>two-step approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="102"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="121"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="127"/>
        <source>Open inquiry</source>
        <translation>Open inquiry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="128"/>
        <source>Show the chosen inquiry on the inquiries page (Enter or double-click on it)</source>
        <translation>Show the chosen inquiry on the inquiries page (Enter or double-click on it)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="131"/>
        <source>Inquiries about this application</source>
        <translation>Inquiries about this application</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="159"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="159"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="166"/>
        <source>This person is protected by support measures. Only a supervisor may see the applicant, the form and the attachments, and decide; hand it to a supervisor.</source>
        <translation>This person is protected by support measures. Only a supervisor may see the applicant, the form and the attachments, and decide; hand it to a supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="172"/>
        <source>This person is protected by support measures: never tell anyone their address or whereabouts. Your view is recorded in the audit log.</source>
        <translation>This person is protected by support measures: never tell anyone their address or whereabouts. Your view is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="175"/>
        <location filename="../../ui/widgets/detail_widget.py" line="257"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="175"/>
        <location filename="../../ui/widgets/detail_widget.py" line="257"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="176"/>
        <location filename="../../ui/widgets/detail_widget.py" line="258"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="176"/>
        <location filename="../../ui/widgets/detail_widget.py" line="258"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <location filename="../../ui/widgets/detail_widget.py" line="259"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <location filename="../../ui/widgets/detail_widget.py" line="259"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <location filename="../../ui/widgets/detail_widget.py" line="260"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="182"/>
        <source>Fee due</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="182"/>
        <location filename="../../ui/widgets/detail_widget.py" line="261"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="183"/>
        <location filename="../../ui/widgets/detail_widget.py" line="187"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="183"/>
        <location filename="../../ui/widgets/detail_widget.py" line="261"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="184"/>
        <location filename="../../ui/widgets/detail_widget.py" line="262"/>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="188"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="206"/>
        <source>What changed since revision %1</source>
        <translation>What changed since revision %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="227"/>
        <source>Sanitized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="254"/>
        <source>Form item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="256"/>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="260"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="262"/>
        <source>Delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="263"/>
        <source>Other item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/detail_widget.py" line="293"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="311"/>
        <source>Inquiry number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry %1: %2</source>
        <translation type="vanished">Inquiry %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="57"/>
        <source>Notices to the applicant</source>
        <translation>Notices to the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="58"/>
        <source>written %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="59"/>
        <source>not written yet</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>acknowledged %1</source>
        <translation>acknowledged %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="61"/>
        <source>not acknowledged yet</source>
        <translation>not acknowledged yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="62"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="63"/>
        <source>Received notice</source>
        <translation>Received notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="64"/>
        <source>Correction request</source>
        <translation>Correction request</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="65"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="66"/>
        <source>Rejection</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="67"/>
        <source>Issued notice</source>
        <translation>Issued notice</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="68"/>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="69"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="70"/>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="71"/>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="72"/>
        <source>Appointment cancelled</source>
        <translation>Appointment cancelled</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../ui/pages/application_page.py" line="114"/>
        <source>Stop retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="115"/>
        <source>Stop sending it again; what you typed stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="152"/>
        <source>Open an application from a queue (Enter) or take the next one (Ctrl+N).</source>
        <translation>Open an application from a queue (Enter) or take the next one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="187"/>
        <location filename="../../ui/pages/application_page.py" line="347"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="210"/>
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="212"/>
        <source>You are working on this application (%1).</source>
        <translation>You are working on this application (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="215"/>
        <source>Read only (%1).</source>
        <translation>Read only (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="221"/>
        <source>Attachments are shown to reviewers and supervisors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="227"/>
        <source>No attachment to show</source>
        <translation>No attachment to show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="258"/>
        <source>Your role may not see inquiries. Ask a colleague who handles inquiries (inquiry %1).</source>
        <translation>Your role may not see inquiries. Ask a colleague who handles inquiries (inquiry %1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="333"/>
        <source>The lease was lost: %1</source>
        <translation>The lease was lost: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="368"/>
        <source>This document cannot be shown: %1</source>
        <translation type="unfinished">This document cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="375"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>Enter a reason: it is sent to the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="415"/>
        <source>The reason still holds a template placeholder (highlighted): replace it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="422"/>
        <source>Approve %1? The applicant is notified that it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="423"/>
        <source>Reject %1? The applicant is notified, with the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="424"/>
        <source>Return %1 for correction? The applicant is notified, with the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="425"/>
        <source>Record that %1 is withdrawn? The applicant is notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="427"/>
        <source>Send to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="456"/>
        <source>Cannot reach the database. Your input is kept. Trying to reconnect… (attempt %1 failed; next try in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="468"/>
        <source>Not recorded. What you typed is still here; send it again when the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="483"/>
        <source>The database is back; your input was recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="498"/>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="388"/>
        <source>Enter the reason for the withdrawal.</source>
        <translation>Enter the reason for the withdrawal.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="77"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="61"/>
        <location filename="../../ui/pages/appointments_page.py" line="106"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="62"/>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="63"/>
        <location filename="../../ui/pages/appointments_page.py" line="107"/>
        <source>Visitor</source>
        <translation type="unfinished">Visitor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="64"/>
        <location filename="../../ui/pages/appointments_page.py" line="108"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="65"/>
        <location filename="../../ui/pages/appointments_page.py" line="109"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="77"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="78"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="78"/>
        <source>Open application</source>
        <translation type="unfinished">Open application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="88"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="90"/>
        <source>Book the applicant&apos;s requested time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="92"/>
        <source>Link selected to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="96"/>
        <source>Counter</source>
        <translation type="unfinished">Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="98"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="104"/>
        <source>Book by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/appointments_page.py" line="180"/>
        <source>%n free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="183"/>
        <location filename="../../ui/pages/appointments_page.py" line="184"/>
        <source>The counter is closed on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="215"/>
        <source>Choose an appointment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="219"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="226"/>
        <source>Choose a free time first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="235"/>
        <location filename="../../ui/pages/appointments_page.py" line="242"/>
        <source>Booked %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="248"/>
        <source>Choose an appointment and enter an application number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="252"/>
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
        <translation type="unfinished">Staff</translation>
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
        <location filename="../../ui/pages/audit_page.py" line="75"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="76"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="77"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="78"/>
        <source>Check that no entry was edited, deleted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="115"/>
        <source>Staff code</source>
        <translation type="unfinished">Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="116"/>
        <source>Application ID</source>
        <translation type="unfinished">Application ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="61"/>
        <source>Staff code, e.g. r001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="65"/>
        <source>All</source>
        <translation type="unfinished">All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="65"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="66"/>
        <source>Attachments viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="67"/>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="67"/>
        <source>Logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="68"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="68"/>
        <source>Quarantine</source>
        <translation type="unfinished">Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="69"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="69"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="70"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="70"/>
        <source>Staff accounts</source>
        <translation type="unfinished">Staff accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="71"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="107"/>
        <source>yyyy-MM-dd</source>
        <comment>date edit display format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="117"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="123"/>
        <source>From / to (Japan time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="170"/>
        <source>Loading…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="183"/>
        <source>(scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="184"/>
        <source>%n entries shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="191"/>
        <source>Checking every entry of the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="199"/>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="206"/>
        <source>Newest entry&apos;s hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="211"/>
        <source>The audit log is intact: %1 entries checked, none edited, deleted or reordered. Newest entry No. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="217"/>
        <source>The audit log has been tampered with: it is empty (every entry was deleted). Report this to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="220"/>
        <source>An audit checkpoint kept outside the database is damaged or not validly signed; report this to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="223"/>
        <source>the newest entries from No. %1 on were deleted (a signed checkpoint counts more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="225"/>
        <source>the log up to entry No. %1 was rewritten after a signed checkpoint recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="227"/>
        <source>entry No. %1 is missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="229"/>
        <source>entry No. %1 does not follow the entry before it (deleted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="231"/>
        <source>entry No. %1 was changed after the previous daily check recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="233"/>
        <source>entry No. %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="234"/>
        <source>The audit log has been tampered with: %1. Entries from No. %2 on cannot be trusted; report this to the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="241"/>
        <source>Daily check: none yet (the sync agent checks the chain after 02:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="246"/>
        <source>Daily check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <source>Needs attention</source>
        <translation type="unfinished">Needs attention</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="obsolete">Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <location filename="../../ui/audit_text.py" line="128"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <location filename="../../ui/audit_text.py" line="134"/>
        <source>Counter</source>
        <translation type="unfinished">Counter</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <location filename="../../ui/audit_text.py" line="130"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <location filename="../../ui/audit_text.py" line="137"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>New</source>
        <translation type="unfinished">New</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Roles</source>
        <translation type="unfinished">Roles</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <location filename="../../ui/audit_text.py" line="133"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Previous status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="129"/>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>First altered entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>Newest entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="36"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="36"/>
        <source>Anonymized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="36"/>
        <source>Files kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="57"/>
        <source>counter search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="58"/>
        <source>receipt QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="73"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="73"/>
        <source>from the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="59"/>
        <location filename="../../ui/audit_text.py" line="73"/>
        <location filename="../../ui/audit_text.py" line="88"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <location filename="../../ui/audit_text.py" line="132"/>
        <source>Application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="81"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="82"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="83"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="84"/>
        <source>forged or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="85"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="86"/>
        <source>no certificate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="128"/>
        <source>Application lists and searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="129"/>
        <source>Staff</source>
        <translation type="unfinished">Staff</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="130"/>
        <source>Settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="131"/>
        <source>Appointment</source>
        <translation type="unfinished">Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="131"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="132"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="133"/>
        <source>Quarantine</source>
        <translation type="unfinished">Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="134"/>
        <source>Payment</source>
        <translation type="unfinished">Payment</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="135"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="135"/>
        <source>Inquiry</source>
        <translation type="unfinished">Inquiry</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="136"/>
        <source>Inquiries</source>
        <translation type="unfinished">Inquiries</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="136"/>
        <source>FAQ</source>
        <translation type="unfinished">FAQ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="137"/>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="138"/>
        <source>Portal</source>
        <translation type="unfinished">Portal</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="138"/>
        <source>Portal acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="139"/>
        <source>Register exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="139"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="140"/>
        <source>Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="153"/>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/catalog_page.py" line="263"/>
        <source>%1: %n change(s) from %2.</source>
        <translation>
            <numerusform>%1: %n change from %2.</numerusform>
            <numerusform>%1: %n changes from %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="262"/>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="248"/>
        <source>Select a procedure first.</source>
        <translation>Select a procedure first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalog_page.py" line="229"/>
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="207"/>
        <source>Same day</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="224"/>
        <source>One step</source>
        <translation>One step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="224"/>
        <source>Two steps</source>
        <translation>Two steps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="215"/>
        <source>from %1: %2</source>
        <translation>from %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalog_page.py" line="207"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="212"/>
        <source>fee %1</source>
        <translation>fee %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="192"/>
        <source>The procedures every workstation uses, as in force today. A change takes effect on the day you choose; every change is recorded in the audit log.</source>
        <translation>The procedures every workstation uses, as in force today. A change takes effect on the day you choose; every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="182"/>
        <location filename="../../ui/pages/catalog_page.py" line="184"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="175"/>
        <source>Scheduled changes</source>
        <translation>Scheduled changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="175"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="175"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Processing period</source>
        <translation>Processing period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="56"/>
        <location filename="../../ui/pages/catalog_page.py" line="206"/>
        <location filename="../../ui/pages/catalog_page.py" line="216"/>
        <location filename="../../ui/pages/catalog_page.py" line="225"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="55"/>
        <source>Family register</source>
        <translation>Family register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="54"/>
        <source>Tax records</source>
        <translation>Tax records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="53"/>
        <source>Seal register</source>
        <translation>Seal register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="52"/>
        <source>Resident register</source>
        <translation>Resident register</translation>
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
    <name>CounterEntryPage</name>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="275"/>
        <source>%1 yen (paid at the counter)</source>
        <translation>%1 yen (paid at the counter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="83"/>
        <location filename="../../ui/pages/counter_entry_page.py" line="222"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="334"/>
        <source>1 to 99</source>
        <translation>1 to 99</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="333"/>
        <source>A whole number</source>
        <translation>A whole number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="95"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="351"/>
        <source>Accepted as %1. Hand the reception slip to the citizen.</source>
        <translation>Accepted as %1. Hand the reception slip to the citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="157"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="339"/>
        <source>Already used for another payment</source>
        <translation>Already used for another payment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="149"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="80"/>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="154"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="81"/>
        <source>By mail</source>
        <translation>By mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="341"/>
        <source>Check this field</source>
        <translation>Check this field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="335"/>
        <source>Choose from the list</source>
        <translation>Choose from the list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="84"/>
        <source>Driver&apos;s license</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="163"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="104"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="87"/>
        <source>Health insurance eligibility certificate</source>
        <translation>Health insurance eligibility certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="161"/>
        <source>Identity document checked</source>
        <translation>Identity document checked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="159"/>
        <source>Identity, paper and payment</source>
        <translation>Identity, paper and payment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="330"/>
        <source>In the future</source>
        <translation>In the future</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="328"/>
        <source>Katakana only</source>
        <translation>Katakana only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="85"/>
        <source>My Number card (also as health insurance card)</source>
        <translation>My Number card (also as health insurance card)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="110"/>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>Choose a file… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="112"/>
        <source>Take in from the scan folder (Ctrl+I)</source>
        <translation>Take in from the scan folder (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="153"/>
        <source>Name in kana</source>
        <translation>Name in kana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="177"/>
        <source>Paper documents (scan)</source>
        <translation>Paper documents (scan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="180"/>
        <source>Waiting scans</source>
        <translation>Waiting scans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="276"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="297"/>
        <source>Not saved: the scan cannot be attached (see beside the form).</source>
        <translation>Not saved: the scan cannot be attached (see beside the form).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="329"/>
        <source>Not a date (e.g. 19850401)</source>
        <translation>Not a date (e.g. 19850401)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="332"/>
        <location filename="../../ui/pages/counter_entry_page.py" line="396"/>
        <source>No such postal code</source>
        <translation>No such postal code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="338"/>
        <source>Not in the catalog</source>
        <translation>Not in the catalog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="415"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="417"/>
        <source>%1 (%2 pages)</source>
        <translation>%1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="433"/>
        <source>Scanned paper documents</source>
        <translation>Scanned paper documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="434"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF and images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="447"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="467"/>
        <source>No scan: the application is saved without paper documents.</source>
        <translation>No scan: the application is saved without paper documents.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="470"/>
        <source>%1, %2 pages: attached when the application is saved.</source>
        <translation>%1, %2 pages: attached when the application is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="480"/>
        <source>Taking in the scan folder…</source>
        <translation>Taking in the scan folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="489"/>
        <source>Taken in: %1. Refused and set aside: %2.</source>
        <translation>Taken in: %1. Refused and set aside: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="504"/>
        <source>Not a PDF, PNG or JPEG file</source>
        <translation>Not a PDF, PNG or JPEG file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="505"/>
        <source>The file&apos;s name and content do not agree</source>
        <translation>The file&apos;s name and content do not agree</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="506"/>
        <source>Too large (over the size, page or pixel limit)</source>
        <translation>Too large (over the size, page or pixel limit)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="507"/>
        <source>The file is damaged or cannot be read</source>
        <translation>The file is damaged or cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="508"/>
        <source>The PDF is password protected</source>
        <translation>The PDF is password protected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="509"/>
        <source>The file takes too long to read</source>
        <translation>The file takes too long to read</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="510"/>
        <source>Not a file</source>
        <translation>Not a file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="511"/>
        <source>This scan is already attached to another application</source>
        <translation>This scan is already attached to another application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="512"/>
        <source>This scan is no longer waiting</source>
        <translation>This scan is no longer waiting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="514"/>
        <source>The file cannot be taken in</source>
        <translation>The file cannot be taken in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="312"/>
        <source>Not saved: correct the marked fields (what you typed is kept).</source>
        <translation>Not saved: correct the marked fields (what you typed is kept).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="97"/>
        <source>Open the reception slip again</source>
        <translation>Open the reception slip again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="88"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="162"/>
        <source>Paper pages taken in</source>
        <translation>Paper pages taken in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="86"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="155"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="151"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="164"/>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="158"/>
        <source>Receive the document</source>
        <translation>Receive the document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="327"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="285"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="331"/>
        <source>Seven digits (e.g. 5300001)</source>
        <translation>Seven digits (e.g. 5300001)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="337"/>
        <source>Too long</source>
        <translation>Too long</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="336"/>
        <source>Yes or no</source>
        <translation>Yes or no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="75"/>
        <source>e.g. 19850401</source>
        <translation>e.g. 19850401</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="232"/>
        <source>e.g. 20261130</source>
        <translation>e.g. 20261130</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="77"/>
        <source>e.g. 5300001</source>
        <translation>e.g. 5300001</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="265"/>
        <source>%1 is revoked.</source>
        <translation>%1 is revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="249"/>
        <source>No printer is set up on this computer: print it from 「Issue and deliver」 or save it as PDF there.</source>
        <translation>No printer is set up on this computer: print it from 「Issue and deliver」 or save it as PDF there.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="238"/>
        <source>%1 is superseded; the new serial is %2.</source>
        <translation>%1 is superseded; the new serial is %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="92"/>
        <source>The paper must no longer be relied on</source>
        <translation>The paper must no longer be relied on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="91"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="89"/>
        <source>A new paper with a new serial (paper jam, soiled, …)</source>
        <translation>A new paper with a new serial (paper jam, soiled, …)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="88"/>
        <source>Reprint…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="64"/>
        <source>Application number, name, kana or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="66"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="70"/>
        <source>Read receipt QR from image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Birth date</source>
        <translation type="unfinished">Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="75"/>
        <source>Delivery</source>
        <translation type="unfinished">Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="75"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="98"/>
        <source>Driver&apos;s license</source>
        <translation type="unfinished">Driver&apos;s license</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="100"/>
        <source>Passport</source>
        <translation type="unfinished">Passport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="99"/>
        <source>My Number card (also as health insurance card)</source>
        <translation type="unfinished">My Number card (also as health insurance card)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="101"/>
        <source>Health insurance eligibility certificate</source>
        <translation type="unfinished">Health insurance eligibility certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="102"/>
        <source>Other (write it in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="106"/>
        <source>Record handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="121"/>
        <source>Handover at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="123"/>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="129"/>
        <source>Identity document checked</source>
        <translation type="unfinished">Identity document checked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="130"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="147"/>
        <source>Type an application number, a name, kana or a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="149"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="154"/>
        <source>Receipt QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="155"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>Reading the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counter_page.py" line="177"/>
        <source>%n application(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="185"/>
        <source>Mail</source>
        <translation type="unfinished">Mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="185"/>
        <source>Counter</source>
        <translation type="unfinished">Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="186"/>
        <source>Electronic</source>
        <translation type="unfinished">Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="204"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="204"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="204"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="208"/>
        <source>Nothing issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="283"/>
        <source>Handed over %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="63"/>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="64"/>
        <source>Outside the opening hours</source>
        <translation>Outside the opening hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="65"/>
        <source>Not a start time any more</source>
        <translation>Not a start time any more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="66"/>
        <source>More bookings than seats</source>
        <translation>More bookings than seats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="68"/>
        <source>Does not fit</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="100"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="100"/>
        <location filename="../../ui/pages/counters_page.py" line="139"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="100"/>
        <location filename="../../ui/pages/counters_page.py" line="140"/>
        <source>Slot length</source>
        <translation>Slot length</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="101"/>
        <location filename="../../ui/pages/counters_page.py" line="141"/>
        <source>Seats per slot</source>
        <translation>Seats per slot</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="101"/>
        <source>Coming closures</source>
        <translation>Coming closures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="108"/>
        <source>New counter…</source>
        <translation>New counter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="121"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="124"/>
        <source> seat(s)</source>
        <translation> seat(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="125"/>
        <location filename="../../ui/pages/counters_page.py" line="166"/>
        <source>Check the effect</source>
        <translation>Check the effect</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="128"/>
        <source>Save hours and seats</source>
        <translation>Save hours and seats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="131"/>
        <source>Opening hours and seats</source>
        <translation>Opening hours and seats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="133"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="165"/>
        <source>e.g. 庁舎の電気設備点検</source>
        <translation>e.g. 庁舎の電気設備点検</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="169"/>
        <source>Close on these days</source>
        <translation>Close on these days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="172"/>
        <source>Reopen the selected days</source>
        <translation>Reopen the selected days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="175"/>
        <source>Closures (on top of weekends and holidays)</source>
        <translation>Closures (on top of weekends and holidays)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="182"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="185"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="186"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="196"/>
        <location filename="../../ui/pages/counters_page.py" line="550"/>
        <source>Booked time</source>
        <translation>Booked time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="196"/>
        <location filename="../../ui/pages/counters_page.py" line="550"/>
        <source>Why it no longer fits</source>
        <translation>Why it no longer fits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="198"/>
        <location filename="../../ui/pages/counters_page.py" line="550"/>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="198"/>
        <location filename="../../ui/pages/counters_page.py" line="551"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="198"/>
        <location filename="../../ui/pages/counters_page.py" line="551"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="206"/>
        <source>Save the list for contacting (CSV)…</source>
        <translation>Save the list for contacting (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="207"/>
        <source>Save the list (CSV)…</source>
        <translation>Save the list (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="210"/>
        <source>Bookings the change affects</source>
        <translation>Bookings the change affects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="222"/>
        <source>Counters that take reservations. Check what a change does to the bookings already made before saving it; the bookings stay and are listed so that the applicants can be contacted and moved on the appointments page. Every change is recorded in the audit log.</source>
        <translation>Counters that take reservations. Check what a change does to the bookings already made before saving it; the bookings stay and are listed so that the applicants can be contacted and moved on the appointments page. Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="226"/>
        <source>Counters that take reservations. Check what a change does to the bookings already made before saving it (the times and counts; the supervisors see the names for contacting the applicants). Every change is recorded in the audit log.</source>
        <translation>Counters that take reservations. Check what a change does to the bookings already made before saving it (the times and counts; the supervisors see the names for contacting the applicants). Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="268"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="270"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="275"/>
        <location filename="../../ui/pages/counters_page.py" line="496"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="285"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="285"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="398"/>
        <source>Change the hours, seats or closures and press 「Check the effect」 to see which bookings it affects.</source>
        <translation>Change the hours, seats or closures and press 「Check the effect」 to see which bookings it affects.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="407"/>
        <location filename="../../ui/pages/counters_page.py" line="552"/>
        <source>(an application of another department)</source>
        <translation>(an application of another department)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="412"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="418"/>
        <source>Saved. No booking was affected.</source>
        <translation>Saved. No booking was affected.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="419"/>
        <source>No booking is affected. You can save the change.</source>
        <translation>No booking is affected. You can save the change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="421"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="421"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="424"/>
        <source>Saved. %n booking(s) in %1 slot(s) no longer fit and stay booked: tell a supervisor, who sees the applicants here and contacts them.</source>
        <translation>
            <numerusform>Saved. %n booking in %1 slot(s) no longer fits and stays booked: tell a supervisor, who sees the applicant here and contacts them.</numerusform>
            <numerusform>Saved. %n bookings in %1 slot(s) no longer fit and stay booked: tell a supervisor, who sees the applicants here and contacts them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="427"/>
        <source>%n booking(s) in %1 slot(s) would no longer fit. They stay booked; after saving, tell a supervisor, who sees the applicants here and contacts them.</source>
        <translation>
            <numerusform>%n booking in %1 slot(s) would no longer fit. It stays booked; after saving, tell a supervisor, who sees the applicant here and contacts them.</numerusform>
            <numerusform>%n bookings in %1 slot(s) would no longer fit. They stay booked; after saving, tell a supervisor, who sees the applicants here and contacts them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="430"/>
        <source>Saved. %n booking(s) in %1 slot(s) no longer fit and stay booked: contact the applicants and move or cancel them on the appointments page.</source>
        <translation>
            <numerusform>Saved. %n booking in %1 slot(s) no longer fits and stays booked: contact the applicant and move or cancel it on the appointments page.</numerusform>
            <numerusform>Saved. %n bookings in %1 slot(s) no longer fit and stay booked: contact the applicants and move or cancel them on the appointments page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="433"/>
        <source>%n booking(s) in %1 slot(s) would no longer fit. They stay booked; contact the applicants and move or cancel them on the appointments page.</source>
        <translation>
            <numerusform>%n booking in %1 slot(s) would no longer fit. It stays booked; contact the applicant and move or cancel it on the appointments page.</numerusform>
            <numerusform>%n bookings in %1 slot(s) would no longer fit. They stay booked; contact the applicants and move or cancel them on the appointments page.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="473"/>
        <location filename="../../ui/pages/counters_page.py" line="485"/>
        <source>Check the effect of the change first.</source>
        <translation>Check the effect of the change first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="478"/>
        <source>%1: the hours and seats are saved.</source>
        <translation>%1: the hours and seats are saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="494"/>
        <source>%1 was already closed on these days.</source>
        <translation>%1 was already closed on these days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="497"/>
        <source>%1 is closed: %2.</source>
        <translation>%1 is closed: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="508"/>
        <source>Select closed days first.</source>
        <translation>Select closed days first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="514"/>
        <source>%n day(s) reopened.</source>
        <translation>
            <numerusform>%n day reopened.</numerusform>
            <numerusform>%n days reopened.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="531"/>
        <source>%1 is added.</source>
        <translation>%1 is added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="546"/>
        <source>Save the list for contacting</source>
        <translation>Save the list for contacting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="547"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="561"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="110"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="111"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="112"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="113"/>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="114"/>
        <source>Business days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="116"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="125"/>
        <source>Refresh</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="127"/>
        <source>Save charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="196"/>
        <source>Applications by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="200"/>
        <source>Applications by procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="202"/>
        <source>Open work by business days since receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="203"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="207"/>
        <source>Overdue: %1   Due within 2 business days: %2   Open: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="210"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="211"/>
        <source>Last sync: %1   Quarantined, not yet handled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="214"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="225"/>
        <source>Other procedures (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="232"/>
        <source>Decisions per day (last 14 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="259"/>
        <source>Save charts to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="262"/>
        <source>%n chart(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="182"/>
        <source>Portal: %1 message(s) wait for the outbox key</source>
        <translation>Portal: %1 message(s) wait for the outbox key</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="184"/>
        <source>Portal: everything acknowledged</source>
        <translation>Portal: everything acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="186"/>
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
        <location filename="../../ui/widgets/decision_widget.py" line="137"/>
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
        <location filename="../../ui/widgets/decision_widget.py" line="137"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="50"/>
        <location filename="../../ui/widgets/decision_widget.py" line="67"/>
        <location filename="../../ui/widgets/decision_widget.py" line="143"/>
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
        <location filename="../../ui/widgets/decision_widget.py" line="142"/>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="97"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="133"/>
        <source>Approve (final)</source>
        <translation>Approve (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="133"/>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="133"/>
        <source>Reject (final)</source>
        <translation>Reject (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="135"/>
        <source>Recommend approval</source>
        <translation>Recommend approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="135"/>
        <location filename="../../ui/widgets/decision_widget.py" line="137"/>
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="135"/>
        <source>Recommend rejection</source>
        <translation>Recommend rejection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="185"/>
        <source>Replace %1 with the real text: nothing is sent while a placeholder is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="207"/>
        <source>You recommended this application; another supervisor makes the final decision.</source>
        <translation>You recommended this application; another supervisor makes the final decision.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="209"/>
        <source>The reviewer recommends: %1. Your decision is final.</source>
        <translation>The reviewer recommends: %1. Your decision is final.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="210"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="210"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="212"/>
        <source>Two-step procedure: your decision is a recommendation to a supervisor.</source>
        <translation>Two-step procedure: your decision is a recommendation to a supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="214"/>
        <source>Read only: you do not hold this application.</source>
        <translation>Read only: you do not hold this application.</translation>
    </message>
</context>
<context>
    <name>DocumentViewerWidget</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="58"/>
        <location filename="../../ui/widgets/document_viewer.py" line="128"/>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="86"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="87"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="88"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="89"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="90"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="91"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="92"/>
        <source>Rotate clockwise</source>
        <translation>Rotate clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="132"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="159"/>
        <source>This document cannot be shown: %1</source>
        <translation>This document cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>EnterInquiryDialog</name>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="385"/>
        <source>Enter an inquiry</source>
        <translation>Enter an inquiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="387"/>
        <location filename="../../ui/pages/inquiries_page.py" line="399"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="388"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="392"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="398"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="398"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="399"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="399"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="400"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="400"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="401"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="401"/>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>There is no issuance template %1.</source>
        <translation>There is no issuance template %1.</translation>
    </message>
    <message>
        <source>The standard processing period must be between 1 and 365 business days.</source>
        <translation type="vanished">The standard processing period must be between 1 and 365 business days.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>The date is in the past. A change takes effect today or later.</source>
        <translation>The date is in the past. A change takes effect today or later.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>The password does not follow the rules.</source>
        <translation>The password does not follow the rules.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>The password must not contain your staff code or name.</source>
        <translation>The password must not contain your staff code or name.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>This password is too common. Choose a longer passphrase.</source>
        <translation>This password is too common. Choose a longer passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>The password is too long: at most 128 characters.</source>
        <translation>The password is too long: at most 128 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>The password is too short: at least 12 characters (a passphrase of several words is best).</source>
        <translation>The password is too short: at least 12 characters (a passphrase of several words is best).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>An administrator set this password. Choose your own to log in.</source>
        <translation>An administrator set this password. Choose your own to log in.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>The new password is the same as the current one. Choose another.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>The current password is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>There is no staff account %1.</source>
        <translation>There is no staff account %1.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>You cannot disable your own account. Ask another administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>%1 is the last enabled administrator: the account stays enabled and keeps the administrator role. Make another administrator first.</source>
        <translation>%1 is the last enabled administrator: the account stays enabled and keeps the administrator role. Make another administrator first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>There is no department %1 in the procedure catalog.</source>
        <translation>There is no department %1 in the procedure catalog.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>other departments</source>
        <translation>other departments</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>This application belongs to %1, which is not one of your departments. Ask a member of staff of %1, or an administrator to add the department to your account.</source>
        <translation>This application belongs to %1, which is not one of your departments. Ask a member of staff of %1, or an administrator to add the department to your account.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Documents cannot be issued on this PC: it has no credential store for the city&apos;s issuing key. Nothing was issued. Ask the system administrator to set up the issuing key on this PC (backoffice keys init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>The PC&apos;s credential store refused access to the issuing key. Nothing was issued. Log in to Windows again or ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>The city&apos;s issuing key is not set up on this PC. Nothing was issued. Ask the system administrator to set it up (backoffice keys init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>The issuing key on this PC is damaged. Nothing was issued. Ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Another member of staff is working on this application. You can read it; to work on it, ask them or a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>You no longer hold this application (the hold ran out or a supervisor handed it over). Open it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation type="unfinished">Enter a reason: it is sent to the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The reason still holds %1 from the template: replace it with the real text. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>This certificate is made from the register: it can be approved or issued only once the register has found the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>The register differs from the application: write why it may be approved anyway (the reason is kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>The register answer is too old to print. It has been asked again; issue the certificate when the new answer is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Waiting for the new register answer; issue the certificate when it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>You recommended this decision yourself; another supervisor must make the final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>There is no application %1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>This application is %1 and cannot be worked on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>No QR code was found in the image. Scan the receipt again, flat and in focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>The QR code is not a receipt of this city (it holds no application number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <location filename="../../ui/errors.py" line="262"/>
        <source>The staff code or password is wrong, or the account cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>This application is of a person protected by support measures: only a supervisor may open it and decide. Hand it to a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>A staff code may hold only letters, digits and &apos;_&apos; here (no &apos;-&apos;). Choose another code.</source>
        <translation>A staff code may hold only letters, digits and &apos;_&apos; here (no &apos;-&apos;). Choose another code.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The standard processing period must be between 0 (the same day) and 365 business days.</source>
        <translation>The standard processing period must be between 0 (the same day) and 365 business days.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>A field label is empty. Every field of the form needs a label.</source>
        <translation>A field label is empty. Every field of the form needs a label.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>A field label is too long: at most %1 characters on one line.</source>
        <translation>A field label is too long: at most %1 characters on one line.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>The department of this refused file is not known. Only a supervisor who works for every department can retry or discard it.</source>
        <translation>The department of this refused file is not known. Only a supervisor who works for every department can retry or discard it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>Enter the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>%1 is closed on %2. Choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>%1 is not a booking time of %2. Choose a time from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The time %1 has already passed. Choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>This application already has an appointment. Cancel it first to book another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="173"/>
        <source>%1 at %2 is fully booked. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>Application %1 did not ask for an appointment. Book a time by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Application %1 asks for a counter this office does not have. Book a time by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>This appointment is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>Enter the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>Application %1 has no fee to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>The fee due is %1, not %2. Check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>This application was already paid at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="189"/>
        <source>This application was already paid online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>Receipt number %1 is already used. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>Enter the refunded amount (more than 0 yen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>A refund for this application is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>The settlement file was not imported: line %1 is not in the agreed format. Nothing was changed. Ask the payment provider for a corrected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>The settlement file was not imported: it is empty or not in the agreed format. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>The code may hold only lower-case letters, digits and hyphens (at most 32), e.g. zeimu-2f.</source>
        <translation>The code may hold only lower-case letters, digits and hyphens (at most 32), e.g. zeimu-2f.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="216"/>
        <source>Enter the counter&apos;s name (at most 100 characters).</source>
        <translation>Enter the counter&apos;s name (at most 100 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>The counter must open before it closes (%1 – %2). Check the opening hours.</source>
        <translation>The counter must open before it closes (%1 – %2). Check the opening hours.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>A slot is between 5 and 240 minutes long.</source>
        <translation>A slot is between 5 and 240 minutes long.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="222"/>
        <source>%1 – %2 cannot be divided into %3-minute slots: the last slot would run past closing. Change the slot length or the hours.</source>
        <translation>%1 – %2 cannot be divided into %3-minute slots: the last slot would run past closing. Change the slot length or the hours.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>Seats per slot must be between 1 and 50. To take no bookings, close the counter instead.</source>
        <translation>Seats per slot must be between 1 and 50. To take no bookings, close the counter instead.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>The last day (%1) is before the first day (%2). Check the days.</source>
        <translation>The last day (%1) is before the first day (%2). Check the days.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>%1 has passed. A closure starts today or later.</source>
        <translation>%1 has passed. A closure starts today or later.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>A closure is at most %1 days. Enter a shorter range.</source>
        <translation>A closure is at most %1 days. Enter a shorter range.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="236"/>
        <source>The reason is at most 200 characters.</source>
        <translation>The reason is at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="237"/>
        <source>Bookings were made meanwhile that the change would also affect. Nothing was saved. Check the effect again.</source>
        <translation>Bookings were made meanwhile that the change would also affect. Nothing was saved. Check the effect again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="251"/>
        <source>Your session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="253"/>
        <source>Your role does not allow this. Ask a supervisor or the system administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="255"/>
        <source>Another member of staff is working on this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>This cannot be done in the application&apos;s current state. Reload the screen and check its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="260"/>
        <source>It was not found: it may have been removed in the meantime. Reload the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="264"/>
        <source>The configuration of this PC has a problem. Ask the system administrator (the details are in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="267"/>
        <source>The file cannot hold a code: it has too many pages, a page far larger than paper, or takes too long to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="270"/>
        <source>The database cannot be reached. Wait a moment and try again; if it persists, ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="273"/>
        <source>The file or folder cannot be written or read: you do not have access. Choose another place or ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="276"/>
        <source>The file or folder does not exist any more. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="278"/>
        <source>The file could not be read or written. Check the disk or network folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="280"/>
        <source>This could not be done. Ask the system administrator (the details are in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="281"/>
        <source>An unexpected error occurred. Nothing was lost; try again, and if it happens again tell the system administrator the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="291"/>
        <source>%1 (%n times)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="115"/>
        <source>Export now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="117"/>
        <source>Re-export selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="137"/>
        <source>Decisions are written to %1 for the core business systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="159"/>
        <source>Waiting for export: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="161"/>
        <source>No decisions are waiting for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="182"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="189"/>
        <source>Select a file to re-export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="193"/>
        <source>Write the rows of %1 again as a new file? The core systems will receive them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="192"/>
        <source>Re-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="206"/>
        <source>No decisions were waiting for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="208"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>%1m</source>
        <translation type="vanished">%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="70"/>
        <location filename="../../ui/pages/figures_page.py" line="126"/>
        <location filename="../../ui/pages/figures_page.py" line="151"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="164"/>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="215"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="75"/>
        <location filename="../../ui/pages/figures_page.py" line="165"/>
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
        <location filename="../../ui/pages/figures_page.py" line="215"/>
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
        <location filename="../../ui/pages/figures_page.py" line="165"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="76"/>
        <location filename="../../ui/pages/figures_page.py" line="190"/>
        <source>Online completion</source>
        <translation>Online completion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="188"/>
        <source>Online completion and within standard</source>
        <translation>Online completion and within standard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="216"/>
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
        <location filename="../../ui/pages/figures_page.py" line="217"/>
        <source>Save the figures</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="239"/>
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
        <location filename="../../ui/pages/figures_page.py" line="191"/>
        <source>Within standard</source>
        <translation>Within standard</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="74"/>
        <source>Re-export of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="83"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="89"/>
        <source>Check value (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="90"/>
        <source>%1 (writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="94"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="80"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="80"/>
        <location filename="../../ui/pages/inquiries_page.py" line="242"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="80"/>
        <location filename="../../ui/pages/inquiries_page.py" line="242"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="81"/>
        <location filename="../../ui/pages/inquiries_page.py" line="242"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="81"/>
        <location filename="../../ui/pages/inquiries_page.py" line="243"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="82"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="85"/>
        <source>Name, kana, application number or inquiry number</source>
        <translation>Name, kana, application number or inquiry number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="88"/>
        <source>Enter a phone or counter inquiry…</source>
        <translation>Enter a phone or counter inquiry…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="91"/>
        <location filename="../../ui/pages/inquiries_page.py" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="97"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="97"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="98"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="98"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="99"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="110"/>
        <source>Answer template…</source>
        <translation>Answer template…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="115"/>
        <source>Answer to the citizen, or an internal note</source>
        <translation>Answer to the citizen, or an internal note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="116"/>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="117"/>
        <source>Add as internal note</source>
        <translation>Add as internal note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="118"/>
        <location filename="../../ui/pages/inquiries_page.py" line="155"/>
        <source>Send answer</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="119"/>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="120"/>
        <source>Open application</source>
        <translation>Open application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="121"/>
        <source>Make FAQ entry</source>
        <translation>Make FAQ entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="128"/>
        <source>Send answer (Ctrl+Return)</source>
        <translation>Send answer (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="153"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="154"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="156"/>
        <source>Enter an inquiry</source>
        <translation>Enter an inquiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="201"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inquiries_page.py" line="205"/>
        <source>%n inquiry(ies)</source>
        <translation>
            <numerusform>%n inquiry</numerusform>
            <numerusform>%n inquiries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="228"/>
        <source>This inquiry belongs to %1, which is not one of your departments. Ask a member of staff of %1.</source>
        <translation>This inquiry belongs to %1, which is not one of your departments. Ask a member of staff of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="246"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="246"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="246"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="268"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="268"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="268"/>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="269"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="284"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="284"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="322"/>
        <source>You handle this inquiry now.</source>
        <translation>You handle this inquiry now.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="327"/>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="331"/>
        <source>Internal note added.</source>
        <translation>Internal note added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="336"/>
        <source>Write the answer first.</source>
        <translation>Write the answer first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="341"/>
        <source>Answer sent; the portal receives it with the next sync.</source>
        <translation>Answer sent; the portal receives it with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="347"/>
        <source>Close without answer</source>
        <translation>Close without answer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="348"/>
        <source>Why is it closed without an answer?</source>
        <translation>Why is it closed without an answer?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="352"/>
        <source>Inquiry closed.</source>
        <translation>Inquiry closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="359"/>
        <source>FAQ entry made from the answer; edit it on the FAQ page.</source>
        <translation>FAQ entry made from the answer; edit it on the FAQ page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="379"/>
        <source>Inquiry entered.</source>
        <translation>Inquiry entered.</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="89"/>
        <source>Approved, not yet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="93"/>
        <source>Issue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="94"/>
        <location filename="../../ui/pages/issued_page.py" line="156"/>
        <source>Issue all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="97"/>
        <source>Issued, awaiting delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="102"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="103"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="104"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="105"/>
        <source>Print all mail deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="106"/>
        <source>Address sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="107"/>
        <source>Mark mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="108"/>
        <source>Mark sent electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="132"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="132"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="132"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="133"/>
        <source>Delivery</source>
        <translation type="unfinished">Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="133"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="157"/>
        <source>Issue %n document(s) for every approved application? Each applicant is notified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="177"/>
        <location filename="../../ui/pages/issued_page.py" line="190"/>
        <source>No document was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="179"/>
        <location filename="../../ui/pages/issued_page.py" line="182"/>
        <source>%n document(s) issued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="180"/>
        <source>%n could not be issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="204"/>
        <source>Ask the administrator to set up a printer for this computer. &quot;Save as PDF…&quot; works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="212"/>
        <location filename="../../ui/pages/issued_page.py" line="221"/>
        <source>No printer is set up on this computer, so there is no print preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="228"/>
        <source>No printer is set up on this computer, so nothing can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="250"/>
        <source>%n document(s) sent to the printer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="256"/>
        <source>Save PDFs to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="264"/>
        <source>%n PDF file(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="275"/>
        <source>Save address sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="279"/>
        <source>%n address sheet(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="300"/>
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
        <location filename="../../ui/labels.py" line="83"/>
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
        <location filename="../../ui/labels.py" line="86"/>
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
        <location filename="../../ui/labels.py" line="86"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <location filename="../../ui/labels.py" line="86"/>
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
        <location filename="../../ui/labels.py" line="92"/>
        <location filename="../../ui/labels.py" line="319"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <location filename="../../ui/labels.py" line="89"/>
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
        <location filename="../../ui/labels.py" line="43"/>
        <source>Register differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Several people in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Register restricted (support measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Register answer too old: asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>(support measures: name withheld)</source>
        <translation>(support measures: name withheld)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Supporting document</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <location filename="../../ui/labels.py" line="320"/>
        <location filename="../../ui/labels.py" line="327"/>
        <location filename="../../ui/labels.py" line="333"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Paper document scanned at the counter</source>
        <translation>Paper document scanned at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <location filename="../../ui/labels.py" line="326"/>
        <source>Counter</source>
        <translation type="unfinished">Counter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Counter pickup</source>
        <translation>Counter pickup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Corrected revision received</source>
        <translation>Corrected revision received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Checks passed</source>
        <translation>Checks passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Checks found problems</source>
        <translation>Checks found problems</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Attention resolved</source>
        <translation>Attention resolved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Review started</source>
        <translation>Review started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Recommended approval</source>
        <translation>Recommended approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Recommended rejection</source>
        <translation>Recommended rejection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Approved (final)</source>
        <translation>Approved (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Rejected (final)</source>
        <translation>Rejected (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Sent back to the reviewer</source>
        <translation>Sent back to the reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Handed over or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Closed without a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Closed after the set period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <location filename="../../ui/labels.py" line="309"/>
        <source>Other step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>{y}-{m:02}-{d:02} {H:02}:{M:02}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>{y}-{m:02}-{d:02}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>All procedures</source>
        <translation type="unfinished">All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <location filename="../../ui/labels.py" line="192"/>
        <source>Procedure not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Pay-easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Mobile carrier billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Online banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Convenience store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Cash at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Paid at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Other payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Not a readable bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Unsafe file name inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>Unexpected file inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>A required file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Suspicious compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Gateway signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>Application data altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>Attachment altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>Unreadable data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>Data not in the agreed format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>Revision does not fit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>Attachments do not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>File type not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>The file is damaged or not a bundle. Ask the gateway operator to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>The bundle may be an attack. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>The bundle holds files it should not. Discard it and tell the gateway operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>The bundle is incomplete. Ask the gateway operator to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>The bundle exceeds the size limit. Ask the gateway operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>The bundle may be a compression bomb. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>The bundle was not signed by a configured gateway key. Check the gateway keys in the settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>The application data changed after sanitization. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>An attachment changed after sanitization. Discard it and tell the security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>The data cannot be read. Ask the gateway operator to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="217"/>
        <source>The data does not follow the agreed format. Ask the portal operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218"/>
        <source>The procedure is not in the catalog. Add it to the catalog, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="219"/>
        <source>The revision does not fit the application&apos;s state. Check the application, then retry or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>Attachments are missing or counted twice. Ask the gateway operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="222"/>
        <source>An attachment has a file type that is not accepted. Discard it and ask the applicant to apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224"/>
        <source>The bundle passed every check but could not be saved. Tell the system administrator; retry after the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>See the technical detail (tooltip) and ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>An e-signature is attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>The signature data is well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>The signature matches the application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>The signing certificate chains to a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>The signing certificate was valid when signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>The signing certificate is not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>The signer&apos;s name matches the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>No e-signature is attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>The signature data is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>The signature does not match the application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>The signing certificate is not from a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>The signing certificate had expired or was not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>The signing certificate is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243"/>
        <source>The signer&apos;s name differs from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Other check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Other check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Automatic intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Scheduled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Demo set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Test data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>Automatic closing and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>Automatic register exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Took the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Released the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Added a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Compared revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>Listed a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>Searched applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Viewed an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Reassigned an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>Booked an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>Linked an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>Viewed appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>Visitor checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Cancelled an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Visitor did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Appointment restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Searched the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Verified the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Issued a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Reprinted a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Revoked a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Verified a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Viewed an issued document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Closed a counter day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>Added a counter</source>
        <translation>Added a counter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>Changed a counter&apos;s hours or seats</source>
        <translation>Changed a counter&apos;s hours or seats</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="275"/>
        <source>Closed a counter</source>
        <translation>Closed a counter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="276"/>
        <source>Reopened a counter</source>
        <translation>Reopened a counter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <source>Listed the bookings a counter change affects</source>
        <translation>Listed the bookings a counter change affects</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>Saved a contact list of bookings</source>
        <translation>Saved a contact list of bookings</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280"/>
        <source>Took in a scanned paper document</source>
        <translation>Took in a scanned paper document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281"/>
        <source>Set aside a scan that could not be taken in</source>
        <translation>Set aside a scan that could not be taken in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282"/>
        <source>Attached a scan to a walk-in application</source>
        <translation>Attached a scan to a walk-in application</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>Printed address sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>Recorded a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>Viewed an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>Recovered an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285"/>
        <source>Re-exported a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285"/>
        <source>Exported to core systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="286"/>
        <source>Took in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="286"/>
        <source>Quarantined a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="287"/>
        <source>Registered an issuing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="287"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="289"/>
        <source>Took a counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="289"/>
        <source>Imported a settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="290"/>
        <source>Recorded a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="290"/>
        <source>Discarded a quarantined bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="291"/>
        <source>Retried a quarantined bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="291"/>
        <source>Deleted expired records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="292"/>
        <source>Created a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="292"/>
        <source>Disabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293"/>
        <source>Enabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293"/>
        <source>Changed a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295"/>
        <source>Sent register requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296"/>
        <source>Loaded register answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="297"/>
        <source>Refused a register answer batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="298"/>
        <source>Received a register answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="299"/>
        <source>Viewed a register answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="300"/>
        <source>Approved despite a register difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="301"/>
        <source>Asked the register again (answer too old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="302"/>
        <source>Asked the register before issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="311"/>
        <source>Other operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316"/>
        <source>New</source>
        <translation type="unfinished">New</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="317"/>
        <source>Assigned</source>
        <translation type="unfinished">Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318"/>
        <source>Answered</source>
        <translation type="unfinished">Answered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="325"/>
        <source>Portal</source>
        <translation type="unfinished">Portal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="325"/>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332"/>
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
        <location filename="../../ui/login.py" line="113"/>
        <location filename="../../ui/login.py" line="157"/>
        <location filename="../../ui/login.py" line="163"/>
        <source>Choose a new password to log in.</source>
        <translation>Choose a new password to log in.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>An administrator set your password. Choose your own now; only you should know it.</source>
        <translation>An administrator set your password. Choose your own now; only you should know it.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="108"/>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>Back office — log in</source>
        <translation>Back office — log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="65"/>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="66"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Online applications back office</source>
        <translation>Online applications back office</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <location filename="../../ui/login.py" line="113"/>
        <location filename="../../ui/login.py" line="173"/>
        <source>Login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79"/>
        <location filename="../../ui/login.py" line="143"/>
        <source>Too many failed attempts on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="80"/>
        <location filename="../../ui/login.py" line="146"/>
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <location filename="../../ui/login.py" line="151"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Enter your staff code and password.</source>
        <translation>Enter your staff code and password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <location filename="../../ui/login.py" line="126"/>
        <source>wrong staff code or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79"/>
        <location filename="../../ui/login.py" line="128"/>
        <source>this account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="vanished">Login failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <location filename="../../ui/login.py" line="176"/>
        <source>The database cannot be reached. Ask the administrator.</source>
        <translation>The database cannot be reached. Ask the administrator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Back office — %1</source>
        <translation>Back office — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Review queues</source>
        <translation>Review queues</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Counter</source>
        <translation type="unfinished">Counter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Issue and deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Counters and closures</source>
        <translation>Counters and closures</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Lock screen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Log out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Staff manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>About the back office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Sync: done by the sync agent</source>
        <translation>Sync: done by the sync agent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Sync: off (no gateway key configured)</source>
        <translation>Sync: off (no gateway key configured)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Sync error at %1: %2</source>
        <translation>Sync error at %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Sync: starting…</source>
        <translation>Sync: starting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Sync %1: another workstation is syncing the spool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Sync %1: ingested %2, duplicates %3, quarantined %4</source>
        <translation>Sync %1: ingested %2, duplicates %3, quarantined %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="317"/>
        <source>(%n problem(s))</source>
        <translation>
            <numerusform>(%n problem)</numerusform>
            <numerusform>(%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Database: not reachable — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Database: connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>The database connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="98"/>
        <source>Session ended</source>
        <translation type="unfinished">Session ended</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="159"/>
        <source>Your session was ended. Log in again.</source>
        <translation type="unfinished">Your session was ended. Log in again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>FAQ and announcements</source>
        <translation>FAQ and announcements</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>(messages to the portal wait: no outbox key)</source>
        <translation>(messages to the portal wait: no outbox key)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Counter entry</source>
        <translation>Counter entry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <location filename="../../ui/manual.py" line="130"/>
        <source>Staff manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="132"/>
        <source>The staff manual is written in Japanese; the screen names it quotes are those of the Japanese display. Administrators have an English guide (admin-guide-en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="139"/>
        <source>Find in the manual (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="162"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="175"/>
        <source>The staff manual is not installed on this computer. Ask the administrator to reinstall the application, or read the printed manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="183"/>
        <source>The staff manual could not be read. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="286"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="299"/>
        <source>That document is not part of the manual in the application; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCounterDialog</name>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="38"/>
        <source>New counter</source>
        <translation>New counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="41"/>
        <source>Lower-case letters, digits and hyphens; the portal and online applications name the counter by it. It cannot be changed later.</source>
        <translation>Lower-case letters, digits and hyphens; the portal and online applications name the counter by it. It cannot be changed later.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="52"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="55"/>
        <source> seat(s)</source>
        <translation> seat(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="57"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="58"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="59"/>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="60"/>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="61"/>
        <source>Slot length</source>
        <translation>Slot length</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="62"/>
        <source>Seats per slot</source>
        <translation>Seats per slot</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="64"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="294"/>
        <source>Could not be done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="65"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>The two new passwords differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="62"/>
        <source>Enter the new password.</source>
        <translation>Enter the new password.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="59"/>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="43"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="40"/>
        <source>At least 12 characters; a passphrase of several words is best. Not your staff code or name, not a common password.</source>
        <translation>At least 12 characters; a passphrase of several words is best. Not your staff code or name, not a common password.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="39"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="38"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="37"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="59"/>
        <source>The provider settled %1 but the fee due is %2: check the fee and ask the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="62"/>
        <source>The provider names a different application for this payment: check which one was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="64"/>
        <source>No application carries this payment: find the application the citizen paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="66"/>
        <source>The application says it was paid, but the provider does not know the transaction: ask the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Check this payment with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="73"/>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="74"/>
        <source>Names another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="75"/>
        <source>Paid without application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="76"/>
        <source>Unknown to the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="78"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="79"/>
        <source>Transaction</source>
        <translation type="unfinished">Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="80"/>
        <location filename="../../ui/pages/payments_page.py" line="86"/>
        <location filename="../../ui/pages/payments_page.py" line="106"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="81"/>
        <source>Fee due</source>
        <translation type="unfinished">Fee due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="82"/>
        <source>Provider amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="83"/>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="87"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="88"/>
        <location filename="../../ui/pages/payments_page.py" line="107"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="89"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="89"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="89"/>
        <source>Counter</source>
        <translation type="unfinished">Counter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="90"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="94"/>
        <source>Import settlement file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="96"/>
        <source>Record refund for selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="101"/>
        <source>Record counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="104"/>
        <source>Counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="108"/>
        <source>Receipt number</source>
        <translation type="unfinished">Receipt number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="115"/>
        <source>Mismatches between the provider and the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="118"/>
        <source>Refunds owed (rejected or withdrawn after payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="174"/>
        <source>%1 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="176"/>
        <source>%1: %2 rows, %3 new, %4 refunded by the provider (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="183"/>
        <source>character set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="186"/>
        <source>Settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="187"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="194"/>
        <source>Choose a refund first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="199"/>
        <source>Refund recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="205"/>
        <source>Counter payment recorded for %1 (receipt %2)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/pages/portal_content_page.py" line="107"/>
        <location filename="../../ui/pages/portal_content_page.py" line="160"/>
        <source>Save and publish</source>
        <translation>Save and publish</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="79"/>
        <location filename="../../ui/pages/portal_content_page.py" line="108"/>
        <location filename="../../ui/pages/portal_content_page.py" line="161"/>
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
        <location filename="../../ui/pages/portal_content_page.py" line="101"/>
        <location filename="../../ui/pages/portal_content_page.py" line="304"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <location filename="../../ui/pages/portal_content_page.py" line="102"/>
        <location filename="../../ui/pages/portal_content_page.py" line="304"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <location filename="../../ui/pages/portal_content_page.py" line="103"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="91"/>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <location filename="../../ui/pages/portal_content_page.py" line="304"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="91"/>
        <location filename="../../ui/pages/portal_content_page.py" line="132"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="95"/>
        <location filename="../../ui/pages/portal_content_page.py" line="303"/>
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
        <location filename="../../ui/pages/portal_content_page.py" line="161"/>
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
        <location filename="../../ui/pages/portal_content_page.py" line="156"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <location filename="../../ui/pages/portal_content_page.py" line="157"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <location filename="../../ui/pages/portal_content_page.py" line="154"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="140"/>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date and time edit display format</comment>
        <translation type="unfinished"></translation>
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
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="133"/>
        <source>Applications received before the day keep their fee and deadline; those received from it are judged by this version.</source>
        <translation>Applications received before the day keep their fee and deadline; those received from it are judged by this version.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="129"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="121"/>
        <source>Labels of the form&apos;s fields (as the application screen shows them):</source>
        <translation>Labels of the form&apos;s fields (as the application screen shows them):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="128"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="126"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="125"/>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="119"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="118"/>
        <source>Issuance template</source>
        <translation>Issuance template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="117"/>
        <source>Required attachments</source>
        <translation>Required attachments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="113"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="112"/>
        <source>Standard processing period</source>
        <translation>Standard processing period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="111"/>
        <source>Fee per copy</source>
        <translation>Fee per copy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="109"/>
        <source>e.g. 手数料条例の改正</source>
        <translation>e.g. 手数料条例の改正</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="78"/>
        <source>Two steps (a supervisor decides)</source>
        <translation>Two steps (a supervisor decides)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="77"/>
        <source>One step (the reviewer decides)</source>
        <translation>One step (the reviewer decides)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="74"/>
        <source> business days</source>
        <translation> business days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="73"/>
        <source>No standard period</source>
        <translation>No standard period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="69"/>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="66"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
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
        <source>Bundle</source>
        <translation type="vanished">Bundle</translation>
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
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="54"/>
        <source>The details are shown only to the department&apos;s supervisors.</source>
        <translation>The details are shown only to the department&apos;s supervisors.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="vanished">Detail</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</source>
        <translation type="vanished">Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="62"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="58"/>
        <source>Application data the sync refused. Ask the gateway operator to resend it corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="63"/>
        <source>Put the file back into the inbox; the next sync checks it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="64"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="65"/>
        <source>Close the case with a note (the file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/quarantine_page.py" line="89"/>
        <source>%n refused file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="99"/>
        <location filename="../../ui/pages/quarantine_page.py" line="111"/>
        <source>Select a refused file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="105"/>
        <source>The file is back in the inbox; the next sync checks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="114"/>
        <source>Why is this file discarded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="119"/>
        <source>Discarded; the file is kept, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused bundle(s)</source>
        <translation type="vanished">
            <numerusform>%n refused bundle</numerusform>
            <numerusform>%n refused bundles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="114"/>
        <source>Discard</source>
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
        <location filename="../../ui/pages/queue_page.py" line="57"/>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="58"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="59"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="60"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="61"/>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="63"/>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="64"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="65"/>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="66"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>ID, name, kana (any width) or birth date</source>
        <translation type="vanished">ID, name, kana (any width) or birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="90"/>
        <source>ID, name, kana (any width) or birth date, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="92"/>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="96"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="100"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="131"/>
        <source>Queue not loaded: %1</source>
        <translation>Queue not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="143"/>
        <location filename="../../ui/pages/queue_page.py" line="167"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="145"/>
        <source>Next application</source>
        <translation>Next application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="147"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="149"/>
        <source>Jump to the end</source>
        <translation>Jump to the end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="257"/>
        <source>%1 applications shown</source>
        <translation>%1 applications shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="258"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="275"/>
        <source>No application matches 「%1」 in any queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="278"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="279"/>
        <source>Show them in All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="280"/>
        <source>Not in this queue. Found elsewhere — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="313"/>
        <source>No application is waiting in this queue.</source>
        <translation>No application is waiting in this queue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="319"/>
        <source>Next failed: %1</source>
        <translation>Next failed: %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/certificate_reason.py" line="55"/>
        <source>Say what happened in the details.</source>
        <translation>Say what happened in the details.</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="42"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="42"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="40"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="39"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="37"/>
        <source>A new paper with a new serial is printed; serial %1 will verify as superseded.</source>
        <translation>A new paper with a new serial is printed; serial %1 will verify as superseded.</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="35"/>
        <source>The paper with serial %1 will verify as revoked from now on. This cannot be undone.</source>
        <translation>The paper with serial %1 will verify as revoked from now on. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="29"/>
        <source>Lost before it was handed over</source>
        <translation>Lost before it was handed over</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="28"/>
        <source>Soiled or damaged</source>
        <translation>Soiled or damaged</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="28"/>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="27"/>
        <location filename="../../ui/certificate_reason.py" line="29"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="27"/>
        <source>Suspected fraud</source>
        <translation>Suspected fraud</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="26"/>
        <source>Issued to the wrong person</source>
        <translation>Issued to the wrong person</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="26"/>
        <location filename="../../ui/certificate_reason.py" line="28"/>
        <source>Error in the content</source>
        <translation>Error in the content</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="24"/>
        <source>Reprint %1</source>
        <translation>Reprint %1</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="24"/>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="32"/>
        <source>Name (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="33"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="34"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="35"/>
        <source>Address</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="36"/>
        <source>Postal code</source>
        <translation type="unfinished">Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="37"/>
        <source>Householder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="38"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="39"/>
        <source>Resident since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="40"/>
        <source>Seal registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="41"/>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="42"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="43"/>
        <source>Total income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="44"/>
        <source>Taxable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="45"/>
        <source>Municipal tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="46"/>
        <source>Prefectural tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="47"/>
        <source>Registered domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="48"/>
        <source>Head of the family register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="50"/>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="55"/>
        <source>Found in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="56"/>
        <source>Nobody in the register fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="57"/>
        <source>Several people in the register fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="58"/>
        <source>Restricted (support measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="60"/>
        <source>Unknown answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="69"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="69"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="83"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="83"/>
        <source>The applicant wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="83"/>
        <source>The register says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="109"/>
        <source>Register: waiting for the answer of the core systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="114"/>
        <source>Register: restricted (support measures) — only a supervisor may see this record and decide (answer of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="119"/>
        <source>Register: %1 (answer of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="121"/>
        <source> — %1 item(s) differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="145"/>
        <source>Household (as registered):</source>
        <translation type="unfinished"></translation>
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
        <translation>The PDF is password protected</translation>
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
        <location filename="../../ui/session_flow.py" line="45"/>
        <source>a decision or comment still waiting for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="47"/>
        <source>the reason typed in the decision panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="49"/>
        <source>the internal comment not yet added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="58"/>
        <source>This text has not been sent yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="60"/>
        <source>Discard it and continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="102"/>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="96"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="72"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="63"/>
        <location filename="../../ui/pages/settings_page.py" line="65"/>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="53"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="56"/>
        <source>Ask before a decision is sent to the applicant and before &quot;Issue all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="58"/>
        <source>Experienced staff may switch this off. A reason with a template placeholder such as {document} is never sent, whatever this says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="62"/>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="75"/>
        <source>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</source>
        <translation>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="79"/>
        <source>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</source>
        <translation>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="82"/>
        <source>built-in defaults (no configuration file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>Configuration: %1</source>
        <translation>Configuration: %1</translation>
    </message>
    <message>
        <source>The language changes when the application starts next.</source>
        <translation type="vanished">The language changes when the application starts next.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="309"/>
        <source>Temporary password of %1 set.</source>
        <translation>Temporary password of %1 set.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="302"/>
        <source>A temporary password for %1. Tell it to them in person; they must choose their own at the next login. Their open sessions end.</source>
        <translation>A temporary password for %1. Tell it to them in person; they must choose their own at the next login. Their open sessions end.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="301"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="294"/>
        <source>%1 can log in again on every workstation.</source>
        <translation>%1 can log in again on every workstation.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="286"/>
        <source>%1 enabled.</source>
        <translation>%1 enabled.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="286"/>
        <source>%1 disabled.</source>
        <translation>%1 disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="281"/>
        <source>Disable %1? Their open sessions end at once.</source>
        <translation>Disable %1? Their open sessions end at once.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="271"/>
        <source>Roles and departments of %1 saved; their open sessions have ended.</source>
        <translation>Roles and departments of %1 saved; their open sessions have ended.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="255"/>
        <source>Account %1 added.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="245"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/staff_page.py" line="211"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="199"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="197"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="196"/>
        <source>Every department</source>
        <translation>Every department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="187"/>
        <source>Must choose a new password</source>
        <translation>Must choose a new password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="185"/>
        <source>Locked out after failed logins</source>
        <translation>Locked out after failed logins</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="183"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="183"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="161"/>
        <source>Staff accounts. Reviewers and supervisors see only the applications of their departments; every change here is recorded in the audit log.</source>
        <translation>Staff accounts. Reviewers and supervisors see only the applications of their departments; every change here is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="154"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="153"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="229"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="152"/>
        <location filename="../../ui/pages/staff_page.py" line="229"/>
        <location filename="../../ui/pages/staff_page.py" line="280"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="151"/>
        <source>Roles and departments…</source>
        <translation>Roles and departments…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="150"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="142"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="142"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Staff code</source>
        <translation>Staff code</translation>
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
        <location filename="../../ui/pages/reassign_widget.py" line="40"/>
        <source>Staff</source>
        <translation type="unfinished">Staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="41"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="42"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="44"/>
        <source>Lease until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="52"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="57"/>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="67"/>
        <source>Applications held now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="107"/>
        <source>Choose an application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="112"/>
        <source>Released %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="118"/>
        <source>Choose an application and a reviewer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="124"/>
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
</TS>
