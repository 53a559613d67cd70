<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<!-- Dutch for Qt's own strings that the qtbase_nl.qm shipped with Qt lacks (Qt 6.11 renamed
     them, adding a mnemonic). Written by hand: no lupdate source. Qt's translator is installed
     after the app's, so it answers first wherever it has a translation; these only fill its gaps. -->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
</TS>
