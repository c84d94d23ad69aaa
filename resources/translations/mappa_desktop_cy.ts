<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Referral summary preview</source>
        <translation>Rhagolwg o grynodeb yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Tudalen {n} o {total}</translation>
    </message>
    <message>
        <source>Summary pages</source>
        <translation>Tudalennau&apos;r crynodeb</translation>
    </message>
    <message>
        <source>{pages} page(s), marked {marking}. Check the summary before you save or send it.</source>
        <translation>{pages} tudalen, wedi&apos;u marcio {marking}. Gwiriwch y crynodeb cyn i chi ei gadw neu ei anfon.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Cymraeg and English, side by side</source>
        <translation>Cymraeg a Saesneg, ochr yn ochr</translation>
    </message>
    <message>
        <source>&amp;Language of the summary:</source>
        <translation>&amp;Iaith y crynodeb:</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Iaith y crynodeb</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copïo fel &amp;testun</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation>Copïo fel &amp;HTML</translation>
    </message>
    <message>
        <source>Save &amp;package…</source>
        <translation>Cadw&apos;r &amp;pecyn…</translation>
    </message>
    <message>
        <source>Save &amp;encrypted package…</source>
        <translation>Cadw pecyn wedi&apos;i &amp;amgryptio…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Saved {path} (readable by you only).</source>
        <translation>Wedi cadw {path} (dim ond chi all ei ddarllen).</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Cadw&apos;r crynodeb fel PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Yn cadw&apos;r PDF…</translation>
    </message>
    <message>
        <source>Save referral package</source>
        <translation>Cadw pecyn yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral package (*.mappa.json)</source>
        <translation>Pecyn atgyfeirio (*.mappa.json)</translation>
    </message>
    <message>
        <source>The coordinator&apos;s public key file</source>
        <translation>Ffeil allwedd gyhoeddus y cydlynydd</translation>
    </message>
    <message>
        <source>Public key files (*.mappa-key.json)</source>
        <translation>Ffeiliau allwedd gyhoeddus (*.mappa-key.json)</translation>
    </message>
    <message>
        <source>That key file has no encryption key (made by an earlier version). Nothing was saved.</source>
        <translation>Nid oes allwedd amgryptio yn y ffeil allwedd honno (fe&apos;i gwnaed gan fersiwn gynharach). Ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Encrypt the package for {name} (fingerprint {fingerprint})? Only their copy of MAPPA Desktop will open it.</source>
        <translation>Amgryptio&apos;r pecyn ar gyfer {name} (ôl bys {fingerprint})? Dim ond eu copi nhw o MAPPA Desktop fydd yn ei agor.</translation>
    </message>
    <message>
        <source>The package was not saved: it could not be signed ({error}). Nothing was written.</source>
        <translation>Ni chadwyd y pecyn: nid oedd modd ei lofnodi ({error}). Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(dim enw wedi&apos;i roi)</translation>
    </message>
    <message>
        <source>If you have not done so before, check this fingerprint with the coordinator by phone.</source>
        <translation>Os nad ydych wedi gwneud hynny o&apos;r blaen, gwiriwch yr ôl bys hwn gyda&apos;r cydlynydd dros y ffôn.</translation>
    </message>
    <message>
        <source>Encrypt for a coordinator</source>
        <translation>Amgryptio ar gyfer cydlynydd</translation>
    </message>
    <message>
        <source>Save encrypted referral package</source>
        <translation>Cadw pecyn atgyfeirio wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>Copied as text. Paste it only into a secure e-mail.</source>
        <translation>Wedi&apos;i gopïo fel testun. Gludwch ef i e-bost diogel yn unig.</translation>
    </message>
    <message>
        <source>Copied as HTML. Paste it only into a secure e-mail.</source>
        <translation>Wedi&apos;i gopïo fel HTML. Gludwch ef i e-bost diogel yn unig.</translation>
    </message>
    <message>
        <source>Cannot open the referrals database</source>
        <translation>Methu agor cronfa ddata&apos;r atgyfeiriadau</translation>
    </message>
    <message>
        <source>MAPPA Desktop cannot open the referrals database.</source>
        <translation>Ni all MAPPA Desktop agor cronfa ddata&apos;r atgyfeiriadau.</translation>
    </message>
    <message>
        <source>Opened for reading only</source>
        <translation>Wedi&apos;i hagor i&apos;w darllen yn unig</translation>
    </message>
    <message>
        <source>The referrals database is on a read-only disk: it was opened for reading only.</source>
        <translation>Mae cronfa ddata&apos;r atgyfeiriadau ar ddisg darllen yn unig: cafodd ei hagor i&apos;w darllen yn unig.</translation>
    </message>
    <message>
        <source>You can read, search and export referrals in {path}, but changes cannot be saved there. To work on it, copy the file (with any -wal and -shm files beside it) to a folder you can write to and open the copy.</source>
        <translation>Gallwch ddarllen, chwilio ac allforio atgyfeiriadau yn {path}, ond ni ellir cadw newidiadau yno. I weithio arni, copïwch y ffeil (gydag unrhyw ffeiliau -wal a -shm wrth ei hochr) i ffolder y gallwch ysgrifennu iddo ac agorwch y copi.</translation>
    </message>
    <message>
        <source>the whole referral</source>
        <translation>yr atgyfeiriad cyfan</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Saved elsewhere {n} time(s) since you opened it (you have revision {mine}, the database has {theirs}).</source>
        <translation>Wedi&apos;i gadw mewn man arall {n} gwaith ers i chi ei agor (mae gennych fersiwn {mine}, mae gan y gronfa ddata fersiwn {theirs}).</translation>
    </message>
    <message>
        <source>{name} — your login, in another window or on another computer</source>
        <translation>{name} — eich mewngofnod chi, mewn ffenestr arall neu ar gyfrifiadur arall</translation>
    </message>
    <message>
        <source>At {time} by {name}:</source>
        <translation>Am {time} gan {name}:</translation>
    </message>
    <message>
        <source>{action} the referral</source>
        <translation>Yr atgyfeiriad: {action}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>and {n} more change(s)</source>
        <translation>a {n} newid arall</translation>
    </message>
    <message>
        <source>Earlier saves are in the audit log.</source>
        <translation>Mae&apos;r cadw cynharach yn y log archwilio.</translation>
    </message>
    <message>
        <source>The audit log has no details of the other save.</source>
        <translation>Nid oes gan y log archwilio fanylion am y cadw arall.</translation>
    </message>
    <message>
        <source>Your version of referral {ref}, as it was on your screen at {time}. It was NOT saved.</source>
        <translation>Eich fersiwn chi o atgyfeiriad {ref}, fel yr oedd ar eich sgrin am {time}. NI chafodd ei gadw.</translation>
    </message>
    <message>
        <source>Where yours differs from the version now open:</source>
        <translation>Lle mae eich fersiwn chi&apos;n wahanol i&apos;r fersiwn sydd ar agor nawr:</translation>
    </message>
    <message>
        <source>{field}: yours {yours}; now open {other}</source>
        <translation>{field}: eich un chi {yours}; ar agor nawr {other}</translation>
    </message>
    <message>
        <source>(no differences)</source>
        <translation>(dim gwahaniaethau)</translation>
    </message>
    <message>
        <source>Answers the form did not accept (not in the JSON below):</source>
        <translation>Atebion na dderbyniodd y ffurflen (nid ydynt yn y JSON isod):</translation>
    </message>
    <message>
        <source>The whole referral as it was on your screen (JSON):</source>
        <translation>Yr atgyfeiriad cyfan fel yr oedd ar eich sgrin (JSON):</translation>
    </message>
    <message>
        <source>MAPPA leads offender management</source>
        <translation>MAPPA sy&apos;n arwain y gwaith o reoli troseddwyr</translation>
    </message>
    <message>
        <source>If MAPPA manages this person, MAPPA leads offender management</source>
        <translation>Os yw MAPPA yn rheoli&apos;r person hwn, MAPPA sy&apos;n arwain y gwaith o reoli troseddwyr</translation>
    </message>
    <message>
        <source>case {ref}</source>
        <translation>achos {ref}</translation>
    </message>
    <message>
        <source>without a reference</source>
        <translation>heb gyfeirnod</translation>
    </message>
    <message>
        <source>heard {date}</source>
        <translation>gwrandawyd ar {date}</translation>
    </message>
    <message>
        <source>(repeat)</source>
        <translation>(ailadroddus)</translation>
    </message>
    <message>
        <source>DASH score {score}</source>
        <translation>sgôr DASH {score}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>ar {date}</translation>
    </message>
    <message>
        <source>referred {date}</source>
        <translation>atgyfeiriwyd {date}</translation>
    </message>
    <message>
        <source>heard at MARAC</source>
        <translation>clywyd yn MARAC</translation>
    </message>
    <message>
        <source>not heard at MARAC</source>
        <translation>heb ei glywed yn MARAC</translation>
    </message>
    <message>
        <source>victim {n}</source>
        <translation>dioddefwr {n}</translation>
    </message>
    <message>
        <source>MARAC: {facts}. {lead}; MARAC keeps the victim&apos;s safety plan: share the risk plan with the MARAC.</source>
        <translation>MARAC: {facts}. {lead}; y MARAC sy&apos;n cadw cynllun diogelwch y dioddefwr: rhannwch y cynllun risg gyda&apos;r MARAC.</translation>
    </message>
    <message>
        <source>adopted as a nominal</source>
        <translation>wedi&apos;i fabwysiadu fel unigolyn MATAC</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>heb ei fabwysiadu</translation>
    </message>
    <message>
        <source>reference {ref}</source>
        <translation>cyfeirnod {ref}</translation>
    </message>
    <message>
        <source>local RFG/RFGV score {value}</source>
        <translation>sgôr RFG/RFGV lleol {value}</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>o {source}</translation>
    </message>
    <message>
        <source>(a local score; no bands are assumed)</source>
        <translation>(sgôr lleol; ni thybir unrhyw fandiau)</translation>
    </message>
    <message>
        <source>MATAC: {facts}. MATAC tasks partners against serial domestic abuse perpetrators; agree with MAPPA who leads each action so the plans do not pull apart.</source>
        <translation>MATAC: {facts}. Mae MATAC yn rhoi tasgau i bartneriaid yn erbyn cyflawnwyr cam-drin domestig cyfresol; cytunwch gyda MAPPA pwy sy&apos;n arwain pob cam gweithredu fel nad yw&apos;r cynlluniau&apos;n tynnu&apos;n groes.</translation>
    </message>
    <message>
        <source>IOM: {cohort} cohort{ref}. IOM manages prolific offending; align the IOM and MAPPA plans, with MAPPA leading on the risk of serious harm.</source>
        <translation>IOM: carfan {cohort}{ref}. Mae IOM yn rheoli troseddu mynych; cysonwch gynlluniau IOM a MAPPA, gyda MAPPA yn arwain ar y risg o niwed difrifol.</translation>
    </message>
    <message>
        <source>Offence and sentence</source>
        <translation>Trosedd a dedfryd</translation>
    </message>
    <message>
        <source>The index offence, or for Category 3 the relevant caution. Give brief details as bullet points; do not paste from the pre-sentence report or other documents.</source>
        <translation>Y brif drosedd, neu ar gyfer Categori 3 y rhybuddiad perthnasol. Rhowch fanylion byr fel pwyntiau bwled; peidiwch â gludo o&apos;r adroddiad cyn dedfrydu na dogfennau eraill.</translation>
    </message>
    <message>
        <source>The offence</source>
        <translation>Y drosedd</translation>
    </message>
    <message>
        <source>&amp;Index offence</source>
        <translation>Y brif &amp;drosedd</translation>
    </message>
    <message>
        <source>Name the offence.</source>
        <translation>Enwch y drosedd.</translation>
    </message>
    <message>
        <source>Was it a caution?</source>
        <translation>Ai rhybuddiad oedd e?</translation>
    </message>
    <message>
        <source>Offence date</source>
        <translation>Dyddiad y drosedd</translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation>Dyddiad yr euogfarn</translation>
    </message>
    <message>
        <source>Sentence or caution date</source>
        <translation>Dyddiad y ddedfryd neu&apos;r rhybuddiad</translation>
    </message>
    <message>
        <source>Sentence (length and type)</source>
        <translation>Dedfryd (hyd a math)</translation>
    </message>
    <message>
        <source>Questions for the decision aid</source>
        <translation>Cwestiynau ar gyfer y cymorth penderfynu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Brief offence details</source>
        <translation>Manylion byr y drosedd</translation>
    </message>
    <message>
        <source>One point a line.</source>
        <translation>Un pwynt i bob llinell.</translation>
    </message>
    <message>
        <source>Previous related offences</source>
        <translation>Troseddau cysylltiedig blaenorol</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Gwybodaeth arall</translation>
    </message>
    <message>
        <source>Custody and release</source>
        <translation>Dalfa a rhyddhau</translation>
    </message>
    <message>
        <source>Where the person is now and the dates that matter for the current sentence or order. The earliest release date includes temporary release.</source>
        <translation>Ble mae&apos;r person nawr a&apos;r dyddiadau sy&apos;n bwysig ar gyfer y ddedfryd neu&apos;r gorchymyn presennol. Mae&apos;r dyddiad rhyddhau cynharaf yn cynnwys rhyddhau dros dro.</translation>
    </message>
    <message>
        <source>Custody, hospital and release</source>
        <translation>Dalfa, ysbyty a rhyddhau</translation>
    </message>
    <message>
        <source>Prison or hospital</source>
        <translation>Carchar neu ysbyty</translation>
    </message>
    <message>
        <source>Detained in hospital?</source>
        <translation>Wedi&apos;i gadw yn yr ysbyty?</translation>
    </message>
    <message>
        <source>Type of release</source>
        <translation>Math o ryddhau</translation>
    </message>
    <message>
        <source>Proposed release address</source>
        <translation>Cyfeiriad rhyddhau arfaethedig</translation>
    </message>
    <message>
        <source>Must be the approved address.</source>
        <translation>Rhaid iddo fod y cyfeiriad cymeradwy.</translation>
    </message>
    <message>
        <source>Release address approved?</source>
        <translation>Cyfeiriad rhyddhau wedi&apos;i gymeradwyo?</translation>
    </message>
    <message>
        <source>Relevant dates</source>
        <translation>Dyddiadau perthnasol</translation>
    </message>
    <message>
        <source>Sentence expiry date</source>
        <translation>Dyddiad diwedd y ddedfryd</translation>
    </message>
    <message>
        <source>Licence end date</source>
        <translation>Dyddiad diwedd y drwydded</translation>
    </message>
    <message>
        <source>Order end date</source>
        <translation>Dyddiad diwedd y gorchymyn</translation>
    </message>
    <message>
        <source>Mental health review date</source>
        <translation>Dyddiad adolygiad iechyd meddwl</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Offeryn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Risk assessment tools</source>
        <translation>Offer asesu risg</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>The current risk assessment: OASys risk of serious harm, other tools, and to whom.</source>
        <translation>Yr asesiad risg presennol: risg o niwed difrifol OASys, offer eraill, ac i bwy.</translation>
    </message>
    <message>
        <source>Risk of serious harm by group</source>
        <translation>Risg o niwed difrifol yn ôl grŵp</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Y cyhoedd</translation>
    </message>
    <message>
        <source>Known adult</source>
        <translation>Oedolyn hysbys</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Prisoners</source>
        <translation>Carcharorion</translation>
    </message>
    <message>
        <source>Date of the RoSH assessment</source>
        <translation>Dyddiad yr asesiad RoSH</translation>
    </message>
    <message>
        <source>When no overall RoSH is given, the highest of these is used.</source>
        <translation>Pan na roddir RoSH cyffredinol, defnyddir yr uchaf o&apos;r rhain.</translation>
    </message>
    <message>
        <source>Other risk tools</source>
        <translation>Offer risg eraill</translation>
    </message>
    <message>
        <source>For example RM2000, ARMS, OSP, RSR or SARA.</source>
        <translation>Er enghraifft RM2000, ARMS, OSP, RSR neu SARA.</translation>
    </message>
    <message>
        <source>Risk to whom</source>
        <translation>Risg i bwy</translation>
    </message>
    <message>
        <source>Victim issues</source>
        <translation>Materion yn ymwneud â dioddefwyr</translation>
    </message>
    <message>
        <source>Notification ends</source>
        <translation>Diwedd yr hysbysu</translation>
    </message>
    <message>
        <source>MARAC reference</source>
        <translation>Cyfeirnod MARAC</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Dyddiad y gwrandawiad</translation>
    </message>
    <message>
        <source>Repeat?</source>
        <translation>Ailadroddus?</translation>
    </message>
    <message>
        <source>MARAC case references</source>
        <translation>Cyfeirnodau achosion MARAC</translation>
    </message>
    <message>
        <source>Each MARAC case reference with its hearing date and the repeat flag, to cross-reference. Each victim&apos;s own MARAC answers are asked with the victim.</source>
        <translation>Pob cyfeirnod achos MARAC gyda dyddiad ei wrandawiad a&apos;r faner achos mynych, i&apos;w croesgyfeirio. Gofynnir atebion MARAC pob dioddefwr gyda&apos;r dioddefwr ei hun.</translation>
    </message>
    <message>
        <source>Domestic abuse, MARAC, MATAC and IOM</source>
        <translation>Cam-drin domestig, MARAC, MATAC ac IOM</translation>
    </message>
    <message>
        <source>Domestic abuse by this person and the other forums that know them. MARAC is about the victim&apos;s safety; MATAC and IOM manage perpetrators; MAPPA is the statutory arrangement.</source>
        <translation>Cam-drin domestig gan y person hwn a&apos;r fforymau eraill sy&apos;n ei adnabod. Mae MARAC yn ymwneud â diogelwch y dioddefwr; mae MATAC ac IOM yn rheoli cyflawnwyr; MAPPA yw&apos;r trefniant statudol.</translation>
    </message>
    <message>
        <source>MATAC</source>
        <translation>MATAC</translation>
    </message>
    <message>
        <source>MATAC reference</source>
        <translation>Cyfeirnod MATAC</translation>
    </message>
    <message>
        <source>Local RFG/RFGV score</source>
        <translation>Sgôr RFG/RFGV lleol</translation>
    </message>
    <message>
        <source>A number from your force, with its source. No bands are assumed.</source>
        <translation>Rhif gan eich heddlu, gyda&apos;i ffynhonnell. Ni thybir unrhyw fandiau.</translation>
    </message>
    <message>
        <source>Source of the score</source>
        <translation>Ffynhonnell y sgôr</translation>
    </message>
    <message>
        <source>Date of the score</source>
        <translation>Dyddiad y sgôr</translation>
    </message>
    <message>
        <source>IOM</source>
        <translation>IOM</translation>
    </message>
    <message>
        <source>IOM reference</source>
        <translation>Cyfeirnod IOM</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Lawful basis for sharing</source>
        <translation>Sail gyfreithlon dros rannu</translation>
    </message>
    <message>
        <source>Agencies involved</source>
        <translation>Asiantaethau dan sylw</translation>
    </message>
    <message>
        <source>Agencies and information sharing</source>
        <translation>Asiantaethau a rhannu gwybodaeth</translation>
    </message>
    <message>
        <source>Who else is involved, on what basis information is shared, and the shared records. Confirm records against nDelius and ViSOR: this tool is not the system of record.</source>
        <translation>Pwy arall sy&apos;n ymwneud â&apos;r achos, ar ba sail y rhennir gwybodaeth, a&apos;r cofnodion a rennir. Cadarnhewch gofnodion yn erbyn nDelius a ViSOR: nid yr offeryn hwn yw&apos;r system gofnodi.</translation>
    </message>
    <message>
        <source>You, the referrer</source>
        <translation>Chi, yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <source>MAPPA area</source>
        <translation>Ardal MAPPA</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Date referred</source>
        <translation>Dyddiad atgyfeirio</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Rheswm dros atgyfeirio</translation>
    </message>
    <message>
        <source>Why does this person need multi-agency management? Say what the agencies will do together that one agency cannot do alone. Use short bullet points; do not paste from reports.</source>
        <translation>Pam mae angen rheolaeth amlasiantaethol ar y person hwn? Dywedwch beth fydd yr asiantaethau&apos;n ei wneud gyda&apos;i gilydd na all un asiantaeth ei wneud ar ei phen ei hun. Defnyddiwch bwyntiau bwled byr; peidiwch â gludo o adroddiadau.</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Pam nawr</translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Rheswm dros atgyfeirio</translation>
    </message>
    <message>
        <source>Risk to whom, and why now.</source>
        <translation>Risg i bwy, a pham nawr.</translation>
    </message>
    <message>
        <source>What a higher level would add</source>
        <translation>Beth fyddai lefel uwch yn ei ychwanegu</translation>
    </message>
    <message>
        <source>Level you are referring to</source>
        <translation>Y lefel rydych yn atgyfeirio iddi</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Lefel 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Lefel 3</translation>
    </message>
    <message>
        <source>The person&apos;s own views</source>
        <translation>Barn y person ei hun</translation>
    </message>
    <message>
        <source>Their views</source>
        <translation>Eu barn</translation>
    </message>
    <message>
        <source>What the person says about the referral, in their words where possible.</source>
        <translation>Beth mae&apos;r person yn ei ddweud am yr atgyfeiriad, yn ei eiriau ei hun lle bo modd.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} yn hwyr</translation>
    </message>
    <message>
        <source>in {count}</source>
        <translation>ymhen {count}</translation>
    </message>
    <message>
        <source>{count} ago</source>
        <translation>{count} yn ôl</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ychwanegu rhes</translation>
    </message>
    <message>
        <source>Add a row to {name}</source>
        <translation>Ychwanegu rhes at {name}</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Tynnu&apos;r rhes a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the selected row from {name}</source>
        <translation>Tynnu&apos;r rhes a ddewiswyd o {name}</translation>
    </message>
    <message>
        <source>Dates as day/month/year; yes/no columns take Yes, No or blank for not known.</source>
        <translation>Dyddiadau ar ffurf diwrnod/mis/blwyddyn; mae colofnau ie/na yn cymryd Ie, Na neu wag os nad yw&apos;n hysbys.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Rhes {row}: {message}</translation>
    </message>
    <message>
        <source>write Yes or No (or leave it blank if not known), not &apos;{text}&apos;</source>
        <translation>ysgrifennwch Ie neu Na (neu gadewch yn wag os nad yw&apos;n hysbys), nid &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Eligible for MAPPA</source>
        <translation>Yn gymwys ar gyfer MAPPA</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Categories met</source>
        <translation>Categorïau a fodlonwyd</translation>
    </message>
    <message>
        <source>Recommended level</source>
        <translation>Lefel a argymhellir</translation>
    </message>
    <message>
        <source>fires</source>
        <translation>yn cael ei sbarduno</translation>
    </message>
    <message>
        <source>does not fire</source>
        <translation>heb ei sbarduno</translation>
    </message>
    <message>
        <source>Prompt now fires</source>
        <translation>Mae&apos;r awgrym yn cael ei sbarduno nawr</translation>
    </message>
    <message>
        <source>Prompt no longer fires</source>
        <translation>Nid yw&apos;r awgrym yn cael ei sbarduno mwyach</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Cywir</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Anghywir</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>You chose none and none apply.</source>
        <translation>Ni ddewisoch yr un, ac nid oes yr un yn berthnasol.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Awgrym</translation>
    </message>
    <message>
        <source>You chose it</source>
        <translation>Fe&apos;i dewisoch</translation>
    </message>
    <message>
        <source>You did not choose it</source>
        <translation>Ni wnaethoch ei ddewis</translation>
    </message>
    <message>
        <source>it applies.</source>
        <translation>mae&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>it does not apply.</source>
        <translation>nid yw&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>You chose {chosen}; the answer is {expected}.</source>
        <translation>Dewisoch {chosen}; yr ateb yw {expected}.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fforwm</translation>
    </message>
    <message>
        <source>Whose focus</source>
        <translation>Ffocws ar bwy</translation>
    </message>
    <message>
        <source>Who is managed or heard</source>
        <translation>Pwy sy&apos;n cael ei reoli neu ei glywed</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Pwy sy&apos;n arwain</translation>
    </message>
    <message>
        <source>All forums</source>
        <translation>Pob fforwm</translation>
    </message>
    <message>
        <source>Not eligible (no category)</source>
        <translation>Ddim yn gymwys (dim categori)</translation>
    </message>
    <message>
        <source>None (no category)</source>
        <translation>Dim (dim categori)</translation>
    </message>
    <message>
        <source>Category {number}</source>
        <translation>Categori {number}</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Lefel {number}</translation>
    </message>
    <message>
        <source>Prompt: {prompt}</source>
        <translation>Awgrym: {prompt}</translation>
    </message>
    <message>
        <source>you chose it</source>
        <translation>fe&apos;i dewisoch</translation>
    </message>
    <message>
        <source>you did not choose it</source>
        <translation>ni wnaethoch ei ddewis</translation>
    </message>
    <message>
        <source>it applies</source>
        <translation>mae&apos;n berthnasol</translation>
    </message>
    <message>
        <source>it does not apply</source>
        <translation>nid yw&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Why your choice does not hold:</source>
        <translation>Pam nad yw eich dewis yn sefyll:</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Hyfforddai</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(heb ei roi)</translation>
    </message>
    <message>
        <source>Scenarios answered</source>
        <translation>Senarios a atebwyd</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>Training record. Every case in this document is fictional; nothing here is a referral or a decision about a real person. Answers were marked against the rule pack in force on each scenario&apos;s date.</source>
        <translation>Cofnod hyfforddiant. Mae pob achos yn y ddogfen hon yn ffuglennol; nid oes dim yma yn atgyfeiriad nac yn benderfyniad am berson go iawn. Cafodd yr atebion eu marcio yn erbyn y pecyn rheolau a oedd mewn grym ar ddyddiad pob senario.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Canlyniadau&apos;r cwis</translation>
    </message>
    <message>
        <source>The case (fictional)</source>
        <translation>Yr achos (ffuglennol)</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Eich atebion</translation>
    </message>
    <message>
        <source>Learning points</source>
        <translation>Pwyntiau dysgu</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Ôl-drafodaeth</translation>
    </message>
    <message>
        <source>MAPPA training: quiz results</source>
        <translation>Hyfforddiant MAPPA: canlyniadau&apos;r cwis</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Crëwyd {when}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>of</source>
        <translation>o</translation>
    </message>
    <message>
        <source>When was this victim&apos;s most recent DASH risk checklist completed?</source>
        <translation>Pryd y cwblhawyd rhestr wirio risg DASH ddiweddaraf y dioddefwr hwn?</translation>
    </message>
    <message>
        <source>When was this victim&apos;s case last heard at MARAC?</source>
        <translation>Pryd y clywyd achos y dioddefwr hwn yn MARAC ddiwethaf?</translation>
    </message>
    <message>
        <source>Leave unanswered if not known or not heard yet. Where no referral date is known, the hearing date stands for it.</source>
        <translation>Gadewch heb ei ateb os nad yw&apos;n hysbys neu os nad yw wedi&apos;i glywed eto. Lle nad oes dyddiad atgyfeirio&apos;n hysbys, mae dyddiad y gwrandawiad yn sefyll yn ei le.</translation>
    </message>
    <message>
        <source>could not be loaded: {error}</source>
        <translation>nid oedd modd ei lwytho: {error}</translation>
    </message>
    <message>
        <source>{id} version {version}</source>
        <translation>{id} fersiwn {version}</translation>
    </message>
    <message>
        <source>(in force from {date})</source>
        <translation>(mewn grym o {date})</translation>
    </message>
    <message>
        <source>“{answer}”</source>
        <translation>“{answer}”</translation>
    </message>
    <message>
        <source>it as not known</source>
        <translation>yr ateb fel ‘ddim yn hysbys’</translation>
    </message>
    <message>
        <source>{message}. Until then the referral keeps {answer}.</source>
        <translation>{message}. Tan hynny mae&apos;r atgyfeiriad yn cadw {answer}.</translation>
    </message>
    <message>
        <source>{imported} imported, {replaced} replaced, {kept} kept as they were, {refused} refused.</source>
        <translation>{imported} wedi&apos;u mewnforio, {replaced} wedi&apos;u disodli, {kept} wedi&apos;u cadw fel yr oeddent, {refused} wedi&apos;u gwrthod.</translation>
    </message>
    <message>
        <source>Erased from this computer: everything written in the referral, its package and decision notes, and the old and new values in its audit log.
Kept in the audit log: who created, changed, exported, decided on and erased it, and when, without names or answers.
Not affected: copies already sent or exported (PDFs, packages) and referrals copied from it.</source>
        <translation>Wedi&apos;u dileu o&apos;r cyfrifiadur hwn: popeth a ysgrifennwyd yn yr atgyfeiriad, ei becyn a nodiadau&apos;r penderfyniadau, a&apos;r hen werthoedd a&apos;r gwerthoedd newydd yn ei log archwilio.
Wedi&apos;u cadw yn y log archwilio: pwy a&apos;i creodd, a&apos;i newidiodd, a&apos;i hallforiodd, a wnaeth benderfyniad arno ac a&apos;i dileodd, a phryd, heb enwau nac atebion.
Heb eu heffeithio: copïau a anfonwyd neu a allforiwyd eisoes (PDFs, pecynnau) ac atgyfeiriadau a gopïwyd ohono.</translation>
    </message>
    <message>
        <source>Lift legal hold?</source>
        <translation>Codi&apos;r daliad cyfreithiol?</translation>
    </message>
    <message>
        <source>Lift the legal hold on this referral? It can then be deleted, and erased once past its retention period.</source>
        <translation>Codi&apos;r daliad cyfreithiol ar yr atgyfeiriad hwn? Gellir ei ddileu wedyn, a&apos;i ddileu am byth ar ôl ei gyfnod cadw.</translation>
    </message>
    <message>
        <source>Set legal hold</source>
        <translation>Rhoi daliad cyfreithiol</translation>
    </message>
    <message>
        <source>Why must it be kept (for example, the inquiry or case reference)?</source>
        <translation>Pam mae&apos;n rhaid ei gadw (er enghraifft, cyfeirnod yr ymchwiliad neu&apos;r achos)?</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cyfnod cadw</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>Retention period in days</source>
        <translation>Cyfnod cadw mewn diwrnodau</translation>
    </message>
    <message>
        <source>&amp;Keep sent and closed referrals for</source>
        <translation>&amp;Cadw atgyfeiriadau a anfonwyd ac a gaewyd am</translation>
    </message>
    <message>
        <source>After this, File &gt; Referrals past retention lists them for erasure. Set it to your force&apos;s records retention rule; the default of 365 days is a placeholder, not a legal figure.</source>
        <translation>Wedi hyn, mae Ffeil &gt; Atgyfeiriadau wedi&apos;r cyfnod cadw yn eu rhestru i&apos;w dileu. Gosodwch ef yn ôl rheol cadw cofnodion eich heddlu; mae&apos;r rhagosodiad o 365 diwrnod yn ddalfan, nid yn ffigur cyfreithiol.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>MAPPA Desktop logo</source>
        <translation>Logo MAPPA Desktop</translation>
    </message>
    <message>
        <source>Cymraeg: the Welsh translation (interface, rule pack, summaries and user guide) was written with machine assistance and awaits review by a qualified translator.</source>
        <translation>Cymraeg: ysgrifennwyd y cyfieithiad Cymraeg (y rhyngwyneb, y pecyn rheolau, y crynodebau a&apos;r canllaw defnyddiwr) gyda chymorth peiriant, ac mae&apos;n aros am adolygiad gan gyfieithydd cymwysedig.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>dim un ar agor</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>About MAPPA Desktop</source>
        <translation>Ynghylch MAPPA Desktop</translation>
    </message>
    <message>
        <source>MAPPA Desktop</source>
        <translation>MAPPA Desktop</translation>
    </message>
    <message>
        <source>An offline decision aid for Multi-Agency Public Protection Arrangements referrals in England and Wales.</source>
        <translation>Cymorth penderfynu all-lein ar gyfer atgyfeiriadau i&apos;r Trefniadau Amlasiantaethol Diogelu&apos;r Cyhoedd (MAPPA) yng Nghymru a Lloegr.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Pecyn rheolau</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platfform</translation>
    </message>
    <message>
        <source>This tool helps you decide and explain; it is not the system of record. Confirm identities and convictions against nDelius, ViSOR and the PNC. Referrals held here are OFFICIAL-SENSITIVE.</source>
        <translation>Mae&apos;r offeryn hwn yn eich helpu i benderfynu ac egluro; nid dyma&apos;r system gofnodi. Cadarnhewch hunaniaethau ac euogfarnau yn erbyn nDelius, ViSOR a&apos;r PNC. Mae&apos;r atgyfeiriadau a gedwir yma yn SWYDDOGOL-SENSITIF (OFFICIAL-SENSITIVE).</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation>Cydnabod</translation>
    </message>
    <message>
        <source>Acknowledge a prompt</source>
        <translation>Cydnabod awgrym</translation>
    </message>
    <message>
        <source>&amp;Note: what you did or decided about this prompt</source>
        <translation>&amp;Nodyn: beth wnaethoch neu beth benderfynoch am yr awgrym hwn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>The acknowledgement, your note, who and when stay in the referral&apos;s record.</source>
        <translation>Mae&apos;r gydnabyddiaeth, eich nodyn, pwy a phryd yn aros yng nghofnod yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botymau&apos;r blwch deialog</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Open the referrals database</source>
        <translation>Agor y gronfa ddata atgyfeiriadau</translation>
    </message>
    <message>
        <source>Type the passphrase of the referrals database {path}.</source>
        <translation>Teipiwch gyfrinymadrodd y gronfa ddata atgyfeiriadau {path}.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Teipiwch y cyfrinymadrodd yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>AuditChainCheck</name>
    <message>
        <source>The audit log has been changed outside MAPPA Desktop (first bad row {id}: {kind}). Do not rely on it; keep this database file as it is and tell your information security team.</source>
        <translation>Mae&apos;r log archwilio wedi&apos;i newid y tu allan i MAPPA Desktop (y rhes wallus gyntaf {id}: {kind}). Peidiwch â dibynnu arno; cadwch y ffeil cronfa ddata hon fel y mae a rhowch wybod i&apos;ch tîm diogelwch gwybodaeth.</translation>
    </message>
    <message>
        <source>Audit log warning</source>
        <translation>Rhybudd am y log archwilio</translation>
    </message>
    <message>
        <source>The audit log has been changed</source>
        <translation>Mae&apos;r log archwilio wedi&apos;i newid</translation>
    </message>
    <message>
        <source>The audit log of this database is not as MAPPA Desktop wrote it. The first bad row is {id} ({at}): {kind}.</source>
        <translation>Nid yw log archwilio&apos;r gronfa ddata hon fel yr ysgrifennodd MAPPA Desktop ef. Y rhes wallus gyntaf yw {id} ({at}): {kind}.</translation>
    </message>
    <message>
        <source>You can keep working; every change is still recorded. Keep this database file as it is and tell your information security team. They can check it with &apos;mappa-desktop audit verify&apos; and export it with &apos;mappa-desktop audit export FILE&apos;. This finding has been recorded in the audit log.</source>
        <translation>Gallwch barhau i weithio; mae pob newid yn dal i gael ei gofnodi. Cadwch y ffeil cronfa ddata hon fel y mae a rhowch wybod i&apos;ch tîm diogelwch gwybodaeth. Gallant ei gwirio gyda &apos;mappa-desktop audit verify&apos; a&apos;i hallforio gyda &apos;mappa-desktop audit export FILE&apos;. Mae&apos;r canfyddiad hwn wedi&apos;i gofnodi yn y log archwilio.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Heb ei gadw: {reason}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Wedi&apos;i gadw am {time}</translation>
    </message>
</context>
<context>
    <name>BoardFiguresForm</name>
    <message>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Pob atgyfeiriad</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Y 6 mis diwethaf</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>D&amp;iversity by:</source>
        <translation>A&amp;mrywiaeth yn ôl:</translation>
    </message>
    <message>
        <source>Diversity measure</source>
        <translation>Mesur amrywiaeth</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>Adnewyddu&apos;r ffigurau</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;dnewyddu</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Allforio&apos;r ffigurau fel CSV</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Allforio CS&amp;V…</translation>
    </message>
    <message>
        <source>Export the figures as a PDF report</source>
        <translation>Allforio&apos;r ffigurau fel adroddiad PDF</translation>
    </message>
    <message>
        <source>Export PDF &amp;report…</source>
        <translation>Allforio adroddiad &amp;PDF…</translation>
    </message>
    <message>
        <source>Figures in brief</source>
        <translation>Y ffigurau yn gryno</translation>
    </message>
    <message>
        <source>No referrals have been received yet. Import referral packages on the Queue tab; the figures appear here.</source>
        <translation>Nid oes unrhyw atgyfeiriadau wedi dod i law eto. Mewnforiwch becynnau atgyfeirio ar y tab Ciw; mae&apos;r ffigurau&apos;n ymddangos yma.</translation>
    </message>
    <message>
        <source>Random sample of not-accepted referrals for audit</source>
        <translation>Sampl ar hap o atgyfeiriadau na chawsant eu derbyn, i&apos;w harchwilio</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Level sought</source>
        <translation>Lefel y gofynnwyd amdani</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <source>Reasons and note</source>
        <translation>Rhesymau a nodyn</translation>
    </message>
</context>
<context>
    <name>BoardFiguresWidget</name>
    <message>
        <source>Screening figures</source>
        <translation>Ffigurau sgrinio</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Iaith yr adroddiad</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Cymraeg and English, side by side</source>
        <translation>Cymraeg a Saesneg, ochr yn ochr</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Iaith yr adroddiad:</translation>
    </message>
    <message>
        <source>Export &amp;HTML report (accessible)…</source>
        <translation>Allforio adroddiad &amp;HTML (hygyrch)…</translation>
    </message>
    <message>
        <source>Export the figures as an accessible HTML report</source>
        <translation>Allforio&apos;r ffigurau fel adroddiad HTML hygyrch</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Y ffigurau</translation>
    </message>
    <message>
        <source>none decided yet</source>
        <translation>dim wedi&apos;u penderfynu eto</translation>
    </message>
    <message>
        <source>{total} referral(s); {decided} decided; accepted at Level 2 or 3: {rate}. Not accepted: {not_accepted}.</source>
        <translation>{total} atgyfeiriad; {decided} wedi&apos;u penderfynu; wedi&apos;u derbyn ar Lefel 2 neu 3: {rate}. Heb eu derbyn: {not_accepted}.</translation>
    </message>
    <message>
        <source>{shown} of {total} not-accepted referrals drawn at random for audit (seed {seed}).</source>
        <translation>{shown} o {total} atgyfeiriad na chawsant eu derbyn wedi&apos;u dewis ar hap i&apos;w harchwilio (hedyn {seed}).</translation>
    </message>
    <message>
        <source>Diversity of referrals and decisions: {dimension} (&apos;unknown&apos; and &apos;declined&apos; counted)</source>
        <translation>Amrywiaeth atgyfeiriadau a phenderfyniadau: {dimension} (gan gyfrif &apos;anhysbys&apos; a &apos;gwrthodwyd&apos;)</translation>
    </message>
    <message>
        <source>Referrals by category</source>
        <translation>Atgyfeiriadau yn ôl categori</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Level sought against level decided</source>
        <translation>Y lefel y gofynnwyd amdani o&apos;i chymharu â&apos;r lefel a benderfynwyd</translation>
    </message>
    <message>
        <source>Cat. </source>
        <translation>Cat. </translation>
    </message>
    <message>
        <source>Acceptance rate (% of decided, Level 2 or 3)</source>
        <translation>Cyfradd derbyn (% o&apos;r rhai a benderfynwyd, Lefel 2 neu 3)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi&apos;u derbyn</translation>
    </message>
    <message>
        <source>Category 3 domestic abuse referrals by month</source>
        <translation>Atgyfeiriadau cam-drin domestig Categori 3 fesul mis</translation>
    </message>
    <message>
        <source>Export figures as CSV</source>
        <translation>Allforio&apos;r ffigurau fel CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Ni chadwyd y ffigurau</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>Allforio adroddiad HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Allforio adroddiad PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Ni chadwyd yr adroddiad</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The database is re-encrypted under the new passphrase; the old one stops working. Neither is stored anywhere.</source>
        <translation>Caiff y gronfa ddata ei hamgryptio eto o dan y cyfrinymadrodd newydd; mae&apos;r hen un yn peidio â gweithio. Nid yw&apos;r naill na&apos;r llall yn cael ei gadw yn unman.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Nid dyna&apos;r cyfrinymadrodd presennol. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Gwiriwch eich atebion</translation>
    </message>
    <message>
        <source>Problem in {section}: {message}</source>
        <translation>Problem yn {section}: {message}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change {section}</source>
        <translation>Newid {section}</translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation>Dim wedi&apos;i roi eto.</translation>
    </message>
    <message>
        <source>Answers: {section}</source>
        <translation>Atebion: {section}</translation>
    </message>
    <message>
        <source>Change {victim}</source>
        <translation>Newid {victim}</translation>
    </message>
    <message>
        <source>Answers: {victim}</source>
        <translation>Atebion: {victim}</translation>
    </message>
    <message>
        <source>Category and level referred under</source>
        <translation>Y categori a&apos;r lefel yr atgyfeirir odanynt</translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation>Rhesymeg: {text}</translation>
    </message>
    <message>
        <source>Change the category and level…</source>
        <translation>Newid y categori a&apos;r lefel…</translation>
    </message>
    <message>
        <source>Record the category and level…</source>
        <translation>Cofnodi&apos;r categori a&apos;r lefel…</translation>
    </message>
    <message>
        <source>Check the referral before you mark it ready to send. Use Change to go back to a section; your answers are saved as you type.</source>
        <translation>Gwiriwch yr atgyfeiriad cyn i chi ei farcio&apos;n barod i&apos;w anfon. Defnyddiwch Newid i fynd yn ôl i adran; caiff eich atebion eu cadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translation>Mae problem</translation>
    </message>
    <message>
        <source>Before this referral can be sent</source>
        <translation>Cyn y gellir anfon yr atgyfeiriad hwn</translation>
    </message>
    <message>
        <source>Mark as ready to send</source>
        <translation>Marcio&apos;n barod i&apos;w anfon</translation>
    </message>
    <message>
        <source>Mark as &amp;ready to send</source>
        <translation>Marcio&apos;n &amp;barod i&apos;w anfon</translation>
    </message>
    <message>
        <source>Preview and export the summary</source>
        <translation>Rhagweld ac allforio&apos;r crynodeb</translation>
    </message>
    <message>
        <source>&amp;Preview and export…</source>
        <translation>&amp;Rhagweld ac allforio…</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your referrals database is not encrypted yet. Choose a passphrase: MAPPA Desktop then encrypts the database, so that without the passphrase the file on this computer (or a stolen laptop) shows nothing. Everything in it is kept.</source>
        <translation>Nid yw eich cronfa ddata atgyfeiriadau wedi&apos;i hamgryptio eto. Dewiswch gyfrinymadrodd: yna bydd MAPPA Desktop yn amgryptio&apos;r gronfa ddata, fel nad yw&apos;r ffeil ar y cyfrifiadur hwn (neu ar liniadur wedi&apos;i ddwyn) yn dangos dim heb y cyfrinymadrodd. Cedwir popeth sydd ynddi.</translation>
    </message>
    <message>
        <source>Your referrals are kept encrypted on this computer. Choose a passphrase: you type it each time MAPPA Desktop starts and to unlock the window.</source>
        <translation>Cedwir eich atgyfeiriadau wedi&apos;u hamgryptio ar y cyfrifiadur hwn. Dewiswch gyfrinymadrodd: byddwch yn ei deipio bob tro y bydd MAPPA Desktop yn dechrau ac i ddatgloi&apos;r ffenestr.</translation>
    </message>
    <message>
        <source>It is not stored anywhere and cannot be recovered: if it is forgotten, the referrals cannot be read by anyone, you included. Four or more unrelated words make a passphrase that is hard to guess and easy to remember.</source>
        <translation>Nid yw&apos;n cael ei gadw yn unman ac ni ellir ei adfer: os caiff ei anghofio, ni all neb ddarllen yr atgyfeiriadau, gan eich cynnwys chi. Mae pedwar gair digyswllt neu ragor yn gwneud cyfrinymadrodd sy&apos;n anodd ei ddyfalu ac yn hawdd ei gofio.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Amgryptio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Defnyddio&apos;r cyfrinymadrodd hwn</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase (at least “fair”).</source>
        <translation>Dewiswch gyfrinymadrodd cryfach (“gweddol” o leiaf).</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath eto.</translation>
    </message>
</context>
<context>
    <name>CompletionQuestion</name>
    <message>
        <source>Have you completed this section?</source>
        <translation>Ydych chi wedi cwblhau&apos;r adran hon?</translation>
    </message>
    <message>
        <source>Yes, I&apos;ve completed this section</source>
        <translation>Ydw, rwyf wedi cwblhau&apos;r adran hon</translation>
    </message>
    <message>
        <source>No, I&apos;ll come back to it later</source>
        <translation>Nac ydw, dof yn ôl ati&apos;n nes ymlaen</translation>
    </message>
    <message>
        <source>Saved as completed. {n} thing(s) still needed here before it shows Complete.</source>
        <translation>Wedi&apos;i chadw fel un wedi&apos;i chwblhau. Mae angen {n} peth yma o hyd cyn iddi ddangos Wedi&apos;i chwblhau.</translation>
    </message>
</context>
<context>
    <name>ConfirmFingerprintDialog</name>
    <message>
        <source>Trust a sender</source>
        <translation>Ymddiried mewn anfonwr</translation>
    </message>
    <message>
        <source>Phone the sender on a number you already know (not one given in an e-mail or a package) and ask them to read out their fingerprint: in MAPPA Desktop, Screening, Trusted senders, or &apos;mappa-desktop keys show&apos;. Type it here as they read it.</source>
        <translation>Ffoniwch yr anfonwr ar rif rydych chi eisoes yn ei wybod (nid un a roddwyd mewn e-bost neu becyn) a gofynnwch iddynt ddarllen eu hôl bys yn uchel: yn MAPPA Desktop, Sgrinio, Anfonwyr dibynadwy, neu &apos;mappa-desktop keys show&apos;. Teipiwch ef yma wrth iddynt ei ddarllen.</translation>
    </message>
    <message>
        <source>Sender&apos;s name and agency</source>
        <translation>Enw ac asiantaeth yr anfonwr</translation>
    </message>
    <message>
        <source>Fingerprint the sender read out</source>
        <translation>Yr ôl bys a ddarllenodd yr anfonwr</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name and agency</source>
        <translation>&amp;Enw ac asiantaeth yr anfonwr</translation>
    </message>
    <message>
        <source>&amp;Fingerprint they read out</source>
        <translation>Yr ôl &amp;bys a ddarllenwyd</translation>
    </message>
    <message>
        <source>Whether the fingerprint matches</source>
        <translation>A yw&apos;r ôl bys yn cyfateb</translation>
    </message>
    <message>
        <source>The key in hand has the fingerprint {fingerprint}.</source>
        <translation>Ôl bys yr allwedd sydd gennych yw {fingerprint}.</translation>
    </message>
    <message>
        <source>&amp;Trust this sender</source>
        <translation>&amp;Ymddiried yn yr anfonwr hwn</translation>
    </message>
    <message>
        <source>That is not a fingerprint: 20 letters and digits, in five groups of four.</source>
        <translation>Nid ôl bys yw hwnnw: 20 llythyren a digid, mewn pum grŵp o bedwar.</translation>
    </message>
    <message>
        <source>✔ The fingerprints match.</source>
        <translation>✔ Mae&apos;r olion bysedd yn cyfateb.</translation>
    </message>
    <message>
        <source>⚠ The fingerprints do not match. Do not trust this key: it may not be the sender&apos;s. Ask them to read it again; if it still differs, tell your information security contact.</source>
        <translation>⚠ Nid yw&apos;r olion bysedd yn cyfateb. Peidiwch ag ymddiried yn yr allwedd hon: efallai nad allwedd yr anfonwr ydyw. Gofynnwch iddynt ei ddarllen eto; os yw&apos;n dal yn wahanol, rhowch wybod i&apos;ch cyswllt diogelwch gwybodaeth.</translation>
    </message>
    <message>
        <source>Give the sender&apos;s name and agency.</source>
        <translation>Rhowch enw ac asiantaeth yr anfonwr.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision aid</source>
        <translation>Cymorth penderfynu</translation>
    </message>
    <message>
        <source>Advice only: the officer decides. Rule pack {pack}, version {version}, on {day}.</source>
        <translation>Cyngor yn unig: y swyddog sy&apos;n penderfynu. Pecyn rheolau {pack}, fersiwn {version}, ar {day}.</translation>
    </message>
    <message>
        <source>Change decision…</source>
        <translation>Newid penderfyniad…</translation>
    </message>
    <message>
        <source>My own decision…</source>
        <translation>Fy mhenderfyniad…</translation>
    </message>
    <message>
        <source>Record a different category or level, and why</source>
        <translation>Cofnodi categori neu lefel wahanol, a pham</translation>
    </message>
    <message>
        <source>Record my own category or level, and why</source>
        <translation>Cofnodi fy nghategori neu fy lefel fy hun, a pham</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>None at the moment.</source>
        <translation>Dim ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Other forums and MAPPA</source>
        <translation>Fforymau eraill a MAPPA</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Angen o hyd</translation>
    </message>
    <message>
        <source>Nothing: the answers given settle the category and level.</source>
        <translation>Dim: mae&apos;r atebion a roddwyd yn pennu&apos;r categori a&apos;r lefel.</translation>
    </message>
    <message>
        <source>Answers that could change the outcome:</source>
        <translation>Atebion a allai newid y canlyniad:</translation>
    </message>
    <message>
        <source>Go to the question: {q}</source>
        <translation>Mynd i&apos;r cwestiwn: {q}</translation>
    </message>
    <message>
        <source>Category {n}</source>
        <translation>Categori {n}</translation>
    </message>
    <message>
        <source>Level {n}</source>
        <translation>Lefel {n}</translation>
    </message>
    <message>
        <source>MAPPA eligibility</source>
        <translation>Cymhwysedd MAPPA</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Recommended level</source>
        <translation>Lefel a argymhellir</translation>
    </message>
    <message>
        <source>Press to show or hide why</source>
        <translation>Pwyswch i ddangos neu guddio pam</translation>
    </message>
    <message>
        <source>Why: {what}</source>
        <translation>Pam: {what}</translation>
    </message>
    <message>
        <source>Guidance cited: {cites}</source>
        <translation>Canllawiau a ddyfynnwyd: {cites}</translation>
    </message>
    <message>
        <source>Acknowledged by {who} on {when}: {note}</source>
        <translation>Cydnabuwyd gan {who} ar {when}: {note}</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>dim nodyn</translation>
    </message>
    <message>
        <source>Change the note…</source>
        <translation>Newid y nodyn…</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Cydnabod…</translation>
    </message>
    <message>
        <source>The officer&apos;s decision: {what}</source>
        <translation>Penderfyniad y swyddog: {what}</translation>
    </message>
    <message>
        <source>The aid said {aid} (rule pack {version}). Decided by {who} on {when}.</source>
        <translation>Dywedodd y cymorth {aid} (pecyn rheolau {version}). Penderfynwyd gan {who} ar {when}.</translation>
    </message>
    <message>
        <source>Rationale: {text}</source>
        <translation>Rhesymeg: {text}</translation>
    </message>
    <message>
        <source>The officer&apos;s decision</source>
        <translation>Penderfyniad y swyddog</translation>
    </message>
    <message>
        <source>Open a referral to see the aid&apos;s advice.</source>
        <translation>Agorwch atgyfeiriad i weld cyngor y cymorth.</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Subject</source>
        <translation>Gwrthrych</translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation>ID PNC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Unnamed subject</source>
        <translation>Gwrthrych heb enw</translation>
    </message>
    <message>
        <source>Reference {ref}</source>
        <translation>Cyfeirnod {ref}</translation>
    </message>
    <message>
        <source>{status}. Exported {exported}, changed {changed}: the exported PDF or package is out of date. Check your answers and export it again.</source>
        <translation>{status}. Allforiwyd {exported}, newidiwyd {changed}: mae&apos;r PDF neu&apos;r pecyn a allforiwyd wedi dyddio. Gwiriwch eich atebion a&apos;i allforio eto.</translation>
    </message>
    <message>
        <source>Exported {exported}; summary in {language}</source>
        <translation>Allforiwyd {exported}; iaith y crynodeb: {language}</translation>
    </message>
    <message>
        <source>Exported {exported}</source>
        <translation>Allforiwyd {exported}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>Changed since export</source>
        <translation>Wedi newid ers allforio</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importing…</source>
        <translation>Yn mewnforio…</translation>
    </message>
    <message>
        <source>The referral&apos;s content is the same; only the file differs.</source>
        <translation>Mae cynnwys yr atgyfeiriad yr un fath; dim ond y ffeil sy&apos;n wahanol.</translation>
    </message>
    <message>
        <source>Referral already received</source>
        <translation>Atgyfeiriad wedi dod i law eisoes</translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>(enw heb ei gofnodi)</translation>
    </message>
    <message>
        <source>Replacing changes: {changes}. The earlier version stays in the history.</source>
        <translation>Mae disodli yn newid: {changes}. Mae&apos;r fersiwn gynharach yn aros yn yr hanes.</translation>
    </message>
    <message>
        <source>Who signed it changes: the copy held is “{held}”; this one is “{new}”. Ask the sender why.</source>
        <translation>Mae pwy a&apos;i llofnododd yn newid: y copi sydd gennych yw “{held}”; hwn yw “{new}”. Gofynnwch i&apos;r anfonwr pam.</translation>
    </message>
    <message>
        <source>A referral for {name} (reference {ref}) was received on {date}. Keep the record you have, or replace its content with {file}? Its screening status and decisions are kept either way.</source>
        <translation>Daeth atgyfeiriad ar gyfer {name} (cyfeirnod {ref}) i law ar {date}. Cadw&apos;r cofnod sydd gennych, neu ddisodli ei gynnwys â {file}? Cedwir ei statws sgrinio a&apos;i benderfyniadau y naill ffordd neu&apos;r llall.</translation>
    </message>
    <message>
        <source>&amp;Keep existing</source>
        <translation>&amp;Cadw&apos;r un presennol</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Disodli</translation>
    </message>
    <message>
        <source>Keep &amp;all</source>
        <translation>Cadw&apos;r cyf&amp;an</translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation>Disodli&apos;r c&amp;yfan</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>All scenarios</source>
        <translation>Pob senario</translation>
    </message>
</context>
<context>
    <name>LimitedTextEdit</name>
    <message>
        <source>Characters remaining</source>
        <translation>Nodau ar ôl</translation>
    </message>
    <message>
        <source>{n} characters remaining</source>
        <translation>{n} nod ar ôl</translation>
    </message>
    <message>
        <source>You have reached the limit of {limit} characters: the rest was not added</source>
        <translation>Rydych wedi cyrraedd y terfyn o {limit} nod: ni ychwanegwyd y gweddill</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>MAPPA Desktop is locked</source>
        <translation>Mae MAPPA Desktop wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Type the database passphrase to unlock. Everything you typed is kept.</source>
        <translation>Teipiwch gyfrinymadrodd y gronfa ddata i ddatgloi. Cedwir popeth a deipiwyd gennych.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the referrals database…</source>
        <translation>Yn agor cronfa ddata&apos;r atgyfeiriadau…</translation>
    </message>
    <message>
        <source>Delete the referral for {name} for good?</source>
        <translation>Dileu&apos;r atgyfeiriad ar gyfer {name} am byth?</translation>
    </message>
    <message>
        <source>Could not save the retention period</source>
        <translation>Methu cadw&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <source>Could not change the legal hold</source>
        <translation>Methu newid y daliad cyfreithiol</translation>
    </message>
    <message>
        <source>Legal hold set.</source>
        <translation>Rhoddwyd daliad cyfreithiol.</translation>
    </message>
    <message>
        <source>Legal hold lifted.</source>
        <translation>Codwyd y daliad cyfreithiol.</translation>
    </message>
    <message>
        <source>Start a new referral (Ctrl+N)</source>
        <translation>Dechrau atgyfeiriad newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy the selected referral as a new draft (Ctrl+D)</source>
        <translation>Copïo&apos;r atgyfeiriad a ddewiswyd fel drafft newydd (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected referral (Delete)</source>
        <translation>Dileu&apos;r atgyfeiriad a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Referrals past &amp;retention…</source>
        <translation>Atgyfeiriadau wedi&apos;r cyfnod &amp;cadw…</translation>
    </message>
    <message>
        <source>&amp;Legal hold on this referral…</source>
        <translation>&amp;Daliad cyfreithiol ar yr atgyfeiriad hwn…</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <source>Demonstration database: fictional people, deleted when you close</source>
        <translation>Cronfa ddata arddangos: pobl ffuglennol, wedi&apos;i dileu pan fyddwch yn cau</translation>
    </message>
    <message>
        <source>Demonstration mode</source>
        <translation>Modd arddangos</translation>
    </message>
    <message>
        <source>MAPPA Desktop</source>
        <translation>MAPPA Desktop</translation>
    </message>
    <message>
        <source>MAPPA Desktop — {database}</source>
        <translation>MAPPA Desktop — {database}</translation>
    </message>
    <message>
        <source>MAPPA Desktop — demonstration (fictional data)</source>
        <translation>MAPPA Desktop — arddangosiad (data ffuglennol)</translation>
    </message>
    <message>
        <source>No referral matches “{search}”.

Search looks at names, aliases, PNC IDs and ViSOR, nDelius and MARAC references. Check the spelling, or clear the search.</source>
        <translation>Nid oes atgyfeiriad yn cyfateb i “{search}”.

Mae&apos;r chwilio&apos;n edrych ar enwau, enwau eraill, IDs PNC a chyfeirnodau ViSOR, nDelius a MARAC. Gwiriwch y sillafu, neu cliriwch y chwilio.</translation>
    </message>
    <message>
        <source>No referrals yet.

Start one with New referral (Ctrl+N). It is saved as you type.</source>
        <translation>Dim atgyfeiriadau eto.

Dechreuwch un gydag Atgyfeiriad newydd (Ctrl+N). Caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>{shown} of {total} referrals match</source>
        <translation>{shown} o {total} atgyfeiriad yn cyfateb</translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {total} referrals — scroll for more</source>
        <translation>Yn dangos y {shown} diweddaraf o {total} atgyfeiriad — sgroliwch am ragor</translation>
    </message>
    <message>
        <source>{total} referrals</source>
        <translation>{total} atgyfeiriad</translation>
    </message>
    <message>
        <source>1 referral</source>
        <translation>1 atgyfeiriad</translation>
    </message>
    <message>
        <source>Could not open the referral</source>
        <translation>Methu agor yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Some changes to this referral could not be saved:

{reason}

Stay to fix them, or leave and lose those changes?</source>
        <translation>Nid oedd modd cadw rhai newidiadau i&apos;r atgyfeiriad hwn:

{reason}

Aros i&apos;w cywiro, neu adael a cholli&apos;r newidiadau hynny?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>The export was saved, but recording it failed: {error}</source>
        <translation>Cafodd yr allforio ei gadw, ond methodd ei gofnodi: {error}</translation>
    </message>
    <message>
        <source>Recording the export…</source>
        <translation>Yn cofnodi&apos;r allforio…</translation>
    </message>
    <message>
        <source>{what} Still working: another window or program may be using the database.</source>
        <translation>{what} Yn dal i weithio: efallai fod ffenestr neu raglen arall yn defnyddio&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Could not start a new referral</source>
        <translation>Methu dechrau atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>New referral started. It is saved as you type.</source>
        <translation>Atgyfeiriad newydd wedi&apos;i ddechrau. Caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Could not duplicate the referral</source>
        <translation>Methu dyblygu&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Copied as a new draft. The original is unchanged.</source>
        <translation>Wedi&apos;i gopïo fel drafft newydd. Mae&apos;r gwreiddiol heb ei newid.</translation>
    </message>
    <message>
        <source>an unnamed subject</source>
        <translation>gwrthrych heb enw</translation>
    </message>
    <message>
        <source>Under a legal hold</source>
        <translation>Dan ddaliad cyfreithiol</translation>
    </message>
    <message>
        <source>The referral for {name} is under a legal hold, so it cannot be deleted. Nothing was changed. The hold is lifted in File &gt; Referrals past retention, or with &apos;mappa-desktop retention lift&apos;.</source>
        <translation>Mae&apos;r atgyfeiriad ar gyfer {name} dan ddaliad cyfreithiol, felly ni ellir ei ddileu. Ni newidiwyd dim. Codir y daliad yn Ffeil &gt; Atgyfeiriadau wedi&apos;r cyfnod cadw, neu gyda &apos;mappa-desktop retention lift&apos;.</translation>
    </message>
    <message>
        <source>Delete referral?</source>
        <translation>Dileu&apos;r atgyfeiriad?</translation>
    </message>
    <message>
        <source>Could not delete the referral</source>
        <translation>Methu dileu&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral deleted.</source>
        <translation>Atgyfeiriad wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>demonstration (temporary)</source>
        <translation>arddangosiad (dros dro)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Gosodiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Security marking</source>
        <translation>Marc diogelwch</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>Meysydd gwaith</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Referrals on this computer</source>
        <translation>Atgyfeiriadau ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Chwilio atgyfeiriadau</translation>
    </message>
    <message>
        <source>Search by name, alias, PNC ID or reference (Ctrl+F)</source>
        <translation>Chwilio yn ôl enw, enw arall, ID PNC neu gyfeirnod (Ctrl+F)</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>Duplicate referral</source>
        <translation>Dyblygu&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dyblygu</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Dileu&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dileu…</translation>
    </message>
    <message>
        <source>No referral open.

Choose one from the list, or start a new referral (Ctrl+N).
Your typing is saved as you go.</source>
        <translation>Dim atgyfeiriad ar agor.

Dewiswch un o&apos;r rhestr, neu dechreuwch atgyfeiriad newydd (Ctrl+N).
Caiff eich teipio ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sgrinio</translation>
    </message>
    <message>
        <source>MAPPA coordinators screen received referral packages here: import them, decide with recorded reasons, watch deadlines and prepare figures for the strategic management board.

Opening the screening queue…</source>
        <translation>Mae cydlynwyr MAPPA yn sgrinio&apos;r pecynnau atgyfeirio a ddaeth i law yma: eu mewnforio, penderfynu gyda rhesymau wedi&apos;u cofnodi, cadw golwg ar derfynau amser a pharatoi ffigurau ar gyfer y bwrdd rheoli strategol.

Yn agor y ciw sgrinio…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Practise MAPPA referral decisions on fictional cases, and compare your answer with the guidance. Nothing you do in training touches real referrals.

Opening the training area…</source>
        <translation>Ymarferwch benderfyniadau atgyfeirio MAPPA ar achosion ffuglennol, a chymharwch eich ateb â&apos;r canllawiau. Nid oes dim a wnewch yn yr hyfforddiant yn cyffwrdd ag atgyfeiriadau go iawn.

Yn agor yr ardal hyfforddiant…</translation>
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
        <translation>Atgyfeiriad &amp;newydd</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Duplicate referral</source>
        <translation>&amp;Dyblygu&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete referral…</source>
        <translation>D&amp;ileu&apos;r atgyfeiriad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find referral</source>
        <translation>&amp;Chwilio am atgyfeiriad</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>Security marking, language, your name and the database location</source>
        <translation>Marc diogelwch, iaith, eich enw a lleoliad y gronfa ddata</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;About MAPPA Desktop</source>
        <translation>&amp;Ynghylch MAPPA Desktop</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>Enter a whole number in digits, like 18</source>
        <translation>Rhowch rif cyfan mewn digidau, fel 18</translation>
    </message>
    <message>
        <source>Enter a number in digits, like 18 or 4.5</source>
        <translation>Rhowch rif mewn digidau, fel 18 neu 4.5</translation>
    </message>
    <message>
        <source>blank if not known</source>
        <translation>gwag os nad yw&apos;n hysbys</translation>
    </message>
    <message>
        <source>{message}, up to {maximum}</source>
        <translation>{message}, hyd at {maximum}</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Who is using MAPPA Desktop?</source>
        <translation>Pwy sy&apos;n defnyddio MAPPA Desktop?</translation>
    </message>
    <message>
        <source>Give your name, role and agency. They are filled in as the referrer on new referrals and recorded beside your computer login ({login}) when you record a decision or acknowledge a prompt. You can change them later in Settings.</source>
        <translation>Rhowch eich enw, eich rôl a&apos;ch asiantaeth. Cânt eu llenwi fel yr atgyfeiriwr ar atgyfeiriadau newydd a&apos;u cofnodi wrth ymyl mewngofnod eich cyfrifiadur ({login}) pan fyddwch yn cofnodi penderfyniad neu&apos;n cydnabod awgrym. Gallwch eu newid yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>eich mewngofnod</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Swyddog prawf</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Asiantaeth</translation>
    </message>
    <message>
        <source>Probation Service, Wales</source>
        <translation>Gwasanaeth Prawf, Cymru</translation>
    </message>
    <message>
        <source>For example, {example}</source>
        <translation>Er enghraifft, {example}</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>not yet known</source>
        <translation>ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>The aid&apos;s outcome: {category}; recommended {level}.</source>
        <translation>Canlyniad y cymorth: {category}; argymhellir {level}.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>As the aid says ({outcome})</source>
        <translation>Fel y dywed y cymorth ({outcome})</translation>
    </message>
    <message>
        <source>Record the category and level you refer under</source>
        <translation>Cofnodi&apos;r categori a&apos;r lefel rydych yn atgyfeirio odanynt</translation>
    </message>
    <message>
        <source>&amp;Rationale (needed when your decision differs from the aid&apos;s)</source>
        <translation>&amp;Rhesymeg (ei hangen pan fo&apos;ch penderfyniad yn wahanol i un y cymorth)</translation>
    </message>
    <message>
        <source>Save my decision</source>
        <translation>Cadw fy mhenderfyniad</translation>
    </message>
    <message>
        <source>Use the aid&apos;s outcome</source>
        <translation>Defnyddio canlyniad y cymorth</translation>
    </message>
    <message>
        <source>Refer under {category} and {level}, as the aid says</source>
        <translation>Atgyfeirio o dan {category} a {level}, fel y dywed y cymorth</translation>
    </message>
    <message>
        <source>Withdraw my decision</source>
        <translation>Tynnu fy mhenderfyniad yn ôl</translation>
    </message>
    <message>
        <source>Choose a category or level different from the aid&apos;s, or use the aid&apos;s outcome, or Cancel.</source>
        <translation>Dewiswch gategori neu lefel sy&apos;n wahanol i rai&apos;r cymorth, neu defnyddiwch ganlyniad y cymorth, neu Canslo.</translation>
    </message>
    <message>
        <source>The aid has not settled it yet: choose both the category and the level.</source>
        <translation>Nid yw&apos;r cymorth wedi&apos;i bennu eto: dewiswch y categori a&apos;r lefel.</translation>
    </message>
    <message>
        <source>Write a rationale of at least {n} characters: why your decision differs.</source>
        <translation>Ysgrifennwch resymeg o {n} nod o leiaf: pam mae eich penderfyniad yn wahanol.</translation>
    </message>
    <message>
        <source>Record your own decision</source>
        <translation>Cofnodi eich penderfyniad eich hun</translation>
    </message>
    <message>
        <source>The aid gives advice; you decide. If you disagree with its category or level, record yours and say why. The aid&apos;s outcome, yours, your reasons, the rule-pack version, who and when are all kept, and the change is in the audit log.</source>
        <translation>Mae&apos;r cymorth yn rhoi cyngor; chi sy&apos;n penderfynu. Os ydych yn anghytuno â&apos;i gategori neu ei lefel, cofnodwch eich rhai chi a dywedwch pam. Cedwir canlyniad y cymorth, eich un chi, eich rhesymau, fersiwn y pecyn rheolau, pwy a phryd, ac mae&apos;r newid yn y log archwilio.</translation>
    </message>
    <message>
        <source>&amp;Category you decide</source>
        <translation>&amp;Categori a benderfynwch</translation>
    </message>
    <message>
        <source>Category you decide</source>
        <translation>Categori a benderfynwch</translation>
    </message>
    <message>
        <source>&amp;Level you decide</source>
        <translation>&amp;Lefel a benderfynwch</translation>
    </message>
    <message>
        <source>Level you decide</source>
        <translation>Lefel a benderfynwch</translation>
    </message>
    <message>
        <source>&amp;Rationale (required): why your decision differs from the aid&apos;s</source>
        <translation>&amp;Rhesymeg (gofynnol): pam mae eich penderfyniad yn wahanol i un y cymorth</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botymau&apos;r blwch deialog</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Why we ask: the answer can change {outcomes}.</source>
        <translation>Pam rydym yn gofyn: gall yr ateb newid {outcomes}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Dim un o&apos;r rhain</translation>
    </message>
    <message>
        <source>None of these apply</source>
        <translation>Nid oes yr un o&apos;r rhain yn berthnasol</translation>
    </message>
    <message>
        <source>day/month/year, blank if not known</source>
        <translation>diwrnod/mis/blwyddyn, gwag os nad yw&apos;n hysbys</translation>
    </message>
    <message>
        <source>From other answers in this referral: {answer}. Answer here to say otherwise.</source>
        <translation>O atebion eraill yn yr atgyfeiriad hwn: {answer}. Atebwch yma i ddweud yn wahanol.</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Choose a category, a level and the prompts that apply, then Submit (Ctrl+Return).</source>
        <translation>Dewiswch gategori, lefel a&apos;r awgrymiadau sy&apos;n berthnasol, yna Cyflwyno (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Choose a category and a level first (choose &apos;Not yet known&apos; if so).</source>
        <translation>Dewiswch gategori a lefel yn gyntaf (dewiswch &apos;Ddim yn hysbys eto&apos; os felly).</translation>
    </message>
    <message>
        <source>The training record could not be saved: {error}</source>
        <translation>Nid oedd modd cadw&apos;r cofnod hyfforddiant: {error}</translation>
    </message>
    <message>
        <source>This session: {scenarios} scenarios, {score} of {total} points</source>
        <translation>Y sesiwn hon: {scenarios} senario, {score} o {total} pwynt</translation>
    </message>
    <message>
        <source>Save quiz results</source>
        <translation>Cadw canlyniadau&apos;r cwis</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Ni chadwyd y canlyniadau</translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Ready for screening</source>
        <translation>Yn barod i&apos;w sgrinio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>This referral was ready to send and has changed, so it is a draft again. Check your answers and mark it ready again; export a new package, as any earlier one is out of date.</source>
        <translation>Roedd yr atgyfeiriad hwn yn barod i&apos;w anfon ac mae wedi newid, felly mae&apos;n ddrafft eto. Gwiriwch eich atebion a&apos;i farcio&apos;n barod eto; allforiwch becyn newydd, gan fod unrhyw un cynharach wedi dyddio.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Wedi&apos;i chwblhau</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Mae problemau</translation>
    </message>
    <message>
        <source>Not ready yet: {n} thing(s) to do, listed above. The draft is saved.</source>
        <translation>Ddim yn barod eto: {n} peth i&apos;w wneud, wedi&apos;u rhestru uchod. Mae&apos;r drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Marked as ready to send.</source>
        <translation>Wedi&apos;i farcio&apos;n barod i&apos;w anfon.</translation>
    </message>
    <message>
        <source>{fields} — fix the answer shown in red; everything else is saved</source>
        <translation>{fields} — cywirwch yr ateb a ddangosir mewn coch; mae popeth arall wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>this referral was changed in another window, so your latest changes were not saved. They are still on screen. Make another change, or leave the referral, to choose which version to keep.</source>
        <translation>newidiwyd yr atgyfeiriad hwn mewn ffenestr arall, felly ni chadwyd eich newidiadau diweddaraf. Maen nhw&apos;n dal ar y sgrin. Gwnewch newid arall, neu gadewch yr atgyfeiriad, i ddewis pa fersiwn i&apos;w chadw.</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Dangos y rhestr</translation>
    </message>
    <message>
        <source>Hide list</source>
        <translation>Cuddio&apos;r rhestr</translation>
    </message>
    <message>
        <source>Show the referrals list</source>
        <translation>Dangos rhestr yr atgyfeiriadau</translation>
    </message>
    <message>
        <source>Hide the referrals list</source>
        <translation>Cuddio rhestr yr atgyfeiriadau</translation>
    </message>
    <message>
        <source>Unnamed subject</source>
        <translation>Gwrthrych heb enw</translation>
    </message>
    <message>
        <source>Reference {ref}</source>
        <translation>Cyfeirnod {ref}</translation>
    </message>
    <message>
        <source>Give the referral the whole window (Ctrl+L)</source>
        <translation>Rhoi&apos;r ffenestr gyfan i&apos;r atgyfeiriad (Ctrl+L)</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Statws yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral sections</source>
        <translation>Adrannau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Yr adran flaenorol</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Yr adran flaenorol (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Blaenorol</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Yr adran nesaf</translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Yr adran nesaf (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nesaf ▶</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Referrals past retention</source>
        <translation>Atgyfeiriadau wedi&apos;r cyfnod cadw</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gwrthrych</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>Pam mae ar y rhestr</translation>
    </message>
    <message>
        <source>Past retention since</source>
        <translation>Wedi&apos;r cyfnod cadw ers</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Daliad cyfreithiol</translation>
    </message>
    <message>
        <source>No referral is past its retention period.</source>
        <translation>Nid oes unrhyw atgyfeiriad wedi mynd heibio&apos;i gyfnod cadw.</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Dileu&apos;r rhai a ddewiswyd…</translation>
    </message>
    <message>
        <source>Set legal &amp;hold…</source>
        <translation>Rhoi &amp;daliad cyfreithiol…</translation>
    </message>
    <message>
        <source>&amp;Lift legal hold</source>
        <translation>&amp;Codi&apos;r daliad cyfreithiol</translation>
    </message>
    <message>
        <source>These referrals were sent or closed more than {days} days ago (the retention period in Settings), or were deleted by an earlier version that kept their content in the audit log. A referral under a legal hold is never erased.

</source>
        <translation>Anfonwyd neu caewyd yr atgyfeiriadau hyn fwy na {days} diwrnod yn ôl (y cyfnod cadw yn y Gosodiadau), neu fe&apos;u dilëwyd gan fersiwn gynharach a gadwodd eu cynnwys yn y log archwilio. Ni chaiff atgyfeiriad dan ddaliad cyfreithiol byth ei ddileu.

</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Closed after screening</source>
        <translation>Wedi&apos;i gau ar ôl sgrinio</translation>
    </message>
    <message>
        <source>Deleted earlier; content still in the audit log</source>
        <translation>Dilëwyd yn gynharach; mae&apos;r cynnwys yn dal yn y log archwilio</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Wedi&apos;i ddal</translation>
    </message>
    <message>
        <source>Under a legal hold</source>
        <translation>Dan ddaliad cyfreithiol</translation>
    </message>
    <message>
        <source>The selected referrals are under a legal hold, so they cannot be erased. Nothing was changed.</source>
        <translation>Mae&apos;r atgyfeiriadau a ddewiswyd dan ddaliad cyfreithiol, felly ni ellir eu dileu. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Erase the selected referrals for good? ({count})</source>
        <translation>Dileu&apos;r atgyfeiriadau a ddewiswyd am byth? ({count})</translation>
    </message>
    <message>
        <source>Under a legal hold, and so kept: {count}.</source>
        <translation>Dan ddaliad cyfreithiol, ac felly wedi&apos;u cadw: {count}.</translation>
    </message>
    <message>
        <source>Erase referrals?</source>
        <translation>Dileu atgyfeiriadau?</translation>
    </message>
    <message>
        <source>Could not erase the referrals</source>
        <translation>Methu dileu&apos;r atgyfeiriadau</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>The referral for {name} was changed in another window while you had it open</source>
        <translation>Newidiwyd yr atgyfeiriad ar gyfer {name} mewn ffenestr arall tra oedd ar agor gennych</translation>
    </message>
    <message>
        <source>Your unsaved changes</source>
        <translation>Eich newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi&apos;i gopïo</translation>
    </message>
    <message>
        <source>Referral changed elsewhere</source>
        <translation>Atgyfeiriad wedi&apos;i newid mewn man arall</translation>
    </message>
    <message>
        <source>This referral was changed in another window while you had it open</source>
        <translation>Newidiwyd yr atgyfeiriad hwn mewn ffenestr arall tra oedd ar agor gennych</translation>
    </message>
    <message>
        <source>What &amp;changed elsewhere</source>
        <translation>Beth &amp;newidiodd mewn man arall</translation>
    </message>
    <message>
        <source>What changed elsewhere</source>
        <translation>Beth newidiodd mewn man arall</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet; they are still on screen. Choose which version to keep.

Keep my version: saves what is on your screen over the other changes. Both versions stay in the audit log.

Use the other version: opens the version saved elsewhere. Your unsaved changes are shown next, for you to copy anything you need.</source>
        <translation>Nid yw eich newidiadau diweddaraf wedi&apos;u cadw eto; maen nhw&apos;n dal ar y sgrin. Dewiswch pa fersiwn i&apos;w chadw.

Cadw fy fersiwn i: yn cadw&apos;r hyn sydd ar eich sgrin dros y newidiadau eraill. Mae&apos;r ddwy fersiwn yn aros yn y log archwilio.

Defnyddio&apos;r fersiwn arall: yn agor y fersiwn a gadwyd mewn man arall. Dangosir eich newidiadau heb eu cadw nesaf, i chi gopïo unrhyw beth sydd ei angen arnoch.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <source>Save what is on your screen over the other changes</source>
        <translation>Cadw&apos;r hyn sydd ar eich sgrin dros y newidiadau eraill</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Cadw fy fersiwn i</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Defnyddio&apos;r fersiwn arall</translation>
    </message>
    <message>
        <source>Open the version saved elsewhere and show your unsaved changes to copy</source>
        <translation>Agor y fersiwn a gadwyd mewn man arall a dangos eich newidiadau heb eu cadw i&apos;w copïo</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Defnyddio&apos;r fersiwn arall</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Penderfynu wedyn</translation>
    </message>
    <message>
        <source>Keep your changes on screen without saving them; you will be asked again</source>
        <translation>Cadw eich newidiadau ar y sgrin heb eu cadw yn y gronfa ddata; gofynnir i chi eto</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Penderfynu wedyn</translation>
    </message>
    <message>
        <source>The other version is now open. Your unsaved changes are below</source>
        <translation>Mae&apos;r fersiwn arall ar agor nawr. Mae eich newidiadau heb eu cadw isod</translation>
    </message>
    <message>
        <source>&amp;Your unsaved changes (the whole referral as it was on your screen). They are not saved anywhere: copy what you need before closing this window.</source>
        <translation>&amp;Eich newidiadau heb eu cadw (yr atgyfeiriad cyfan fel yr oedd ar eich sgrin). Nid ydynt wedi&apos;u cadw yn unman: copïwch yr hyn sydd ei angen arnoch cyn cau&apos;r ffenestr hon.</translation>
    </message>
    <message>
        <source>Copy your unsaved changes</source>
        <translation>Copïo eich newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Copïo&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ScreeningArea</name>
    <message>
        <source>Screening</source>
        <translation>Sgrinio</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>C&amp;iw</translation>
    </message>
    <message>
        <source>Search the screening queue</source>
        <translation>Chwilio&apos;r ciw sgrinio</translation>
    </message>
    <message>
        <source>Search names, aliases, PNC, references</source>
        <translation>Chwilio enwau, enwau eraill, PNC, cyfeirnodau</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Hidlydd categori</translation>
    </message>
    <message>
        <source>Only domestic abuse referrals</source>
        <translation>Atgyfeiriadau cam-drin domestig yn unig</translation>
    </message>
    <message>
        <source>&amp;Domestic abuse</source>
        <translation>Cam-drin &amp;domestig</translation>
    </message>
    <message>
        <source>Only referrals with an overdue deadline</source>
        <translation>Atgyfeiriadau â therfyn amser wedi&apos;i fethu yn unig</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Hwyr</translation>
    </message>
    <message>
        <source>Referrals shown</source>
        <translation>Atgyfeiriadau a ddangosir</translation>
    </message>
    <message>
        <source>Import referral packages</source>
        <translation>Mewnforio pecynnau atgyfeirio</translation>
    </message>
    <message>
        <source>Import referral packages (.mappa.json), or drop files or folders here (Ctrl+I)</source>
        <translation>Mewnforio pecynnau atgyfeirio (.mappa.json), neu ollwng ffeiliau neu ffolderi yma (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Mewnforio pecynnau…</translation>
    </message>
    <message>
        <source>Screening queue</source>
        <translation>Ciw sgrinio</translation>
    </message>
    <message>
        <source>&amp;Figures for the board</source>
        <translation>Ffigu&amp;rau ar gyfer y bwrdd</translation>
    </message>
</context>
<context>
    <name>ScreeningDetail</name>
    <message>
        <source>Choose a referral in the queue to screen it.</source>
        <translation>Dewiswch atgyfeiriad yn y ciw i&apos;w sgrinio.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <source>Referral package details</source>
        <translation>Manylion y pecyn atgyfeirio</translation>
    </message>
    <message>
        <source>Choose a decision</source>
        <translation>Dewiswch benderfyniad</translation>
    </message>
    <message>
        <source>Who signed the package</source>
        <translation>Pwy a lofnododd y pecyn</translation>
    </message>
    <message>
        <source>&amp;Trust this key after checking its fingerprint…</source>
        <translation>&amp;Ymddiried yn yr allwedd hon ar ôl gwirio ei hôl bys…</translation>
    </message>
    <message>
        <source>Trust this key after checking its fingerprint</source>
        <translation>Ymddiried yn yr allwedd hon ar ôl gwirio ei hôl bys</translation>
    </message>
    <message>
        <source>Sender not trusted</source>
        <translation>Ni roddwyd ymddiriedaeth yn yr anfonwr</translation>
    </message>
    <message>
        <source>This referral could not be assessed: {error}</source>
        <translation>Nid oedd modd asesu&apos;r atgyfeiriad hwn: {error}</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Lefel {number}</translation>
    </message>
    <message>
        <source>Category {number}</source>
        <translation>Categori {number}</translation>
    </message>
    <message>
        <source>Package replaced by a newer copy; changed: {changes}. The earlier version is kept in the audit log.</source>
        <translation>Disodlwyd y pecyn gan gopi mwy newydd; newidiwyd: {changes}. Cedwir y fersiwn gynharach yn y log archwilio.</translation>
    </message>
    <message>
        <source>could not be assessed</source>
        <translation>nid oedd modd ei asesu</translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>(enw heb ei gofnodi)</translation>
    </message>
    <message>
        <source>The referrer asks for another level: record why you decide as you do.</source>
        <translation>Mae&apos;r atgyfeiriwr yn gofyn am lefel arall: cofnodwch pam rydych yn penderfynu fel y gwnewch.</translation>
    </message>
    <message>
        <source>Domestic abuse: yes</source>
        <translation>Cam-drin domestig: ie</translation>
    </message>
    <message>
        <source>Referrer asks for</source>
        <translation>Mae&apos;r atgyfeiriwr yn gofyn am</translation>
    </message>
    <message>
        <source>This application assesses</source>
        <translation>Asesiad y rhaglen hon</translation>
    </message>
    <message>
        <source>Sender’s copy of the aid said</source>
        <translation>Dywedodd copi&apos;r anfonwr o&apos;r adnodd</translation>
    </message>
    <message>
        <source>— interval unconfirmed in the rule pack</source>
        <translation>— cyfwng heb ei gadarnhau yn y pecyn rheolau</translation>
    </message>
    <message>
        <source>No deadline is tracked for this referral.</source>
        <translation>Nid oes terfyn amser yn cael ei olrhain ar gyfer yr atgyfeiriad hwn.</translation>
    </message>
    <message>
        <source>no field of the referral</source>
        <translation>dim maes yn yr atgyfeiriad</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Dim penderfyniad eto.</translation>
    </message>
    <message>
        <source>Decisions and versions</source>
        <translation>Penderfyniadau a fersiynau</translation>
    </message>
    <message>
        <source>Choose a decision, then give at least one reason for it.</source>
        <translation>Dewiswch benderfyniad, yna rhowch o leiaf un rheswm drosto.</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Yn cofnodi&apos;r penderfyniad…</translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation>Penderfyniad heb ei gofnodi</translation>
    </message>
    <message>
        <source>Save request note</source>
        <translation>Cadw&apos;r nodyn cais</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Testun (*.txt)</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Ni chadwyd y nodyn</translation>
    </message>
</context>
<context>
    <name>ScreeningDetailForm</name>
    <message>
        <source>Referral being screened</source>
        <translation>Yr atgyfeiriad sy&apos;n cael ei sgrinio</translation>
    </message>
    <message>
        <source>Choose a referral in the queue to screen it.</source>
        <translation>Dewiswch atgyfeiriad yn y ciw i&apos;w sgrinio.</translation>
    </message>
    <message>
        <source>Referral summary</source>
        <translation>Crynodeb o&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Level sought and the aid&apos;s recommendation</source>
        <translation>Y lefel y gofynnwyd amdani ac argymhelliad y cymorth</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Terfynau amser</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Penderfyniad:</translation>
    </message>
    <message>
        <source>Reasons (at least one):</source>
        <translation>Rhesymau (o leiaf un):</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Nodyn penderfyniad</translation>
    </message>
    <message>
        <source>Note: anything the reasons do not say (required for &apos;Other&apos;)</source>
        <translation>Nodyn: unrhyw beth nad yw&apos;r rhesymau&apos;n ei ddweud (gofynnol ar gyfer &apos;Arall&apos;)</translation>
    </message>
    <message>
        <source>Request for more information (edit, then copy or save)</source>
        <translation>Cais am ragor o wybodaeth (golygwch, yna copïwch neu gadwch)</translation>
    </message>
    <message>
        <source>Request note to send to the referrer</source>
        <translation>Nodyn cais i&apos;w anfon at yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>Copy the request note</source>
        <translation>Copïo&apos;r nodyn cais</translation>
    </message>
    <message>
        <source>&amp;Copy note</source>
        <translation>C&amp;opïo&apos;r nodyn</translation>
    </message>
    <message>
        <source>Save the request note to a file</source>
        <translation>Cadw&apos;r nodyn cais mewn ffeil</translation>
    </message>
    <message>
        <source>Sa&amp;ve note…</source>
        <translation>C&amp;adw&apos;r nodyn…</translation>
    </message>
    <message>
        <source>Decision problem</source>
        <translation>Problem gyda&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Record the decision with its reasons (Ctrl+Return)</source>
        <translation>Cofnodi&apos;r penderfyniad gyda&apos;i resymau (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>Cofnodi&apos;r p&amp;enderfyniad</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Penderfyniadau hyd yma</translation>
    </message>
</context>
<context>
    <name>ScreeningQueueModel</name>
    <message>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>(enw heb ei gofnodi)</translation>
    </message>
    <message>
        <source>Overdue: {what}</source>
        <translation>Yn hwyr: {what}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Level sought</source>
        <translation>Lefel y gofynnwyd amdani</translation>
    </message>
    <message>
        <source>Aid recommends</source>
        <translation>Argymhelliad y cymorth</translation>
    </message>
    <message>
        <source>Sender&apos;s claim</source>
        <translation>Honiad yr anfonwr</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>DA</source>
        <translation>CD</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rhyddhau</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Terfyn amser nesaf</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Asiantaeth atgyfeirio</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>The sender&apos;s claim differs: {said}</source>
        <translation>Mae honiad yr anfonwr yn wahanol: {said}</translation>
    </message>
    <message>
        <source>Differs: {said}</source>
        <translation>Yn wahanol: {said}</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Lefel {number}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Earliest release {date}</source>
        <translation>Rhyddhau cynharaf {date}</translation>
    </message>
</context>
<context>
    <name>ScreeningWidget</name>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Yn aros am benderfyniad</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <source>Import referral packages</source>
        <translation>Mewnforio pecynnau atgyfeirio</translation>
    </message>
    <message>
        <source>Category {number}</source>
        <translation>Categori {number}</translation>
    </message>
    <message>
        <source>Trusted &amp;senders…</source>
        <translation>&amp;Anfonwyr dibynadwy…</translation>
    </message>
    <message>
        <source>Trusted senders</source>
        <translation>Anfonwyr dibynadwy</translation>
    </message>
    <message>
        <source>The senders whose signed packages you trust, and your own key</source>
        <translation>Yr anfonwyr rydych yn ymddiried yn eu pecynnau wedi&apos;u llofnodi, a&apos;ch allwedd eich hun</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} o {total}</translation>
    </message>
    <message>
        <source>No referrals received yet. Choose Import packages… (Ctrl+I) or drop referral package files (.mappa.json) or folders here.</source>
        <translation>Dim atgyfeiriadau wedi dod i law eto. Dewiswch Mewnforio pecynnau… (Ctrl+I) neu gollyngwch ffeiliau pecynnau atgyfeirio (.mappa.json) neu ffolderi yma.</translation>
    </message>
    <message>
        <source>No referral matches the search and filters.</source>
        <translation>Nid oes atgyfeiriad yn cyfateb i&apos;r chwilio a&apos;r hidlyddion.</translation>
    </message>
    <message>
        <source>Referral packages (*.mappa.json);;All files (*)</source>
        <translation>Pecynnau atgyfeirio (*.mappa.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Yn mewnforio…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Mewnforio wedi gorffen</translation>
    </message>
    <message>
        <source>and {count} more: see the details.</source>
        <translation>a {count} arall: gweler y manylion.</translation>
    </message>
</context>
<context>
    <name>SectionPageForm</name>
    <message>
        <source>Section questions</source>
        <translation>Cwestiynau&apos;r adran</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>All settings</source>
        <translation>Pob gosodiad</translation>
    </message>
    <message>
        <source>Filled in as the referrer on each new referral (you can change it there). The audit log records changes under your computer login, {login}, shown with this name.</source>
        <translation>Caiff ei lenwi fel yr atgyfeiriwr ar bob atgyfeiriad newydd (gallwch ei newid yno). Mae&apos;r log archwilio&apos;n cofnodi newidiadau o dan fewngofnod eich cyfrifiadur, {login}, gyda&apos;r enw hwn wrth ei ochr.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>eich mewngofnod</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Nid oes cronfa ddata ar agor</translation>
    </message>
    <message>
        <source>Demonstration database (deleted when you close): {path}</source>
        <translation>Cronfa ddata arddangos (caiff ei dileu pan fyddwch yn cau): {path}</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Cloi ar ôl hyn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Cloi ar ôl:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>The window hides everything after this many minutes without a key press or mouse use, and on File &gt; Lock (Ctrl+Shift+L), until the database passphrase is typed.</source>
        <translation>Mae&apos;r ffenestr yn cuddio popeth ar ôl hyn o funudau heb bwyso bysell na defnyddio&apos;r llygoden, ac ar Ffeil &gt; Cloi (Ctrl+Shift+L), nes i gyfrinymadrodd y gronfa ddata gael ei deipio.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Newidiwyd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on: the old one no longer works.</source>
        <translation>Newidiwyd y cyfrinymadrodd. Defnyddiwch yr un newydd o hyn ymlaen: nid yw&apos;r hen un yn gweithio mwyach.</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Methu agor y ffolder</translation>
    </message>
    <message>
        <source>The folder holding the database could not be opened here. Its location is shown in the Location box: select it, copy it and open it in your file manager. Nothing was changed.</source>
        <translation>Nid oedd modd agor y ffolder sy&apos;n dal y gronfa ddata yma. Dangosir ei leoliad yn y blwch Lleoliad: dewiswch ef, copïwch ef a&apos;i agor yn eich rheolwr ffeiliau. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Security marking</source>
        <translation>Marc diogelwch</translation>
    </message>
    <message>
        <source>&amp;Marking on exported pages</source>
        <translation>&amp;Marc ar dudalennau a allforir</translation>
    </message>
    <message>
        <source>Security marking on exported pages</source>
        <translation>Marc diogelwch ar dudalennau a allforir</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page you export or print. Use the marking your organisation requires; left empty, OFFICIAL-SENSITIVE is used.</source>
        <translation>Caiff ei argraffu ar frig a gwaelod pob tudalen rydych yn ei hallforio neu ei hargraffu. Defnyddiwch y marc y mae eich sefydliad yn ei fynnu; os yw&apos;n wag, defnyddir OFFICIAL-SENSITIVE.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <source>The whole application, windows already open included, changes to this language when you save: no restart is needed. Words not yet translated into Welsh are shown in English.</source>
        <translation>Mae&apos;r rhaglen gyfan, gan gynnwys ffenestri sydd eisoes ar agor, yn newid i&apos;r iaith hon pan fyddwch yn cadw: nid oes angen ailgychwyn. Dangosir geiriau nad ydynt wedi&apos;u cyfieithu i&apos;r Gymraeg eto yn Saesneg.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Asian&amp;taeth</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Eich asiantaeth</translation>
    </message>
    <message>
        <source>Referrals database</source>
        <translation>Cronfa ddata&apos;r atgyfeiriadau</translation>
    </message>
    <message>
        <source>Loca&amp;tion</source>
        <translation>Lle&amp;oliad</translation>
    </message>
    <message>
        <source>Referrals database location</source>
        <translation>Lleoliad cronfa ddata&apos;r atgyfeiriadau</translation>
    </message>
    <message>
        <source>Open the folder holding the database</source>
        <translation>Agor y ffolder sy&apos;n dal y gronfa ddata</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Agor y ffolder</translation>
    </message>
    <message>
        <source>Shown for reference; it cannot be changed here. To use a different database file, start MAPPA Desktop with --db followed by the file&apos;s path.</source>
        <translation>Fe&apos;i dangosir er gwybodaeth; ni ellir ei newid yma. I ddefnyddio ffeil cronfa ddata wahanol, dechreuwch MAPPA Desktop gyda --db ac yna llwybr y ffeil.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Strength: {verdict}</source>
        <translation>Cryfder: {verdict}</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>gwan iawn</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>gwan</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>gweddol</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>cryf</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>cryf iawn</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>That is a commonly used password.</source>
        <translation>Mae hwnnw&apos;n gyfrinair a ddefnyddir yn aml.</translation>
    </message>
    <message>
        <source>A good passphrase: keep it to yourself and do not write it down near the laptop.</source>
        <translation>Cyfrinymadrodd da: cadwch ef i chi&apos;ch hun a pheidiwch â&apos;i ysgrifennu ger y gliniadur.</translation>
    </message>
    <message>
        <source>Make it longer: at least 10 characters; four or more unrelated words are best.</source>
        <translation>Gwnewch ef yn hirach: 10 nod o leiaf; pedwar gair digyswllt neu ragor sydd orau.</translation>
    </message>
    <message>
        <source>Add more unrelated words: four or more make a passphrase hard to guess and easy to remember.</source>
        <translation>Ychwanegwch ragor o eiriau digyswllt: mae pedwar neu ragor yn gwneud cyfrinymadrodd yn anodd ei ddyfalu ac yn hawdd ei gofio.</translation>
    </message>
    <message>
        <source>Add another unrelated word or two.</source>
        <translation>Ychwanegwch air digyswllt neu ddau arall.</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <source>Not known, or type their own words</source>
        <translation>Ddim yn hysbys, neu teipiwch eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg (English)</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Another language…</source>
        <translation>Iaith arall…</translation>
    </message>
    <message>
        <source>Subject details</source>
        <translation>Manylion y gwrthrych</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnigrwydd</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Dewis iaith</translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translation>ID PNC</translation>
    </message>
    <message>
        <source>ViSOR / MAPPS ref</source>
        <translation>Cyfeirnod ViSOR / MAPPS</translation>
    </message>
    <message>
        <source>nDelius CRN</source>
        <translation>CRN nDelius</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Area of closest links</source>
        <translation>Yr ardal â&apos;r cysylltiadau agosaf</translation>
    </message>
    <message>
        <source>No fixed abode</source>
        <translation>Dim cyfeiriad sefydlog</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Who is being referred. Leave anything you do not know blank — you can come back to it. Check identifiers against nDelius and ViSOR: this tool is not the system of record.</source>
        <translation>Pwy sy&apos;n cael ei atgyfeirio. Gadewch unrhyw beth nad ydych yn ei wybod yn wag — gallwch ddod yn ôl ato. Gwiriwch ddynodwyr yn erbyn nDelius a ViSOR: nid yr offeryn hwn yw&apos;r system gofnodi.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Enwau cyntaf</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Enwau cyntaf</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Cyfe&amp;nw</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>Enwau e&amp;raill</translation>
    </message>
    <message>
        <source>Other names used, separated by commas</source>
        <translation>Enwau eraill a ddefnyddir, wedi&apos;u gwahanu â chomas</translation>
    </message>
    <message>
        <source>Separate names with commas, e.g. Danny Smith, D. Smithson</source>
        <translation>Gwahanwch enwau â chomas, e.e. Danny Smith, D. Smithson</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Dyddiad geni</translation>
    </message>
    <message>
        <source>DD/MM/YYYY — leave blank if not known</source>
        <translation>DD/MM/BBBB — gadewch yn wag os nad yw&apos;n hysbys</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>R&amp;hywedd</translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation>E&amp;thnigrwydd</translation>
    </message>
    <message>
        <source>In the person’s own words, where known</source>
        <translation>Yng ngeiriau&apos;r person ei hun, lle bo&apos;n hysbys</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Dewis &amp;iaith</translation>
    </message>
    <message>
        <source>Other preferred language</source>
        <translation>Dewis iaith arall</translation>
    </message>
    <message>
        <source>Which language?</source>
        <translation>Pa iaith?</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Cyfeirnodau</translation>
    </message>
    <message>
        <source>&amp;PNC ID</source>
        <translation>ID &amp;PNC</translation>
    </message>
    <message>
        <source>e.g. 04/0123456B</source>
        <translation>e.e. 04/0123456B</translation>
    </message>
    <message>
        <source>&amp;ViSOR / MAPPS ref</source>
        <translation>Cyf. &amp;ViSOR / MAPPS</translation>
    </message>
    <message>
        <source>ViSOR or MAPPS reference</source>
        <translation>Cyfeirnod ViSOR neu MAPPS</translation>
    </message>
    <message>
        <source>n&amp;Delius CRN</source>
        <translation>CRN nDe&amp;lius</translation>
    </message>
    <message>
        <source>e.g. X123456</source>
        <translation>e.e. X123456</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Ble maen nhw&apos;n byw</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>C&amp;yfeiriad</translation>
    </message>
    <message>
        <source>Current or release address</source>
        <translation>Cyfeiriad presennol neu gyfeiriad rhyddhau</translation>
    </message>
    <message>
        <source>Area of &amp;closest links</source>
        <translation>Cysylltiadau &amp;agosaf</translation>
    </message>
    <message>
        <source>Town or local authority area</source>
        <translation>Tref neu ardal awdurdod lleol</translation>
    </message>
    <message>
        <source>No &amp;fixed abode</source>
        <translation>Di&amp;m cyfeiriad sefydlog</translation>
    </message>
</context>
<context>
    <name>TrainingArea</name>
    <message>
        <source>Training mode</source>
        <translation>Modd hyfforddi</translation>
    </message>
    <message>
        <source>TRAINING — fictional cases, not real referrals</source>
        <translation>HYFFORDDIANT — achosion ffuglennol, nid atgyfeiriadau go iawn</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>Llyfrgell senarios</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Taith drwodd</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cwis</translation>
    </message>
    <message>
        <source>How the forums fit together</source>
        <translation>Sut mae&apos;r fforymau&apos;n cyd-fynd</translation>
    </message>
</context>
<context>
    <name>TrainingLibrary</name>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Filter scenarios by tag</source>
        <translation>Hidlo senarios yn ôl tag</translation>
    </message>
    <message>
        <source>Scenario library</source>
        <translation>Llyfrgell senarios</translation>
    </message>
    <message>
        <source>&amp;Walk through</source>
        <translation>Taith &amp;drwodd</translation>
    </message>
    <message>
        <source>&amp;Quiz on it</source>
        <translation>C&amp;wis arno</translation>
    </message>
    <message>
        <source>Scenario preview</source>
        <translation>Rhagolwg o&apos;r senario</translation>
    </message>
</context>
<context>
    <name>TrainingQuiz</name>
    <message>
        <source>The case</source>
        <translation>Yr achos</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ddim yn gymwys</translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation>Categori 1</translation>
    </message>
    <message>
        <source>Category 2</source>
        <translation>Categori 2</translation>
    </message>
    <message>
        <source>Category 3</source>
        <translation>Categori 3</translation>
    </message>
    <message>
        <source>Category 4</source>
        <translation>Categori 4</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Lefel 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Lefel 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Lefel 3</translation>
    </message>
    <message>
        <source>Prompts that apply</source>
        <translation>Awgrymiadau sy&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Mark my answer (Ctrl+Return)</source>
        <translation>Marcio fy ateb (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Submit answer</source>
        <translation>C&amp;yflwyno&apos;r ateb</translation>
    </message>
    <message>
        <source>Next scenario (Alt+Right)</source>
        <translation>Y senario nesaf (Alt+Right)</translation>
    </message>
    <message>
        <source>Ne&amp;xt scenario</source>
        <translation>Y senario &amp;nesaf</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Trainee name</source>
        <translation>Enw&apos;r hyfforddai</translation>
    </message>
    <message>
        <source>Trainee name for the record</source>
        <translation>Enw&apos;r hyfforddai ar gyfer y cofnod</translation>
    </message>
    <message>
        <source>Save results as &amp;PDF…</source>
        <translation>Cadw&apos;r canlyniadau fel &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>TrainingWalkthrough</name>
    <message>
        <source>Show the case</source>
        <translation>Dangos yr achos</translation>
    </message>
    <message>
        <source>Show the narrative, the facts and the decision aid above the comparison</source>
        <translation>Dangos y naratif, y ffeithiau a&apos;r cymorth penderfynu uwchben y gymhariaeth</translation>
    </message>
    <message>
        <source>Show the ca&amp;se</source>
        <translation>Dangos yr ac&amp;hos</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Naratif</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation>Ffeithiau&apos;r achos</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>What if one fact were different?</source>
        <translation>Beth pe bai un ffaith yn wahanol?</translation>
    </message>
    <message>
        <source>F&amp;act:</source>
        <translation>Ff&amp;aith:</translation>
    </message>
    <message>
        <source>Fact to change</source>
        <translation>Ffaith i&apos;w newid</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>Gwerth &amp;newydd:</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Gwerth newydd</translation>
    </message>
    <message>
        <source>Compare the case as written with the fact changed (Ctrl+E)</source>
        <translation>Cymharu&apos;r achos fel y mae wedi&apos;i ysgrifennu â&apos;r ffaith wedi&apos;i newid (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Cy&amp;mharu</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Beth sy&apos;n newid</translation>
    </message>
    <message>
        <source>Explanation as written</source>
        <translation>Esboniad fel y mae wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>Explanation with the fact changed</source>
        <translation>Esboniad gyda&apos;r ffaith wedi&apos;i newid</translation>
    </message>
</context>
<context>
    <name>TrustedSendersDialog</name>
    <message>
        <source>Trusted senders</source>
        <translation>Anfonwyr dibynadwy</translation>
    </message>
    <message>
        <source>Referral packages from these senders are shown as signed by them. Add a sender from their public key file, or by the fingerprint they read out to you by phone.</source>
        <translation>Dangosir pecynnau atgyfeirio gan yr anfonwyr hyn fel rhai wedi&apos;u llofnodi ganddynt. Ychwanegwch anfonwr o&apos;u ffeil allwedd gyhoeddus, neu drwy&apos;r ôl bys a ddarllenwyd i chi dros y ffôn.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ychwanegwyd gan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>No trusted senders yet.</source>
        <translation>Dim anfonwyr dibynadwy eto.</translation>
    </message>
    <message>
        <source>Add from a &amp;key file…</source>
        <translation>Ychwanegu o ffeil &amp;allwedd…</translation>
    </message>
    <message>
        <source>Add by &amp;fingerprint…</source>
        <translation>Ychwanegu drwy ôl &amp;bys…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Your own fingerprint</source>
        <translation>Eich ôl bys eich hun</translation>
    </message>
    <message>
        <source>&amp;Export your public key…</source>
        <translation>A&amp;llforio eich allwedd gyhoeddus…</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>ffeil allwedd</translation>
    </message>
    <message>
        <source>fingerprint by phone</source>
        <translation>ôl bys dros y ffôn</translation>
    </message>
    <message>
        <source>Your own key is made the first time you export a package or your public key.</source>
        <translation>Caiff eich allwedd eich hun ei gwneud y tro cyntaf y byddwch yn allforio pecyn neu eich allwedd gyhoeddus.</translation>
    </message>
    <message>
        <source>Your own fingerprint, to read out to a coordinator: {fingerprint}</source>
        <translation>Eich ôl bys eich hun, i&apos;w ddarllen i gydlynydd: {fingerprint}</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Referrals already received from them stay, shown as signed by an unknown key.</source>
        <translation>Peidio ag ymddiried yn {name}? Bydd atgyfeiriadau a gafwyd ganddynt eisoes yn aros, wedi&apos;u dangos fel rhai wedi&apos;u llofnodi gan allwedd anhysbys.</translation>
    </message>
    <message>
        <source>Sender&apos;s public key file</source>
        <translation>Ffeil allwedd gyhoeddus yr anfonwr</translation>
    </message>
    <message>
        <source>Public key files (*.mappa-key.json)</source>
        <translation>Ffeiliau allwedd gyhoeddus (*.mappa-key.json)</translation>
    </message>
    <message>
        <source>Key file refused</source>
        <translation>Gwrthodwyd y ffeil allwedd</translation>
    </message>
    <message>
        <source>Sender not trusted</source>
        <translation>Ni roddwyd ymddiriedaeth yn yr anfonwr</translation>
    </message>
    <message>
        <source>Remove trusted sender</source>
        <translation>Tynnu anfonwr dibynadwy</translation>
    </message>
    <message>
        <source>Sender not removed</source>
        <translation>Ni thynnwyd yr anfonwr</translation>
    </message>
    <message>
        <source>Save your public key</source>
        <translation>Cadw eich allwedd gyhoeddus</translation>
    </message>
    <message>
        <source>Public key not saved</source>
        <translation>Ni chadwyd yr allwedd gyhoeddus</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>MAPPA Desktop is locked</source>
        <translation>Mae MAPPA Desktop wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the database passphrase to unlock.</source>
        <translation>Teipiwch gyfrinymadrodd y gronfa ddata i ddatgloi.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>This is the demonstration database (fictional people only, deleted when you close): it has no passphrase. Choose Unlock to carry on.</source>
        <translation>Dyma&apos;r gronfa ddata arddangos (pobl ffuglennol yn unig, caiff ei dileu pan fyddwch yn cau): nid oes ganddi gyfrinymadrodd. Dewiswch Datgloi i barhau.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>That is not the passphrase. Try again (check Caps Lock).</source>
        <translation>Nid dyna&apos;r cyfrinymadrodd. Rhowch gynnig arall arni (gwiriwch Caps Lock).</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>MAPPA Desktop: user guide</source>
        <translation>MAPPA Desktop: canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>The user guide could not be read ({error}). The rest of the application works as usual. Reinstall MAPPA Desktop to restore the guide.</source>
        <translation>Nid oedd modd darllen y canllaw defnyddiwr ({error}). Mae gweddill y rhaglen yn gweithio fel arfer. Ailosodwch MAPPA Desktop i adfer y canllaw.</translation>
    </message>
</context>
<context>
    <name>VictimsEditor</name>
    <message>
        <source>Add victim</source>
        <translation>Ychwanegu dioddefwr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or leave blank if not known</source>
        <translation>DD/MM/BBBB, neu gadewch yn wag os nad yw&apos;n hysbys</translation>
    </message>
</context>
<context>
    <name>WalkThroughPage</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>a whole number; empty for unknown</source>
        <translation>rhif cyfan; gwag os yw&apos;n anhysbys</translation>
    </message>
    <message>
        <source>a number; empty for unknown</source>
        <translation>rhif; gwag os yw&apos;n anhysbys</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD; empty for unknown</source>
        <translation>dyddiad fel BBBB-MM-DD; gwag os yw&apos;n anhysbys</translation>
    </message>
    <message>
        <source>values separated by commas: {values}; empty for unknown</source>
        <translation>gwerthoedd wedi&apos;u gwahanu â chomas: {values}; gwag os yw&apos;n anhysbys</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid value here: {error}</source>
        <translation>Nid yw &apos;{text}&apos; yn werth dilys yma: {error}</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Hide everything until the passphrase is typed ({keys})</source>
        <translation>Cuddio popeth nes i&apos;r cyfrinymadrodd gael ei deipio ({keys})</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>MAPPA Desktop — locked</source>
        <translation>MAPPA Desktop — wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>MAPPA Desktop is locked</source>
        <translation>Mae MAPPA Desktop wedi&apos;i gloi</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>The passphrase given is too easy to guess, so {path} was not opened.</source>
        <translation>Mae&apos;r cyfrinymadrodd a roddwyd yn rhy hawdd ei ddyfalu, felly nid agorwyd {path}.</translation>
    </message>
    <message>
        <source>That is not the passphrase of this database. Nothing was changed. Try again (check Caps Lock and the keyboard language).</source>
        <translation>Nid dyna gyfrinymadrodd y gronfa ddata hon. Ni newidiwyd dim. Rhowch gynnig arall arni (gwiriwch Caps Lock ac iaith y bysellfwrdd).</translation>
    </message>
</context>
</TS>
