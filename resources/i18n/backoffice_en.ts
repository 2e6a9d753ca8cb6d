<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationDetailWidget</name>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="31"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="32"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="33"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="34"/>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="35"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="36"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="37"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="38"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="39"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="40"/>
        <source>Internal comments</source>
        <translation>Internal comments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="41"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="42"/>
        <source>No changes</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="43"/>
        <source>No e-signature</source>
        <translation>No e-signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="44"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="45"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="46"/>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="47"/>
        <source>Sanitization</source>
        <translation>Sanitization</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="48"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="50"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="51"/>
        <source>refused by the gateway</source>
        <translation>refused by the gateway</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="52"/>
        <source>two-step approval</source>
        <translation>two-step approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="85"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="107"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="107"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="112"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="112"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="113"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="113"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="114"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="114"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="114"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="119"/>
        <source>Fee due</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="119"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="120"/>
        <location filename="../../ui/widgets/detail_widget.py" line="124"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="120"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="121"/>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="125"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="142"/>
        <source>What changed since revision %1</source>
        <translation>What changed since revision %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../ui/pages/application_page.py" line="86"/>
        <source>Open an application from a queue (Enter) or take the next one (Ctrl+N).</source>
        <translation>Open an application from a queue (Enter) or take the next one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="114"/>
        <location filename="../../ui/pages/application_page.py" line="185"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="128"/>
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="130"/>
        <source>You are working on this application (%1).</source>
        <translation>You are working on this application (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="133"/>
        <source>Read only (%1).</source>
        <translation>Read only (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="140"/>
        <source>No attachment to show</source>
        <translation>No attachment to show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="181"/>
        <source>The lease was lost: %1</source>
        <translation>The lease was lost: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="194"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>Enter a reason: it is sent to the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="207"/>
        <source>Recorded: %1</source>
        <translation>Recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="218"/>
        <source>Enter the reason for the withdrawal.</source>
        <translation>Enter the reason for the withdrawal.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="50"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="50"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="51"/>
        <location filename="../../ui/pages/appointments_page.py" line="68"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="51"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="53"/>
        <location filename="../../ui/pages/appointments_page.py" line="97"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="54"/>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="55"/>
        <location filename="../../ui/pages/appointments_page.py" line="98"/>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="56"/>
        <location filename="../../ui/pages/appointments_page.py" line="99"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="57"/>
        <location filename="../../ui/pages/appointments_page.py" line="100"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="68"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="69"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="69"/>
        <source>Open application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="79"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="81"/>
        <source>Book the applicant&apos;s requested time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="83"/>
        <source>Link selected to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="87"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="89"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="95"/>
        <source>Book by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="156"/>
        <source>The counter is closed on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="176"/>
        <source>Choose an appointment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="179"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="186"/>
        <source>Choose a free time first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="193"/>
        <location filename="../../ui/pages/appointments_page.py" line="201"/>
        <source>Booked %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="208"/>
        <source>Choose an appointment and enter an application number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="211"/>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="51"/>
        <source>Application number, name, kana or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="53"/>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="55"/>
        <source>Read receipt QR from image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Birth date</source>
        <translation type="unfinished">Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="60"/>
        <source>Delivery</source>
        <translation type="unfinished">Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="71"/>
        <source>Driver&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="71"/>
        <source>My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="72"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="72"/>
        <source>Health insurance card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="73"/>
        <source>Other (write it in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="77"/>
        <source>Record handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="89"/>
        <source>Handover at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="91"/>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="92"/>
        <source>Identity document checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="107"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="112"/>
        <source>Receipt QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="113"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="119"/>
        <source>Reading the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counter_page.py" line="135"/>
        <source>%n application(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="143"/>
        <source>Mail</source>
        <translation type="unfinished">Mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="143"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="144"/>
        <source>Electronic</source>
        <translation type="unfinished">Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="165"/>
        <source>Nothing issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="180"/>
        <source>Handed over %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="83"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="84"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="85"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="86"/>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="87"/>
        <source>Business days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="89"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="98"/>
        <source>Refresh</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="100"/>
        <source>Save charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="141"/>
        <source>Applications by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="145"/>
        <source>Applications by procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="147"/>
        <source>Open work by business days since receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="151"/>
        <source>Overdue: %1   Due within 2 business days: %2   Open: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="154"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="155"/>
        <source>Last sync: %1   Quarantined bundles waiting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="158"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="163"/>
        <source>Decisions per day (last 14 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="190"/>
        <source>Save charts to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="193"/>
        <source>%n chart(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionWidget</name>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="45"/>
        <source>Reason template…</source>
        <translation>Reason template…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46"/>
        <location filename="../../ui/widgets/decision_widget.py" line="120"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="47"/>
        <location filename="../../ui/widgets/decision_widget.py" line="120"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="47"/>
        <location filename="../../ui/widgets/decision_widget.py" line="58"/>
        <location filename="../../ui/widgets/decision_widget.py" line="126"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="53"/>
        <source>Reason (sent to the applicant for a return or rejection)</source>
        <translation>Reason (sent to the applicant for a return or rejection)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="59"/>
        <source>Internal comment (never sent)</source>
        <translation>Internal comment (never sent)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="60"/>
        <location filename="../../ui/widgets/decision_widget.py" line="125"/>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="88"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="116"/>
        <source>Approve (final)</source>
        <translation>Approve (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="116"/>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="116"/>
        <source>Reject (final)</source>
        <translation>Reject (final)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="118"/>
        <source>Recommend approval</source>
        <translation>Recommend approval</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="118"/>
        <location filename="../../ui/widgets/decision_widget.py" line="120"/>
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="118"/>
        <source>Recommend rejection</source>
        <translation>Recommend rejection</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="148"/>
        <source>You recommended this application; another supervisor makes the final decision.</source>
        <translation>You recommended this application; another supervisor makes the final decision.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="150"/>
        <source>The reviewer recommends: %1. Your decision is final.</source>
        <translation>The reviewer recommends: %1. Your decision is final.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="151"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="151"/>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="153"/>
        <source>Two-step procedure: your decision is a recommendation to a supervisor.</source>
        <translation>Two-step procedure: your decision is a recommendation to a supervisor.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="155"/>
        <source>Read only: you do not hold this application.</source>
        <translation>Read only: you do not hold this application.</translation>
    </message>
</context>
<context>
    <name>DocumentViewerWidget</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="48"/>
        <location filename="../../ui/widgets/document_viewer.py" line="112"/>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="76"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="77"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="78"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="79"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="80"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="81"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="82"/>
        <source>Rotate clockwise</source>
        <translation>Rotate clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="116"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="138"/>
        <source>This document cannot be shown: %1</source>
        <translation>This document cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="88"/>
        <source>Export now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="90"/>
        <source>Re-export selected batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="109"/>
        <source>Decisions are written to %1 for the core business systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="128"/>
        <source>Waiting for export: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="130"/>
        <source>No decisions are waiting for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="152"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="158"/>
        <source>Select a batch to re-export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="161"/>
        <source>Re-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="162"/>
        <source>Write the rows of %1 again under a new batch id? The core systems will receive them twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="174"/>
        <source>No decisions were waiting for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="176"/>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="70"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="71"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="72"/>
        <source>(writing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="78"/>
        <source>Approved, not yet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="82"/>
        <source>Issue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="83"/>
        <source>Issue all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="86"/>
        <source>Issued, awaiting delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="91"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="92"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="93"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="94"/>
        <source>Print all mail deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="95"/>
        <source>Address sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="96"/>
        <source>Mark mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="97"/>
        <source>Mark sent electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="100"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="120"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="120"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="120"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="121"/>
        <source>Delivery</source>
        <translation type="unfinished">Delivery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="121"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="121"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="162"/>
        <source>%n document(s) issued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="207"/>
        <source>%n document(s) sent to the printer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="213"/>
        <source>Save PDFs to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="221"/>
        <source>%n PDF file(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="232"/>
        <source>Save address sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="236"/>
        <source>%n address sheet(s) saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="252"/>
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
        <location filename="../../ui/labels.py" line="16"/>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Signature missing</source>
        <translation>Signature missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Signature invalid</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Certificate not trusted</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Certificate expired</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Signer name differs</source>
        <translation>Signer name differs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Payment missing</source>
        <translation>Payment missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Payment amount differs</source>
        <translation>Payment amount differs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Attachment rejected</source>
        <translation>Attachment rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Attachment missing</source>
        <translation>Attachment missing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Supporting document</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Counter pickup</source>
        <translation>Counter pickup</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Corrected revision received</source>
        <translation>Corrected revision received</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Checks passed</source>
        <translation>Checks passed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Checks found problems</source>
        <translation>Checks found problems</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Attention resolved</source>
        <translation>Attention resolved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Review started</source>
        <translation>Review started</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Recommended approval</source>
        <translation>Recommended approval</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Recommended rejection</source>
        <translation>Recommended rejection</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Approved (final)</source>
        <translation>Approved (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Rejected (final)</source>
        <translation>Rejected (final)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Sent back to the reviewer</source>
        <translation>Sent back to the reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="56"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="58"/>
        <source>%1 (%2) — enter your password to continue.</source>
        <translation>%1 (%2) — enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="63"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="89"/>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="36"/>
        <source>Back office — log in</source>
        <translation>Back office — log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="46"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="50"/>
        <source>Staff code</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="51"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="52"/>
        <source>Online applications back office</source>
        <translation>Online applications back office</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="64"/>
        <source>Enter your staff code and password.</source>
        <translation>Enter your staff code and password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83"/>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>The database cannot be reached. Ask the administrator.</source>
        <translation>The database cannot be reached. Ask the administrator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Back office — %1</source>
        <translation>Back office — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Review queues</source>
        <translation>Review queues</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Issue and deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Verify certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Lock screen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Application</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Sync: off (no gateway key configured)</source>
        <translation>Sync: off (no gateway key configured)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Sync error at %1: %2</source>
        <translation>Sync error at %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Sync: starting…</source>
        <translation>Sync: starting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Sync %1: ingested %2, duplicates %3, quarantined %4</source>
        <translation>Sync %1: ingested %2, duplicates %3, quarantined %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="208"/>
        <source>(%n problem(s))</source>
        <translation>
            <numerusform>(%n problem)</numerusform>
            <numerusform>(%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="52"/>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="53"/>
        <source>Names another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="54"/>
        <source>Paid without application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="55"/>
        <source>Unknown to the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="57"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="58"/>
        <source>Transaction</source>
        <translation type="unfinished">Transaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="59"/>
        <location filename="../../ui/pages/payments_page.py" line="65"/>
        <location filename="../../ui/pages/payments_page.py" line="85"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="60"/>
        <source>Fee due</source>
        <translation type="unfinished">Fee due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="61"/>
        <source>Provider amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="62"/>
        <source>Detail</source>
        <translation type="unfinished">Detail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="67"/>
        <location filename="../../ui/pages/payments_page.py" line="86"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="69"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="73"/>
        <source>Import settlement file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="75"/>
        <source>Record refund for selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="80"/>
        <source>Record counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="83"/>
        <source>Counter payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="87"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="94"/>
        <source>Mismatches between the provider and the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="97"/>
        <source>Refunds owed (rejected or withdrawn after payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="137"/>
        <source>%1 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="139"/>
        <source>%1: %2 rows, %3 new, %4 refunded by the provider (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="144"/>
        <source>Settlement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="145"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="152"/>
        <source>Choose a refund first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="156"/>
        <source>Refund recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="162"/>
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
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="55"/>
        <source>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</source>
        <translation>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="59"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="60"/>
        <source>Put the bundle back into the inbox; the next sync checks it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="61"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="62"/>
        <source>Close the case with a note (the file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/quarantine_page.py" line="78"/>
        <source>%n refused bundle(s)</source>
        <translation>
            <numerusform>%n refused bundle</numerusform>
            <numerusform>%n refused bundles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="88"/>
        <location filename="../../ui/pages/quarantine_page.py" line="97"/>
        <source>Select a refused bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="91"/>
        <source>The bundle is back in the inbox; the next sync checks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="100"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="100"/>
        <source>Why is this bundle discarded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="104"/>
        <source>Discarded; the file is kept under discarded/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162"/>
        <source>Application ID</source>
        <translation>Application ID</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162"/>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="163"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="163"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="163"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="225"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/queue_model.py" line="227"/>
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
        <location filename="../../ui/pages/queue_page.py" line="49"/>
        <source>Ready for review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="50"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="51"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="52"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="53"/>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="55"/>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="56"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="57"/>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="58"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="82"/>
        <source>ID, name, kana (any width) or birth date</source>
        <translation>ID, name, kana (any width) or birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="84"/>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="88"/>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="91"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="116"/>
        <source>Queue not loaded: %1</source>
        <translation>Queue not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="124"/>
        <location filename="../../ui/pages/queue_page.py" line="144"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="126"/>
        <source>Next application</source>
        <translation>Next application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="128"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="130"/>
        <source>Jump to the end</source>
        <translation>Jump to the end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="198"/>
        <source>%1 applications shown</source>
        <translation>%1 applications shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="199"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="229"/>
        <source>No application is waiting in this queue.</source>
        <translation>No application is waiting in this queue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="235"/>
        <source>Next failed: %1</source>
        <translation>Next failed: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="27"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="30"/>
        <source>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</source>
        <translation>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="34"/>
        <source>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</source>
        <translation>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="36"/>
        <source>Configuration: %1</source>
        <translation>Configuration: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="46"/>
        <source>The language changes when the application starts next.</source>
        <translation>The language changes when the application starts next.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="34"/>
        <source>Open scan, photo or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="36"/>
        <source>Or drop the file here. Compare the facts below with the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="47"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="47"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="48"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="48"/>
        <source>Issuer (city code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="49"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Birth date</source>
        <translation type="unfinished">Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="67"/>
        <source>Certificate to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="68"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="91"/>
        <source>Checking…</source>
        <translation type="unfinished">Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="99"/>
        <source>VALID: issued by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="100"/>
        <source>REVOKED: do not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="101"/>
        <source>FORGED OR ALTERED: signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="102"/>
        <source>UNKNOWN KEY: cannot confirm the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="103"/>
        <source>NO CERTIFICATE CODE FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="112"/>
        <source>The signature is the city&apos;s, but this office has no record of the serial: check with the issuing department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="130"/>
        <source>Could not check the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadWidget</name>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="38"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="39"/>
        <source>Application</source>
        <translation type="unfinished">Application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="40"/>
        <source>Procedure</source>
        <translation type="unfinished">Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="42"/>
        <source>Lease until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="50"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="53"/>
        <source>Hand over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="63"/>
        <source>Applications held now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="102"/>
        <source>Choose an application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="105"/>
        <source>Released %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="111"/>
        <source>Choose an application and a reviewer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="115"/>
        <source>%1 handed over to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="93"/>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94"/>
        <source>Your session was ended. Log in again.</source>
        <translation>Your session was ended. Log in again.</translation>
    </message>
</context>
</TS>
