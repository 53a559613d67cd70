<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../evaluator/ui/app.py" line="76" />
        <source>Library not available</source>
        <translation>Bibliotheek niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/app.py" line="77" />
        <source>Your library cannot be opened; this session uses a temporary library that is not kept.</source>
        <translation>Je bibliotheek kan niet worden geopend; deze sessie gebruikt een tijdelijke bibliotheek die niet bewaard blijft.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="162" />
        <source>Compare evaluations</source>
        <translation>Evaluaties vergelijken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="169" />
        <source>Save as Image…</source>
        <translation>Opslaan als afbeelding…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="178" />
        <source>Save the comparison as an image</source>
        <translation>De vergelijking opslaan als afbeelding</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="179" />
        <source>comparison</source>
        <translation>vergelijking</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="180" />
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="187" />
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="187" />
        <source>The image could not be written.</source>
        <translation>De afbeelding kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>ComparePicker</name>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="121" />
        <source>Compare evaluations</source>
        <translation>Evaluaties vergelijken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="123" />
        <source>Tick two to four evaluations to compare side by side.</source>
        <translation>Vink twee tot vier evaluaties aan om ze naast elkaar te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="128" />
        <source>Evaluations to compare</source>
        <translation>Te vergelijken evaluaties</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="138" />
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="27" />
        <source>Evaluation files (*.oppeval);;All files (*)</source>
        <translation>Evaluatiebestanden (*.oppeval);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="36" />
        <source>Library files (*.sqlite3 *.db *.sqlite3.corrupt-*)</source>
        <translation>Bibliotheekbestanden (*.sqlite3 *.db *.sqlite3.corrupt-*)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="38" />
        <source>Open evaluation</source>
        <translation>Evaluatie openen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="60" />
        <source>Save evaluation as</source>
        <translation>Evaluatie opslaan als</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="97" />
        <source>Save changes?</source>
        <translation>Wijzigingen opslaan?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="196" />
        <source>Log file (send it along when you report a problem):
%1</source>
        <translation>Logbestand (stuur het mee als je een probleem meldt):
%1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/dialogs.py" line="94" />
        <source>The file of “%1” does not have your latest changes yet (the library does). Save them to the file?</source>
        <translation>Het bestand van ‘%1’ heeft je laatste wijzigingen nog niet (de bibliotheek wel). Wil je ze in het bestand opslaan?</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="560" />
        <source>Cancel</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="418" />
        <location filename="../../evaluator/ui/library_view.py" line="427" />
        <source>Your evaluations</source>
        <extracomment>whether Undo has a delete to take back (the window enables its Undo action by it)</extracomment>
        <translation>Jouw evaluaties</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="419" />
        <source>Search by name or company (Ctrl+F)</source>
        <translation>Zoek op naam of bedrijf (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="420" />
        <source>Search the library</source>
        <translation>Zoeken in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="421" />
        <source>&amp;Sort by:</source>
        <translation>&amp;Sorteren op:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="422" />
        <location filename="../../evaluator/ui/library_view.py" line="426" />
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="422" />
        <location filename="../../evaluator/ui/library_view.py" line="425" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="422" />
        <location filename="../../evaluator/ui/library_view.py" line="426" />
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="424" />
        <source>Sort the library</source>
        <translation>De bibliotheek sorteren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="425" />
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="425" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="429" />
        <source>I've &amp;been pitched an opportunity…</source>
        <translation>Ik ben benaderd voor een &amp;kans…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="430" />
        <source>Start a new evaluation with a short interview, in the recruiter's words</source>
        <translation>Begin een nieuwe evaluatie met een kort interview, in de woorden van de werver</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="431" />
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="431" />
        <source>Start a new, empty evaluation</source>
        <translation>Begin een nieuwe, lege evaluatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="432" />
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="432" />
        <source>Open the selected evaluation</source>
        <translation>Open de gekozen evaluatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="433" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="433" />
        <source>Make a copy of the selected evaluation</source>
        <translation>Maak een kopie van de gekozen evaluatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="434" />
        <source>Rena&amp;me…</source>
        <translation>Hernoe&amp;men…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="434" />
        <source>Rename the selected evaluation</source>
        <translation>Geef de gekozen evaluatie een andere naam</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="435" />
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="435" />
        <source>Move the selected evaluations to the trash (you can undo this)</source>
        <translation>Verplaats de gekozen evaluaties naar de prullenbak (dit kun je ongedaan maken)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="436" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="436" />
        <source>Add .oppeval files to the library</source>
        <translation>Voeg .oppeval-bestanden toe aan de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="437" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="437" />
        <source>Save the selected evaluation as a .oppeval file to share</source>
        <translation>Sla de gekozen evaluatie op als .oppeval-bestand om te delen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="438" />
        <source>&amp;Compare…</source>
        <translation>Ver&amp;gelijken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="438" />
        <source>Compare two to four evaluations side by side</source>
        <translation>Vergelijk twee tot vier evaluaties naast elkaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="443" />
        <source>Start from an example</source>
        <translation>Begin met een voorbeeld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="445" />
        <source>Each example is a typical offer of one kind. Starting from one puts a copy in your library that you can change freely.</source>
        <translation>Elk voorbeeld is een typisch aanbod van één soort. Als je met een voorbeeld begint, komt er een kopie in je bibliotheek die je vrij kunt aanpassen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="447" />
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="448" />
        <source>S&amp;tart from this example</source>
        <translation>Begin met dit voorbee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="449" />
        <source>Start from this example</source>
        <translation>Begin met dit voorbeeld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="524" />
        <source>Not analysed yet</source>
        <translation>Nog niet geanalyseerd</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="559" />
        <source>Updating the verdicts of your evaluations for this version of the app…</source>
        <translation>De oordelen over je evaluaties worden bijgewerkt voor deze versie van de app…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="561" />
        <source>Updating the library</source>
        <translation>Bibliotheek bijwerken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="606" />
        <source>Nothing matches your search.</source>
        <translation>Niets gevonden dat bij je zoekopdracht past.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="609" />
        <source>No evaluations yet. Were you just pitched an offer? Click “I've been pitched an opportunity” and answer a few questions in the recruiter's words. Or click New for the full form, or start from one of the examples.</source>
        <translation>Nog geen evaluaties. Ben je net benaderd met een aanbod? Klik op ‘Ik ben benaderd voor een kans’ en beantwoord een paar vragen in de woorden van de werver. Of klik op Nieuw voor het volledige formulier, of begin met een van de voorbeelden.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="711" />
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="711" />
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="717" />
        <source>Cannot rename</source>
        <translation>Hernoemen lukt niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="731" />
        <source>“%1” was moved to the trash.</source>
        <translation>‘%1’ is naar de prullenbak verplaatst.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="733" />
        <source>%1 evaluations were moved to the trash.</source>
        <translation>%1 evaluaties zijn naar de prullenbak verplaatst.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="734" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="753" />
        <source>Import evaluation</source>
        <translation>Evaluatie importeren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="761" />
        <location filename="../../evaluator/ui/library_view.py" line="773" />
        <source>Cannot import</source>
        <translation>Importeren lukt niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="762" />
        <source>%1 is not a valid evaluation file.</source>
        <translation>%1 is geen geldig evaluatiebestand.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="774" />
        <source>%1 cannot be read as a library.</source>
        <translation>%1 kan niet als bibliotheek worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="777" />
        <source>%1 evaluations were imported from %2.</source>
        <translation>Er zijn %1 beoordelingen geïmporteerd uit %2.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="780" />
        <source>%1 could not be read: that part of the file is damaged.</source>
        <translation>%1 konden niet worden gelezen: dat deel van het bestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="782" />
        <source>Import from a library</source>
        <translation>Importeren uit een bibliotheek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="791" />
        <source>Export evaluation</source>
        <translation>Evaluatie exporteren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/library_view.py" line="797" />
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="448" />
        <source>the Dutch statutory minimum hourly wage (21 and over) from %1</source>
        <translation>het wettelijk minimumuurloon (21 jaar en ouder) vanaf %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="230" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="230" />
        <source>Back to your evaluations</source>
        <translation>Terug naar je evaluaties</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="231" />
        <source>I've &amp;been pitched an opportunity…</source>
        <translation>Ik ben benaderd voor een &amp;kans…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="232" />
        <source>Start a new evaluation with a short interview, in the recruiter's words</source>
        <translation>Begin een nieuwe evaluatie met een kort interview, in de woorden van de werver</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="233" />
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="233" />
        <source>Start a new evaluation</source>
        <translation>Begin een nieuwe evaluatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="234" />
        <source>&amp;Interview…</source>
        <translation>&amp;Interview…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="235" />
        <source>Go through the interview again for this evaluation, with its answers filled in</source>
        <translation>Doorloop het interview opnieuw voor deze evaluatie, met de antwoorden al ingevuld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="236" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="236" />
        <source>Open an evaluation file</source>
        <translation>Open een evaluatiebestand</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="237" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="237" />
        <source>Save to the evaluation's file</source>
        <translation>Opslaan in het bestand van de evaluatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="238" />
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="238" />
        <source>Save to a new evaluation file</source>
        <translation>Opslaan in een nieuw evaluatiebestand</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="239" />
        <source>&amp;Import into Library…</source>
        <translation>&amp;Importeren in bibliotheek…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="239" />
        <source>Add an evaluation file to the library</source>
        <translation>Voeg een evaluatiebestand toe aan de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="240" />
        <source>E&amp;xport Evaluation File…</source>
        <translation>E&amp;xporteren als evaluatiebestand…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="240" />
        <source>Write the evaluation to a .oppeval file without linking it</source>
        <translation>Schrijf de evaluatie naar een .oppeval-bestand zonder het te koppelen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="241" />
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="241" />
        <source>Save a printable PDF summary</source>
        <translation>Sla een afdrukbare samenvatting op als PDF</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="242" />
        <source>Export to Sp&amp;readsheet…</source>
        <translation>Exporteren naar &amp;rekenblad…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="243" />
        <source>Save the month-by-month figures, red flags and disclosure as .xlsx or .csv</source>
        <translation>De cijfers per maand, waarschuwingssignalen en inkomensverklaring opslaan als .xlsx of .csv</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="244" />
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="244" />
        <source>Print the summary</source>
        <translation>De samenvatting afdrukken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="245" />
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="245" />
        <source>Preview the printed summary</source>
        <translation>Bekijk hoe de afgedrukte samenvatting eruitziet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="246" />
        <source>Print one-page su&amp;mmary…</source>
        <translation>Sa&amp;menvatting op één pagina afdrukken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="247" />
        <source>Print one page in plain language for family and helpers</source>
        <translation>Eén pagina in gewone taal afdrukken voor familie en wie je helpt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="248" />
        <source>Print pitch &amp;checklist…</source>
        <translation>&amp;Checklist voor het verkoopgesprek afdrukken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="249" />
        <source>Print the questions to ask and the cooling-off date, with tick boxes</source>
        <translation>De vragen om te stellen en de datum van de bedenktijd afdrukken, met vakjes om af te vinken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="250" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="250" />
        <source>Quit the app</source>
        <translation>De app afsluiten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="251" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="251" />
        <source>Undo the last change</source>
        <translation>De laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="252" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="252" />
        <source>Redo what was undone</source>
        <translation>Opnieuw doen wat ongedaan is gemaakt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="253" />
        <source>&amp;Find in Library</source>
        <translation>&amp;Zoeken in bibliotheek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="253" />
        <source>Search your evaluations</source>
        <translation>Zoek in je evaluaties</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="254" />
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="254" />
        <source>Move the selected evaluations to the trash</source>
        <translation>Verplaats de gekozen evaluaties naar de prullenbak</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="255" />
        <source>Dupli&amp;cate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="255" />
        <source>Make a copy of the evaluation</source>
        <translation>Maak een kopie van de evaluatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="256" />
        <source>&amp;Compare…</source>
        <translation>Ver&amp;gelijken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="256" />
        <source>Compare two to four evaluations side by side</source>
        <translation>Vergelijk twee tot vier evaluaties naast elkaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="257" />
        <source>&amp;Settings…</source>
        <translation>Ins&amp;tellingen…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="257" />
        <source>Language, colours, reference wage, currency</source>
        <translation>Taal, kleuren, referentieloon, valuta</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="258" />
        <source>&amp;User Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="258" />
        <source>How to evaluate an offer, and what the results mean</source>
        <translation>Hoe je een aanbod beoordeelt, en wat de uitkomsten betekenen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="259" />
        <source>&amp;Glossary</source>
        <translation>&amp;Woordenlijst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="259" />
        <source>The words a recruiter uses, in plain language</source>
        <translation>De woorden die een werver gebruikt, in gewone taal</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="260" />
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="260" />
        <location filename="../../evaluator/ui/main_window.py" line="927" />
        <source>About Opportunity Evaluator</source>
        <translation>Over Opportunity Evaluator</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="265" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="266" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="267" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="268" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="269" />
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="339" />
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="340" />
        <source>Simulation</source>
        <translation>Simulatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="341" />
        <source>Results and simulation</source>
        <translation>Resultaten en simulatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="342" />
        <source>&amp;What if…?</source>
        <translation>Wat &amp;als…?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="343" />
        <source>Try other values for your assumptions without changing the evaluation</source>
        <translation>Probeer andere waarden voor je aannames zonder de beoordeling te veranderen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="419" />
        <source>Keep what-if values</source>
        <translation>Wat-als-waarden houden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="451" />
        <source>the reference wage in your settings</source>
        <translation>het referentieloon uit je instellingen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="475" />
        <source>Opportunity Evaluator</source>
        <translation>Opportunity Evaluator</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="479" />
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="505" />
        <source>Cannot open</source>
        <translation>Openen lukt niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="505" />
        <source>This evaluation cannot be opened.</source>
        <translation>Deze evaluatie kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="525" />
        <location filename="../../evaluator/ui/main_window.py" line="528" />
        <location filename="../../evaluator/ui/main_window.py" line="538" />
        <source>Cannot open file</source>
        <translation>Bestand openen lukt niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="526" />
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="529" />
        <location filename="../../evaluator/ui/main_window.py" line="536" />
        <source>%1 could not be opened.</source>
        <translation>%1 kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="537" />
        <source>%1 is not a valid evaluation file.</source>
        <translation>%1 is geen geldig evaluatiebestand.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="548" />
        <source>New offer</source>
        <translation>Nieuw aanbod</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="577" />
        <source>Cannot start the interview</source>
        <translation>Kan het interview niet starten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="591" />
        <source>Cannot use the answers</source>
        <translation>Kan de antwoorden niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="604" />
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="613" />
        <source>Cannot open example</source>
        <translation>Voorbeeld openen lukt niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="636" />
        <source>%1 invalid value(s), marked in red. The results show the last valid state.</source>
        <translation>%1 ongeldige waarde(n), rood gemarkeerd. De resultaten tonen de laatste geldige stand.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="682" />
        <source>Saved as a copy</source>
        <translation>Opgeslagen als kopie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="683" />
        <source>“%1” was changed in another window while you were editing it. Your version was saved as “%2”; the other version is unchanged.</source>
        <translation>“%1” is in een ander venster gewijzigd terwijl jij het bewerkte. Jouw versie is opgeslagen als “%2”; de andere versie is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="690" />
        <source>Could not store your changes in the library yet (%1); trying again.</source>
        <translation>Je wijzigingen konden nog niet in de bibliotheek worden opgeslagen (%1); het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="707" />
        <source>“%1” has changes from %2 that you kept when you quit, with values that were not valid yet. Restore them?</source>
        <translation>‘%1’ heeft wijzigingen van %2 die je bij het afsluiten hebt bewaard, met waarden die nog niet geldig waren. Wil je ze herstellen?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="712" />
        <source>Restore unsaved changes?</source>
        <translation>Niet-opgeslagen wijzigingen herstellen?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="736" />
        <source>You can keep working normally.</source>
        <translation>Je kunt gewoon verder werken.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="740" />
        <source>Your library file could not be read, so a new library was started. The damaged file was kept as:
%1

You can keep working normally.</source>
        <translation>Je bibliotheekbestand kon niet worden gelezen, dus is er een nieuwe bibliotheek gestart. Het beschadigde bestand is bewaard als:
%1

Je kunt gewoon verder werken.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="744" />
        <source>Show this notice again at the next start?</source>
        <translation>Deze melding bij de volgende start weer tonen?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="978" />
        <source>Keep your unsaved changes?</source>
        <translation>Je niet-opgeslagen wijzigingen bewaren?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="979" />
        <source>“%1” has values that are not valid yet, so they are not saved in the evaluation. Save keeps them as a draft that you are offered next time; Discard keeps the last valid version; Cancel goes back to correct them.</source>
        <translation>‘%1’ heeft waarden die nog niet geldig zijn; ze zijn dus niet in de beoordeling opgeslagen. Opslaan bewaart ze als concept dat je de volgende keer kunt herstellen; Verwerpen houdt de laatste geldige versie; Annuleren gaat terug om ze te verbeteren.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="710" />
        <source>“%1” has changes from %2 that were not saved, probably because the app closed unexpectedly. Restore them?</source>
        <translation>‘%1’ heeft wijzigingen van %2 die niet zijn opgeslagen, waarschijnlijk omdat de app onverwacht werd afgesloten. Wil je ze herstellen?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="735" />
        <location filename="../../evaluator/ui/main_window.py" line="739" />
        <location filename="../../evaluator/ui/main_window.py" line="743" />
        <source>Library was damaged</source>
        <translation>Bibliotheek was beschadigd</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="755" />
        <source>Some values are invalid; correct the fields marked in red first.</source>
        <translation>Sommige waarden zijn ongeldig; verbeter eerst de rood gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="766" />
        <location filename="../../evaluator/ui/main_window.py" line="773" />
        <location filename="../../evaluator/ui/main_window.py" line="788" />
        <source>Cannot save</source>
        <translation>Opslaan lukt niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="788" />
        <source>The file could not be written:</source>
        <translation>Het bestand kon niet worden geschreven:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="793" />
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="801" />
        <location filename="../../evaluator/ui/main_window.py" line="808" />
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="803" />
        <source>Export evaluation</source>
        <translation>Evaluatie exporteren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/main_window.py" line="928" />
        <source>Opportunity Evaluator %1

See what a network-marketing, MLM, dealer or affiliate offer really costs and earns, and whether it looks like a pyramid scheme.

An aid, not legal advice.</source>
        <translation>Opportunity Evaluator %1

Zie wat een aanbod in netwerkmarketing, MLM, als dealer of affiliate echt kost en oplevert, en of het op een piramidespel lijkt.

Een hulpmiddel, geen juridisch advies.</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="405" />
        <source>Click a field to see what it means.</source>
        <translation>Klik op een veld om te zien wat het betekent.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="442" />
        <source>Ctrl+PgDown and Ctrl+PgUp go to the next and previous section; Alt+1 to Alt+9 go to a section by its number.</source>
        <translation>Ctrl+PgDown en Ctrl+PgUp gaan naar het volgende en het vorige onderdeel; Alt+1 tot en met Alt+9 gaan naar het onderdeel met dat nummer.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="445" />
        <source>&amp;Next Section</source>
        <translation>&amp;Volgende onderdeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="446" />
        <source>&amp;Previous Section</source>
        <translation>Vo&amp;rig onderdeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/fields.py" line="269" />
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/fields.py" line="270" />
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/fields.py" line="271" />
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/fields.py" line="272" />
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="199" />
        <source>The offer</source>
        <translation>Het aanbod</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="200" />
        <source>What is offered, by whom, and in which currency.</source>
        <translation>Wat er wordt aangeboden, door wie, en in welke valuta.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="203" />
        <source>Fees and purchases</source>
        <translation>Kosten en aankopen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="424" />
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="425" />
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="429" />
        <source>the horizon</source>
        <translation>de periode van je projectie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="440" />
        <source>Sections of the evaluation</source>
        <translation>Onderdelen van de evaluatie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="447" />
        <source>The company has published an income disclosure</source>
        <translation>Er is een inkomensverklaring gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="449" />
        <source>Enter the tiers lowest earners first. Disclosed figures are gross, before expenses. You can paste rows copied from a spreadsheet: name, share %, average, median, lowest and highest, in amounts per the period above. Leave the share covered empty when the disclosure does not say it.</source>
        <translation>Vul de groepen in met de laagste verdieners eerst. De bedragen in een verklaring zijn bruto, vóór kosten. Je kunt rijen plakken die je uit een spreadsheet hebt gekopieerd: naam, aandeel %, gemiddelde, mediaan, laagste en hoogste, als bedragen per de periode hierboven. Laat het beschreven deel leeg als de verklaring dat niet zegt.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="454" />
        <source>Help for the current field</source>
        <translation>Uitleg bij het huidige veld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="463" />
        <source>Click a field to see what it means. Invalid values are marked in red with the reason; the results keep showing the last valid state.</source>
        <translation>Klik op een veld om te zien wat het betekent. Ongeldige waarden worden rood gemarkeerd met de reden; de resultaten blijven de laatste geldige stand tonen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="625" />
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="746" />
        <location filename="../../evaluator/ui/editor/form.py" line="748" />
        <source>Please check:</source>
        <translation>Controleer:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/form.py" line="768" />
        <source>This section has invalid values</source>
        <translation>Dit onderdeel bevat ongeldige waarden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/fields.py" line="403" />
        <location filename="../../evaluator/ui/editor/tables.py" line="326" />
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="339" />
        <source>Explain this term (F1)</source>
        <translation>Leg dit begrip uit (F1)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/fields.py" line="406" />
        <location filename="../../evaluator/ui/editor/tables.py" line="328" />
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="341" />
        <source>Glossary: %1</source>
        <translation>Woordenlijst: %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="174" />
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="179" />
        <source>Rank %1 (no name yet)</source>
        <translation>Rang %1 (nog zonder naam)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="300" />
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="337" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="521" />
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="642" />
        <source>Remove compo&amp;nent</source>
        <translation>Onderdeel ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="522" />
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="523" />
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="643" />
        <source>Remove component: %1</source>
        <translation>Onderdeel verwijderen: %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="639" />
        <source>Unknown component</source>
        <translation>Onbekend onderdeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="640" />
        <source>This version does not know the component type “%1”; it is kept as it is.</source>
        <translation>Deze versie kent het soort onderdeel “%1” niet; het blijft bewaard zoals het is.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="779" />
        <source>Component to add:</source>
        <translation>Onderdeel om toe te voegen:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="780" />
        <source>Component to add</source>
        <translation>Onderdeel om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="781" />
        <source>Add c&amp;omponent</source>
        <translation>&amp;Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="782" />
        <source>Add component</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/plan_editor.py" line="878" />
        <source>Every kind of component is in the plan.</source>
        <translation>Elk soort onderdeel zit al in het plan.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../evaluator/ui/editor/messages.py" line="63" />
        <location filename="../../evaluator/ui/editor/messages.py" line="81" />
        <source>Component %1</source>
        <translation>Onderdeel %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/messages.py" line="84" />
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/messages.py" line="89" />
        <source>Generation %1</source>
        <translation>Generatie %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/messages.py" line="89" />
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/messages.py" line="135" />
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/messages.py" line="138" />
        <source>must be at least “%1” (%2), the network at the start</source>
        <translation>moet minstens “%1” (%2) zijn, het netwerk bij de start</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/messages.py" line="141" />
        <source>the plan already has a “%1” (each kind at most once)</source>
        <translation>het plan heeft al een “%1” (elk soort hoogstens één keer)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="379" />
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="314" />
        <source>&amp;Add row</source>
        <translation>Rij &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="315" />
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="316" />
        <source>&amp;Remove row</source>
        <translation>Rij &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="317" />
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="319" />
        <source>&amp;Paste from spreadsheet</source>
        <translation>&amp;Plakken uit spreadsheet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="324" />
        <source>Paste from spreadsheet</source>
        <translation>Plakken uit spreadsheet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="377" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="385" />
        <source>Generation %1</source>
        <translation>Generatie %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="387" />
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="764" />
        <source>Row %1, %2</source>
        <translation>Rij %1, %2</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="572" />
        <source>Replace the rows?</source>
        <translation>De rijen vervangen?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="320" />
        <source>Replace the rows with tab-separated rows copied from a spreadsheet: name, share %, average, median, lowest, highest (amounts per the disclosure's period).</source>
        <translation>Vervang de rijen door rijen met tabs ertussen, gekopieerd uit een spreadsheet: naam, aandeel %, gemiddelde, mediaan, laagste, hoogste (bedragen per de periode van de verklaring).</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/editor/tables.py" line="573" />
        <source>The pasted rows replace the %1 rows in this table. Replace them?</source>
        <translation>De geplakte rijen vervangen de %1 rijen in deze tabel. Wil je ze vervangen?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="137" />
        <source>Used when an evaluation leaves its own reference wage empty. The default is %1; it changes every 1 January and 1 July.</source>
        <translation>Wordt gebruikt als een evaluatie geen eigen referentieloon heeft. De standaardwaarde is %1; die verandert elk jaar op 1 januari en 1 juli.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="192" />
        <source>Enter an amount of 0 or more, e.g. %1.</source>
        <translation>Vul een bedrag van 0 of meer in, bijv. %1.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="115" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="120" />
        <location filename="../../evaluator/ui/settings.py" line="127" />
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="124" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="128" />
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="129" />
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="131" />
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="134" />
        <source>Reference hourly wage</source>
        <translation>Referentie-uurloon</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="147" />
        <source>Default currency for new evaluations</source>
        <translation>Standaardvaluta voor nieuwe evaluaties</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="151" />
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="152" />
        <source>&amp;Colours:</source>
        <translation>&amp;Kleuren:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="153" />
        <source>Reference &amp;hourly wage:</source>
        <translation>Referentie-&amp;uurloon:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="156" />
        <source>Default c&amp;urrency:</source>
        <translation>Standaard&amp;valuta:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/settings.py" line="201" />
        <source>Use a three-letter code such as EUR.</source>
        <translation>Gebruik een code van drie letters, zoals EUR.</translation>
    </message>
</context>
<context>
    <name>Snackbar</name>
    <message>
        <location filename="../../evaluator/ui/widgets.py" line="180" />
        <location filename="../../evaluator/ui/widgets.py" line="181" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
</TS>