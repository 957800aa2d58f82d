<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../desk/BookingDialog.qml" line="72" />
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="83" />
        <location filename="../desk/BookingDialog.qml" line="89" />
        <source>Patient (MRN)</source>
        <translation>Paciente (HC)</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="88" />
        <source>MRN</source>
        <translation>HC</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="97" />
        <location filename="../desk/BookingDialog.qml" line="103" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="106" />
        <location filename="../desk/BookingDialog.qml" line="113" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="116" />
        <location filename="../desk/BookingDialog.qml" line="123" />
        <source>Length (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="126" />
        <location filename="../desk/BookingDialog.qml" line="133" />
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="136" />
        <location filename="../desk/BookingDialog.qml" line="141" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="170" />
        <source>This time overlaps:</source>
        <translation>Esta hora coincide con:</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="176" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="183" />
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location filename="../desk/BookingDialog.qml" line="192" />
        <source>Book anyway</source>
        <translation>Reservar de todos modos</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <location filename="../desk/CallBanner.qml" line="32" />
        <source>Incoming call from %1 — unknown caller</source>
        <translation>Llamada de %1 — número desconocido</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk/CallBanner.qml" line="33" />
        <source>Incoming call from %1 — %n matching patient(s)</source>
        <translation><numerusform>Llamada de %1 — %n paciente coincide</numerusform><numerusform>Llamada de %1 — %n pacientes coinciden</numerusform></translation>
    </message>
    <message>
        <location filename="../desk/CallBanner.qml" line="41" />
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../desk/DeskBar.qml" line="37" />
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="39" />
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="54" />
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="56" />
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="60" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="69" />
        <source>Flagged only (%1)</source>
        <translation>Solo señalados (%1)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="77" />
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="87" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="92" />
        <source>The manager's reports and policy what-if (Ctrl+R)</source>
        <translation>Informes del gerente y simulación de la política (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="102" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="109" />
        <source>%1 · calls on port %2</source>
        <translation>%1 · llamadas en el puerto %2</translation>
    </message>
    <message>
        <location filename="../desk/DeskBar.qml" line="110" />
        <source>%1 · calls off</source>
        <translation>%1 · llamadas desactivadas</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <location filename="../desk/DeskTexts.qml" line="8" />
        <source>Small balance</source>
        <translation>Saldo pequeño</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="9" />
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="10" />
        <source>Written off, collectable</source>
        <translation>Condonado, cobrable</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="11" />
        <source>Credit: apply</source>
        <translation>Crédito: aplicar</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="12" />
        <source>Refund due</source>
        <translation>Reembolso pendiente</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="13" />
        <source>Credit on file</source>
        <translation>Crédito a favor</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="14" />
        <source>Unclaimed credit</source>
        <translation>Crédito no reclamado</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="20" />
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="23" />
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="24" />
        <source>Seen</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="25" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../desk/DeskTexts.qml" line="26" />
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <location filename="../desk/DeskView.qml" line="93" />
        <source>Offline since %1. The worklist below is the last one read; nothing can be recorded until the clinic server answers again.</source>
        <translation>Sin conexión desde las %1. La agenda de abajo es la última leída; no se puede registrar nada hasta que el servidor de la clínica vuelva a responder.</translation>
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="128" />
        <source>Worklist (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <location filename="../desk/DeskView.qml" line="152" />
        <source>Search</source>
        <translation>Buscar</translation>
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
        <translation>HC %1</translation>
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="53" />
        <source>On the phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="60" />
        <source>Book…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <location filename="../desk/PatientPane.qml" line="88" />
        <source>Choose an appointment or search for a patient to see what to mention.</source>
        <translation>Elija una cita o busque un paciente para ver qué mencionar.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../desk/ReportsView.qml" line="62" />
        <source>◀ Desk</source>
        <translation>◀ Recepción</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="63" />
        <source>Back to the desk</source>
        <translation>Volver a la recepción</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="73" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="79" />
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="82" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="88" />
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="93" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="108" />
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="119" />
        <source>PDF file to write</source>
        <translation>Archivo PDF que se escribirá</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="123" />
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../desk/ReportsView.qml" line="129" />
        <source>Saved %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../desk/SearchPane.qml" line="33" />
        <source>Name, birth date, phone or MRN</source>
        <translation>Nombre, fecha de nacimiento, teléfono o HC</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="34" />
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="52" />
        <source>Showing the first %1 matches; type more to narrow.</source>
        <translation>Se muestran los primeros %1; escriba más para afinar.</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="70" />
        <source>Matching patients</source>
        <translation>Pacientes que coinciden</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="144" />
        <source>Born %1 · %2 · MRN %3</source>
        <translation>Nació el %1 · %2 · HC %3</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="145" />
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="168" />
        <source>Type a name, a birth date, a phone number or an MRN.</source>
        <translation>Escriba un nombre, una fecha de nacimiento, un teléfono o una HC.</translation>
    </message>
    <message>
        <location filename="../desk/SearchPane.qml" line="169" />
        <source>No patient matches.</source>
        <translation>Ningún paciente coincide.</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="67" />
        <source>What if the policy changed?</source>
        <translation>¿Y si cambiara la política?</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="74" />
        <source>Move a threshold to see what it would do to today's accounts. Nothing changes until a new policy file is put in place.</source>
        <translation>Mueva un umbral para ver qué haría con las cuentas de hoy. Nada cambia hasta que se ponga en uso un nuevo archivo de política.</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="82" />
        <source>Small balance, up to</source>
        <translation>Saldo pequeño, hasta</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="89" />
        <source>Write off balances up to</source>
        <translation>Condonar saldos de hasta</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="96" />
        <source>…once at least this old (days)</source>
        <translation>…con al menos esta antigüedad (días)</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="103" />
        <source>…and reminded at least (times)</source>
        <translation>…y recordados al menos (veces)</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="123" />
        <source>What the policy would do</source>
        <translation>Lo que haría la política</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="125" />
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="126" />
        <source>With these</source>
        <translation>Con estos</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="175" />
        <source>Save as a new policy file</source>
        <translation>Guardar como nuevo archivo de política</translation>
    </message>
    <message>
        <location filename="../desk/WhatIfPanel.qml" line="178" />
        <source>Written to %1. Review it, then put it in place of policy.toml to use it.</source>
        <translation>Escrito en %1. Revíselo y póngalo en lugar de policy.toml para usarlo.</translation>
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message>
        <location filename="../desk/WorklistPane.qml" line="125" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="131" />
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="138" />
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="145" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="152" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="170" />
        <source>Appointments of the day</source>
        <translation>Citas del día</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="309" />
        <source>No flagged patients on this day.</source>
        <translation>No hay pacientes señalados este día.</translation>
    </message>
    <message>
        <location filename="../desk/WorklistPane.qml" line="310" />
        <source>No appointments on this day.</source>
        <translation>No hay citas este día.</translation>
    </message>
</context>
<context>
    <name>frontdesk::desk::DeskSession</name>
    <message>
        <location filename="../../desk/desk_session.cpp" line="165" />
        <source>choose a patient</source>
        <translation>elija un paciente</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="167" />
        <source>the date must be YYYY-MM-DD</source>
        <translation>la fecha debe ser AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="169" />
        <source>the time must be HH:MM</source>
        <translation>la hora debe ser HH:MM</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="172" />
        <source>the length must be 1 to 1440 minutes, not %1</source>
        <translation>la duración debe ser de 1 a 1440 minutos, no %1</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="203" />
        <source>This patient already has an appointment %1–%2 with %3</source>
        <translation>Este paciente ya tiene una cita %1–%2 con %3</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="204" />
        <source>This patient already has an appointment %1–%2</source>
        <translation>Este paciente ya tiene una cita %1–%2</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="206" />
        <source>%1 already has an appointment %2–%3</source>
        <translation>%1 ya tiene una cita %2–%3</translation>
    </message>
    <message>
        <location filename="../../desk/desk_session.cpp" line="174" />
        <source>choose a provider</source>
        <translation>elija un profesional</translation>
    </message>
</context>
<context>
    <name>frontdesk::desk::ReportsModel</name>
    <message>
        <location filename="../../desk/reports_model.cpp" line="123" />
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="145" />
        <source>The period's days must be YYYY-MM-DD.</source>
        <translation>Los días del período deben ser AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="153" />
        <location filename="../../desk/reports_model.cpp" line="168" />
        <location filename="../../desk/reports_model.cpp" line="197" />
        <source>A report is being read; wait for it.</source>
        <translation>Se está leyendo un informe; espere.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="207" />
        <source>The period must end on or before today, and not before it begins.</source>
        <translation>El período debe terminar hoy o antes, y no antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="208" />
        <source>The report could not be read: %1</source>
        <translation>No se pudo leer el informe: %1</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="272" />
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="275" />
        <source>Suppressed: small balance</source>
        <translation>Omitidos: saldo pequeño</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="278" />
        <source>Suppressed: written off</source>
        <translation>Omitidos: condonados</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="292" />
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="293" />
        <source>over %1 days</source>
        <translation>más de %1 días</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="309" />
        <source>Apply at next visit</source>
        <translation>Aplicar en la próxima visita</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="310" />
        <source>Refund due</source>
        <translation>Reembolso pendiente</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="311" />
        <source>On file</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="312" />
        <source>Unclaimed property review</source>
        <translation>Revisión de bienes no reclamados</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="330" />
        <source>Shown</source>
        <translation>Mostrado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="331" />
        <source>Will pay at the desk</source>
        <translation>Pagará en recepción</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="332" />
        <location filename="../../desk/reports_model.cpp" line="379" />
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="333" />
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="334" />
        <source>Disputed</source>
        <translation>Disputado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="335" />
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="336" />
        <source>Not appropriate</source>
        <translation>No procede</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="337" />
        <source>Apply credit</source>
        <translation>Aplicar crédito</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="338" />
        <source>Refund requested</source>
        <translation>Reembolso solicitado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="368" />
        <source>Reminders and small balances</source>
        <translation>Recordatorios y saldos pequeños</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="369" />
        <source>Recovered by reminders (paid within 30 days, by channel)</source>
        <translation>Recuperado con recordatorios (pagado en 30 días, por canal)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="370" />
        <source>Written off and recovered after write-off</source>
        <translation>Condonado y recuperado después de condonar</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="371" />
        <source>Statements mailed and avoided, by month</source>
        <translation>Estados de cuenta enviados y evitados, por mes</translation>
    </message>
    <message>
        <source>Statements avoided</source>
        <translation>Estados de cuenta evitados</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="372" />
        <source>Open patient balances by age (accounts)</source>
        <translation>Saldos abiertos de pacientes por antigüedad (cuentas)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="373" />
        <source>Credits owed to patients</source>
        <translation>Créditos que se deben a pacientes</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="374" />
        <source>Reminders by staff member and outcome</source>
        <translation>Recordatorios por empleado y resultado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="375" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="376" />
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="377" />
        <source>Desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="378" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="380" />
        <source>Patients reminded</source>
        <translation>Pacientes avisados</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="381" />
        <source>Who paid</source>
        <translation>Pagaron</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="382" />
        <source>Written off</source>
        <translation>Condonado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="383" />
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="384" />
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="385" />
        <source>Statements</source>
        <translation>Estados de cuenta</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="386" />
        <source>Mailed</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="387" />
        <source>Not mailed: small</source>
        <translation>No enviados: pequeños</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="388" />
        <source>Not mailed: written off</source>
        <translation>No enviados: condonados</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="389" />
        <source>Saved</source>
        <translation>Ahorrado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="390" />
        <source>Saved so far</source>
        <translation>Ahorrado hasta ahora</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="391" />
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="392" />
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="393" />
        <source>Oldest charge</source>
        <translation>Cargo más antiguo</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="394" />
        <source>Small (up to %1)</source>
        <translation>Pequeños (hasta %1)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="395" />
        <source>Larger</source>
        <translation>Mayores</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="396" />
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="397" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="398" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="399" />
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="400" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="410" />
        <source>%1 of %2 patients reminded paid within 30 days (%3%), %4 in all.</source>
        <translation>%1 de %2 pacientes avisados pagaron en 30 días (%3%), %4 en total.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="417" />
        <source>No statement run was recorded in this period ('frontdesk statements --record' records each mailing).</source>
        <translation>No se registró ningún envío de estados de cuenta en este período ('frontdesk statements --record' registra cada envío).</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="419" />
        <source>Statement runs recorded: %1; not mailing %2 small or written-off balances saved %3.</source>
        <translation>Envíos registrados: %1; no enviar %2 saldos pequeños o condonados ahorró %3.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="425" />
        <source>A run on %1 would mail %2 statements (balances above %3) and hold back %4, saving %5.</source>
        <translation>Un envío el %1 mandaría %2 estados de cuenta (saldos de más de %3) y retendría %4, ahorrando %5.</translation>
    </message>
    <message>
        <source>As of %1, statements go out for balances above %2; suppressing the others saves %3 in postage and time.</source>
        <translation>Al %1, se envían estados de cuenta para saldos de más de %2; omitir los demás ahorra %3 en franqueo y tiempo.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="432" />
        <source>Eligible for write-off today: %1 accounts, %2. Becoming eligible within 30 days if nothing changes: %3 accounts, %4.</source>
        <translation>Condonables hoy: %1 cuentas, %2. Lo serán en 30 días si nada cambia: %3 cuentas, %4.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="498" />
        <source>Accounts eligible for write-off</source>
        <translation>Cuentas condonables</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="500" />
        <source>Amount eligible for write-off</source>
        <translation>Importe condonable</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="501" />
        <source>Statements to send</source>
        <translation>Estados de cuenta por enviar</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="503" />
        <source>Their cost</source>
        <translation>Su costo</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="504" />
        <source>Statements suppressed (small balance)</source>
        <translation>Estados omitidos (saldo pequeño)</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="506" />
        <source>Patients staff are prompted about</source>
        <translation>Pacientes señalados al personal</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="508" />
        <source>Credit accounts changing state</source>
        <translation>Cuentas con crédito que cambian de estado</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="515" />
        <source>Try a policy first.</source>
        <translation>Pruebe primero una política.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="530" />
        <location filename="../../desk/reports_model.cpp" line="540" />
        <location filename="../../desk/report_pdf.cpp" line="335" />
        <location filename="../../desk/report_pdf.cpp" line="347" />
        <location filename="../../desk/report_pdf.cpp" line="350" />
        <location filename="../../desk/report_pdf.cpp" line="353" />
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="547" />
        <source>Too many proposed policy files for today in %1.</source>
        <translation>Demasiados archivos de política propuestos hoy en %1.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="564" />
        <location filename="../../desk/report_pdf.cpp" line="330" />
        <source>Open a report first.</source>
        <translation>Abra primero un informe.</translation>
    </message>
    <message>
        <location filename="../../desk/reports_model.cpp" line="438" />
        <source>Refunds overdue: %1 (%2). Refunds due within 30 days: %3 (%4).</source>
        <translation>Reembolsos vencidos: %1 (%2). Reembolsos que vencen en 30 días: %3 (%4).</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location filename="../../desk/report_pdf.cpp" line="331" />
        <source>Name the PDF file to write.</source>
        <translation>Indique el nombre del archivo PDF que se escribirá.</translation>
    </message>
</context>
</TS>