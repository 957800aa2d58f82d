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
        <location filename="../desk/DeskBar.qml" line="34" />
        <source>Previous day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="36" />
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="51" />
        <source>Next day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="53" />
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="57" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="64" />
        <source>Flagged only (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="72" />
        <source>New appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="86" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="93" />
        <source>%1 · calls on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="94" />
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
        <location filename="../desk/DeskView.qml" line="84" />
        <source>Offline since %1. The worklist below is the last one read; nothing can be recorded until the clinic server answers again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="119" />
        <source>Worklist (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="143" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desk/Main.qml" line="19" />
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
        <location filename="../../desk/desk_session.cpp" line="162" />
        <source>choose a patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="164" />
        <source>the date must be YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="166" />
        <source>the time must be HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="169" />
        <source>the length must be 1 to 1440 minutes, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="200" />
        <source>This patient already has an appointment %1–%2 with %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="201" />
        <source>This patient already has an appointment %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="203" />
        <source>%1 already has an appointment %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="171" />
        <source>choose a provider</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>