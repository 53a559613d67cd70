<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChartActions</name>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="69" />
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="70" />
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="71" />
        <source>Save chart as image</source>
        <translation>Grafiek opslaan als afbeelding</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="84" />
        <source>The chart could not be saved:</source>
        <translation>De grafiek kon niet worden opgeslagen:</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="54" />
        <source>The chart appears here.</source>
        <translation>De grafiek verschijnt hier.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="135" />
        <source>This chart could not be drawn.</source>
        <translation>Deze grafiek kon niet worden getekend.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="150" />
        <source>Copy chart</source>
        <translation>Grafiek kopiëren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="153" />
        <source>Save chart as image…</source>
        <translation>Grafiek opslaan als afbeelding…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="155" />
        <source>Show chart as table…</source>
        <translation>Grafiek als tabel tonen…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="160" />
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="161" />
        <source>Copy the chart, save it as an image, or read it as a table</source>
        <translation>Kopieer de grafiek, sla haar op als afbeelding of lees haar als tabel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="198" />
        <source>chart</source>
        <translation>grafiek</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="116" />
        <source>Chart as a table</source>
        <translation>Grafiek als tabel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="119" />
        <location filename="../../evaluator/ui/chart_actions.py" line="140" />
        <source>Chart data</source>
        <translation>Gegevens van de grafiek</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="124" />
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="143" />
        <source>This chart shows no data.</source>
        <translation>Deze grafiek toont geen gegevens.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="145" />
        <source>Copy as text</source>
        <translation>Kopiëren als tekst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_actions.py" line="146" />
        <source>Copy the table, tab-separated, to paste into a spreadsheet</source>
        <translation>Kopieer de tabel, gescheiden door tabs, om in een rekenblad te plakken</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="259" />
        <source>Nothing to earn back</source>
        <translation>Niets terug te verdienen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="127" />
        <source>Compare evaluations</source>
        <translation>Beoordelingen vergelijken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="174" />
        <source>Verdicts and key numbers</source>
        <translation>Oordelen en kerncijfers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="187" />
        <source>Red flags: which fire where</source>
        <translation>Waarschuwingssignalen: welke waar optreden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="198" />
        <source>Cumulative net result</source>
        <translation>Cumulatief nettoresultaat</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="203" />
        <source>Each line uses that evaluation's own assumptions and horizon. This is an aid, not legal advice.</source>
        <translation>Elke lijn gebruikt de eigen aannames en periode van die beoordeling. Dit is een hulpmiddel, geen juridisch advies.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="221" />
        <source>Net result over the horizon</source>
        <translation>Nettoresultaat over de periode</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="222" />
        <source>Break-even</source>
        <translation>Quitte</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="223" />
        <source>Per hour worked</source>
        <translation>Per gewerkt uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="224" />
        <source>Typical participant, net per year</source>
        <translation>Gewone deelnemer, netto per jaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="225" />
        <source>Typical participant, gross per year (disclosure, before expenses)</source>
        <translation>Gewone deelnemer, bruto per jaar (inkomensverklaring, vóór kosten)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="226" />
        <source>Participants paid nothing</source>
        <translation>Deelnemers die niets ontvingen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="227" />
        <source>Your income from recruiting</source>
        <translation>Je inkomen uit werving</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="228" />
        <source>Red flags (serious / all)</source>
        <translation>Waarschuwingssignalen (ernstig / alle)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="231" />
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="232" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="258" />
        <source>({months} months)</source>
        <translation>({months} maanden)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="259" />
        <source>Month {month}</source>
        <translation>Maand {month}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="261" />
        <source>Not within {months} months</source>
        <translation>Niet binnen {months} maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="262" />
        <source>{amount} per hour</source>
        <translation>{amount} per uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="266" />
        <source>unknown (no disclosure)</source>
        <translation>onbekend (geen inkomensverklaring)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="268" />
        <source>{gross}; the disclosure {basis}</source>
        <translation>{gross}; de verklaring {basis}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="303" />
        <source>Red flag</source>
        <translation>Waarschuwingssignaal</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="313" />
        <source>None of these evaluations raises a red flag.</source>
        <translation>Geen van deze beoordelingen geeft een waarschuwingssignaal.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="322" />
        <source>not raised</source>
        <translation>niet van toepassing</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="144" />
        <source>These figures could not be computed for this evaluation.</source>
        <translation>Deze cijfers konden voor deze beoordeling niet worden berekend.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="250" />
        <source>Before you join</source>
        <translation>Voordat je instapt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="252" />
        <source>What people ask before they sign: what stopping costs, what your upline earns from you, what the promised income takes and which of your assumptions matters most.</source>
        <translation>Wat mensen vragen voordat ze tekenen: wat stoppen kost, wat je upline aan jou verdient, wat het beloofde inkomen vraagt en welke van je aannames het zwaarst weegt.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="254" />
        <source>If you stop: what you will have paid and received</source>
        <translation>Als je stopt: wat je dan betaald en ontvangen hebt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="256" />
        <source>'Back' is what you get back when you stop: unsold stock bought back within its term, and what you paid to join when you withdraw within the cooling-off period.</source>
        <translation>'Terug' is wat je terugkrijgt als je stopt: onverkochte voorraad die binnen de termijn wordt teruggekocht, en wat je betaalde om mee te doen als je binnen de bedenktijd afziet.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="258" />
        <source>What your upline earns from you</source>
        <translation>Wat je upline aan jou verdient</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="259" />
        <source>What the promised income takes</source>
        <translation>Wat het beloofde inkomen vraagt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="260" />
        <source>Which assumption matters most</source>
        <translation>Welke aanname het zwaarst weegt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="262" />
        <source>Your net result with each assumption at half and at one and a half times what you entered, everything else unchanged. The longest bars matter most.</source>
        <translation>Je nettoresultaat met elke aanname op de helft en op anderhalf keer wat je invulde, de rest gelijk. De langste balken wegen het zwaarst.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="264" />
        <source>Tax and registration in the Netherlands (information, not advice)</source>
        <translation>Belasting en inschrijving in Nederland (informatie, geen advies)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="273" />
        <source>Stop after</source>
        <translation>Stoppen na</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="273" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="273" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="273" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="274" />
        <source>In all</source>
        <translation>In totaal</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="275" />
        <source>month %1</source>
        <translation>maand %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="288" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="289" />
        <source>Total a month</source>
        <translation>Totaal per maand</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="296" />
        <source>Computed with the plan's exact rules on the line above you, everyone active at the lowest rank that pays, on your own purchases and sales only.</source>
        <translation>Berekend met de exacte regels van het plan op de lijn boven je, iedereen actief op de laagste rang die betaalt, alleen over je eigen aankopen en verkoop.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="304" />
        <source>The recruiter named no monthly income, so there is no claim to check.</source>
        <translation>De werver noemde geen maandinkomen, dus er is geen belofte om na te gaan.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="345" />
        <source>Your income-tax rate:</source>
        <translation>Jouw tarief inkomstenbelasting:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/decisions_view.py" line="346" />
        <source>Default: %1 (%2)</source>
        <translation>Standaard: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="314" />
        <source>Basis: {source}</source>
        <translation>Grondslag: {source}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="183" />
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="184" />
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="185" />
        <source>A word, e.g. PV or autoship</source>
        <translation>Een woord, bijv. PV of autoship</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="186" />
        <source>Search the glossary</source>
        <translation>Zoeken in de woordenlijst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="187" />
        <source>Terms</source>
        <translation>Begrippen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="188" />
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="267" />
        <source>Also called: %1</source>
        <translation>Ook wel: %1</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="269" />
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="277" />
        <source>Where you enter it</source>
        <translation>Waar je het invult</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="282" />
        <source>See also:</source>
        <translation>Zie ook:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="289" />
        <source>No term matches “%1”.</source>
        <translation>Geen begrip gevonden voor ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/glossary_dialog.py" line="290" />
        <source>Try another word, or a shorter one.</source>
        <translation>Probeer een ander woord, of een korter.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../evaluator/ui/guide_dialog.py" line="121" />
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/guide_dialog.py" line="122" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/guide_dialog.py" line="123" />
        <source>Guide text</source>
        <translation>Tekst van de handleiding</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/guide_dialog.py" line="140" />
        <source>The user guide is missing from this installation.</source>
        <translation>De handleiding ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/guide_dialog.py" line="165" />
        <source>Web address copied, paste it into your browser: %1</source>
        <translation>Webadres gekopieerd, plak het in je browser: %1</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="523" />
        <source>Open or create an evaluation to see its results here.</source>
        <extracomment>emitted after new results are shown (for the shell's status bar, tests) emitted when the verdict, cards, figures, flags and texts are up to date, before the visible chart is redrawn (the benchmark's "keystroke to updated results")</extracomment>
        <translation>Open of maak een beoordeling om hier de resultaten te zien.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="524" />
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="525" />
        <source>You, the typical participant and the claim</source>
        <translation>Jij, de gewone deelnemer en de belofte</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="526" />
        <source>Key numbers</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="527" />
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="528" />
        <location filename="../../evaluator/ui/results_panel.py" line="965" />
        <source>Red flags</source>
        <translation>Waarschuwingssignalen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="529" />
        <source>What breaking even takes</source>
        <translation>Wat er nodig is om quitte te spelen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="530" />
        <source>Pyramid scheme or network marketing?</source>
        <translation>Piramidespel of netwerkmarketing?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="532" />
        <source>The eight aspects on which a pyramid scheme and network marketing differ, and where this offer stands.</source>
        <translation>De acht punten waarop een piramidespel en netwerkmarketing verschillen, en waar dit aanbod staat.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="533" />
        <source>Questions to ask the recruiter</source>
        <translation>Vragen om aan de werver te stellen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="535" />
        <source>Income and costs</source>
        <translation>Inkomsten en kosten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="536" />
        <source>All participants</source>
        <translation>Alle deelnemers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="542" />
        <source>This is an aid to help you think the offer through, not legal advice. The figures are estimates from what you entered; a company's income disclosure shows gross amounts, before expenses.</source>
        <translation>Dit is een hulpmiddel om het aanbod goed te doordenken, geen juridisch advies. De cijfers zijn schattingen op basis van wat je hebt ingevuld; de inkomensverklaring van een bedrijf toont brutobedragen, vóór kosten.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="620" />
        <location filename="../../evaluator/ui/results_panel.py" line="698" />
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="623" />
        <source>The verdict is being updated with the simulation of the whole network. The figures from your projection below are already up to date.</source>
        <translation>Het oordeel wordt bijgewerkt met de simulatie van het hele netwerk. De bedragen uit je projectie hieronder zijn al actueel.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="632" />
        <source>The simulation of the whole network could not run with this evaluation's settings, so the verdict leaves it out: {reason}</source>
        <translation>De simulatie van het hele netwerk kon met de instellingen van deze beoordeling niet draaien; het oordeel laat haar daarom buiten beschouwing: {reason}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="634" />
        <source>there is not enough memory for it</source>
        <translation>er is niet genoeg geheugen voor</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="661" />
        <source>Your net result over {months} months</source>
        <translation>Je nettoresultaat over {months} maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="663" />
        <source>Income minus every cost, from your own assumptions.</source>
        <translation>Inkomsten min alle kosten, volgens je eigen aannames.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="668" />
        <source>Nothing to earn back</source>
        <translation>Niets terug te verdienen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="669" />
        <source>No costs and no income entered yet.</source>
        <translation>Nog geen kosten en geen inkomsten ingevuld.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="671" />
        <source>Month {month}</source>
        <translation>Maand {month}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="673" />
        <source>Not within {months} months</source>
        <translation>Niet binnen {months} maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="674" />
        <source>Break-even</source>
        <translation>Quitte</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="666" />
        <source>The first month in which your cumulative result is no longer negative.</source>
        <translation>De eerste maand waarin je opgetelde resultaat niet meer negatief is.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="535" />
        <source>You, typical, claim</source>
        <translation>Jij, gewone deelnemer, belofte</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="535" />
        <source>Over time</source>
        <translation>In de tijd</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="676" />
        <source>Per hour worked</source>
        <translation>Per gewerkt uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="680" />
        <location filename="../../evaluator/ui/results_panel.py" line="683" />
        <source>Participants paid nothing</source>
        <translation>Deelnemers die niets ontvingen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="681" />
        <source>Needs the company's income disclosure.</source>
        <translation>Hiervoor is de inkomensverklaring van het bedrijf nodig.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="718" />
        <source>pays for {what}</source>
        <translation>betaalt voor {what}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="723" />
        <source>Your income by plan component</source>
        <translation>Je inkomen per onderdeel van het plan</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="724" />
        <source>Plan component</source>
        <translation>Onderdeel van het plan</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="724" />
        <source>Over 1 month</source>
        <translation>Over 1 maand</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="725" />
        <source>Over {months} months</source>
        <translation>Over {months} maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="726" />
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="727" />
        <source>Plan income</source>
        <translation>Inkomen uit het plan</translation>
    </message>
    <message>
        <source>All your income</source>
        <translation>Al je inkomen</translation>
    </message>
    <message>
        <source>Your income: your own sales and each part of the plan</source>
        <translation>Je inkomen: je eigen verkoop en elk onderdeel van het plan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="818" />
        <source>It describes {covered} of all participants; the rest are counted at zero.</source>
        <translation>Ze beschrijft {covered} van alle deelnemers; de rest telt mee met nul.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="685" />
        <source>Share of all participants who received no payment, per the disclosure.</source>
        <translation>Deel van alle deelnemers dat niets uitbetaald kreeg, volgens de inkomensverklaring.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="689" />
        <source>Your income from recruiting</source>
        <translation>Je inkomen uit werving</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="690" />
        <source>Downline commissions and recruiting and rank bonuses, as a share of your projected income.</source>
        <translation>Netwerkcommissies en wervings- en rangbonussen, als deel van je verwachte inkomen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="691" />
        <source>No projected income.</source>
        <translation>Geen verwacht inkomen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="697" />
        <location filename="../../evaluator/ui/results_panel.py" line="702" />
        <source>Simulated: people who join when you do</source>
        <translation>Gesimuleerd: wie tegelijk met jou begint</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="699" />
        <source>The simulation of the whole network is running.</source>
        <translation>De simulatie van het hele netwerk loopt.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="700" />
        <source>The simulation of the whole network could not run.</source>
        <translation>De simulatie van het hele netwerk kon niet draaien.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="754" />
        <source>Year 1 (months 1–12)</source>
        <translation>Jaar 1 (maand 1–12)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="754" />
        <source>Year 2 (months 13–24)</source>
        <translation>Jaar 2 (maand 13–24)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="764" />
        <source>{amount} a year</source>
        <translation>{amount} per jaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="765" />
        <source>{amount} a month on average</source>
        <translation>gemiddeld {amount} per maand</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="779" />
        <source>But the typical participant loses money: {amount} in year {year}.</source>
        <translation>Maar de gewone deelnemer verliest geld: {amount} in jaar {year}.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="783" />
        <source>What a typical participant gets is unknown: these figures rest only on your own assumptions.</source>
        <translation>Wat een gewone deelnemer krijgt, is onbekend: deze bedragen rusten alleen op je eigen aannames.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="786" />
        <source>From your own assumptions.</source>
        <translation>Volgens je eigen aannames.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="790" />
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="790" />
        <source>net, after every cost (your projection)</source>
        <translation>netto, na alle kosten (jouw projectie)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="805" />
        <source>a year, gross.</source>
        <translation>per jaar, bruto.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="812" />
        <source>The disclosure's figure, {gross} a year gross (before expenses), minus the costs of staying active: {costs1} in year 1, {costs2} in year 2. The disclosure {basis}.</source>
        <translation>Het bedrag uit de verklaring, {gross} per jaar bruto (vóór kosten), min de kosten om actief te blijven: {costs1} in jaar 1, {costs2} in jaar 2. De verklaring {basis}.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="822" />
        <source>Scaled up from a monthly figure, which overstates what one person gets in a year when people come and go.</source>
        <translation>Omgerekend van een maandbedrag; dat overschat wat één persoon in een jaar krijgt, omdat mensen komen en gaan.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="824" />
        <source>Scaled up from a weekly figure, which overstates what one person gets in a year when people come and go.</source>
        <translation>Omgerekend van een weekbedrag; dat overschat wat één persoon in een jaar krijgt, omdat mensen komen en gaan.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="827" />
        <source>The typical participant loses money.</source>
        <translation>De gewone deelnemer verliest geld.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="829" />
        <source>Typical participant</source>
        <translation>Gewone deelnemer</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="829" />
        <source>net, after costs (income disclosure)</source>
        <translation>netto, na kosten (inkomensverklaring)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="838" />
        <source>What the recruiter said you could earn, before any cost.</source>
        <translation>Wat je volgens de werver kunt verdienen, vóór alle kosten.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="840" />
        <source>Said to come after {months} months.</source>
        <translation>Dat zou na {months} maanden komen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="842" />
        <source>Recruiter's claim</source>
        <translation>Belofte van de werver</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="842" />
        <source>gross, before costs</source>
        <translation>bruto, vóór kosten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="848" />
        <source>Enter your hours per week to see a result per hour.</source>
        <translation>Vul je uren per week in om een resultaat per uur te zien.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="849" />
        <source>{amount} per hour</source>
        <translation>{amount} per uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="852" />
        <source>Your net result divided by the hours you put in.</source>
        <translation>Je nettoresultaat gedeeld door de uren die je erin steekt.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="855" />
        <source>At or above the reference wage of {wage}</source>
        <translation>Gelijk aan of boven het referentieloon van {wage}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="857" />
        <source>A loss per hour, against a reference wage of {wage}</source>
        <translation>Een verlies per uur, tegenover een referentieloon van {wage}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="875" />
        <source>Nothing per hour, against a reference wage of {wage}</source>
        <translation>Niets per uur, tegenover een referentieloon van {wage}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="859" />
        <source>{share} of the reference wage of {wage}</source>
        <translation>{share} van het referentieloon van {wage}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="868" />
        <source>set in this evaluation</source>
        <translation>ingesteld in deze beoordeling</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="963" />
        <source>Red flags — serious: {serious}, warnings: {warning}, notes: {info}</source>
        <translation>Waarschuwingssignalen — ernstig: {serious}, waarschuwingen: {warning}, opmerkingen: {info}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="966" />
        <source>No red flags were raised by what you entered.</source>
        <translation>Wat je hebt ingevuld geeft geen waarschuwingssignalen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="976" />
        <source>With your own assumptions you already break even within the horizon.</source>
        <translation>Met je eigen aannames speel je al binnen de periode quitte.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="981" />
        <source>• New outside customers needed per month (with no recruiting): {n}</source>
        <translation>• Nieuwe klanten van buiten nodig per maand (zonder werven): {n}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="984" />
        <source>• Selling to outside customers alone cannot make this break even.</source>
        <translation>• Alleen met verkoop aan klanten van buiten speel je hier niet quitte.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="986" />
        <source>• Active personal recruits needed (with no customers): {n}</source>
        <translation>• Actieve directe rekruten nodig (zonder klanten): {n}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="989" />
        <source>— with equal-chance recruitment only {share} of participants ever recruit that many.</source>
        <translation>— als iedereen evenveel kans heeft om te werven, werft maar {share} van de deelnemers er ooit zoveel.</translation>
    </message>
    <message>
        <source>• Personal recruits needed (with no customers): {k} in all, about {active} of them still active at the end</source>
        <translation>• Eigen rekruten nodig (zonder klanten): {k} in totaal, van wie er aan het eind nog ongeveer {active} actief zijn</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="993" />
        <source>• Recruiting alone cannot make this break even.</source>
        <translation>• Alleen met werven speel je hier niet quitte.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="1003" />
        <source>Aspect</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="1003" />
        <source>Pyramid scheme</source>
        <translation>Piramidespel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="1003" />
        <source>Network marketing</source>
        <translation>Netwerkmarketing</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="1003" />
        <source>This offer</source>
        <translation>Dit aanbod</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="1102" />
        <source>No open questions: you filled in everything the evaluator asks about.</source>
        <translation>Geen open vragen: je hebt alles ingevuld waar de beoordeling naar vraagt.</translation>
    </message>
</context>
<context>
    <name>SimulationView</name>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="392" />
        <source>%1: at most %2 in a simulation; you typed %3.</source>
        <extracomment>the SimulationResult after a run, or None when the shown result is cleared True while a simulation runs the user edited one of the document's simulation settings: (field path, new value)</extracomment>
        <translation>%1: hoogstens %2 in een simulatie; je typte %3.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="395" />
        <source>%1: at most %2; you typed %3.</source>
        <translation>%1: hoogstens %2; je typte %3.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="395" />
        <source>%1: at least %2 (the participants the company starts with); you typed %3.</source>
        <translation>%1: minstens %2 (het aantal deelnemers waarmee het bedrijf begint); je typte %3.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="438" />
        <source>Simulating…</source>
        <translation>Bezig met simuleren…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="446" />
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="653" />
        <source>The simulation plays out the whole network under this offer's payout plan, month by month, with thousands of participants who join, recruit, sell and quit at random. It shows how results spread across everyone, not just one hopeful projection.</source>
        <translation>De simulatie speelt het hele netwerk na onder het verdienmodel van dit aanbod, maand na maand, met duizenden deelnemers die willekeurig instappen, werven, verkopen en stoppen. Zo zie je hoe de resultaten over iedereen verdeeld zijn, niet alleen één hoopvolle projectie.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="656" />
        <source>This evaluation's simulation (the verdict uses it)</source>
        <translation>De simulatie die het oordeel gebruikt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="660" />
        <source>the horizon</source>
        <translation>de periode van je projectie</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="661" />
        <source>Exploratory run (does not change the verdict)</source>
        <translation>Verkennende simulatie (verandert het oordeel niet)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="669" />
        <source>Run exploratory simulation</source>
        <translation>Verkennende simulatie starten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="670" />
        <source>Cancel</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="672" />
        <source>The evaluation or the settings changed since this simulation ran: run it again to update.</source>
        <translation>De beoordeling of de instellingen zijn gewijzigd sinds deze simulatie liep: start hem opnieuw om bij te werken.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="673" />
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="675" />
        <source>Participants (ever / peak / at the end)</source>
        <translation>Deelnemers (ooit / hoogste aantal / aan het eind)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="676" />
        <source>Ended with a profit</source>
        <translation>Eindigde met winst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="677" />
        <source>Share of all earnings to the top 1% / top 10%</source>
        <translation>Deel van alle verdiensten naar de top 1% / top 10%</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="678" />
        <source>Volume bought by participants themselves</source>
        <translation>Volume gekocht door deelnemers zelf</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="679" />
        <source>Paid out to participants, as a share of all they paid in</source>
        <translation>Uitbetaald aan deelnemers, als deel van alles wat zij inlegden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="680" />
        <source>Computed in</source>
        <translation>Berekend in</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="684" />
        <source>Net result by percentile</source>
        <translation>Nettoresultaat per percentiel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="685" />
        <source>Percentile</source>
        <translation>Percentiel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="685" />
        <source>People who join when you do</source>
        <translation>Wie tegelijk met jou begint</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="685" />
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="689" />
        <source>The 10% line: one in ten did worse than this. The 50% line is the median participant. "People who join when you do" are those who join in the first simulated month.</source>
        <translation>De regel 10%: één op de tien deed het slechter dan dit. De regel 50% is de middelste (mediane) deelnemer. "Wie tegelijk met jou begint" zijn de deelnemers die in de eerste gesimuleerde maand instappen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="691" />
        <source>Outcomes across all participants</source>
        <translation>Uitkomsten over alle deelnemers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="763" />
        <source>Updating: simulating the whole network with these settings…</source>
        <translation>Bijwerken: het hele netwerk wordt met deze instellingen gesimuleerd…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="766" />
        <source>Up to date: {ever} participants in all; {share} of those who join when you do end with a profit.</source>
        <translation>Actueel: {ever} deelnemers in totaal; {share} van wie tegelijk met jou begint, eindigt met winst.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="771" />
        <source>The simulation could not run with these settings, so the verdict leaves it out.</source>
        <translation>De simulatie kon met deze instellingen niet draaien; het oordeel laat haar daarom buiten beschouwing.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="805" />
        <source>Open an evaluation to simulate it.</source>
        <translation>Open een beoordeling om die te simuleren.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="809" />
        <source>The company starts with {existing} participants; each recruits {rate} people a month on average while there are still people to recruit, and {churn} quit each month. Change these in the editor's simulation settings.</source>
        <translation>Het bedrijf begint met {existing} deelnemers; elk werft gemiddeld {rate} mensen per maand zolang er nog mensen te werven zijn, en {churn} stopt elke maand. Je wijzigt dit in de simulatie-instellingen van de editor.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="886" />
        <source>Finished.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="896" />
        <source>Cancelled</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="903" />
        <source>The simulation failed: {error}</source>
        <translation>De simulatie is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="912" />
        <source>There was not enough memory for a simulation this large. Lower the number of participants or months and run it again.</source>
        <translation>Er was niet genoeg geheugen voor een simulatie van deze omvang. Verlaag het aantal deelnemers of maanden en start hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="921" />
        <source>Exploratory run: it does not change the verdict.</source>
        <translation>Verkennende simulatie: die verandert het oordeel niet.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="922" />
        <source>This evaluation's simulation, with its own settings and seed: the verdict uses it.</source>
        <translation>De simulatie van deze beoordeling, met haar eigen instellingen en startwaarde: het oordeel gebruikt haar.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="928" />
        <source>{cohort} of people who join when you do; {everyone} of everyone</source>
        <translation>{cohort} van wie tegelijk met jou begint; {everyone} van iedereen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="936" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
<message><source>Up to date: {ever} participants in all; of the 1 person who joins when you do, {share} ends with a profit.</source><translation>Actueel: {ever} deelnemers in totaal; van de 1 persoon die tegelijk met jou begint, eindigt {share} met winst.</translation></message><message><source>Up to date: {ever} participants in all; of the {count} people who join when you do, {share} end with a profit.</source><translation>Actueel: {ever} deelnemers in totaal; van de {count} mensen die tegelijk met jou beginnen, eindigt {share} met winst.</translation></message><message><source>{cohort} of the 1 person who joins when you do; {everyone} of everyone</source><translation>{cohort} van de 1 persoon die tegelijk met jou begint; {everyone} van iedereen</translation></message><message><source>{cohort} of the {count} people who join when you do; {everyone} of everyone</source><translation>{cohort} van de {count} mensen die tegelijk met jou beginnen; {everyone} van iedereen</translation></message><message><source>Up to date: {ever} participants in all; nobody joined in the simulation&apos;s first month, so no one joins when you do.</source><translation>Actueel: {ever} deelnemers in totaal; in de eerste maand van de simulatie begon niemand, dus niemand begint tegelijk met jou.</translation></message><message><source>nobody joins when you do; {everyone} of everyone</source><translation>niemand begint tegelijk met jou; {everyone} van iedereen</translation></message></context>
<context>
    <name>format</name>
    <message>
        <location filename="../../evaluator/ui/format.py" line="75" />
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
</TS>