<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Referral summary preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} page(s), marked {marking}. Check the summary before you save or send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral package (*.mappa.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as text. Paste it only into a secure e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as HTML. Paste it only into a secure e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the referrals database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA Desktop cannot open the referrals database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrals database is on a read-only disk: it was opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read, search and export referrals in {path}, but changes cannot be saved there. To work on it, copy the file (with any -wal and -shm files beside it) to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved elsewhere {n} time(s) since you opened it (you have revision {mine}, the database has {theirs}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — your login, in another window or on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {time} by {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier saves are in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no details of the other save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version of referral {ref}, as it was on your screen at {time}. It was NOT saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where yours differs from the version now open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: yours {yours}; now open {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no differences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the form did not accept (not in the JSON below):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole referral as it was on your screen (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA leads offender management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If MAPPA manages this person, MAPPA leads offender management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heard {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DASH score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heard at MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not heard at MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victim {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC: {facts}. {lead}; MARAC keeps the victim&apos;s safety plan: share the risk plan with the MARAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted as a nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local RFG/RFGV score {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a local score; no bands are assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATAC: {facts}. MATAC tasks partners against serial domestic abuse perpetrators; agree with MAPPA who leads each action so the plans do not pull apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOM: {cohort} cohort{ref}. IOM manages prolific offending; align the IOM and MAPPA plans, with MAPPA leading on the risk of serious harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence and sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index offence, or for Category 3 the relevant caution. Give brief details as bullet points; do not paste from the pre-sentence report or other documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Index offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the offence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it a caution?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence or caution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence (length and type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief offence details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous related offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody and release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the person is now and the dates that matter for the current sentence or order. The earliest release date includes temporary release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody, hospital and release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison or hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained in hospital?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed release address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be the approved address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release address approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current risk assessment: OASys risk of serious harm, other tools, and to whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of serious harm by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the RoSH assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no overall RoSH is given, the highest of these is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other risk tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example RM2000, ARMS, OSP, RSR or SARA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse, MARAC, MATAC and IOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse by this person and the other forums that know them. MARAC is about the victim&apos;s safety; MATAC and IOM manage perpetrators; MAPPA is the statutory arrangement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARAC case references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each MARAC case reference with its hearing date and the repeat flag, to cross-reference. Each victim&apos;s own MARAC answers are asked with the victim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATAC reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local RFG/RFGV score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from your force, with its source. No bands are assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOM reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies and information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else is involved, on what basis information is shared, and the shared records. Confirm records against nDelius and ViSOR: this tool is not the system of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this person need multi-agency management? Say what the agencies will do together that one agency cannot do alone. Use short bullet points; do not paste from reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk to whom, and why now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a higher level would add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level you are referring to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s own views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person says about the referral, in their words where possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 replaced, %3 kept as they were, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known / none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt now fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt no longer fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose none and none apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose %1; the answer is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is managed or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible (no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you did not choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your choice does not hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record. Every case in this document is fictional; nothing here is a referral or a decision about a real person. Answers were marked against the rule pack in force on each scenario&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA training: quiz results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA Desktop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MAPPA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline decision aid for Multi-Agency Public Protection Arrangements referrals in England and Wales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool helps you decide and explain; it is not the system of record. Confirm identities and convictions against nDelius, ViSOR and the PNC. Referrals held here are OFFICIAL-SENSITIVE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note: what you did or decided about this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement, your note, who and when stay in the referral&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardFiguresForm</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iversity by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures as a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals have been received yet. Import referral packages on the Queue tab; the figures appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random sample of not-accepted referrals for audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons and note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardFiguresWidget</name>
    <message>
        <source>none decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referral(s); %2 decided; accepted at Level 2 or 3: %3. Not accepted: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level sought against level decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate (% of decided, Level 2 or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category 3 domestic abuse referrals by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 not-accepted referrals drawn at random for audit (seed %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity of referrals and decisions: %1 (&apos;unknown&apos; and &apos;declined&apos; counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem in {section}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {victim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: {victim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and level referred under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the category and level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the category and level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the referral before you mark it ready to send. Use Change to go back to a section; your answers are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this referral can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and export the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionQuestion</name>
    <message>
        <source>Have you completed this section?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I&apos;ve completed this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I&apos;ll come back to it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as completed. {n} thing(s) still needed here before it shows Complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice only: the officer decides. Rule pack {pack}, version {version}, on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a different category or level, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my own category or level, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other forums and MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the answers given settle the category and level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that could change the outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the question: {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known (Category {met} is met; an earlier one is still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no category is met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to show or hide why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(answer: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To consider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance cited: {cites}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by {who} on {when}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s decision: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid said {aid} (rule pack {version}). Decided by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a referral to see the aid&apos;s advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}. Exported {exported}, changed {changed}: the exported PDF or package is out of date. Check your answers and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>The referral&apos;s content is the same; only the file differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing changes: %1. The earlier version stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral already received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral for %1 (reference %2) was received on %3. Keep the record you have, or replace its content with %4? Its screening status and decisions are kept either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitedTextEdit</name>
    <message>
        <source>Characters remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached the limit of {limit} characters: the rest was not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the referrals database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new referral (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected referral as a new draft (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected referral (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration database: fictional people, deleted when you close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA Desktop — {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA Desktop — demonstration (fictional data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral matches “{search}”.

Search looks at names, aliases, PNC IDs and ViSOR, nDelius and MARAC references. Check the spelling, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet.

Start one with New referral (Ctrl+N). It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} referrals match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {total} referrals — scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes to this referral could not be saved:

{reason}

Stay to fix them, or leave and lose those changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was saved, but recording it failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral started. It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as a new draft. The original is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the referral for {name}?

It will be removed from this computer. The audit log keeps a record that it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demonstration (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, alias, PNC ID or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral open.

Choose one from the list, or start a new referral (Ctrl+N).
Your typing is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPPA coordinators screen received referral packages here: import them, decide with recorded reasons, watch deadlines and prepare figures for the strategic management board.

Opening the screening queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise MAPPA referral decisions on fictional cases, and compare your answer with the guidance. Nothing you do in training touches real referrals.

Opening the training area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>Security marking, language, your name and the database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MAPPA Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>Enter a whole number in digits, like 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number in digits, like 18 or 4.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}, up to {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Who is using MAPPA Desktop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name, role and agency. They are filled in as the referrer on new referrals and recorded beside your computer login ({login}) when you record a decision or acknowledge a prompt. You can change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation Service, Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid&apos;s outcome: {category}; recommended {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the aid says ({outcome})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the category and level you refer under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (needed when your decision differs from the aid&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the aid&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer under {category} and {level}, as the aid says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw my decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category or level different from the aid&apos;s, or use the aid&apos;s outcome, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid has not settled it yet: choose both the category and the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a rationale of at least {n} characters: why your decision differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your own decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aid gives advice; you decide. If you disagree with its category or level, record yours and say why. The aid&apos;s outcome, yours, your reasons, the rule-pack version, who and when are all kept, and the change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale (required): why your decision differs from the aid&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Why we ask: the answer can change {outcomes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year, blank if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From other answers in this referral: {answer}. Answer here to say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{answer}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}. Until then the referral keeps {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it as not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Choose a category, a level and the prompts that apply, then Submit (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category and a level first (choose &apos;Not yet known&apos; if so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session: %1 scenarios, %2 of %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save quiz results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral was ready to send and has changed, so it is a draft again. Check your answers and mark it ready again; export a new package, as any earlier one is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet: {n} thing(s) to do, listed above. The draft is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fields} — fix the answer shown in red; everything else is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this referral was changed in another window, so your latest changes were not saved. They are still on screen. Make another change, or leave the referral, to choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the referrals list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the referrals list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the referral the whole window (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>The referral for {name} was changed in another window while you had it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral was changed in another window while you had it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet; they are still on screen. Choose which version to keep.

Keep my version: saves what is on your screen over the other changes. Both versions stay in the audit log.

Use the other version: opens the version saved elsewhere. Your unsaved changes are shown next, for you to copy anything you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what is on your screen over the other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the version saved elsewhere and show your unsaved changes to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your changes on screen without saving them; you will be asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other version is now open. Your unsaved changes are below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your unsaved changes (the whole referral as it was on your screen). They are not saved anywhere: copy what you need before closing this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningArea</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the screening queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, aliases, PNC, references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only domestic abuse referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only referrals with an overdue deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import referral packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import referral packages (.mappa.json), or drop files or folders here (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures for the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDetail</name>
    <message>
        <source>Choose a referral in the queue to screen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible for MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral could not be assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known (information missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer asks for another level: record why you decide as you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline is tracked for this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package replaced by a newer copy; changed: %1. The earlier version is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision, then give at least one reason for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDetailForm</name>
    <message>
        <source>Referral being screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral in the queue to screen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level sought and the aid&apos;s recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (at least one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: anything the reasons do not say (required for &apos;Other&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for more information (edit, then copy or save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request note to send to the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request note to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision with its reasons (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningQueueModel</name>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s claim differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest release %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningWidget</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import referral packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals received yet. Choose Import packages… (Ctrl+I) or drop referral package files (.mappa.json) or folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral packages (*.mappa.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more: see the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPageForm</name>
    <message>
        <source>Section questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Filled in as the referrer on each new referral (you can change it there). The audit log records changes under your computer login, {login}, shown with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration database (deleted when you close): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the database could not be opened here. Its location is shown in the Location box: select it, copy it and open it in your file manager. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Security marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking on exported pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security marking on exported pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page you export or print. Use the marking your organisation requires; left empty, OFFICIAL-SENSITIVE is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus and dialogs opened from now on use this language; windows already open change the next time MAPPA Desktop starts. Words not yet translated into Welsh are shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loca&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder holding the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for reference; it cannot be changed here. To use a different database file, start MAPPA Desktop with --db followed by the file&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known, or type their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ViSOR / MAPPS ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nDelius CRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of closest links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is being referred. Leave anything you do not know blank — you can come back to it. Check identifiers against nDelius and ViSOR: this tool is not the system of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names used, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate names with commas, e.g. Danny Smith, D. Smithson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY — leave blank if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person’s own words, where known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PNC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 04/0123456B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ViSOR / MAPPS ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ViSOR or MAPPS reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n&amp;Delius CRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. X123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current or release address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of &amp;closest links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town or local authority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingArea</name>
    <message>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — fictional cases, not real referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the forums fit together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter scenarios by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingQuiz</name>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark my answer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scenario (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee name for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWalkthrough</name>
    <message>
        <source>Show the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the narrative, the facts and the decision aid above the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ca&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if one fact were different?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the case as written with the fact changed (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation with the fact changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>MAPPA Desktop: user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide could not be read ({error}). The rest of the application works as usual. Reinstall MAPPA Desktop to restore the guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimsEditor</name>
    <message>
        <source>Add victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or leave blank if not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkThroughPage</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number; empty for unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number; empty for unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD; empty for unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas: %1; empty for unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value here: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
