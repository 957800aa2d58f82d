#!/usr/bin/env python3
"""Fills the kiosk's .ts files from the phrase book below, after `update_translations`.

lupdate keeps the source texts of the QML in step; this script writes the Spanish and
Romanian product copy for each, so that the translations live in one reviewed place.
Usage: scripts/fill-translations.py qml/i18n/frontdesk_kiosk_*.ts
"""
import sys

PHRASES = {
    "Hi %1!": ("¡Hola, %1!", "Bună, %1!"),
    "%1 with %2": ("%1 con %2", "%1 cu %2"),
    "Check in": ("Registrarme", "Check-in"),
    "I'll pay at the desk": ("Pagaré en la recepción", "Plătesc la recepție"),
    "Not today": ("Hoy no", "Nu astăzi"),
    "OK": ("De acuerdo", "Bine"),
    "Apply it to today's visit": ("Aplicarlo a la visita de hoy",
                                  "Folosiți-l pentru vizita de azi"),
    "Refund it to me": ("Reembolsármelo", "Rambursați-mi-l"),
    "Decide later": ("Decidir más tarde", "Decid mai târziu"),
    "Date of birth": ("Fecha de nacimiento", "Data nașterii"),
    "month / day / year": ("mes / día / año", "lună / zi / an"),
    "day / month / year": ("día / mes / año", "zi / lună / an"),
    "Hi %1! Which appointment are you here for?": ("¡Hola, %1! ¿Para qué cita viene hoy?",
                                                   "Bună, %1! Pentru ce programare ați venit?"),
    "Are you still there? Starting over in %n second(s).": (
        ["¿Sigue ahí? Volvemos al inicio en %n segundo.",
         "¿Sigue ahí? Volvemos al inicio en %n segundos."],
        ["Mai sunteți aici? Revenim la început în %n secundă.",
         "Mai sunteți aici? Revenim la început în %n secunde.",
         "Mai sunteți aici? Revenim la început în %n de secunde."]),
    "I'm still here": ("Sigo aquí", "Sunt încă aici"),
    "You're checked in. Please have a seat.": ("Ya está registrado. Tome asiento, por favor.",
                                               "Check-in-ul este făcut. Vă rugăm să luați loc."),
    "Done": ("Listo", "Gata"),
    "Your date of birth": ("Su fecha de nacimiento", "Data dumneavoastră de naștere"),
    "Your appointment code": ("Su código de cita", "Codul programării"),
    "Your last name": ("Su apellido", "Numele dumneavoastră de familie"),
    "Last name": ("Apellido", "Nume de familie"),
    "Appointment code": ("Código de cita", "Codul programării"),
    "Type your last name": ("Escriba su apellido", "Scrieți numele de familie"),
    "Scan or type the code on your reminder": ("Escanee o escriba el código de su recordatorio",
                                               "Scanați sau scrieți codul de pe memento"),
    "Next": ("Siguiente", "Înainte"),
    "Continue": ("Continuar", "Continuă"),
    "Back": ("Atrás", "Înapoi"),
    "Please tap the first letter of your first name": (
        "Toque la primera letra de su nombre", "Atingeți prima literă a prenumelui"),
    "Erase": ("Borrar", "Șterge"),
    "We couldn't find your appointment. Please see the front desk.": (
        "No encontramos su cita. Por favor, acuda a la recepción.",
        "Nu am găsit programarea dumneavoastră. Vă rugăm să mergeți la recepție."),
    "Try again": ("Intentar de nuevo", "Încercați din nou"),
    "Please see the front desk, and we'll check you in there.": (
        "Por favor, acuda a la recepción y le registraremos allí.",
        "Vă rugăm să mergeți la recepție; vă vom face check-in acolo."),
    "Check-in is not available right now. Please see the front desk.": (
        "El registro no está disponible en este momento. Por favor, acuda a la recepción.",
        "Check-in-ul nu este disponibil acum. Vă rugăm să mergeți la recepție."),
    "Start over": ("Empezar de nuevo", "De la început"),
    "Welcome! Check in for your appointment here.": (
        "¡Bienvenido! Regístrese aquí para su cita.",
        "Bun venit! Faceți aici check-in pentru programare."),
    "Tap to check in": ("Toque para registrarse", "Atingeți pentru check-in"),
    "Normal text": ("Texto normal", "Text normal"),
    "Larger text": ("Texto más grande", "Text mai mare"),
    "Good news": ("Buenas noticias", "Vești bune"),
    "One more thing": ("Una cosa más", "Încă un lucru"),
    "About your account": ("Sobre su cuenta", "Despre contul dumneavoastră"),
    "You're already checked in, %1. Please have a seat.": (
        "Ya está registrado, %1. Tome asiento, por favor.",
        "Check-in-ul este deja făcut, %1. Vă rugăm să luați loc."),
    "Please type your last name": ("Escriba su apellido, por favor",
                                   "Vă rugăm să scrieți numele de familie"),
    "Please type or scan your appointment code": (
        "Escriba o escanee su código de cita, por favor",
        "Vă rugăm să scrieți sau să scanați codul programării"),
}


ENGLISH_PLURALS = {
    "Are you still there? Starting over in %n second(s).": [
        "Are you still there? Starting over in %n second.",
        "Are you still there? Starting over in %n seconds."],
}


if __name__ == "__main__":
    from ts_phrasebook import main
    sys.exit(main(sys.argv[1:], PHRASES, ENGLISH_PLURALS))
