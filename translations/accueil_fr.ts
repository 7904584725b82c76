<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accueil::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="26"/>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="28"/>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30"/>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="32"/>
        <source>Done</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>No-show</source>
        <translation>Absent (lapin)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Desk</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Web</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Accueil — %1</source>
        <translation>Accueil — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>no centre</source>
        <translation>aucun centre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>◀ Previous day</source>
        <translation>◀ Jour précédent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Next day ▶</source>
        <translation>Jour suivant ▶</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Booked via</source>
        <translation>Pris par</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Cannot read the agenda</source>
        <translation>Impossible de lire l&apos;agenda</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/accueil/main.cpp" line="49"/>
        <location filename="../app/accueil/main.cpp" line="52"/>
        <source>Accueil cannot start</source>
        <translation>Accueil ne peut pas démarrer</translation>
    </message>
</context>
</TS>
