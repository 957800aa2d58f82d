<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro">
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../kiosk/AppointmentScreen.qml" line="22" />
        <source>Hi %1!</source>
        <translation>Bună, %1!</translation>
    </message>
    <message>
        <location filename="../kiosk/AppointmentScreen.qml" line="35" />
        <source>%1 with %2</source>
        <translation>%1 cu %2</translation>
    </message>
    <message>
        <location filename="../kiosk/AppointmentScreen.qml" line="48" />
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="13" />
        <source>Good news</source>
        <translation>Vești bune</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="14" />
        <source>About your account</source>
        <translation>Despre contul dumneavoastră</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="15" />
        <source>One more thing</source>
        <translation>Încă un lucru</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="24" />
        <source>I'll pay at the desk</source>
        <translation>Plătesc la recepție</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="25" />
        <source>Not today</source>
        <translation>Nu astăzi</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="28" />
        <source>OK</source>
        <translation>Bine</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="26" />
        <source>Apply it to today's visit</source>
        <translation>Folosiți-l pentru vizita de azi</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="27" />
        <source>Refund it to me</source>
        <translation>Rambursați-mi-l</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="28" />
        <source>Decide later</source>
        <translation>Decid mai târziu</translation>
    </message>
</context>
<context>
    <name>BirthDateEntry</name>
    <message>
        <location filename="../kiosk/BirthDateEntry.qml" line="34" />
        <source>Date of birth</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <location filename="../kiosk/BirthDateEntry.qml" line="39" />
        <source>month / day / year</source>
        <translation>lună / zi / an</translation>
    </message>
    <message>
        <location filename="../kiosk/BirthDateEntry.qml" line="39" />
        <source>day / month / year</source>
        <translation>zi / lună / an</translation>
    </message>
</context>
<context>
    <name>BirthDateStep</name>
    <message>
        <location filename="../kiosk/BirthDateStep.qml" line="58" />
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <location filename="../kiosk/BirthDateStep.qml" line="69" />
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
<context>
    <name>ChooseAppointmentScreen</name>
    <message>
        <location filename="../kiosk/ChooseAppointmentScreen.qml" line="11" />
        <source>Hi %1! Which appointment are you here for?</source>
        <translation>Bună, %1! Pentru ce programare ați venit?</translation>
    </message>
    <message>
        <location filename="../kiosk/ChooseAppointmentScreen.qml" line="24" />
        <source>%1 with %2</source>
        <translation>%1 cu %2</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message numerus="yes">
        <location filename="../controls/CountdownBanner.qml" line="20" />
        <source>Are you still there? Starting over in %n second(s).</source>
        <translation><numerusform>Mai sunteți aici? Revenim la început în %n secundă.</numerusform><numerusform>Mai sunteți aici? Revenim la început în %n secunde.</numerusform><numerusform>Mai sunteți aici? Revenim la început în %n de secunde.</numerusform></translation>
    </message>
    <message>
        <location filename="../controls/CountdownBanner.qml" line="28" />
        <source>I'm still here</source>
        <translation>Sunt încă aici</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/DoneScreen.qml" line="20" />
        <source>You're checked in. Please have a seat.</source>
        <translation>Check-in-ul este făcut. Vă rugăm să luați loc.</translation>
    </message>
    <message>
        <location filename="../kiosk/DoneScreen.qml" line="34" />
        <source>Done</source>
        <translation>Gata</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../kiosk/IdentifyScreen.qml" line="13" />
        <source>Your date of birth</source>
        <translation>Data dumneavoastră de naștere</translation>
    </message>
    <message>
        <location filename="../kiosk/IdentifyScreen.qml" line="14" />
        <source>Your appointment code</source>
        <translation>Codul programării</translation>
    </message>
    <message>
        <location filename="../kiosk/IdentifyScreen.qml" line="14" />
        <source>Your last name</source>
        <translation>Numele dumneavoastră de familie</translation>
    </message>
</context>
<context>
    <name>InitialScreen</name>
    <message>
        <location filename="../kiosk/InitialScreen.qml" line="11" />
        <source>Please tap the first letter of your first name</source>
        <translation>Atingeți prima literă a prenumelui</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../controls/Keypad.qml" line="41" />
        <source>Erase</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../kiosk/KioskView.qml" line="53" />
        <source>We couldn't find your appointment. Please see the front desk.</source>
        <translation>Nu am găsit programarea dumneavoastră. Vă rugăm să mergeți la recepție.</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="54" />
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="64" />
        <source>Please see the front desk, and we'll check you in there.</source>
        <translation>Vă rugăm să mergeți la recepție; vă vom face check-in acolo.</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="73" />
        <source>You're already checked in, %1. Please have a seat.</source>
        <translation>Check-in-ul este deja făcut, %1. Vă rugăm să luați loc.</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="75" />
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="84" />
        <source>Check-in is not available right now. Please see the front desk.</source>
        <translation>Check-in-ul nu este disponibil acum. Vă rugăm să mergeți la recepție.</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <location filename="../kiosk/NameStep.qml" line="54" />
        <location filename="../kiosk/NameStep.qml" line="74" />
        <source>Last name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="62" />
        <location filename="../kiosk/NameStep.qml" line="85" />
        <source>Appointment code</source>
        <translation>Codul programării</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="72" />
        <source>Type your last name</source>
        <translation>Scrieți numele de familie</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="83" />
        <source>Scan or type the code on your reminder</source>
        <translation>Scanați sau scrieți codul de pe memento</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="96" />
        <source>Please type or scan your appointment code</source>
        <translation>Vă rugăm să scrieți sau să scanați codul programării</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="97" />
        <source>Please type your last name</source>
        <translation>Vă rugăm să scrieți numele de familie</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="113" />
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../controls/ScreenPage.qml" line="41" />
        <source>Start over</source>
        <translation>De la început</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="43" />
        <source>Welcome! Check in for your appointment here.</source>
        <translation>Bun venit! Faceți aici check-in pentru programare.</translation>
    </message>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="57" />
        <source>Tap to check in</source>
        <translation>Atingeți pentru check-in</translation>
    </message>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="80" />
        <source>Normal text</source>
        <translation>Text normal</translation>
    </message>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="80" />
        <source>Larger text</source>
        <translation>Text mai mare</translation>
    </message>
</context>
</TS>