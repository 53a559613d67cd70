<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>InterviewDialog</name>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="190" />
        <source>I've been pitched an opportunity</source>
        <translation>Ik ben benaderd voor een kans</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="191" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="192" />
        <source>The previous question (Alt+Left)</source>
        <translation>De vorige vraag (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="193" />
        <source>I &amp;don't know</source>
        <translation>&amp;Weet ik niet</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="194" />
        <source>Skip this question: it becomes a question to ask the recruiter</source>
        <translation>Sla deze vraag over: hij wordt een vraag om aan de werver te stellen</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="195" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="196" />
        <source>Words on this page:</source>
        <translation>Woorden op deze pagina:</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="197" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="198" />
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="236" />
        <source>Question %1 of about %2</source>
        <translation>Vraag %1 van ongeveer %2</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="246" />
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="250" />
        <source>Your answer so far: I don't know.</source>
        <translation>Je antwoord tot nu toe: weet ik niet.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="298" />
        <location filename="../../evaluator/ui/interview_dialog.py" line="299" />
        <source>Discard your answers?</source>
        <translation>Je antwoorden weggooien?</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="301" />
        <source>The answers you gave in this interview will be lost.</source>
        <translation>De antwoorden die je in dit vraaggesprek gaf, gaan dan verloren.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="302" />
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="303" />
        <source>&amp;Keep answering</source>
        <translation>&amp;Verder antwoorden</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="365" />
        <source>Choose one of the answers (type its number), or press “I don't know”.</source>
        <translation>Kies een van de antwoorden (typ het nummer), of druk op ‘Weet ik niet’.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="383" />
        <source>What does “%1” mean? (F1 for the first word)</source>
        <translation>Wat betekent ‘%1’? (F1 voor het eerste woord)</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="400" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="401" />
        <source>That's all. Your evaluation is ready.</source>
        <translation>Dat was het. Je evaluatie is klaar.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="402" />
        <source>The results open next to the full editor, where you can change or add anything.</source>
        <translation>De resultaten openen naast de volledige editor, waarin je alles kunt wijzigen of aanvullen.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="404" />
        <source>Ask the recruiter (these questions are kept in the evaluation's notes):</source>
        <translation>Vraag de werver (deze vragen staan bewaard in de notities van de evaluatie):</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="407" />
        <source>You answered every question.</source>
        <translation>Je hebt elke vraag beantwoord.</translation>
    </message>
    <message>
        <location filename="../../evaluator/ui/interview_dialog.py" line="415" />
        <source>&amp;Show the results</source>
        <translation>Toon de &amp;resultaten</translation>
    </message>
</context>
</TS>