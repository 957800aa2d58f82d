#!/usr/bin/env python3
"""Fills the desk panel's .ts files (qml/i18n/frontdesk_desk_*.ts) from the phrase book below,
with the shared code of scripts/ts_phrasebook.py, after lupdate has brought
their source texts up to date (`cmake --build <dir> --target frontdesk-desk_lupdate`).
Usage: scripts/fill-desk-translations.py qml/i18n/frontdesk_desk_*.ts
"""
import sys

PHRASES = {
    "%1 · calls off": ("%1 · llamadas desactivadas", "%1 · apeluri oprite"),
    "%1 · calls on port %2": ("%1 · llamadas en el puerto %2", "%1 · apeluri pe portul %2"),
    "Appointments of the day": ("Citas del día", "Programările zilei"),
    "Balance": ("Saldo", "Sold"),
    "Balance due": ("Saldo pendiente", "Sold de plată"),
    "%1 already has an appointment %2–%3": ("%1 ya tiene una cita %2–%3",
                                            "%1 are deja o programare %2–%3"),
    "Book": ("Reservar", "Programează"),
    "Book anyway": ("Reservar de todos modos", "Programează oricum"),
    "Booked": ("Reservada", "Programat"),
    "Book…": ("Reservar…", "Programează…"),
    "Born %1 · %2 · MRN %3": ("Nació el %1 · %2 · HC %3", "Născut(ă) %1 · %2 · FO %3"),
    "Cancel": ("Cancelar", "Anulează"),
    "Cancelled": ("Cancelada", "Anulat"),
    "Checked in": ("Registrado", "Check-in făcut"),
    "Choose an appointment or search for a patient to see what to mention.": (
        "Elija una cita o busque un paciente para ver qué mencionar.",
        "Alegeți o programare sau căutați un pacient pentru a vedea ce să menționați."),
    "Close (Esc)": ("Cerrar (Esc)", "Închide (Esc)"),
    "Credit on file": ("Crédito a favor", "Credit în cont"),
    "Credit: apply": ("Crédito: aplicar", "Credit: de aplicat"),
    "Date": ("Fecha", "Data"),
    "Flagged only (%1)": ("Solo señalados (%1)", "Doar semnalați (%1)"),
    "Front Desk — %1": ("Front Desk — %1", "Front Desk — %1"),
    "Incoming call from %1 — %n matching patient(s)": (
        ["Llamada de %1 — %n paciente coincide", "Llamada de %1 — %n pacientes coinciden"],
        ["Apel de la %1 — %n pacient găsit", "Apel de la %1 — %n pacienți găsiți",
         "Apel de la %1 — %n de pacienți găsiți"]),
    "Incoming call from %1 — unknown caller": ("Llamada de %1 — número desconocido",
                                               "Apel de la %1 — apelant necunoscut"),
    "Language": ("Idioma", "Limba"),
    "Length (minutes)": ("Duración (minutos)", "Durata (minute)"),
    "MRN": ("HC", "FO"),
    "MRN %1": ("HC %1", "FO %1"),
    "Matching patients": ("Pacientes que coinciden", "Pacienți găsiți"),
    "Name, birth date, phone or MRN": ("Nombre, fecha de nacimiento, teléfono o HC",
                                       "Nume, data nașterii, telefon sau FO"),
    "New appointment": ("Nueva cita", "Programare nouă"),
    "Next day": ("Día siguiente", "Ziua următoare"),
    "Next day (Alt+Right)": ("Día siguiente (Alt+Derecha)", "Ziua următoare (Alt+Dreapta)"),
    "No appointments on this day.": ("No hay citas este día.", "Nicio programare în această zi."),
    "No flagged patients on this day.": ("No hay pacientes señalados este día.",
                                         "Niciun pacient semnalat în această zi."),
    "No patient matches.": ("Ningún paciente coincide.", "Niciun pacient găsit."),
    "No-show": ("No se presentó", "Neprezentat"),
    "On the phone": ("Por teléfono", "La telefon"),
    "Patient": ("Paciente", "Pacient"),
    "Patient (MRN)": ("Paciente (HC)", "Pacient (FO)"),
    "Previous day": ("Día anterior", "Ziua precedentă"),
    "Previous day (Alt+Left)": ("Día anterior (Alt+Izquierda)", "Ziua precedentă (Alt+Stânga)"),
    "Provider": ("Profesional", "Medic"),
    "Refund due": ("Reembolso pendiente", "Rambursare datorată"),
    "Room": ("Sala", "Cabinet"),
    "Search": ("Buscar", "Căutare"),
    "Search patients": ("Buscar pacientes", "Căutați pacienți"),
    "Seen": ("Atendido", "Consultat"),
    "Showing the first %1 matches; type more to narrow.": (
        "Se muestran los primeros %1; escriba más para afinar.",
        "Se afișează primele %1 rezultate; scrieți mai mult pentru a restrânge."),
    "Small balance": ("Saldo pequeño", "Sold mic"),
    "Status": ("Estado", "Stare"),
    "Time": ("Hora", "Ora"),
    "Today": ("Hoy", "Azi"),
    "Type a name, a birth date, a phone number or an MRN.": (
        "Escriba un nombre, una fecha de nacimiento, un teléfono o una HC.",
        "Scrieți un nume, o dată de naștere, un telefon sau o FO."),
    "Unclaimed credit": ("Crédito no reclamado", "Credit nerevendicat"),
    "Worklist (%1)": ("Agenda (%1)", "Lista zilei (%1)"),
    "Offline since %1. The worklist below is the last one read; nothing can be recorded until "
    "the clinic server answers again.": (
        "Sin conexión desde las %1. La agenda de abajo es la última leída; no se puede registrar "
        "nada hasta que el servidor de la clínica vuelva a responder.",
        "Fără conexiune de la %1. Lista de mai jos este ultima citită; nu se poate înregistra "
        "nimic până când serverul clinicii răspunde din nou."),
    "This patient already has an appointment %1–%2": ("Este paciente ya tiene una cita %1–%2",
                                                      "Pacientul are deja o programare %1–%2"),
    "This patient already has an appointment %1–%2 with %3": (
        "Este paciente ya tiene una cita %1–%2 con %3", "Pacientul are deja o programare %1–%2 la %3"),
    "This time overlaps:": ("Esta hora coincide con:", "Ora se suprapune cu:"),
    "Written off, collectable": ("Condonado, cobrable", "Anulat, recuperabil"),
    "the length must be 1 to 1440 minutes, not %1": (
        "la duración debe ser de 1 a 1440 minutos, no %1",
        "durata trebuie să fie între 1 și 1440 de minute, nu %1"),
    "choose a patient": ("elija un paciente", "alegeți un pacient"),
    "choose a provider": ("elija un profesional", "alegeți un medic"),
    "no phone": ("sin teléfono", "fără telefon"),
    "the date must be YYYY-MM-DD": ("la fecha debe ser AAAA-MM-DD", "data trebuie să fie AAAA-LL-ZZ"),
    "the time must be HH:MM": ("la hora debe ser HH:MM", "ora trebuie să fie HH:MM"),
    # the manager's Reports view (ReportsView.qml, WhatIfPanel.qml, reports_model.cpp)
    "Reports": ("Informes", "Rapoarte"),
    "The manager's reports and policy what-if (Ctrl+R)": (
        "Informes del gerente y simulación de la política (Ctrl+R)",
        "Rapoartele managerului și simularea politicii (Ctrl+R)"),
    "◀ Desk": ("◀ Recepción", "◀ Recepție"),
    "Back to the desk": ("Volver a la recepción", "Înapoi la recepție"),
    "From": ("Desde", "De la"),
    "First day of the period": ("Primer día del período", "Prima zi a perioadei"),
    "to": ("hasta", "până la"),
    "Last day of the period": ("Último día del período", "Ultima zi a perioadei"),
    "Show": ("Mostrar", "Arată"),
    "PDF file to write": ("Archivo PDF que se escribirá", "Fișierul PDF de scris"),
    "Export PDF": ("Exportar PDF", "Exportă PDF"),
    "Saved %1": ("Guardado en %1", "Salvat în %1"),
    "What if the policy changed?": ("¿Y si cambiara la política?", "Ce-ar fi dacă politica s-ar schimba?"),
    "Move a threshold to see what it would do to today's accounts. Nothing changes until a new policy file is put in place.": (
        "Mueva un umbral para ver qué haría con las cuentas de hoy. Nada cambia hasta que se "
        "ponga en uso un nuevo archivo de política.",
        "Mutați un prag pentru a vedea ce ar face conturilor de azi. Nimic nu se schimbă până "
        "când un nou fișier de politică nu este pus în folosință."),
    "Small balance, up to": ("Saldo pequeño, hasta", "Sold mic, până la"),
    "Write off balances up to": ("Condonar saldos de hasta", "Anulează solduri de până la"),
    "…once at least this old (days)": ("…con al menos esta antigüedad (días)",
                                       "…vechi de cel puțin (zile)"),
    "…and reminded at least (times)": ("…y recordados al menos (veces)",
                                       "…și amintite de cel puțin (ori)"),
    "What the policy would do": ("Lo que haría la política", "Ce ar face politica"),
    "Now": ("Ahora", "Acum"),
    "With these": ("Con estos", "Cu acestea"),
    "Save as a new policy file": ("Guardar como nuevo archivo de política",
                                  "Salvează ca fișier nou de politică"),
    "Written to %1. Review it, then put it in place of policy.toml to use it.": (
        "Escrito en %1. Revíselo y póngalo en lugar de policy.toml para usarlo.",
        "Scris în %1. Verificați-l, apoi puneți-l în locul lui policy.toml pentru a-l folosi."),
    "%1 to %2": ("%1 a %2", "%1 – %2"),
    "The period's days must be YYYY-MM-DD.": ("Los días del período deben ser AAAA-MM-DD.",
                                              "Zilele perioadei trebuie să fie AAAA-LL-ZZ."),
    "The period must end on or before today, and not before it begins.": (
        "El período debe terminar hoy o antes, y no antes de empezar.",
        "Perioada trebuie să se încheie azi sau mai devreme, și nu înainte să înceapă."),
    "The report could not be read: %1": ("No se pudo leer el informe: %1",
                                         "Raportul nu a putut fi citit: %1"),
    "To send": ("Por enviar", "De trimis"),
    "Suppressed: small balance": ("Omitidos: saldo pequeño", "Omise: sold mic"),
    "Suppressed: written off": ("Omitidos: condonados", "Omise: anulate"),
    "%1–%2 days": ("%1–%2 días", "%1–%2 zile"),
    "over %1 days": ("más de %1 días", "peste %1 de zile"),
    "Apply at next visit": ("Aplicar en la próxima visita", "De aplicat la următoarea vizită"),
    "On file": ("A favor", "În cont"),
    "Unclaimed property review": ("Revisión de bienes no reclamados",
                                  "Verificare bunuri nerevendicate"),
    "Shown": ("Mostrado", "Afișat"),
    "Will pay at the desk": ("Pagará en recepción", "Va plăti la recepție"),
    "Paid": ("Pagado", "Plătit"),
    "Promised": ("Prometido", "Promis"),
    "Disputed": ("Disputado", "Contestat"),
    "Declined": ("Rechazado", "Refuzat"),
    "Not appropriate": ("No procede", "Nepotrivit"),
    "Apply credit": ("Aplicar crédito", "Aplică creditul"),
    "Refund requested": ("Reembolso solicitado", "Rambursare cerută"),
    "Reminders and small balances": ("Recordatorios y saldos pequeños", "Mementouri și solduri mici"),
    "Recovered by reminders (paid within 30 days, by channel)": (
        "Recuperado con recordatorios (pagado en 30 días, por canal)",
        "Recuperat prin mementouri (plătit în 30 de zile, pe canal)"),
    "Written off and recovered after write-off": ("Condonado y recuperado después de condonar",
                                                  "Anulat și recuperat după anulare"),
    "Statements avoided": ("Estados de cuenta evitados", "Extrase evitate"),
    "Statements mailed and avoided, by month": ("Estados de cuenta enviados y evitados, por mes",
                                                "Extrase trimise și evitate, pe luni"),
    "Mailed": ("Enviados", "Trimise"),
    "Name the PDF file to write.": ("Indique el nombre del archivo PDF que se escribirá.",
                                    "Dați un nume fișierului PDF de scris."),
    "Not mailed: small": ("No enviados: pequeños", "Netrimise: mici"),
    "Not mailed: written off": ("No enviados: condonados", "Netrimise: anulate"),
    "Saved": ("Ahorrado", "Economisit"),
    "Saved so far": ("Ahorrado hasta ahora", "Economisit până acum"),
    "No statement run was recorded in this period ('frontdesk statements --record' records each mailing).": (
        "No se registró ningún envío de estados de cuenta en este período ('frontdesk statements "
        "--record' registra cada envío).",
        "Nicio trimitere de extrase nu a fost înregistrată în această perioadă ('frontdesk "
        "statements --record' înregistrează fiecare trimitere)."),
    "Statement runs recorded: %1; not mailing %2 small or written-off balances saved %3.": (
        "Envíos registrados: %1; no enviar %2 saldos pequeños o condonados ahorró %3.",
        "Trimiteri înregistrate: %1; netrimiterea a %2 solduri mici sau anulate a economisit %3."),
    "A run on %1 would mail %2 statements (balances above %3) and hold back %4, saving %5.": (
        "Un envío el %1 mandaría %2 estados de cuenta (saldos de más de %3) y retendría %4, "
        "ahorrando %5.",
        "O trimitere la %1 ar trimite %2 extrase (solduri de peste %3) și ar reține %4, "
        "economisind %5."),
    "Open patient balances by age (accounts)": ("Saldos abiertos de pacientes por antigüedad (cuentas)",
                                                "Solduri deschise ale pacienților pe vechime (conturi)"),
    "Credits owed to patients": ("Créditos que se deben a pacientes", "Credite datorate pacienților"),
    "Reminders by staff member and outcome": ("Recordatorios por empleado y resultado",
                                              "Mementouri pe angajat și rezultat"),
    "Month": ("Mes", "Luna"),
    "Kiosk": ("Quiosco", "Chioșc"),
    "Desk": ("Recepción", "Recepție"),
    "Phone": ("Teléfono", "Telefon"),
    "Patients reminded": ("Pacientes avisados", "Pacienți atenționați"),
    "Who paid": ("Pagaron", "Au plătit"),
    "Written off": ("Condonado", "Anulat"),
    "Recovered": ("Recuperado", "Recuperat"),
    "Net": ("Neto", "Net"),
    "Statements": ("Estados de cuenta", "Extrase"),
    "Count": ("Cantidad", "Număr"),
    "Owed": ("Adeudado", "Datorat"),
    "Oldest charge": ("Cargo más antiguo", "Cea mai veche taxă"),
    "Small (up to %1)": ("Pequeños (hasta %1)", "Mici (până la %1)"),
    "Larger": ("Mayores", "Mai mari"),
    "Accounts": ("Cuentas", "Conturi"),
    "State": ("Estado", "Stare"),
    "Amount": ("Importe", "Sumă"),
    "Staff": ("Empleado", "Angajat"),
    "Total": ("Total", "Total"),
    "%1 of %2 patients reminded paid within 30 days (%3%), %4 in all.": (
        "%1 de %2 pacientes avisados pagaron en 30 días (%3%), %4 en total.",
        "%1 din %2 pacienți atenționați au plătit în 30 de zile (%3%), %4 în total."),
    "As of %1, statements go out for balances above %2; suppressing the others saves %3 in postage and time.": (
        "Al %1, se envían estados de cuenta para saldos de más de %2; omitir los demás ahorra "
        "%3 en franqueo y tiempo.",
        "La %1, extrasele se trimit pentru solduri de peste %2; omiterea celorlalte economisește "
        "%3 la poștă și timp."),
    "Eligible for write-off today: %1 accounts, %2. Becoming eligible within 30 days if nothing changes: %3 accounts, %4.": (
        "Condonables hoy: %1 cuentas, %2. Lo serán en 30 días si nada cambia: %3 cuentas, %4.",
        "De anulat azi: %1 conturi, %2. Vor putea fi anulate în 30 de zile dacă nu se schimbă "
        "nimic: %3 conturi, %4."),
    "Accounts eligible for write-off": ("Cuentas condonables", "Conturi de anulat"),
    "Amount eligible for write-off": ("Importe condonable", "Sumă de anulat"),
    "Statements to send": ("Estados de cuenta por enviar", "Extrase de trimis"),
    "Their cost": ("Su costo", "Costul lor"),
    "Statements suppressed (small balance)": ("Estados omitidos (saldo pequeño)",
                                              "Extrase omise (sold mic)"),
    "Patients staff are prompted about": ("Pacientes señalados al personal",
                                          "Pacienți semnalați personalului"),
    "Credit accounts changing state": ("Cuentas con crédito que cambian de estado",
                                       "Conturi cu credit care își schimbă starea"),
    "Try a policy first.": ("Pruebe primero una política.", "Încercați întâi o politică."),
    "%1 could not be written: %2": ("No se pudo escribir %1: %2", "%1 nu a putut fi scris: %2"),
    "Too many proposed policy files for today in %1.": (
        "Demasiados archivos de política propuestos hoy en %1.",
        "Prea multe fișiere de politică propuse azi în %1."),
    "Open a report first.": ("Abra primero un informe.", "Deschideți întâi un raport."),
    "Refunds overdue: %1 (%2). Refunds due within 30 days: %3 (%4).": (
        "Reembolsos vencidos: %1 (%2). Reembolsos que vencen en 30 días: %3 (%4).",
        "Rambursări restante: %1 (%2). Rambursări scadente în 30 de zile: %3 (%4)."),
    "%1 could not be written.": ("No se pudo escribir %1.", "%1 nu a putut fi scris."),
}

ENGLISH_PLURALS = {
    "Incoming call from %1 — %n matching patient(s)": [
        "Incoming call from %1 — %n matching patient", "Incoming call from %1 — %n matching patients"],
}

if __name__ == "__main__":
    from ts_phrasebook import main
    sys.exit(main(sys.argv[1:], PHRASES, ENGLISH_PLURALS))
