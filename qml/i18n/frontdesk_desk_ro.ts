<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../desk/BookingDialog.qml" line="72" />
        <source>New appointment</source>
        <translation>Programare nouă</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="83" />
        <location filename="../desk/BookingDialog.qml" line="89" />
        <source>Patient (MRN)</source>
        <translation>Pacient (FO)</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="88" />
        <source>MRN</source>
        <translation>FO</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="97" />
        <location filename="../desk/BookingDialog.qml" line="103" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="106" />
        <location filename="../desk/BookingDialog.qml" line="113" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="116" />
        <location filename="../desk/BookingDialog.qml" line="123" />
        <source>Length (minutes)</source>
        <translation>Durata (minute)</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="126" />
        <location filename="../desk/BookingDialog.qml" line="133" />
        <source>Provider</source>
        <translation>Medic</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="136" />
        <location filename="../desk/BookingDialog.qml" line="141" />
        <source>Room</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="170" />
        <source>This time overlaps:</source>
        <translation>Ora se suprapune cu:</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="176" />
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="183" />
        <source>Book</source>
        <translation>Programează</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="192" />
        <source>Book anyway</source>
        <translation>Programează oricum</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <location filename="../desk/CallBanner.qml" line="32" />
        <source>Incoming call from %1 — unknown caller</source>
        <translation>Apel de la %1 — apelant necunoscut</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/CallBanner.qml" line="33" />
        <source>Incoming call from %1 — %n matching patient(s)</source>
        <translation><numerusform>Apel de la %1 — %n pacient găsit</numerusform><numerusform>Apel de la %1 — %n pacienți găsiți</numerusform><numerusform>Apel de la %1 — %n de pacienți găsiți</numerusform></translation>
    </message>
    <message>
        <location filename="../desk/CallBanner.qml" line="41" />
        <source>Close (Esc)</source>
        <translation>Închide (Esc)</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../desk/DeskBar.qml" line="37" />
        <source>Previous day</source>
        <translation>Ziua precedentă</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="39" />
        <source>Previous day (Alt+Left)</source>
        <translation>Ziua precedentă (Alt+Stânga)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="54" />
        <source>Next day</source>
        <translation>Ziua următoare</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="56" />
        <source>Next day (Alt+Right)</source>
        <translation>Ziua următoare (Alt+Dreapta)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="60" />
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="69" />
        <source>Flagged only (%1)</source>
        <translation>Doar semnalați (%1)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="77" />
        <source>New appointment</source>
        <translation>Programare nouă</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="87" />
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="92" />
        <source>The manager's reports and policy what-if (Ctrl+R)</source>
        <translation>Rapoartele managerului și simularea politicii (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="102" />
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="109" />
        <source>%1 · calls on port %2</source>
        <translation>%1 · apeluri pe portul %2</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="110" />
        <source>%1 · calls off</source>
        <translation>%1 · apeluri oprite</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <location filename="../desk/DeskTexts.qml" line="8" />
        <source>Small balance</source>
        <translation>Sold mic</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="9" />
        <source>Balance due</source>
        <translation>Sold de plată</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="10" />
        <source>Written off, collectable</source>
        <translation>Anulat, recuperabil</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="11" />
        <source>Credit: apply</source>
        <translation>Credit: de aplicat</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="12" />
        <source>Refund due</source>
        <translation>Rambursare datorată</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="13" />
        <source>Credit on file</source>
        <translation>Credit în cont</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="14" />
        <source>Unclaimed credit</source>
        <translation>Credit nerevendicat</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="20" />
        <source>Booked</source>
        <translation>Programat</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="23" />
        <source>Checked in</source>
        <translation>Check-in făcut</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="24" />
        <source>Seen</source>
        <translation>Consultat</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="25" />
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="26" />
        <source>No-show</source>
        <translation>Neprezentat</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../desk/DeskView.qml" line="93" />
        <source>Offline since %1. The worklist below is the last one read; nothing can be recorded until the clinic server answers again.</source>
        <translation>Fără conexiune de la %1. Lista de mai jos este ultima citită; nu se poate înregistra nimic până când serverul clinicii răspunde din nou.</translation>
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="128" />
        <source>Worklist (%1)</source>
        <translation>Lista zilei (%1)</translation>
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="152" />
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desk/Main.qml" line="22" />
        <source>Front Desk — %1</source>
        <translation>Front Desk — %1</translation>
    </message>
</context>
<context>
    <name>PatientPane</name>
    <message>
        <location filename="../desk/PatientPane.qml" line="43" />
        <source>MRN %1</source>
        <translation>FO %1</translation>
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="53" />
        <source>On the phone</source>
        <translation>La telefon</translation>
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="60" />
        <source>Book…</source>
        <translation>Programează…</translation>
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="88" />
        <source>Choose an appointment or search for a patient to see what to mention.</source>
        <translation>Alegeți o programare sau căutați un pacient pentru a vedea ce să menționați.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../desk/ReportsView.qml" line="62" />
        <source>◀ Desk</source>
        <translation>◀ Recepție</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="63" />
        <source>Back to the desk</source>
        <translation>Înapoi la recepție</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="73" />
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="79" />
        <source>First day of the period</source>
        <translation>Prima zi a perioadei</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="82" />
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="88" />
        <source>Last day of the period</source>
        <translation>Ultima zi a perioadei</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="93" />
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="108" />
        <source>Reading the report…</source>
        <translation>Se citește raportul…</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="119" />
        <source>PDF file to write</source>
        <translation>Fișierul PDF de scris</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="123" />
        <source>Export PDF</source>
        <translation>Exportă PDF</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="129" />
        <source>Saved %1</source>
        <translation>Salvat în %1</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../desk/SearchPane.qml" line="33" />
        <source>Name, birth date, phone or MRN</source>
        <translation>Nume, data nașterii, telefon sau FO</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="34" />
        <source>Search patients</source>
        <translation>Căutați pacienți</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="52" />
        <source>Showing the first %1 matches; type more to narrow.</source>
        <translation>Se afișează primele %1 rezultate; scrieți mai mult pentru a restrânge.</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="70" />
        <source>Matching patients</source>
        <translation>Pacienți găsiți</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="144" />
        <source>Born %1 · %2 · MRN %3</source>
        <translation>Născut(ă) %1 · %2 · FO %3</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="145" />
        <source>no phone</source>
        <translation>fără telefon</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="168" />
        <source>Type a name, a birth date, a phone number or an MRN.</source>
        <translation>Scrieți un nume, o dată de naștere, un telefon sau o FO.</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="169" />
        <source>No patient matches.</source>
        <translation>Niciun pacient găsit.</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="67" />
        <source>What if the policy changed?</source>
        <translation>Ce-ar fi dacă politica s-ar schimba?</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="74" />
        <source>Move a threshold to see what it would do to today's accounts. Nothing changes until a new policy file is put in place.</source>
        <translation>Mutați un prag pentru a vedea ce ar face conturilor de azi. Nimic nu se schimbă până când un nou fișier de politică nu este pus în folosință.</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="82" />
        <source>Small balance, up to</source>
        <translation>Sold mic, până la</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="89" />
        <source>Write off balances up to</source>
        <translation>Anulează solduri de până la</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="96" />
        <source>…once at least this old (days)</source>
        <translation>…vechi de cel puțin (zile)</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="103" />
        <source>…and reminded at least (times)</source>
        <translation>…și amintite de cel puțin (ori)</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="123" />
        <source>What the policy would do</source>
        <translation>Ce ar face politica</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="125" />
        <source>Now</source>
        <translation>Acum</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="126" />
        <source>With these</source>
        <translation>Cu acestea</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="175" />
        <source>Save as a new policy file</source>
        <translation>Salvează ca fișier nou de politică</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="178" />
        <source>Written to %1. Review it, then put it in place of policy.toml to use it.</source>
        <translation>Scris în %1. Verificați-l, apoi puneți-l în locul lui policy.toml pentru a-l folosi.</translation>
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message>
        <location filename="../desk/WorklistPane.qml" line="125" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="131" />
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="138" />
        <source>Provider</source>
        <translation>Medic</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="145" />
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="152" />
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="170" />
        <source>Appointments of the day</source>
        <translation>Programările zilei</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="309" />
        <source>No flagged patients on this day.</source>
        <translation>Niciun pacient semnalat în această zi.</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="310" />
        <source>No appointments on this day.</source>
        <translation>Nicio programare în această zi.</translation>
    </message>
</context>
<context>
    <name>frontdesk::desk::DeskSession</name>
    <message>
        <location filename="../../desk/desk_session.cpp" line="165" />
        <source>choose a patient</source>
        <translation>alegeți un pacient</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="167" />
        <source>the date must be YYYY-MM-DD</source>
        <translation>data trebuie să fie AAAA-LL-ZZ</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="169" />
        <source>the time must be HH:MM</source>
        <translation>ora trebuie să fie HH:MM</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="172" />
        <source>the length must be 1 to 1440 minutes, not %1</source>
        <translation>durata trebuie să fie între 1 și 1440 de minute, nu %1</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="203" />
        <source>This patient already has an appointment %1–%2 with %3</source>
        <translation>Pacientul are deja o programare %1–%2 la %3</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="204" />
        <source>This patient already has an appointment %1–%2</source>
        <translation>Pacientul are deja o programare %1–%2</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="206" />
        <source>%1 already has an appointment %2–%3</source>
        <translation>%1 are deja o programare %2–%3</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="174" />
        <source>choose a provider</source>
        <translation>alegeți un medic</translation>
    </message>
</context>
<context>
    <name>frontdesk::desk::ReportsModel</name>
    <message>
        <location filename="../../desk/reports_model.cpp" line="123" />
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="145" />
        <source>The period's days must be YYYY-MM-DD.</source>
        <translation>Zilele perioadei trebuie să fie AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="153" />
        <location filename="../../desk/reports_model.cpp" line="168" />
        <location filename="../../desk/reports_model.cpp" line="197" />
        <source>A report is being read; wait for it.</source>
        <translation>Se citește un raport; așteptați.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="207" />
        <source>The period must end on or before today, and not before it begins.</source>
        <translation>Perioada trebuie să se încheie azi sau mai devreme, și nu înainte să înceapă.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="208" />
        <source>The report could not be read: %1</source>
        <translation>Raportul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="272" />
        <source>To send</source>
        <translation>De trimis</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="275" />
        <source>Suppressed: small balance</source>
        <translation>Omise: sold mic</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="278" />
        <source>Suppressed: written off</source>
        <translation>Omise: anulate</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="292" />
        <source>%1–%2 days</source>
        <translation>%1–%2 zile</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="293" />
        <source>over %1 days</source>
        <translation>peste %1 de zile</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="309" />
        <source>Apply at next visit</source>
        <translation>De aplicat la următoarea vizită</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="310" />
        <source>Refund due</source>
        <translation>Rambursare datorată</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="311" />
        <source>On file</source>
        <translation>În cont</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="312" />
        <source>Unclaimed property review</source>
        <translation>Verificare bunuri nerevendicate</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="330" />
        <source>Shown</source>
        <translation>Afișat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="331" />
        <source>Will pay at the desk</source>
        <translation>Va plăti la recepție</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="332" />
        <location filename="../../desk/reports_model.cpp" line="379" />
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="333" />
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="334" />
        <source>Disputed</source>
        <translation>Contestat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="335" />
        <source>Declined</source>
        <translation>Refuzat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="336" />
        <source>Not appropriate</source>
        <translation>Nepotrivit</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="337" />
        <source>Apply credit</source>
        <translation>Aplică creditul</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="338" />
        <source>Refund requested</source>
        <translation>Rambursare cerută</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="368" />
        <source>Reminders and small balances</source>
        <translation>Mementouri și solduri mici</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="369" />
        <source>Recovered by reminders (paid within 30 days, by channel)</source>
        <translation>Recuperat prin mementouri (plătit în 30 de zile, pe canal)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="370" />
        <source>Written off and recovered after write-off</source>
        <translation>Anulat și recuperat după anulare</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="371" />
        <source>Statements mailed and avoided, by month</source>
        <translation>Extrase trimise și evitate, pe luni</translation>
    </message>
    <message>
        <source>Statements avoided</source>
        <translation>Extrase evitate</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="372" />
        <source>Open patient balances by age (accounts)</source>
        <translation>Solduri deschise ale pacienților pe vechime (conturi)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="373" />
        <source>Credits owed to patients</source>
        <translation>Credite datorate pacienților</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="374" />
        <source>Reminders by staff member and outcome</source>
        <translation>Mementouri pe angajat și rezultat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="375" />
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="376" />
        <source>Kiosk</source>
        <translation>Chioșc</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="377" />
        <source>Desk</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="378" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="380" />
        <source>Patients reminded</source>
        <translation>Pacienți atenționați</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="381" />
        <source>Who paid</source>
        <translation>Au plătit</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="382" />
        <source>Written off</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="383" />
        <source>Recovered</source>
        <translation>Recuperat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="384" />
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="385" />
        <source>Statements</source>
        <translation>Extrase</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="386" />
        <source>Mailed</source>
        <translation>Trimise</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="387" />
        <source>Not mailed: small</source>
        <translation>Netrimise: mici</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="388" />
        <source>Not mailed: written off</source>
        <translation>Netrimise: anulate</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="389" />
        <source>Saved</source>
        <translation>Economisit</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="390" />
        <source>Saved so far</source>
        <translation>Economisit până acum</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="391" />
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="392" />
        <source>Owed</source>
        <translation>Datorat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="393" />
        <source>Oldest charge</source>
        <translation>Cea mai veche taxă</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="394" />
        <source>Small (up to %1)</source>
        <translation>Mici (până la %1)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="395" />
        <source>Larger</source>
        <translation>Mai mari</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="396" />
        <source>Accounts</source>
        <translation>Conturi</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="397" />
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="398" />
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="399" />
        <source>Staff</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="400" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="410" />
        <source>%1 of %2 patients reminded paid within 30 days (%3%), %4 in all.</source>
        <translation>%1 din %2 pacienți atenționați au plătit în 30 de zile (%3%), %4 în total.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="417" />
        <source>No statement run was recorded in this period ('frontdesk statements --record' records each mailing).</source>
        <translation>Nicio trimitere de extrase nu a fost înregistrată în această perioadă ('frontdesk statements --record' înregistrează fiecare trimitere).</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="419" />
        <source>Statement runs recorded: %1; not mailing %2 small or written-off balances saved %3.</source>
        <translation>Trimiteri înregistrate: %1; netrimiterea a %2 solduri mici sau anulate a economisit %3.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="425" />
        <source>A run on %1 would mail %2 statements (balances above %3) and hold back %4, saving %5.</source>
        <translation>O trimitere la %1 ar trimite %2 extrase (solduri de peste %3) și ar reține %4, economisind %5.</translation>
    </message>
    <message>
        <source>As of %1, statements go out for balances above %2; suppressing the others saves %3 in postage and time.</source>
        <translation>La %1, extrasele se trimit pentru solduri de peste %2; omiterea celorlalte economisește %3 la poștă și timp.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="432" />
        <source>Eligible for write-off today: %1 accounts, %2. Becoming eligible within 30 days if nothing changes: %3 accounts, %4.</source>
        <translation>De anulat azi: %1 conturi, %2. Vor putea fi anulate în 30 de zile dacă nu se schimbă nimic: %3 conturi, %4.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="498" />
        <source>Accounts eligible for write-off</source>
        <translation>Conturi de anulat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="500" />
        <source>Amount eligible for write-off</source>
        <translation>Sumă de anulat</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="501" />
        <source>Statements to send</source>
        <translation>Extrase de trimis</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="503" />
        <source>Their cost</source>
        <translation>Costul lor</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="504" />
        <source>Statements suppressed (small balance)</source>
        <translation>Extrase omise (sold mic)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="506" />
        <source>Patients staff are prompted about</source>
        <translation>Pacienți semnalați personalului</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="508" />
        <source>Credit accounts changing state</source>
        <translation>Conturi cu credit care își schimbă starea</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="515" />
        <source>Try a policy first.</source>
        <translation>Încercați întâi o politică.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="530" />
        <location filename="../../desk/reports_model.cpp" line="540" />
        <location filename="../../desk/report_pdf.cpp" line="335" />
        <location filename="../../desk/report_pdf.cpp" line="347" />
        <location filename="../../desk/report_pdf.cpp" line="350" />
        <location filename="../../desk/report_pdf.cpp" line="353" />
        <source>%1 could not be written: %2</source>
        <translation>%1 nu a putut fi scris: %2</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="547" />
        <source>Too many proposed policy files for today in %1.</source>
        <translation>Prea multe fișiere de politică propuse azi în %1.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="564" />
        <location filename="../../desk/report_pdf.cpp" line="330" />
        <source>Open a report first.</source>
        <translation>Deschideți întâi un raport.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="438" />
        <source>Refunds overdue: %1 (%2). Refunds due within 30 days: %3 (%4).</source>
        <translation>Rambursări restante: %1 (%2). Rambursări scadente în 30 de zile: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 nu a putut fi scris.</translation>
    </message>
    <message>
        <location filename="../../desk/report_pdf.cpp" line="331" />
        <source>Name the PDF file to write.</source>
        <translation>Dați un nume fișierului PDF de scris.</translation>
    </message>
</context>
</TS>