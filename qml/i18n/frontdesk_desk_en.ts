<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../desk/BookingDialog.qml" line="56" />
        <source>New appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="67" />
        <source>Patient (MRN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="72" />
        <source>MRN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="79" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="86" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="94" />
        <source>Length (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="102" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="110" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="128" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="133" />
        <source>Book</source>
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
        <location filename="../desk/DeskBar.qml" line="32" />
        <source>Previous day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="34" />
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="48" />
        <source>Next day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="50" />
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="54" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="60" />
        <source>Flagged only (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="68" />
        <source>New appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="78" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="82" />
        <source>%1 · calls on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="83" />
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
        <source>Written off</source>
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
        <location filename="../desk/DeskTexts.qml" line="23" />
        <source>Booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="24" />
        <source>Arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="25" />
        <source>Checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="26" />
        <source>Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="27" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="28" />
        <source>No-show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../desk/DeskView.qml" line="86" />
        <source>Worklist (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="91" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desk/Main.qml" line="16" />
        <source>Front Desk — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientPane</name>
    <message>
        <location filename="../desk/PatientPane.qml" line="41" />
        <source>MRN %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="48" />
        <source>On the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="55" />
        <source>Book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="82" />
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
        <location filename="../desk/SearchPane.qml" line="133" />
        <source>Born %1 · %2 · MRN %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="134" />
        <source>no phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="156" />
        <source>Type a name, a birth date, a phone number or an MRN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="157" />
        <source>No patient matches.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message>
        <location filename="../desk/WorklistPane.qml" line="35" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="35" />
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="35" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="36" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="36" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="63" />
        <source>Appointments of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="166" />
        <source>No flagged patients on this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="167" />
        <source>No appointments on this day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>frontdesk::desk::DeskSession</name>
    <message>
        <location filename="../../desk/desk_session.cpp" line="170" />
        <source>choose a patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="172" />
        <source>the date must be YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="174" />
        <source>the time must be HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="175" />
        <source>the length must be 5 to 480 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="176" />
        <source>choose a provider</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>