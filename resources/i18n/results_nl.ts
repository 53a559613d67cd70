<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="43"/>
        <source>The chart appears here.</source>
        <translation>De grafiek verschijnt hier.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/chart_canvas.py" line="106"/>
        <source>This chart could not be drawn.</source>
        <translation>Deze grafiek kon niet worden getekend.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="100"/>
        <source>Compare evaluations</source>
        <translation>Beoordelingen vergelijken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="114"/>
        <source>Verdicts and key numbers</source>
        <translation>Oordelen en kerncijfers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="127"/>
        <source>Red flags: which fire where</source>
        <translation>Waarschuwingssignalen: welke waar optreden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="138"/>
        <source>Cumulative net result</source>
        <translation>Cumulatief nettoresultaat</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="143"/>
        <source>Each line uses that evaluation&apos;s own assumptions and horizon. This is an aid, not legal advice.</source>
        <translation>Elke lijn gebruikt de eigen aannames en periode van die beoordeling. Dit is een hulpmiddel, geen juridisch advies.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="161"/>
        <source>Net result over the horizon</source>
        <translation>Nettoresultaat over de periode</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="162"/>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="163"/>
        <source>Per hour worked</source>
        <translation>Per gewerkt uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="164"/>
        <source>Typical participant, net per year</source>
        <translation>Typische deelnemer, netto per jaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="165"/>
        <source>Typical participant, gross per year (disclosure, before expenses)</source>
        <translation>Typische deelnemer, bruto per jaar (inkomensverklaring, vóór kosten)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="166"/>
        <source>Participants paid nothing</source>
        <translation>Deelnemers die niets ontvingen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="167"/>
        <source>Your income from recruiting</source>
        <translation>Je inkomen uit werving</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="168"/>
        <source>Red flags (serious / all)</source>
        <translation>Waarschuwingssignalen (ernstig / alle)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="171"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="172"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="198"/>
        <source>({months} months)</source>
        <translation>({months} maanden)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="199"/>
        <source>Month {month}</source>
        <translation>Maand {month}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="201"/>
        <source>Not within {months} months</source>
        <translation>Niet binnen {months} maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="202"/>
        <source>{amount} per hour</source>
        <translation>{amount} per uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="205"/>
        <source>unknown (no disclosure)</source>
        <translation>onbekend (geen inkomensverklaring)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="207"/>
        <source>{gross}; the disclosure {basis}</source>
        <translation>{gross}; de verklaring {basis}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="242"/>
        <source>Red flag</source>
        <translation>Waarschuwingssignaal</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="252"/>
        <source>None of these evaluations raises a red flag.</source>
        <translation>Geen van deze beoordelingen geeft een waarschuwingssignaal.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/compare_view.py" line="261"/>
        <source>not raised</source>
        <translation>niet van toepassing</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="116"/>
        <source>Basis: {source}</source>
        <translation>Grondslag: {source}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="277"/>
        <source>Open or create an evaluation to see its results here.</source>
        <extracomment>emitted after new results are shown (for the shell&apos;s status bar, tests)</extracomment>
        <translation>Open of maak een beoordeling om hier de resultaten te zien.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="278"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="279"/>
        <source>Key numbers</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="280"/>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="281"/>
        <location filename="../../evaluator/ui/results_panel.py" line="493"/>
        <source>Red flags</source>
        <translation>Waarschuwingssignalen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="282"/>
        <source>What breaking even takes</source>
        <translation>Wat er nodig is om quitte te spelen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="283"/>
        <source>Pyramid scheme or network marketing?</source>
        <translation>Piramidespel of netwerkmarketing?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="285"/>
        <source>The eight aspects on which a pyramid scheme and network marketing differ, and where this offer stands.</source>
        <translation>De acht punten waarop een piramidespel en netwerkmarketing verschillen, en waar dit aanbod staat.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="286"/>
        <source>Questions to ask the recruiter</source>
        <translation>Vragen om aan de werver te stellen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="288"/>
        <source>Your result over time</source>
        <translation>Je resultaat in de tijd</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="288"/>
        <source>Income and costs</source>
        <translation>Inkomsten en kosten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="289"/>
        <source>All participants</source>
        <translation>Alle deelnemers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="289"/>
        <source>Pitch and reality</source>
        <translation>Belofte en werkelijkheid</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="295"/>
        <source>This is an aid to help you think the offer through, not legal advice. The figures are estimates from what you entered; a company&apos;s income disclosure shows gross amounts, before expenses.</source>
        <translation>Dit is een hulpmiddel om het aanbod goed te doordenken, geen juridisch advies. De cijfers zijn schattingen op basis van wat je hebt ingevuld; de inkomensverklaring van een bedrijf toont brutobedragen, vóór kosten.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="352"/>
        <source>Your net result over {months} months</source>
        <translation>Je nettoresultaat over {months} maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="354"/>
        <source>Income minus every cost, from your own assumptions.</source>
        <translation>Inkomsten min alle kosten, volgens je eigen aannames.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="357"/>
        <source>Month {month}</source>
        <translation>Maand {month}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="359"/>
        <source>Not within {months} months</source>
        <translation>Niet binnen {months} maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="360"/>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="361"/>
        <source>The first month in which your cumulative result is no longer negative.</source>
        <translation>De eerste maand waarin je opgetelde resultaat niet meer negatief is.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="363"/>
        <source>Per hour worked</source>
        <translation>Per gewerkt uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="367"/>
        <source>Typical participant, per year</source>
        <translation>Typische deelnemer, per jaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="368"/>
        <source>No income disclosure entered: what typical participants earn is unknown.</source>
        <translation>Geen inkomensverklaring ingevuld: wat typische deelnemers verdienen is onbekend.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="369"/>
        <location filename="../../evaluator/ui/results_panel.py" line="383"/>
        <source>Participants paid nothing</source>
        <translation>Deelnemers die niets ontvingen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="370"/>
        <source>Needs the company&apos;s income disclosure.</source>
        <translation>Hiervoor is de inkomensverklaring van het bedrijf nodig.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="373"/>
        <source>Gross figures from the disclosure, before expenses: {gross} a year, minus the costs of staying active, {costs} a year. The disclosure {basis}.</source>
        <translation>Brutobedragen uit de inkomensverklaring, vóór kosten: {gross} per jaar, min de kosten om actief te blijven, {costs} per jaar. De verklaring {basis}.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="379"/>
        <source>It describes {covered} of all participants; the rest are counted at zero.</source>
        <translation>Ze beschrijft {covered} van alle deelnemers; de rest telt mee met nul.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="381"/>
        <source>Typical participant, net per year</source>
        <translation>Typische deelnemer, netto per jaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="385"/>
        <source>Share of all participants who received no payment, per the disclosure.</source>
        <translation>Deel van alle deelnemers dat niets uitbetaald kreeg, volgens de inkomensverklaring.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="389"/>
        <source>Your income from recruiting</source>
        <translation>Je inkomen uit werving</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="390"/>
        <source>Downline commissions and recruiting and rank bonuses, as a share of your projected income.</source>
        <translation>Netwerkcommissies en wervings- en rangbonussen, als deel van je verwachte inkomen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="391"/>
        <source>No projected income.</source>
        <translation>Geen verwacht inkomen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="396"/>
        <location filename="../../evaluator/ui/results_panel.py" line="400"/>
        <source>Simulated: people who join when you do</source>
        <translation>Gesimuleerd: wie tegelijk met jou begint</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="397"/>
        <source>Run the population simulation to see the spread of outcomes.</source>
        <translation>Start de simulatie om de spreiding van de uitkomsten te zien.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="402"/>
        <source>Median net result over the simulation; {share} of them end with a profit.</source>
        <translation>Mediaan nettoresultaat over de simulatie; {share} van hen eindigt met winst.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="408"/>
        <source>Enter your hours per week to see a result per hour.</source>
        <translation>Vul je uren per week in om een resultaat per uur te zien.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="409"/>
        <source>{amount} per hour</source>
        <translation>{amount} per uur</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="412"/>
        <source>Your net result divided by the hours you put in.</source>
        <translation>Je nettoresultaat gedeeld door de uren die je erin steekt.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="415"/>
        <source>At or above the reference wage of {wage}</source>
        <translation>Gelijk aan of boven het referentieloon van {wage}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="417"/>
        <source>A loss per hour, against a reference wage of {wage}</source>
        <translation>Een verlies per uur, tegenover een referentieloon van {wage}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="419"/>
        <source>{share} of the reference wage of {wage}</source>
        <translation>{share} van het referentieloon van {wage}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="428"/>
        <source>set in this evaluation</source>
        <translation>ingesteld in deze beoordeling</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="491"/>
        <source>Red flags — serious: {serious}, warnings: {warning}, notes: {info}</source>
        <translation>Waarschuwingssignalen — ernstig: {serious}, waarschuwingen: {warning}, opmerkingen: {info}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="494"/>
        <source>No red flags were raised by what you entered.</source>
        <translation>Wat je hebt ingevuld geeft geen waarschuwingssignalen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="507"/>
        <source>With your own assumptions you already break even within the horizon.</source>
        <translation>Met je eigen aannames speel je al binnen de periode quitte.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="512"/>
        <source>• New outside customers needed per month (with no recruiting): {n}</source>
        <translation>• Nieuwe klanten van buiten nodig per maand (zonder werven): {n}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="515"/>
        <source>• Selling to outside customers alone cannot make this break even.</source>
        <translation>• Alleen met verkoop aan klanten van buiten speel je hier niet quitte.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="517"/>
        <source>• Active personal recruits needed (with no customers): {n}</source>
        <translation>• Actieve directe rekruten nodig (zonder klanten): {n}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="520"/>
        <source>— with equal-chance recruitment at most {share} of participants ever get that many.</source>
        <translation>— als iedereen even veel kans heeft om te werven, krijgt hooguit {share} van de deelnemers er ooit zoveel.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="524"/>
        <source>• Recruiting alone cannot make this break even.</source>
        <translation>• Alleen met werven speel je hier niet quitte.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="534"/>
        <source>Aspect</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="534"/>
        <source>Pyramid scheme</source>
        <translation>Piramidespel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="534"/>
        <source>Network marketing</source>
        <translation>Netwerkmarketing</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="534"/>
        <source>This offer</source>
        <translation>Dit aanbod</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/results_panel.py" line="631"/>
        <source>No open questions: you filled in everything the evaluator asks about.</source>
        <translation>Geen open vragen: je hebt alles ingevuld waar de beoordeling naar vraagt.</translation>
    </message>
</context>
<context>
    <name>SimulationView</name>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="228"/>
        <source>Simulating…</source>
        <extracomment>the SimulationResult after a run, or None when the shown result is cleared True while a simulation runs</extracomment>
        <translation>Bezig met simuleren…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="236"/>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="393"/>
        <source>The simulation plays out the whole network under this offer&apos;s payout plan, month by month, with thousands of participants who join, recruit, sell and quit at random. It shows how results spread across everyone, not just one hopeful projection.</source>
        <translation>De simulatie speelt het hele netwerk na onder het verdienmodel van dit aanbod, maand na maand, met duizenden deelnemers die willekeurig instappen, werven, verkopen en stoppen. Zo zie je hoe de resultaten over iedereen verdeeld zijn, niet alleen één hoopvolle projectie.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="396"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="397"/>
        <source>Market size (people who could ever join)</source>
        <translation>Marktomvang (mensen die ooit mee kunnen doen)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="398"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="399"/>
        <source>Random seed</source>
        <translation>Startwaarde toeval</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="400"/>
        <source>No one joins beyond this number of people.</source>
        <translation>Boven dit aantal mensen meldt niemand zich meer aan.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="401"/>
        <source>The same seed gives the same simulation.</source>
        <translation>Dezelfde startwaarde geeft dezelfde simulatie.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="402"/>
        <source>Run simulation</source>
        <translation>Simulatie starten</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="403"/>
        <source>Cancel</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="405"/>
        <source>The evaluation or the settings changed since this simulation ran: run it again to update.</source>
        <translation>De beoordeling of de instellingen zijn gewijzigd sinds deze simulatie liep: start hem opnieuw om bij te werken.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="406"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="408"/>
        <source>Participants (ever / peak / at the end)</source>
        <translation>Deelnemers (ooit / hoogste aantal / aan het eind)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="409"/>
        <source>Ended with a profit</source>
        <translation>Eindigde met winst</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="410"/>
        <source>Share of all earnings to the top 1% / top 10%</source>
        <translation>Deel van alle verdiensten naar de top 1% / top 10%</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="411"/>
        <source>Volume bought by participants themselves</source>
        <translation>Volume gekocht door deelnemers zelf</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="412"/>
        <source>Paid out to participants, as a share of all they paid in</source>
        <translation>Uitbetaald aan deelnemers, als deel van alles wat zij inlegden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="413"/>
        <source>Computed in</source>
        <translation>Berekend in</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="417"/>
        <source>Net result by percentile</source>
        <translation>Nettoresultaat per percentiel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="418"/>
        <source>Percentile</source>
        <translation>Percentiel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="418"/>
        <source>People who join when you do</source>
        <translation>Wie tegelijk met jou begint</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="418"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="422"/>
        <source>The 10% line: one in ten did worse than this. The 50% line is the median participant. &quot;People who join when you do&quot; are those who join in the first simulated month.</source>
        <translation>De regel 10%: één op de tien deed het slechter dan dit. De regel 50% is de middelste (mediane) deelnemer. &quot;Wie tegelijk met jou begint&quot; zijn de deelnemers die in de eerste gesimuleerde maand instappen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="424"/>
        <source>Outcomes across all participants</source>
        <translation>Uitkomsten over alle deelnemers</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="455"/>
        <source>Open an evaluation to simulate it.</source>
        <translation>Open een beoordeling om die te simuleren.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="459"/>
        <source>The company starts with {existing} participants; each recruits {rate} people a month on average while the market is empty, and {churn} quit each month. Change these in the editor&apos;s simulation settings.</source>
        <translation>Het bedrijf begint met {existing} deelnemers; elk werft gemiddeld {rate} mensen per maand zolang de markt nog leeg is, en {churn} stopt elke maand. Je wijzigt dit in de simulatie-instellingen van de editor.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="524"/>
        <source>Finished.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="534"/>
        <source>Cancelled</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="541"/>
        <source>The simulation failed: {error}</source>
        <translation>De simulatie is mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="549"/>
        <source>There was not enough memory for a simulation this large. Lower the number of participants or months and run it again.</source>
        <translation>Er was niet genoeg geheugen voor een simulatie van deze omvang. Verlaag het aantal deelnemers of maanden en start hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="567"/>
        <source>{cohort} of people who join when you do; {everyone} of everyone</source>
        <translation>{cohort} van wie tegelijk met jou begint; {everyone} van iedereen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/simulation_view.py" line="576"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../evaluator/ui/format.py" line="69"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="74"/>
        <source>Likely a pyramid scheme</source>
        <translation>Waarschijnlijk een piramidespel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="75"/>
        <source>High risk</source>
        <translation>Hoog risico</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="76"/>
        <source>Caution</source>
        <translation>Voorzichtig</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="77"/>
        <source>Lower risk</source>
        <translation>Lager risico</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="83"/>
        <source>Serious</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="83"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="83"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="89"/>
        <source>counts all participants</source>
        <translation>telt alle deelnemers mee</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="90"/>
        <source>counts active participants only</source>
        <translation>telt alleen actieve deelnemers mee</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="91"/>
        <source>counts only participants who earned something</source>
        <translation>telt alleen deelnemers mee die iets verdienden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="92"/>
        <source>does not say whom it counts</source>
        <translation>zegt niet wie er worden meegeteld</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="99"/>
        <source>leans to pyramid scheme</source>
        <translation>neigt naar piramidespel</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="100"/>
        <source>leans to network marketing</source>
        <translation>neigt naar netwerkmarketing</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/format.py" line="101"/>
        <source>unclear</source>
        <translation>onduidelijk</translation>
    </message>
</context>
</TS>
