<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../desk/BookingDialog.qml" line="72" />
        <source>New appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="83" />
        <location filename="../desk/BookingDialog.qml" line="89" />
        <source>Patient (MRN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="88" />
        <source>MRN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="97" />
        <location filename="../desk/BookingDialog.qml" line="103" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="106" />
        <location filename="../desk/BookingDialog.qml" line="113" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="116" />
        <location filename="../desk/BookingDialog.qml" line="123" />
        <source>Length (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="126" />
        <location filename="../desk/BookingDialog.qml" line="133" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="136" />
        <location filename="../desk/BookingDialog.qml" line="141" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="170" />
        <source>This time overlaps:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="176" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="183" />
        <source>Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="192" />
        <source>Book anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <location filename="../desk/CallBanner.qml" line="32" />
        <source>Incoming call from %1 — unknown caller</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../desk/CallBanner.qml" line="33" />
        <source>Incoming call from %1 — %n matching patient(s)</source>
        <translation><numerusform>Incoming call from %1 — %n matching patient</numerusform><numerusform>Incoming call from %1 — %n matching patients</numerusform></translation>
    </message>
    <message>
        <location filename="../desk/CallBanner.qml" line="41" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../desk/DeskBar.qml" line="37" />
        <source>Previous day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="39" />
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="54" />
        <source>Next day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="56" />
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="60" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="69" />
        <source>Flagged only (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="77" />
        <source>New appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="87" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="92" />
        <source>The manager's reports and policy what-if (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="102" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="109" />
        <source>%1 · calls on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="110" />
        <source>%1 · calls off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <location filename="../desk/DeskTexts.qml" line="8" />
        <source>Small balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="9" />
        <source>Balance due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="10" />
        <source>Written off, collectable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="11" />
        <source>Credit: apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="12" />
        <source>Refund due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="13" />
        <source>Credit on file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="14" />
        <source>Unclaimed credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="20" />
        <source>Booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="23" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="24" />
        <source>Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="25" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="26" />
        <source>No-show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../desk/DeskView.qml" line="93" />
        <source>Offline since %1. The worklist below is the last one read; nothing can be recorded until the clinic server answers again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="128" />
        <source>Worklist (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="152" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desk/Main.qml" line="22" />
        <source>Front Desk — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientPane</name>
    <message>
        <location filename="../desk/PatientPane.qml" line="43" />
        <source>MRN %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="53" />
        <source>On the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="60" />
        <source>Book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="88" />
        <source>Choose an appointment or search for a patient to see what to mention.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../desk/ReportsView.qml" line="62" />
        <source>◀ Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="63" />
        <source>Back to the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="73" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="79" />
        <source>First day of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="82" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="88" />
        <source>Last day of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="93" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="108" />
        <source>Reading the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="119" />
        <source>PDF file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="123" />
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="129" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../desk/SearchPane.qml" line="33" />
        <source>Name, birth date, phone or MRN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="34" />
        <source>Search patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="52" />
        <source>Showing the first %1 matches; type more to narrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="70" />
        <source>Matching patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="144" />
        <source>Born %1 · %2 · MRN %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="145" />
        <source>no phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="168" />
        <source>Type a name, a birth date, a phone number or an MRN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="169" />
        <source>No patient matches.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="67" />
        <source>What if the policy changed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="74" />
        <source>Move a threshold to see what it would do to today's accounts. Nothing changes until a new policy file is put in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="82" />
        <source>Small balance, up to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="89" />
        <source>Write off balances up to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="96" />
        <source>…once at least this old (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="103" />
        <source>…and reminded at least (times)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="123" />
        <source>What the policy would do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="125" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="126" />
        <source>With these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="175" />
        <source>Save as a new policy file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="178" />
        <source>Written to %1. Review it, then put it in place of policy.toml to use it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message>
        <location filename="../desk/WorklistPane.qml" line="125" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="131" />
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="138" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="145" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="152" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="170" />
        <source>Appointments of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="309" />
        <source>No flagged patients on this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="310" />
        <source>No appointments on this day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>frontdesk::desk::DeskSession</name>
    <message>
        <location filename="../../desk/desk_session.cpp" line="165" />
        <source>choose a patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="167" />
        <source>the date must be YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="169" />
        <source>the time must be HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="172" />
        <source>the length must be 1 to 1440 minutes, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="203" />
        <source>This patient already has an appointment %1–%2 with %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="204" />
        <source>This patient already has an appointment %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="206" />
        <source>%1 already has an appointment %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="174" />
        <source>choose a provider</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>frontdesk::desk::ReportsModel</name>
    <message>
        <location filename="../../desk/reports_model.cpp" line="123" />
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="145" />
        <source>The period's days must be YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="153" />
        <location filename="../../desk/reports_model.cpp" line="168" />
        <location filename="../../desk/reports_model.cpp" line="197" />
        <source>A report is being read; wait for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="207" />
        <source>The period must end on or before today, and not before it begins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="208" />
        <source>The report could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="272" />
        <source>To send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="275" />
        <source>Suppressed: small balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="278" />
        <source>Suppressed: written off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="292" />
        <source>%1–%2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="293" />
        <source>over %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="309" />
        <source>Apply at next visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="310" />
        <source>Refund due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="311" />
        <source>On file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="312" />
        <source>Unclaimed property review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="330" />
        <source>Shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="331" />
        <source>Will pay at the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="332" />
        <location filename="../../desk/reports_model.cpp" line="379" />
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="333" />
        <source>Promised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="334" />
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="335" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="336" />
        <source>Not appropriate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="337" />
        <source>Apply credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="338" />
        <source>Refund requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="368" />
        <source>Reminders and small balances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="369" />
        <source>Recovered by reminders (paid within 30 days, by channel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="370" />
        <source>Written off and recovered after write-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="371" />
        <source>Statements mailed and avoided, by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="372" />
        <source>Open patient balances by age (accounts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="373" />
        <source>Credits owed to patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="374" />
        <source>Reminders by staff member and outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="375" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="376" />
        <source>Kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="377" />
        <source>Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="378" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="380" />
        <source>Patients reminded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="381" />
        <source>Who paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="382" />
        <source>Written off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="383" />
        <source>Recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="384" />
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="385" />
        <source>Statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="386" />
        <source>Mailed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="387" />
        <source>Not mailed: small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="388" />
        <source>Not mailed: written off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="389" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="390" />
        <source>Saved so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="391" />
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="392" />
        <source>Owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="393" />
        <source>Oldest charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="394" />
        <source>Small (up to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="395" />
        <source>Larger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="396" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="397" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="398" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="399" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="400" />
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="410" />
        <source>%1 of %2 patients reminded paid within 30 days (%3%), %4 in all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="417" />
        <source>No statement run was recorded in this period ('frontdesk statements --record' records each mailing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="419" />
        <source>Statement runs recorded: %1; not mailing %2 small or written-off balances saved %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="425" />
        <source>A run on %1 would mail %2 statements (balances above %3) and hold back %4, saving %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="432" />
        <source>Eligible for write-off today: %1 accounts, %2. Becoming eligible within 30 days if nothing changes: %3 accounts, %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="498" />
        <source>Accounts eligible for write-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="500" />
        <source>Amount eligible for write-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="501" />
        <source>Statements to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="503" />
        <source>Their cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="504" />
        <source>Statements suppressed (small balance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="506" />
        <source>Patients staff are prompted about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="508" />
        <source>Credit accounts changing state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="515" />
        <source>Try a policy first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="530" />
        <location filename="../../desk/reports_model.cpp" line="540" />
        <location filename="../../desk/report_pdf.cpp" line="335" />
        <location filename="../../desk/report_pdf.cpp" line="347" />
        <location filename="../../desk/report_pdf.cpp" line="350" />
        <location filename="../../desk/report_pdf.cpp" line="353" />
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="547" />
        <source>Too many proposed policy files for today in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="564" />
        <location filename="../../desk/report_pdf.cpp" line="330" />
        <source>Open a report first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="438" />
        <source>Refunds overdue: %1 (%2). Refunds due within 30 days: %3 (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/report_pdf.cpp" line="331" />
        <source>Name the PDF file to write.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>