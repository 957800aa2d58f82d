#!/usr/bin/env python3
"""Fills the BalancePrompt component's .ts files from the phrase book below.

The sibling of fill-translations.py (the kiosk's) for FrontDesk.Prompt: after
`cmake --build <dir> --target update_translations` has brought the source texts of
qml/prompt/ up to date, this writes the Spanish and Romanian staff copy for each, and the
English plural forms, so that the translations live in one reviewed place. The outcome and
state words follow the core's scripts (shared/src/script.cpp).
Usage: scripts/fill-prompt-translations.py qml/i18n/frontdesk_prompt_*.ts
"""
import sys

PHRASES = {
    # BalancePrompt
    "Balance prompt": ("Aviso de saldo", "Mesaj despre sold"),
    "Still collectable": ("Aún cobrable", "Încă de încasat"),
    "Credit": ("Crédito", "Credit"),
    "Balance": ("Saldo", "Sold"),
    "Reminded today — next reminder from %1": (
        "Recordado hoy — próximo recordatorio a partir del %1",
        "Amintit azi — următorul memento începând cu %1"),
    "Reminded on %1 — next reminder from %2": (
        "Recordado el %1 — próximo recordatorio a partir del %2",
        "Amintit pe %1 — următorul memento începând cu %2"),
    "None yet": ("Ninguno todavía", "Niciunul încă"),
    "%1, %2: %3": ("%1, %2: %3", "%1, %2: %3"),
    "On the phone": ("Por teléfono", "La telefon"),
    "At the desk": ("En la recepción", "La recepție"),
    "Choose a patient to see their balance prompt.": (
        "Elija un paciente para ver su aviso de saldo.",
        "Alegeți un pacient pentru a vedea mesajul despre sold."),
    "Nothing to mention": ("Nada que mencionar", "Nimic de menționat"),
    "This patient has no balance or credit to bring up today.": (
        "Este paciente no tiene saldo ni crédito que mencionar hoy.",
        "Acest pacient nu are sold sau credit de menționat azi."),
    "What happened?": ("¿Qué pasó?", "Ce s-a întâmplat?"),
    "Record another outcome": ("Registrar otro resultado", "Înregistrați alt rezultat"),
    "The clinic server is not answering: the outcome can be recorded once it answers again.": (
        "El servidor de la clínica no responde: el resultado se podrá registrar cuando vuelva "
        "a responder.",
        "Serverul clinicii nu răspunde: rezultatul se poate înregistra după ce răspunde din nou."),
    # NoteField
    "Note (optional)": ("Nota (opcional)", "Notă (opțional)"),
    # PromptDetails
    "Open for": ("Abierto hace", "Deschis de"),
    "%n day(s), since %1": (
        ["%n día, desde el %1", "%n días, desde el %1"],
        ["%n zi, din %1", "%n zile, din %1", "%n de zile, din %1"]),
    "Family total": ("Total familiar", "Total familie"),
    "With insurance": ("Con el seguro", "La asigurare"),
    "Refund due by": ("Reembolso antes del", "Rambursare până la"),
    "Next visit": ("Próxima visita", "Următoarea vizită"),
    "Last reminder": ("Último recordatorio", "Ultimul memento"),
    "Written off %1, still collectable": (
        "Cancelado %1, aún cobrable", "Anulat %1, încă de încasat"),
    "Script for the call": ("Guion para la llamada", "Text pentru apel"),
    "Script for the desk": ("Guion para la recepción", "Text pentru recepție"),
    # PromptTexts: the states
    "Small balance": ("Saldo pequeño", "Sold mic"),
    "Balance due": ("Saldo pendiente", "Sold de plată"),
    # the same words as the desk's state chip (scripts/fill-desk-translations.py)
    "Written off, collectable": ("Condonado, cobrable", "Anulat, recuperabil"),
    "Credit: apply at next visit": ("Crédito: aplicar en la próxima visita",
                                    "Credit: de folosit la următoarea vizită"),
    "Credit: refund due": ("Crédito: reembolso pendiente", "Credit: de rambursat"),
    "Credit on file": ("Crédito registrado", "Credit în evidență"),
    "Credit: unclaimed property review": ("Crédito: revisión de bienes no reclamados",
                                          "Credit: verificare bunuri nerevendicate"),
    # PromptTexts: the outcomes (English: frontdesk::outcomeLabel)
    "Told the patient; no decision yet": ("Se le dijo al paciente; sin decisión aún",
                                          "Pacientul a fost informat; nicio decizie încă"),
    "Patient will pay at the desk": ("El paciente pagará en la recepción",
                                     "Pacientul va plăti la recepție"),
    "Patient paid": ("El paciente pagó", "Pacientul a plătit"),
    "Patient promised to pay": ("El paciente prometió pagar", "Pacientul a promis să plătească"),
    "Patient disputes the balance": ("El paciente disputa el saldo",
                                     "Pacientul contestă soldul"),
    "Patient declined": ("El paciente no quiso", "Pacientul a refuzat"),
    "Not appropriate to mention now": ("No es oportuno mencionarlo ahora",
                                       "Nu e momentul potrivit acum"),
    "Apply the credit to the visit": ("Aplicar el crédito a la visita",
                                      "Folosiți creditul pentru vizită"),
    "Patient asked for a refund": ("El paciente pidió un reembolso",
                                   "Pacientul a cerut rambursarea"),
    # PromptTexts: the channels (as in the core's scripts)
    "kiosk": ("quiosco", "chioșc"),
    "front desk": ("recepción", "recepție"),
    "phone": ("teléfono", "telefon"),
    # frontdesk::ui::PromptCard
    "No patient with MRN %1.": ("No hay ningún paciente con el número de historia %1.",
                                "Nu există niciun pacient cu numărul de fișă %1."),
    "The clinic's records could not be read: %1": (
        "No se pudieron leer los registros de la clínica: %1",
        "Evidențele clinicii nu au putut fi citite: %1"),
    "There is no patient to record an outcome for.": (
        "No hay ningún paciente para el que registrar un resultado.",
        "Nu există niciun pacient pentru care să înregistrați un rezultat."),
    "\"%1\" is not an outcome of this prompt.": (
        "«%1» no es un resultado de este aviso.",
        "„%1” nu este un rezultat al acestui mesaj."),
    "The outcome was not recorded: %1": ("No se registró el resultado: %1",
                                         "Rezultatul nu a fost înregistrat: %1"),
    # the payment taken at the desk, the note, and a payment waiting for the EHR
    "Paid, not yet posted": ("Pagado, aún sin registrar", "Plătit, încă neînregistrat"),
    "Amount paid": ("Importe pagado", "Suma plătită"),
    "Amount": ("Importe", "Suma"),
    "Post payment": ("Registrar el pago", "Înregistrează plata"),
    "Cancel": ("Cancelar", "Anulează"),
    "Note": ("Nota", "Notă"),
    "Paid on %1, waiting for the EHR to post it": (
        "Pagado el %1, a la espera de que el EHR lo registre",
        "Plătit pe %1, se așteaptă înregistrarea în EHR"),
    "Enter the amount the patient paid.": (
        "Escriba el importe que pagó el paciente.",
        "Introduceți suma plătită de pacient."),
    "Payments are posted by the EHR; record \"Patient paid\" without an amount.": (
        "Los pagos los registra el EHR; registre \"El paciente pagó\" sin importe.",
        "Plățile sunt înregistrate de EHR; înregistrați \"Pacientul a plătit\" fără sumă."),
    "Post anyway": ("Registrar de todos modos", "Înregistrează oricum"),
    "\"%1\" is not an amount of money.": ("«%1» no es un importe válido.",
                                          "„%1” nu este o sumă de bani."),
    "Enter an amount above %1.": ("Escriba un importe mayor que %1.",
                                  "Introduceți o sumă mai mare de %1."),
    "An amount above %1 cannot be posted here.": (
        "Aquí no se puede registrar un importe mayor que %1.",
        "O sumă mai mare de %1 nu poate fi înregistrată aici."),
    "%1 is more than the %2 owed; the rest would become a credit.": (
        "%1 es más que los %2 que debe; el resto quedaría como crédito.",
        "%1 este mai mult decât cei %2 datorați; restul ar deveni credit."),
}

ENGLISH_PLURALS = {
    "%n day(s), since %1": ["%n day, since %1", "%n days, since %1"],
}


if __name__ == "__main__":
    from ts_phrasebook import main
    sys.exit(main(sys.argv[1:], PHRASES, ENGLISH_PLURALS))
