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
}

ENGLISH_PLURALS = {
    "Incoming call from %1 — %n matching patient(s)": [
        "Incoming call from %1 — %n matching patient", "Incoming call from %1 — %n matching patients"],
}

if __name__ == "__main__":
    from ts_phrasebook import main
    sys.exit(main(sys.argv[1:], PHRASES, ENGLISH_PLURALS))
