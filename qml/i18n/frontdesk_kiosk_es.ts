<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../kiosk/AppointmentScreen.qml" line="22" />
        <source>Hi %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <location filename="../kiosk/AppointmentScreen.qml" line="35" />
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location filename="../kiosk/AppointmentScreen.qml" line="48" />
        <source>Check in</source>
        <translation>Registrarme</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="13" />
        <source>Good news</source>
        <translation>Buenas noticias</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="14" />
        <source>About your account</source>
        <translation>Sobre su cuenta</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="15" />
        <source>One more thing</source>
        <translation>Una cosa más</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="24" />
        <source>I'll pay at the desk</source>
        <translation>Pagaré en la recepción</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="25" />
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="28" />
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="26" />
        <source>Apply it to today's visit</source>
        <translation>Aplicarlo a la visita de hoy</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="27" />
        <source>Refund it to me</source>
        <translation>Reembolsármelo</translation>
    </message>
    <message>
        <location filename="../kiosk/BalanceScreen.qml" line="28" />
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
</context>
<context>
    <name>BirthDateEntry</name>
    <message>
        <location filename="../kiosk/BirthDateEntry.qml" line="34" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../kiosk/BirthDateEntry.qml" line="39" />
        <source>month / day / year</source>
        <translation>mes / día / año</translation>
    </message>
    <message>
        <location filename="../kiosk/BirthDateEntry.qml" line="39" />
        <source>day / month / year</source>
        <translation>día / mes / año</translation>
    </message>
</context>
<context>
    <name>BirthDateStep</name>
    <message>
        <location filename="../kiosk/BirthDateStep.qml" line="58" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../kiosk/BirthDateStep.qml" line="69" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>ChooseAppointmentScreen</name>
    <message>
        <location filename="../kiosk/ChooseAppointmentScreen.qml" line="11" />
        <source>Hi %1! Which appointment are you here for?</source>
        <translation>¡Hola, %1! ¿Para qué cita viene hoy?</translation>
    </message>
    <message>
        <location filename="../kiosk/ChooseAppointmentScreen.qml" line="24" />
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message numerus="yes">
        <location filename="../controls/CountdownBanner.qml" line="20" />
        <source>Are you still there? Starting over in %n second(s).</source>
        <translation><numerusform>¿Sigue ahí? Volvemos al inicio en %n segundo.</numerusform><numerusform>¿Sigue ahí? Volvemos al inicio en %n segundos.</numerusform></translation>
    </message>
    <message>
        <location filename="../controls/CountdownBanner.qml" line="28" />
        <source>I'm still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/DoneScreen.qml" line="20" />
        <source>You're checked in. Please have a seat.</source>
        <translation>Ya está registrado. Tome asiento, por favor.</translation>
    </message>
    <message>
        <location filename="../kiosk/DoneScreen.qml" line="34" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../kiosk/IdentifyScreen.qml" line="13" />
        <source>Your date of birth</source>
        <translation>Su fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../kiosk/IdentifyScreen.qml" line="14" />
        <source>Your appointment code</source>
        <translation>Su código de cita</translation>
    </message>
    <message>
        <location filename="../kiosk/IdentifyScreen.qml" line="14" />
        <source>Your last name</source>
        <translation>Su apellido</translation>
    </message>
</context>
<context>
    <name>InitialScreen</name>
    <message>
        <location filename="../kiosk/InitialScreen.qml" line="11" />
        <source>Please tap the first letter of your first name</source>
        <translation>Toque la primera letra de su nombre</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../controls/Keypad.qml" line="41" />
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../kiosk/KioskView.qml" line="53" />
        <source>We couldn't find your appointment. Please see the front desk.</source>
        <translation>No encontramos su cita. Por favor, acuda a la recepción.</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="54" />
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="64" />
        <source>Please see the front desk, and we'll check you in there.</source>
        <translation>Por favor, acuda a la recepción y le registraremos allí.</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="73" />
        <source>You're already checked in, %1. Please have a seat.</source>
        <translation>Ya está registrado, %1. Tome asiento, por favor.</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="75" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../kiosk/KioskView.qml" line="84" />
        <source>Check-in is not available right now. Please see the front desk.</source>
        <translation>El registro no está disponible en este momento. Por favor, acuda a la recepción.</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <location filename="../kiosk/NameStep.qml" line="54" />
        <location filename="../kiosk/NameStep.qml" line="74" />
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="62" />
        <location filename="../kiosk/NameStep.qml" line="85" />
        <source>Appointment code</source>
        <translation>Código de cita</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="72" />
        <source>Type your last name</source>
        <translation>Escriba su apellido</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="83" />
        <source>Scan or type the code on your reminder</source>
        <translation>Escanee o escriba el código de su recordatorio</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="96" />
        <source>Please type or scan your appointment code</source>
        <translation>Escriba o escanee su código de cita, por favor</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="97" />
        <source>Please type your last name</source>
        <translation>Escriba su apellido, por favor</translation>
    </message>
    <message>
        <location filename="../kiosk/NameStep.qml" line="113" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <location filename="../controls/ScreenPage.qml" line="41" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="43" />
        <source>Welcome! Check in for your appointment here.</source>
        <translation>¡Bienvenido! Regístrese aquí para su cita.</translation>
    </message>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="57" />
        <source>Tap to check in</source>
        <translation>Toque para registrarse</translation>
    </message>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="80" />
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../kiosk/WelcomeScreen.qml" line="80" />
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
</context>
</TS>