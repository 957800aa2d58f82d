<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BalancePrompt</name>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="51" />
        <source>Balance prompt</source>
        <translation>Aviso de saldo</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="69" />
        <source>Paid, not yet posted</source>
        <translation>Pagado, aún sin registrar</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="71" />
        <source>Still collectable</source>
        <translation>Aún cobrable</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="72" />
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="72" />
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="78" />
        <source>Reminded today — next reminder from %1</source>
        <translation>Recordado hoy — próximo recordatorio a partir del %1</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="79" />
        <source>Reminded on %1 — next reminder from %2</source>
        <translation>Recordado el %1 — próximo recordatorio a partir del %2</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="84" />
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="85" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="152" />
        <source>On the phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="153" />
        <source>At the desk</source>
        <translation>En la recepción</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="163" />
        <source>Choose a patient to see their balance prompt.</source>
        <translation>Elija un paciente para ver su aviso de saldo.</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="196" />
        <source>Nothing to mention</source>
        <translation>Nada que mencionar</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="203" />
        <source>This patient has no balance or credit to bring up today.</source>
        <translation>Este paciente no tiene saldo ni crédito que mencionar hoy.</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="213" />
        <source>Last reminder</source>
        <translation>Último recordatorio</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="220" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="244" />
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="258" />
        <source>The clinic server is not answering: the outcome can be recorded once it answers again.</source>
        <translation>El servidor de la clínica no responde: el resultado se podrá registrar cuando vuelva a responder.</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="308" />
        <location filename="../prompt/BalancePrompt.qml" line="324" />
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="323" />
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="330" />
        <source>Post payment</source>
        <translation>Registrar el pago</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="337" />
        <source>Post anyway</source>
        <translation>Registrar de todos modos</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="342" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="363" />
        <source>Record another outcome</source>
        <translation>Registrar otro resultado</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <location filename="../prompt/NoteField.qml" line="10" />
        <location filename="../prompt/NoteField.qml" line="14" />
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="49" />
        <source>Open for</source>
        <translation>Abierto hace</translation>
    </message>
    <message numerus="yes">
        <location filename="../prompt/PromptDetails.qml" line="50" />
        <source>%n day(s), since %1</source>
        <translation><numerusform>%n día, desde el %1</numerusform><numerusform>%n días, desde el %1</numerusform></translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="56" />
        <source>Family total</source>
        <translation>Total familiar</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="62" />
        <source>With insurance</source>
        <translation>Con el seguro</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="68" />
        <source>Refund due by</source>
        <translation>Reembolso antes del</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="74" />
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="80" />
        <source>Last reminder</source>
        <translation>Último recordatorio</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="87" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="97" />
        <source>Written off %1, still collectable</source>
        <translation>Cancelado %1, aún cobrable</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="114" />
        <source>Paid on %1, waiting for the EHR to post it</source>
        <translation>Pagado el %1, a la espera de que el EHR lo registre</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="163" />
        <source>Script for the call</source>
        <translation>Guion para la llamada</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="164" />
        <source>Script for the desk</source>
        <translation>Guion para la recepción</translation>
    </message>
</context>
<context>
    <name>PromptTexts</name>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="10" />
        <source>Small balance</source>
        <translation>Saldo pequeño</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="11" />
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="12" />
        <source>Written off, collectable</source>
        <translation>Condonado, cobrable</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="13" />
        <source>Credit: apply at next visit</source>
        <translation>Crédito: aplicar en la próxima visita</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="14" />
        <source>Credit: refund due</source>
        <translation>Crédito: reembolso pendiente</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="15" />
        <source>Credit on file</source>
        <translation>Crédito registrado</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="16" />
        <source>Credit: unclaimed property review</source>
        <translation>Crédito: revisión de bienes no reclamados</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="17" />
        <source>Nothing to mention</source>
        <translation>Nada que mencionar</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="24" />
        <source>Told the patient; no decision yet</source>
        <translation>Se le dijo al paciente; sin decisión aún</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="25" />
        <source>Patient will pay at the desk</source>
        <translation>El paciente pagará en la recepción</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="26" />
        <source>Patient paid</source>
        <translation>El paciente pagó</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="27" />
        <source>Patient promised to pay</source>
        <translation>El paciente prometió pagar</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="28" />
        <source>Patient disputes the balance</source>
        <translation>El paciente disputa el saldo</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="29" />
        <source>Patient declined</source>
        <translation>El paciente no quiso</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="30" />
        <source>Not appropriate to mention now</source>
        <translation>No es oportuno mencionarlo ahora</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="31" />
        <source>Apply the credit to the visit</source>
        <translation>Aplicar el crédito a la visita</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="32" />
        <source>Patient asked for a refund</source>
        <translation>El paciente pidió un reembolso</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="39" />
        <source>kiosk</source>
        <translation>quiosco</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="40" />
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="41" />
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
</context>
<context>
    <name>frontdesk::ui::PromptCard</name>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="96" />
        <source>No patient with MRN %1.</source>
        <translation>No hay ningún paciente con el número de historia %1.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="97" />
        <source>The clinic's records could not be read: %1</source>
        <translation>No se pudieron leer los registros de la clínica: %1</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="117" />
        <location filename="../../prompt/prompt_card.cpp" line="133" />
        <source>There is no patient to record an outcome for.</source>
        <translation>No hay ningún paciente para el que registrar un resultado.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="120" />
        <location filename="../../prompt/prompt_card.cpp" line="135" />
        <source>"%1" is not an outcome of this prompt.</source>
        <translation>«%1» no es un resultado de este aviso.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="122" />
        <source>Enter the amount the patient paid.</source>
        <translation>Escriba el importe que pagó el paciente.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="138" />
        <source>Payments are posted by the EHR; record "Patient paid" without an amount.</source>
        <translation>Los pagos los registra el EHR; registre "El paciente pagó" sin importe.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="145" />
        <source>"%1" is not an amount of money.</source>
        <translation>«%1» no es un importe válido.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="146" />
        <source>Enter an amount above %1.</source>
        <translation>Escriba un importe mayor que %1.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="149" />
        <source>An amount above %1 cannot be posted here.</source>
        <translation>Aquí no se puede registrar un importe mayor que %1.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="152" />
        <source>%1 is more than the %2 owed; the rest would become a credit.</source>
        <translation>%1 es más que los %2 que debe; el resto quedaría como crédito.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="165" />
        <source>The outcome was not recorded: %1</source>
        <translation>No se registró el resultado: %1</translation>
    </message>
</context>
</TS>