<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro">
<context>
    <name>BalancePrompt</name>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="51" />
        <source>Balance prompt</source>
        <translation>Mesaj despre sold</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="69" />
        <source>Paid, not yet posted</source>
        <translation>Plătit, încă neînregistrat</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="71" />
        <source>Still collectable</source>
        <translation>Încă de încasat</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="72" />
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="72" />
        <source>Balance</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="78" />
        <source>Reminded today — next reminder from %1</source>
        <translation>Amintit azi — următorul memento începând cu %1</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="79" />
        <source>Reminded on %1 — next reminder from %2</source>
        <translation>Amintit pe %1 — următorul memento începând cu %2</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="84" />
        <source>None yet</source>
        <translation>Niciunul încă</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="85" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="152" />
        <source>On the phone</source>
        <translation>La telefon</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="153" />
        <source>At the desk</source>
        <translation>La recepție</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="163" />
        <source>Choose a patient to see their balance prompt.</source>
        <translation>Alegeți un pacient pentru a vedea mesajul despre sold.</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="196" />
        <source>Nothing to mention</source>
        <translation>Nimic de menționat</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="203" />
        <source>This patient has no balance or credit to bring up today.</source>
        <translation>Acest pacient nu are sold sau credit de menționat azi.</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="213" />
        <source>Last reminder</source>
        <translation>Ultimul memento</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="220" />
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="244" />
        <source>What happened?</source>
        <translation>Ce s-a întâmplat?</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="258" />
        <source>The clinic server is not answering: the outcome can be recorded once it answers again.</source>
        <translation>Serverul clinicii nu răspunde: rezultatul se poate înregistra după ce răspunde din nou.</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="308" />
        <location filename="../prompt/BalancePrompt.qml" line="324" />
        <source>Amount paid</source>
        <translation>Suma plătită</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="323" />
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="330" />
        <source>Post payment</source>
        <translation>Înregistrează plata</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="337" />
        <source>Post anyway</source>
        <translation>Înregistrează oricum</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="342" />
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../prompt/BalancePrompt.qml" line="363" />
        <source>Record another outcome</source>
        <translation>Înregistrați alt rezultat</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <location filename="../prompt/NoteField.qml" line="10" />
        <location filename="../prompt/NoteField.qml" line="14" />
        <source>Note (optional)</source>
        <translation>Notă (opțional)</translation>
    </message>
</context>
<context>
    <name>PromptDetails</name>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="49" />
        <source>Open for</source>
        <translation>Deschis de</translation>
    </message>
    <message numerus="yes">
        <location filename="../prompt/PromptDetails.qml" line="50" />
        <source>%n day(s), since %1</source>
        <translation><numerusform>%n zi, din %1</numerusform><numerusform>%n zile, din %1</numerusform><numerusform>%n de zile, din %1</numerusform></translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="56" />
        <source>Family total</source>
        <translation>Total familie</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="62" />
        <source>With insurance</source>
        <translation>La asigurare</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="68" />
        <source>Refund due by</source>
        <translation>Rambursare până la</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="74" />
        <source>Next visit</source>
        <translation>Următoarea vizită</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="80" />
        <source>Last reminder</source>
        <translation>Ultimul memento</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="87" />
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="97" />
        <source>Written off %1, still collectable</source>
        <translation>Anulat %1, încă de încasat</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="114" />
        <source>Paid on %1, waiting for the EHR to post it</source>
        <translation>Plătit pe %1, se așteaptă înregistrarea în EHR</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="163" />
        <source>Script for the call</source>
        <translation>Text pentru apel</translation>
    </message>
    <message>
        <location filename="../prompt/PromptDetails.qml" line="164" />
        <source>Script for the desk</source>
        <translation>Text pentru recepție</translation>
    </message>
</context>
<context>
    <name>PromptTexts</name>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="10" />
        <source>Small balance</source>
        <translation>Sold mic</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="11" />
        <source>Balance due</source>
        <translation>Sold de plată</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="12" />
        <source>Written off, collectable</source>
        <translation>Anulat, recuperabil</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="13" />
        <source>Credit: apply at next visit</source>
        <translation>Credit: de folosit la următoarea vizită</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="14" />
        <source>Credit: refund due</source>
        <translation>Credit: de rambursat</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="15" />
        <source>Credit on file</source>
        <translation>Credit în evidență</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="16" />
        <source>Credit: unclaimed property review</source>
        <translation>Credit: verificare bunuri nerevendicate</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="17" />
        <source>Nothing to mention</source>
        <translation>Nimic de menționat</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="24" />
        <source>Told the patient; no decision yet</source>
        <translation>Pacientul a fost informat; nicio decizie încă</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="25" />
        <source>Patient will pay at the desk</source>
        <translation>Pacientul va plăti la recepție</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="26" />
        <source>Patient paid</source>
        <translation>Pacientul a plătit</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="27" />
        <source>Patient promised to pay</source>
        <translation>Pacientul a promis să plătească</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="28" />
        <source>Patient disputes the balance</source>
        <translation>Pacientul contestă soldul</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="29" />
        <source>Patient declined</source>
        <translation>Pacientul a refuzat</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="30" />
        <source>Not appropriate to mention now</source>
        <translation>Nu e momentul potrivit acum</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="31" />
        <source>Apply the credit to the visit</source>
        <translation>Folosiți creditul pentru vizită</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="32" />
        <source>Patient asked for a refund</source>
        <translation>Pacientul a cerut rambursarea</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="39" />
        <source>kiosk</source>
        <translation>chioșc</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="40" />
        <source>front desk</source>
        <translation>recepție</translation>
    </message>
    <message>
        <location filename="../prompt/PromptTexts.qml" line="41" />
        <source>phone</source>
        <translation>telefon</translation>
    </message>
</context>
<context>
    <name>frontdesk::ui::PromptCard</name>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="96" />
        <source>No patient with MRN %1.</source>
        <translation>Nu există niciun pacient cu numărul de fișă %1.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="97" />
        <source>The clinic's records could not be read: %1</source>
        <translation>Evidențele clinicii nu au putut fi citite: %1</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="117" />
        <location filename="../../prompt/prompt_card.cpp" line="133" />
        <source>There is no patient to record an outcome for.</source>
        <translation>Nu există niciun pacient pentru care să înregistrați un rezultat.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="120" />
        <location filename="../../prompt/prompt_card.cpp" line="135" />
        <source>"%1" is not an outcome of this prompt.</source>
        <translation>„%1” nu este un rezultat al acestui mesaj.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="122" />
        <source>Enter the amount the patient paid.</source>
        <translation>Introduceți suma plătită de pacient.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="138" />
        <source>Payments are posted by the EHR; record "Patient paid" without an amount.</source>
        <translation>Plățile sunt înregistrate de EHR; înregistrați "Pacientul a plătit" fără sumă.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="145" />
        <source>"%1" is not an amount of money.</source>
        <translation>„%1” nu este o sumă de bani.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="146" />
        <source>Enter an amount above %1.</source>
        <translation>Introduceți o sumă mai mare de %1.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="149" />
        <source>An amount above %1 cannot be posted here.</source>
        <translation>O sumă mai mare de %1 nu poate fi înregistrată aici.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="152" />
        <source>%1 is more than the %2 owed; the rest would become a credit.</source>
        <translation>%1 este mai mult decât cei %2 datorați; restul ar deveni credit.</translation>
    </message>
    <message>
        <location filename="../../prompt/prompt_card.cpp" line="165" />
        <source>The outcome was not recorded: %1</source>
        <translation>Rezultatul nu a fost înregistrat: %1</translation>
    </message>
</context>
</TS>