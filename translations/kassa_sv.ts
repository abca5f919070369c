<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CliApp</name>
    <message>
        <source>the till has no ESC/POS receipt printer (set &quot;printer&quot; in %1 or use --printer escpos:…)</source>
        <translation>kassan har ingen ESC/POS-kvittoskrivare (ange &quot;printer&quot; i %1 eller använd --printer escpos:…)</translation>
    </message>
    <message>
        <source>printer wants “test” or “status”</source>
        <translation>printer vill ha ”test” eller ”status”</translation>
    </message>
    <message>
        <source>The logo is left out: %1</source>
        <translation>Logotypen utelämnas: %1</translation>
    </message>
    <message>
        <source>Test print sent to %1.</source>
        <translation>Testutskrift skickad till %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>receipt wants a receipt number</source>
        <translation>receipt vill ha ett kvittonummer</translation>
    </message>
    <message>
        <source>no receipt %1: %2</source>
        <translation>inget kvitto %1: %2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvitto %1</translation>
    </message>
    <message>
        <source>Receipt %1 printed (a copy).</source>
        <translation>Kvitto %1 utskrivet (en kopia).</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Kvitto %1 utskrivet.</translation>
    </message>
    <message>
        <source>%1 — the sale is recorded; print its receipt (its one copy) with kassa-cli receipt %2 --copy --print.</source>
        <translation>%1 — köpet är bokfört; skriv ut kvittot (dess enda kopia) med kassa-cli receipt %2 --copy --print.</translation>
    </message>
    <message>
        <source>no command given; see kassa-cli --help</source>
        <translation>inget kommando angavs; se kassa-cli --help</translation>
    </message>
    <message>
        <source>Finishing payments left in flight by an earlier run…</source>
        <translation>Avslutar betalningar som pågick vid en tidigare körning…</translation>
    </message>
    <message>
        <source>canceled (no payment)</source>
        <translation>avbruten (ingen betalning)</translation>
    </message>
    <message>
        <source>failed (no payment)</source>
        <translation>misslyckad (ingen betalning)</translation>
    </message>
    <message>
        <source>still open; it will be tried again at the next start</source>
        <translation>fortfarande öppen; den prövas igen vid nästa start</translation>
    </message>
    <message>
        <source>give at least one --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;</source>
        <translation>ange minst en --row &quot;BESKRIVNING;ANTAL;STYCKPRIS[;MOMS]&quot;</translation>
    </message>
    <message>
        <source>--rounds wants a number of at least 1</source>
        <translation>--rounds vill ha ett tal, minst 1</translation>
    </message>
    <message>
        <source>--round-seconds wants a number of at least 1</source>
        <translation>--round-seconds vill ha ett tal, minst 1</translation>
    </message>
    <message>
        <source>Connection is back.</source>
        <translation>Anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>No final answer yet; waiting another round.</source>
        <translation>Inget slutligt svar än; väntar en runda till.</translation>
    </message>
    <message>
        <source>No payment after all rounds; canceling the invoice.</source>
        <translation>Ingen betalning efter alla rundor; fakturan avbryts.</translation>
    </message>
    <message>
        <source>Note: SEQR has not confirmed the receipt yet; it will be sent again at the next start.</source>
        <translation>Obs: SEQR har inte bekräftat kvittot än; det skickas igen vid nästa start.</translation>
    </message>
    <message>
        <source>No payment: the invoice was canceled after all rounds.</source>
        <translation>Ingen betalning: fakturan avbröts efter alla rundor.</translation>
    </message>
    <message>
        <source>Payment canceled.</source>
        <translation>Betalningen avbröts.</translation>
    </message>
    <message>
        <source>The payment was declined. Nothing was paid.</source>
        <translation>Betalningen nekades. Inget betalades.</translation>
    </message>
    <message>
        <source>usage: kassa-cli status INVOICE_REFERENCE</source>
        <translation>användning: kassa-cli status FAKTURAREFERENS</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>okänd status</translation>
    </message>
    <message>
        <source>usage: kassa-cli cancel INVOICE_REFERENCE</source>
        <translation>användning: kassa-cli cancel FAKTURAREFERENS</translation>
    </message>
    <message>
        <source>the refund amount must be more than zero; nothing was sent</source>
        <translation>återbetalningen måste vara mer än noll; inget skickades</translation>
    </message>
    <message>
        <source>  (refund)</source>
        <translation>  (återbetalning)</translation>
    </message>
    <message>
        <source>Reconciled: SEQR and the journal agree.</source>
        <translation>Avstämt: SEQR och journalen stämmer överens.</translation>
    </message>
    <message>
        <source>DIFFERENCES FOUND — see above.</source>
        <translation>SKILLNADER HITTADES — se ovan.</translation>
    </message>
    <message>
        <source>Closing the period at SEQR…</source>
        <translation>Stänger perioden hos SEQR…</translation>
    </message>
    <message>
        <source>--since wants a date like 2026-11-22</source>
        <translation>--since vill ha ett datum som 2026-11-22</translation>
    </message>
    <message>
        <source>usage: kassa-cli terminal assign-seqr-id SEQRID</source>
        <translation>användning: kassa-cli terminal assign-seqr-id SEQRID</translation>
    </message>
    <message>
        <source>Unregistered.</source>
        <translation>Avregistrerad.</translation>
    </message>
    <message>
        <source>kassa-cli: %1</source>
        <translation>kassa-cli: %1</translation>
    </message>
    <message>
        <source>kassa-cli: quitting without waiting; the invoice stays in the journal and the next kassa-cli command finishes it.</source>
        <translation>kassa-cli: avslutar utan att vänta; fakturan ligger kvar i journalen och nästa kassa-cli-kommando slutför den.</translation>
    </message>
    <message>
        <source>kassa-cli: finishing the current step first (signal again to quit at once).</source>
        <translation>kassa-cli: slutför först det pågående steget (signalera igen för att avsluta direkt).</translation>
    </message>
    <message>
        <source>Interrupted: canceling the invoice (a payment the buyer already made is kept)…</source>
        <translation>Avbrutet: fakturan avbryts (en betalning som köparen redan gjort behålls)…</translation>
    </message>
    <message>
        <source>%1 (configuration: %2)</source>
        <translation>%1 (konfiguration: %2)</translation>
    </message>
    <message>
        <source>unknown command “%1”; see kassa-cli --help</source>
        <translation>okänt kommando ”%1”; se kassa-cli --help</translation>
    </message>
    <message>
        <source>PAID, journaled as receipt %1, ersReference %2</source>
        <translation>BETALD, bokförd som kvitto %1, ersReference %2</translation>
    </message>
    <message>
        <source>  invoice %1 %2: %3</source>
        <translation>  faktura %1 %2: %3</translation>
    </message>
    <message>
        <source>unknown currency “%1”; nothing was sent</source>
        <translation>okänd valuta ”%1”; inget skickades</translation>
    </message>
    <message>
        <source>this till takes payments in %1, not %2; nothing was sent</source>
        <translation>kassan tar betalt i %1, inte %2; inget skickades</translation>
    </message>
    <message>
        <source>row “%1” is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; nothing was sent</source>
        <translation>raden ”%1” är inte BESKRIVNING;ANTAL;STYCKPRIS[;MOMS]; inget skickades</translation>
    </message>
    <message>
        <source>row “%1”: %2; nothing was sent</source>
        <translation>raden ”%1”: %2; inget skickades</translation>
    </message>
    <message>
        <source>the total must be more than zero (it is %1); nothing was sent</source>
        <translation>totalen måste vara mer än noll (den är %1); inget skickades</translation>
    </message>
    <message>
        <source>Connection problem: %1 Still trying…</source>
        <translation>Anslutningsproblem: %1 Försöker fortfarande…</translation>
    </message>
    <message>
        <source>Scan to pay %1:</source>
        <translation>Skanna för att betala %1:</translation>
    </message>
    <message>
        <source>PAID %1 — ersReference %2</source>
        <translation>BETALD %1 — ersReference %2</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Faktura %1: %2</translation>
    </message>
    <message>
        <source>Invoice %1: %2, ersReference %3</source>
        <translation>Faktura %1: %2, ersReference %3</translation>
    </message>
    <message>
        <source>Journaled as receipt %1.</source>
        <translation>Bokförd som kvitto %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is canceled.</source>
        <translation>Faktura %1 är avbruten.</translation>
    </message>
    <message>
        <source>The Kassa process using this till (pid %1) journals it.</source>
        <translation>Kassa-processen som använder kassan (pid %1) bokför det.</translation>
    </message>
    <message>
        <source>Invoice %1 is already paid (ersReference %2); it cannot be canceled.</source>
        <translation>Faktura %1 är redan betald (ersReference %2); den kan inte avbrytas.</translation>
    </message>
    <message>
        <source>amount: %1; nothing was sent</source>
        <translation>belopp: %1; inget skickades</translation>
    </message>
    <message>
        <source>no SEQR payment %1 in this till&apos;s journal; nothing was sent</source>
        <translation>ingen SEQR-betalning %1 i kassans journal; inget skickades</translation>
    </message>
    <message>
        <source>the payment was in %1; nothing was sent</source>
        <translation>betalningen gjordes i %1; inget skickades</translation>
    </message>
    <message>
        <source>at most %1 of this payment can still be refunded; nothing was sent</source>
        <translation>högst %1 av betalningen kan fortfarande återbetalas; inget skickades</translation>
    </message>
    <message>
        <source>kassa-cli: the refund was made at SEQR but could not be journaled: %1</source>
        <translation>kassa-cli: återbetalningen gjordes hos SEQR men kunde inte bokföras: %1</translation>
    </message>
    <message>
        <source>Refunded %1 of payment %2 — refund reference %3; %4 remains refundable.</source>
        <translation>Återbetalt %1 av betalning %2 — återbetalningsreferens %3; %4 kan fortfarande återbetalas.</translation>
    </message>
    <message>
        <source>Waiting for SEQR&apos;s report (attempt %1 of %2)…</source>
        <translation>Väntar på SEQR:s rapport (försök %1 av %2)…</translation>
    </message>
    <message>
        <source>Transaction period %1 (this till)</source>
        <translation>Transaktionsperiod %1 (denna kassa)</translation>
    </message>
    <message>
        <source>Transaction period %1 (shop)</source>
        <translation>Transaktionsperiod %1 (butiken)</translation>
    </message>
    <message>
        <source>Matched %1, only at SEQR %2, only in Kassa %3, amount differs %4. SEQR total %5, Kassa total %6.</source>
        <translation>Stämmer %1, bara hos SEQR %2, bara i Kassa %3, belopp skiljer %4. SEQR totalt %5, Kassa totalt %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belong to other tills of the shop.</source>
        <translation>
            <numerusform>%n rad hör till butikens andra kassor.</numerusform>
            <numerusform>%n rader hör till butikens andra kassor.</numerusform>
        </translation>
    </message>
    <message>
        <source>SEQR %1</source>
        <translation>SEQR %1</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>kontant</translation>
    </message>
    <message>
        <source>refund %1 of %2 (%3)</source>
        <translation>återbetalning %1 av %2 (%3)</translation>
    </message>
    <message>
        <source>terminal register needs --%1</source>
        <translation>terminal register behöver --%1</translation>
    </message>
    <message>
        <source>Registered. terminalId %1; saved in %2</source>
        <translation>Registrerad. terminalId %1; sparad i %2</translation>
    </message>
    <message>
        <source>SEQR ID %1 assigned; the till&apos;s sticker reads HTTP://SEQR.SE/Q%1</source>
        <translation>SEQR-id %1 tilldelat; kassans dekal läser HTTP://SEQR.SE/Q%1</translation>
    </message>
    <message>
        <source>terminal reset-manager-pin needs --%1</source>
        <translation>terminal reset-manager-pin behöver --%1</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN is reset; the next manager to open the manager&apos;s tools (F10) chooses a new one.</source>
        <translation>Chefens PIN-kod är återställd; nästa chef som öppnar chefsverktygen (F10) väljer en ny.</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>kan inte läsa journalen: %1</translation>
    </message>
    <message>
        <source>the payment cannot be started; nothing was sent</source>
        <translation>betalningen kan inte startas; inget skickades</translation>
    </message>
    <message numerus="yes">
        <source>The shop database %1 cannot be reached (%2); %n record(s) wait in this till&apos;s journal and go with the next command or the till.</source>
        <translation>
            <numerusform>Butiksdatabasen %1 går inte att nå (%2); %n post väntar i kassans journal och skickas med nästa kommando eller av kassan.</numerusform>
            <numerusform>Butiksdatabasen %1 går inte att nå (%2); %n poster väntar i kassans journal och skickas med nästa kommando eller av kassan.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>usage: kassa-cli control-unit set DEVICE | control-unit status</source>
        <translation>användning: kassa-cli control-unit set ENHET | control-unit status</translation>
    </message>
    <message>
        <source>This till has no control unit now.</source>
        <translation>Kassan har ingen kontrollenhet nu.</translation>
    </message>
    <message>
        <source>Control unit: %1</source>
        <translation>Kontrollenhet: %1</translation>
    </message>
    <message>
        <source>this till has no control unit; set one with kassa-cli control-unit set DEVICE</source>
        <translation>kassan har ingen kontrollenhet; ange en med kassa-cli control-unit set ENHET</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) wait for the control unit.</source>
        <translation>
            <numerusform>%n kvitto väntar på kontrollenheten.</numerusform>
            <numerusform>%n kvitton väntar på kontrollenheten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in cash covers the sale; use sell --cash</source>
        <translation>%1 kontant täcker köpet; använd sell --cash</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Inget registrerades.</translation>
    </message>
    <message>
        <source>Cash received %1; SEQR takes the rest, %2.</source>
        <translation>Mottaget kontant %1; SEQR tar resten, %2.</translation>
    </message>
    <message>
        <source>--cash wants a positive amount, e.g. 100.00; nothing was recorded</source>
        <translation>--cash vill ha ett positivt belopp, t.ex. 100.00; inget registrerades</translation>
    </message>
    <message>
        <source>sell wants --cash AMOUNT (for SEQR use pay)</source>
        <translation>sell vill ha --cash BELOPP (för SEQR, använd pay)</translation>
    </message>
    <message>
        <source>%1 in cash does not cover %2; use pay --cash for a split tender; nothing was recorded</source>
        <translation>%1 kontant täcker inte %2; använd pay --cash för delad betalning; inget registrerades</translation>
    </message>
    <message>
        <source>the sale could not be recorded: %1; nothing was saved</source>
        <translation>köpet kunde inte registreras: %1; inget sparades</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Växel: %1</translation>
    </message>
    <message>
        <source>Control unit %1, control code %2</source>
        <translation>Kontrollenhet %1, kontrollkod %2</translation>
    </message>
    <message>
        <source>kassa-cli: the sale is recorded, but its receipt waits for the control unit: %1 It is signed the moment the unit answers (also at the next start).</source>
        <translation>kassa-cli: köpet är registrerat, men kvittot väntar på kontrollenheten: %1 Det signeras så snart enheten svarar (även vid nästa start).</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
    <message>
        <source>there is no loyalty programme “%1”</source>
        <translation>det finns inget stamkundsprogram ”%1”</translation>
    </message>
    <message>
        <source>Loyalty programme %1 removed.</source>
        <translation>Stamkundsprogrammet %1 är borttaget.</translation>
    </message>
    <message>
        <source>usage: kassa-cli loyalty add --id X_CARD --pattern REGEX --name NAME (--percent P [--group PREFIX]... | --points) | loyalty list | loyalty remove ID</source>
        <translation>användning: kassa-cli loyalty add --id X_CARD --pattern REGEX --name NAMN (--percent P [--group PREFIX]... | --points) | loyalty list | loyalty remove ID</translation>
    </message>
    <message>
        <source>give either --percent P or --points</source>
        <translation>ange antingen --percent P eller --points</translation>
    </message>
    <message>
        <source>--percent is not a number: %1</source>
        <translation>--percent är inte ett tal: %1</translation>
    </message>
    <message>
        <source>the programme cannot be added: %1</source>
        <translation>programmet kan inte läggas till: %1</translation>
    </message>
    <message>
        <source>Loyalty programme %1 (%2): cards %3, %4.</source>
        <translation>Stamkundsprogram %1 (%2): kort %3, %4.</translation>
    </message>
    <message>
        <source>points only</source>
        <translation>bara poäng</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1 % rabatt</translation>
    </message>
    <message>
        <source>%1  %2  cards %3  %4</source>
        <translation>%1  %2  kort %3  %4</translation>
    </message>
    <message>
        <source>coupon %1  %2 off%3</source>
        <translation>kupong %1  %2 rabatt%3</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (spärrad)</translation>
    </message>
    <message>
        <source>No loyalty programmes or coupons: the till has no loyalty flow.</source>
        <translation>Inga stamkundsprogram eller kuponger: kassan har inget stamkundsflöde.</translation>
    </message>
    <message>
        <source>there is no coupon “%1”</source>
        <translation>det finns ingen kupong ”%1”</translation>
    </message>
    <message>
        <source>Coupon %1 removed.</source>
        <translation>Kupongen %1 är borttagen.</translation>
    </message>
    <message>
        <source>give either --amount A or --percent P</source>
        <translation>ange antingen --amount A eller --percent P</translation>
    </message>
    <message>
        <source>--amount is not an amount: %1</source>
        <translation>--amount är inte ett belopp: %1</translation>
    </message>
    <message>
        <source>the coupon cannot be added: %1</source>
        <translation>kupongen kan inte läggas till: %1</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off, once per code.</source>
        <translation>Kupong %1: %2 rabatt, en gång per kod.</translation>
    </message>
    <message>
        <source>drawer wants “open”</source>
        <translation>drawer vill ha ”open”</translation>
    </message>
    <message>
        <source>the drawer stays shut: %1</source>
        <translation>lådan förblir stängd: %1</translation>
    </message>
    <message>
        <source>No sale: the drawer is opened (journaled).</source>
        <translation>Ingen försäljning: lådan öppnas (journalförd).</translation>
    </message>
    <message>
        <source>No sale journaled; the till has no receipt printer to open the drawer, open it by hand.</source>
        <translation>Ingen försäljning journalförd; kassan har ingen kvittoskrivare som öppnar lådan, öppna den för hand.</translation>
    </message>
    <message>
        <source>float wants “set AMOUNT”, e.g. float set 1500.00</source>
        <translation>float vill ha ”set BELOPP”, t.ex. float set 1500.00</translation>
    </message>
    <message>
        <source>the float must be an amount of zero or more, e.g. 1500.00; nothing was recorded</source>
        <translation>växelkassan måste vara ett belopp på noll eller mer, t.ex. 1500.00; inget registrerades</translation>
    </message>
    <message>
        <source>the float was not recorded: %1</source>
        <translation>växelkassan registrerades inte: %1</translation>
    </message>
    <message>
        <source>Cash float %1 (change %2).</source>
        <translation>Växelkassa %1 (ändring %2).</translation>
    </message>
    <message>
        <source>report wants “x” or “z”</source>
        <translation>report vill ha ”x” eller ”z”</translation>
    </message>
    <message>
        <source>the report cannot be made: %1</source>
        <translation>rapporten kan inte tas fram: %1</translation>
    </message>
    <message>
        <source>the report is taken, but its PDF %1 cannot be written: %2</source>
        <translation>rapporten är tagen, men dess PDF %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-dagrapport</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-dagrapport</translation>
    </message>
    <message>
        <source>journal export wants --from YYYY-MM-DD --to YYYY-MM-DD --format csv|json --out FILE</source>
        <translation>journal export vill ha --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --format csv|json --out FIL</translation>
    </message>
    <message>
        <source>the journal was not exported: %1</source>
        <translation>journalen exporterades inte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1; SHA-256 %2 in %3</source>
        <translation>
            <numerusform>%n post exporterad till %1; SHA-256 %2 i %3</numerusform>
            <numerusform>%n poster exporterade till %1; SHA-256 %2 i %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No refund is in doubt.</source>
        <translation>Ingen återbetalning är osäker.</translation>
    </message>
    <message>
        <source>%1: %2 of payment %3, request %4, sent %5 by %6 — %7</source>
        <translation>%1: %2 av betalning %3, begäran %4, skickad %5 av %6 — %7</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>inget svar än</translation>
    </message>
    <message>
        <source>usage: kassa-cli refund-doubts settle ID --made REFUND_ERS_REFERENCE|--not-made --note TEXT</source>
        <translation>användning: kassa-cli refund-doubts settle ID --made ÅTERBETALNINGENS_ERS_REFERENS|--not-made --note TEXT</translation>
    </message>
    <message>
        <source>Refund %1 settled as made at SEQR (refund %2).</source>
        <translation>Återbetalning %1 avgjord som gjord hos SEQR (återbetalning %2).</translation>
    </message>
    <message>
        <source>Refund %1 settled as not made; the payment may be refunded again.</source>
        <translation>Återbetalning %1 avgjord som inte gjord; betalningen kan återbetalas igen.</translation>
    </message>
    <message>
        <source>a receipt printed again is its copy: add --copy (a receipt gets one copy only)</source>
        <translation>ett kvitto som skrivs ut igen är dess kopia: lägg till --copy (ett kvitto får bara en kopia)</translation>
    </message>
    <message>
        <source>the copy of receipt %1 is recorded, but waits for the control unit: %2</source>
        <translation>kopian av kvitto %1 är registrerad men väntar på kontrollenheten: %2</translation>
    </message>
    <message>
        <source>the PDF %1 cannot be written: %2</source>
        <translation>PDF-filen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>Receipt %1 written to %2.</source>
        <translation>Kvitto %1 skrivet till %2.</translation>
    </message>
    <message>
        <source>training wants “on” or “off”</source>
        <translation>training vill ha ”on” eller ”off”</translation>
    </message>
    <message>
        <source>Training mode is on: every sale is a training sale (ÖVNINGSKVITTO), outside the sales, VAT and grand totals.</source>
        <translation>Övningsläget är på: varje försäljning är en övningsförsäljning (ÖVNINGSKVITTO), utanför försäljningen, momsen och grand total.</translation>
    </message>
    <message>
        <source>Training mode is off: sales are real.</source>
        <translation>Övningsläget är av: försäljningen är på riktigt.</translation>
    </message>
    <message>
        <source>usage: kassa-cli shop set [--name TEXT] [--address TEXT] [--org-number NNNNNN-NNNN]</source>
        <translation>användning: kassa-cli shop set [--name TEXT] [--address TEXT] [--org-number NNNNNN-NNNN]</translation>
    </message>
    <message>
        <source>Shop: %1, %2, organisation number %3. The next receipt shows it.</source>
        <translation>Butik: %1, %2, organisationsnummer %3. Nästa kvitto visar det.</translation>
    </message>
    <message>
        <source>the loyalty card %1 is not one of the shop&apos;s; %2</source>
        <translation>stamkortet %1 hör inte till butiken; %2</translation>
    </message>
    <message>
        <source>Loyalty card %1: %2 off; total %3.</source>
        <translation>Stamkort %1: %2 i rabatt; totalt %3.</translation>
    </message>
    <message>
        <source>Loyalty card %1: no discount on this sale (points are journaled).</source>
        <translation>Stamkort %1: ingen rabatt på detta köp (poängen journalförs).</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>inget skickades</translation>
    </message>
    <message>
        <source>the pro forma receipt could not be journaled: %1</source>
        <translation>proformakvittot kunde inte journalföras: %1</translation>
    </message>
    <message>
        <source>kassa-cli: the pro forma receipt is journaled, but waits for the control unit: %1</source>
        <translation>kassa-cli: proformakvittot är journalfört men väntar på kontrollenheten: %1</translation>
    </message>
    <message>
        <source>Pro forma receipt %1 written to %2.</source>
        <translation>Proformakvitto %1 skrivet till %2.</translation>
    </message>
    <message>
        <source>price wants “set BARCODE PRICE”, e.g. price set 7310865004703 24.90</source>
        <translation>price vill ha ”set STRECKKOD PRIS”, t.ex. price set 7310865004703 24.90</translation>
    </message>
    <message>
        <source>the till&apos;s catalog cannot be opened: %1</source>
        <translation>kassans sortiment kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>the price is not an amount, e.g. 24.90; nothing was changed</source>
        <translation>priset är inget belopp, t.ex. 24.90; inget ändrades</translation>
    </message>
    <message>
        <source>%1: %2 → %3, journaled.</source>
        <translation>%1: %2 → %3, journalfört.</translation>
    </message>
    <message>
        <source>kassa-cli: the refund is journaled, but its return receipt cannot be made: %1</source>
        <translation>kassa-cli: återbetalningen är journalförd, men dess returkvitto kan inte göras: %1</translation>
    </message>
    <message>
        <source>kassa-cli: the refund is made and journaled, but its return receipt waits for the control unit: %1 It is signed the moment the unit answers (also at the next start).</source>
        <translation>kassa-cli: återbetalningen är gjord och journalförd, men dess returkvitto väntar på kontrollenheten: %1 Det signeras så fort enheten svarar (även vid nästa start).</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>inget registrerades</translation>
    </message>
    <message>
        <source>%1 — the refund is recorded; its return receipt is shown with kassa-cli receipt %2.</source>
        <translation>%1 — återbetalningen är journalförd; dess returkvitto visas med kassa-cli receipt %2.</translation>
    </message>
    <message>
        <source>usage: kassa-cli refund ERS_REFERENCE|#RECEIPT (--amount X | --row N:QTY... | --all) [--text] [--pdf FILE]</source>
        <translation>användning: kassa-cli refund ERS_REFERENS|#KVITTO (--amount X | --row N:ANTAL... | --all) [--text] [--pdf FIL]</translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation>%1; inget skickades</translation>
    </message>
    <message>
        <source>--row %1: give a row of the receipt (1 to %2) and a quantity, like 2:0.250; nothing was sent</source>
        <translation>--row %1: ange en rad på kvittot (1 till %2) och ett antal, som 2:0.250; inget skickades</translation>
    </message>
    <message>
        <source>receipt %1 was not paid with SEQR; refund it in cash; nothing was sent</source>
        <translation>kvitto %1 betalades inte med SEQR; återbetala kontant; inget skickades</translation>
    </message>
    <message>
        <source>row %1: at most %2 can still be refunded; nothing was sent</source>
        <translation>rad %1: högst %2 kan fortfarande återbetalas; inget skickades</translation>
    </message>
    <message>
        <source>nothing to refund: choose rows or an amount; nothing was sent</source>
        <translation>inget att återbetala: välj rader eller ett belopp; inget skickades</translation>
    </message>
    <message>
        <source>the amount is more than the chosen rows are worth; nothing was sent</source>
        <translation>beloppet är mer än de valda raderna är värda; inget skickades</translation>
    </message>
    <message>
        <source>at most %1 can still be given back in cash (what was paid in cash); nothing was sent</source>
        <translation>högst %1 kan fortfarande ges tillbaka kontant (det som betalades kontant); inget skickades</translation>
    </message>
    <message>
        <source>Give %1 back in cash (paid in cash).</source>
        <translation>Ge tillbaka %1 kontant (betalt kontant).</translation>
    </message>
    <message>
        <source>kassa-cli: the refund receipt %1 cannot be written: %2</source>
        <translation>kassa-cli: återbetalningskvittot %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>the coupon cannot be changed: %1</source>
        <translation>kupongen kan inte ändras: %1</translation>
    </message>
    <message>
        <source>Coupon %1 blocked: it is refused from now on.</source>
        <translation>Kupongen %1 är spärrad: den nekas från och med nu.</translation>
    </message>
    <message>
        <source>Coupon %1 unblocked.</source>
        <translation>Kupongen %1 är inte längre spärrad.</translation>
    </message>
    <message>
        <source>usage: kassa-cli coupon add (--code CODE | --pattern REGEX) (--amount A | --percent P) [--name NAME] | coupon remove CODE | coupon block CODE | coupon unblock CODE</source>
        <translation>användning: kassa-cli coupon add (--code KOD | --pattern REGEX) (--amount A | --percent P) [--name NAMN] | coupon remove KOD | coupon block KOD | coupon unblock KOD</translation>
    </message>
    <message>
        <source>Coupons %1: %2 off in all (with any card); total %3.</source>
        <translation>Kuponger %1: %2 avdrag sammanlagt (med eventuellt kort); totalt %3.</translation>
    </message>
    <message>
        <source>%1 is not a coupon of this shop; %2</source>
        <translation>%1 är ingen kupong från den här butiken; %2</translation>
    </message>
    <message>
        <source>the coupon %1 is given twice; %2</source>
        <translation>kupongen %1 är angiven två gånger; %2</translation>
    </message>
    <message>
        <source>the coupon %1 has been used already (each coupon is good once); %2</source>
        <translation>kupongen %1 har redan använts (varje kupong gäller en gång); %2</translation>
    </message>
    <message>
        <source>the coupon %1 is blocked by the shop; %2</source>
        <translation>kupongen %1 är spärrad av butiken; %2</translation>
    </message>
    <message>
        <source>the shop database cannot be reached, so the other tills cannot be asked whether the coupon %1 was used; %2</source>
        <translation>butiksdatabasen går inte att nå, så de andra kassorna kan inte tillfrågas om kupongen %1 har använts; %2</translation>
    </message>
    <message>
        <source>a payment is in progress; %1</source>
        <translation>en betalning pågår; %1</translation>
    </message>
    <message>
        <source>The shop database could not be read, so only this till&apos;s events are shown: %1</source>
        <translation>Butiksdatabasen kunde inte läsas, så bara den här kassans händelser visas: %1</translation>
    </message>
    <message>
        <source>The period was closed, but the journal could not be read for the Z report: %1</source>
        <translation>Perioden stängdes, men journalen kunde inte läsas för Z-rapporten: %1</translation>
    </message>
    <message>
        <source>The shop database could not be read (%1): only this till&apos;s payments were matched.</source>
        <translation>Butiksdatabasen kunde inte läsas (%1): bara den här kassans betalningar stämdes av.</translation>
    </message>
    <message>
        <source>Not final: %1 had not sent everything to the shop database yet.</source>
        <translation>Inte slutgiltigt: %1 hade inte skickat allt till butiksdatabasen än.</translation>
    </message>
    <message>
        <source>usage: kassa-cli terminal register|assign-seqr-id|unregister|reset-manager-pin|test …</source>
        <translation>användning: kassa-cli terminal register|assign-seqr-id|unregister|reset-manager-pin|test …</translation>
    </message>
    <message>
        <source>SEQR answers. The till is not registered yet: register it with kassa-cli terminal register.</source>
        <translation>SEQR svarar. Kassan är inte registrerad än: registrera den med kassa-cli terminal register.</translation>
    </message>
</context>
<context>
    <name>ControlUnitText</name>
    <message>
        <source>The control unit kept receiving damaged messages; check its cable and try again.</source>
        <translation>Kontrollenheten tog emot skadade meddelanden; kontrollera kabeln och försök igen.</translation>
    </message>
    <message>
        <source>The control unit does not understand Kassa&apos;s request; its protocol version may not match.</source>
        <translation>Kontrollenheten förstår inte Kassas begäran; protokollversionen stämmer kanske inte.</translation>
    </message>
    <message>
        <source>The control unit refused the receipt&apos;s figures (date, number, till, organisation number or amounts); check the till&apos;s setup.</source>
        <translation>Kontrollenheten godtog inte kvittots uppgifter (datum, nummer, kassa, organisationsnummer eller belopp); kontrollera kassans inställningar.</translation>
    </message>
    <message>
        <source>The control unit received the receipt&apos;s messages out of order; try again.</source>
        <translation>Kontrollenheten fick kvittots meddelanden i fel ordning; försök igen.</translation>
    </message>
    <message>
        <source>The control unit is not operational; it cannot sign receipts until it is fixed.</source>
        <translation>Kontrollenheten fungerar inte; den kan inte signera kvitton förrän den är lagad.</translation>
    </message>
    <message>
        <source>The control unit does not accept this till&apos;s designation; it belongs to another register.</source>
        <translation>Kontrollenheten godtar inte kassans beteckning; den hör till en annan kassa.</translation>
    </message>
    <message>
        <source>The control unit has an internal error; restart it.</source>
        <translation>Kontrollenheten har ett internt fel; starta om den.</translation>
    </message>
    <message>
        <source>The control unit&apos;s licence does not allow more registers; contact its supplier.</source>
        <translation>Kontrollenhetens licens tillåter inte fler kassor; kontakta leverantören.</translation>
    </message>
    <message>
        <source>The control unit&apos;s memory is full; it cannot sign more receipts until it is emptied by its supplier.</source>
        <translation>Kontrollenhetens minne är fullt; den kan inte signera fler kvitton förrän leverantören har tömt det.</translation>
    </message>
    <message>
        <source>The control unit refused the message&apos;s sequence number; try again.</source>
        <translation>Kontrollenheten godtog inte meddelandets löpnummer; försök igen.</translation>
    </message>
    <message>
        <source>The control unit refused the request (code %1).</source>
        <translation>Kontrollenheten nekade begäran (kod %1).</translation>
    </message>
    <message>
        <source>The control unit does not answer; check that it is switched on and connected.</source>
        <translation>Kontrollenheten svarar inte; kontrollera att den är påslagen och ansluten.</translation>
    </message>
    <message>
        <source>The control unit&apos;s answers cannot be read; check its cable and settings.</source>
        <translation>Kontrollenhetens svar går inte att läsa; kontrollera kabeln och inställningarna.</translation>
    </message>
    <message>
        <source>storage OK</source>
        <translation>minne OK</translation>
    </message>
    <message>
        <source>storage nearly full</source>
        <translation>minnet nästan fullt</translation>
    </message>
    <message>
        <source>storage full</source>
        <translation>minnet fullt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>protokollfel</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>fatal error</source>
        <translation>allvarligt fel</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>upptagen</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>okänt tillstånd</translation>
    </message>
    <message>
        <source>Control unit %1 (CCSP version %2, firmware %3) on %4: %5, %6.</source>
        <translation>Kontrollenhet %1 (CCSP version %2, programvara %3) på %4: %5, %6.</translation>
    </message>
    <message>
        <source>A network control unit is written tcp:HOST:PORT, for example tcp:192.168.1.60:4001.</source>
        <translation>En kontrollenhet i nätverket skrivs tcp:VÄRD:PORT, till exempel tcp:192.168.1.60:4001.</translation>
    </message>
    <message>
        <source>Write the control unit&apos;s serial device (for example /dev/ttyUSB0) or tcp:HOST:PORT.</source>
        <translation>Skriv kontrollenhetens serieport (till exempel /dev/ttyUSB0) eller tcp:VÄRD:PORT.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>SEQR refused the password.</source>
        <translation>SEQR godtog inte lösenordet.</translation>
    </message>
    <message>
        <source>SEQR refused access (a terminal password must have at least 4 characters).</source>
        <translation>SEQR nekade åtkomst (ett terminallösenord måste ha minst 4 tecken).</translation>
    </message>
    <message>
        <source>SEQR does not know this shop account or till.</source>
        <translation>SEQR känner inte till detta butikskonto eller denna kassa.</translation>
    </message>
    <message>
        <source>This till is not registered at SEQR any more; register it again.</source>
        <translation>Kassan är inte längre registrerad hos SEQR; registrera den igen.</translation>
    </message>
    <message>
        <source>SEQR refused the invoice data.</source>
        <translation>SEQR godtog inte fakturans uppgifter.</translation>
    </message>
    <message>
        <source>That SEQR ID is not valid (letters and digits only) or belongs to another till.</source>
        <translation>SEQR-id:t är ogiltigt (bara bokstäver och siffror) eller tillhör en annan kassa.</translation>
    </message>
    <message>
        <source>SEQR does not know that invoice.</source>
        <translation>SEQR känner inte till den fakturan.</translation>
    </message>
    <message>
        <source>SEQR does not know that payment reference.</source>
        <translation>SEQR känner inte till den betalningsreferensen.</translation>
    </message>
    <message>
        <source>The invoice is already paid and cannot be canceled.</source>
        <translation>Fakturan är redan betald och kan inte avbrytas.</translation>
    </message>
    <message>
        <source>The customer is confirming the payment right now; it cannot be canceled.</source>
        <translation>Kunden bekräftar betalningen just nu; den kan inte avbrytas.</translation>
    </message>
    <message>
        <source>The invoice was already canceled.</source>
        <translation>Fakturan var redan avbruten.</translation>
    </message>
    <message>
        <source>Refunds cannot add up to more than the payment.</source>
        <translation>Återbetalningar kan inte bli mer än betalningen.</translation>
    </message>
    <message>
        <source>This shop&apos;s SEQR account does not allow refunds.</source>
        <translation>Butikens SEQR-konto tillåter inte återbetalningar.</translation>
    </message>
    <message>
        <source>SEQR&apos;s report is not ready yet.</source>
        <translation>SEQR:s rapport är inte klar än.</translation>
    </message>
    <message>
        <source>SEQR is having trouble right now; try again in a moment.</source>
        <translation>SEQR har problem just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <source>SEQR refused the request.</source>
        <translation>SEQR nekade begäran.</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR; it must be registered first.</source>
        <translation>Kassan är inte registrerad hos SEQR; den måste registreras först.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Hittades inte.</translation>
    </message>
    <message>
        <source>That value is not accepted.</source>
        <translation>Det värdet godtas inte.</translation>
    </message>
    <message>
        <source>SEQR answered something Kassa cannot read; nothing was changed. Try again.</source>
        <translation>SEQR svarade något som Kassa inte kan läsa; inget ändrades. Försök igen.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Det gick inte.</translation>
    </message>
    <message>
        <source>SEQR does not answer (no connection, or no reply in time).</source>
        <translation>SEQR svarar inte (ingen anslutning, eller inget svar i tid).</translation>
    </message>
    <message>
        <source>SEQR answered with an error; nothing was changed. Try again in a moment.</source>
        <translation>SEQR svarade med ett fel; inget ändrades. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>No secure connection to SEQR (its certificate is not trusted, or the endpoint does not speak HTTPS), so nothing was sent. Check the endpoint and CA file.</source>
        <translation>Ingen säker anslutning till SEQR (certifikatet är inte betrott, eller adressen talar inte HTTPS), så inget skickades. Kontrollera adressen och CA-filen.</translation>
    </message>
    <message>
        <source>The journal could not be read or written.</source>
        <translation>Journalen kunde inte läsas eller skrivas.</translation>
    </message>
    <message>
        <source>The journal is busy, or its disk is full or failing.</source>
        <translation>Journalen är upptagen, eller så är dess disk full eller trasig.</translation>
    </message>
    <message>
        <source>%1 SEQR payments need SEQR; take the payment another way.</source>
        <translation>%1 SEQR-betalningar kräver SEQR; ta betalt på annat sätt.</translation>
    </message>
    <message>
        <source>Refund in doubt: SEQR&apos;s answer was lost, so it may or may not have made the refund. No other refund of this payment can be made until SEQR&apos;s report or the manager settles it; do not give the money back another way meanwhile.</source>
        <translation>Osäker återbetalning: SEQR:s svar gick förlorat, så återbetalningen kan ha gjorts eller inte. Ingen annan återbetalning av den här betalningen kan göras förrän SEQR:s rapport eller butikschefen har avgjort den; ge inte tillbaka pengarna på annat sätt under tiden.</translation>
    </message>
</context>
<context>
    <name>JournalReceipts</name>
    <message>
        <source>There is no receipt %1.</source>
        <translation>Det finns inget kvitto %1.</translation>
    </message>
    <message>
        <source>Receipt %1 already has its copy (made %2): a receipt gets one copy only. The journal keeps the receipt for anyone who needs to read it.</source>
        <translation>Kvitto %1 har redan sin kopia (gjord %2): ett kvitto får bara en kopia. Journalen bevarar kvittot för den som behöver läsa det.</translation>
    </message>
    <message>
        <source>Receipt %1 has no copy.</source>
        <translation>Kvitto %1 har ingen kopia.</translation>
    </message>
</context>
<context>
    <name>KassaApp</name>
    <message>
        <source>The demo&apos;s receipt printer cannot start: %1</source>
        <translation>Demons kvittoskrivare kan inte starta: %1</translation>
    </message>
    <message>
        <source>The printer setting cannot be used: %1</source>
        <translation>Skrivarinställningen kan inte användas: %1</translation>
    </message>
    <message>
        <source>the printed receipt: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>det utskrivna kvittot: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation>Kan inte skapa demomappen %1.</translation>
    </message>
    <message>
        <source>Kassa Demo Shop</source>
        <translation>Kassa Demobutik</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be opened: %2</source>
        <translation>Sortimentet %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>The till&apos;s currency %1 is not known.</source>
        <translation>Kassans valuta %1 är okänd.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be imported: %2</source>
        <translation>Sortimentet %1 kan inte importeras: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog line(s) were left out: %1</source>
        <translation>
            <numerusform>%n sortimentsrad hoppades över: %1</numerusform>
            <numerusform>%n sortimentsrader hoppades över: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo SEQR state cannot be read: %1</source>
        <translation>Demons SEQR-tillstånd kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The demo SEQR service cannot listen on a local port.</source>
        <translation>Demons SEQR-tjänst kan inte lyssna på någon lokal port.</translation>
    </message>
    <message>
        <source>Demo till</source>
        <translation>Demokassa</translation>
    </message>
    <message>
        <source>Finishing SEQR payments left from the last run…</source>
        <translation>Avslutar SEQR-betalningar som pågick förra gången…</translation>
    </message>
    <message>
        <source>A payment of %1 from the last run was paid: receipt %2, reference %3.</source>
        <translation>En betalning på %1 från förra gången blev betald: kvitto %2, referens %3.</translation>
    </message>
    <message>
        <source>An unpaid payment of %1 from the last run was canceled.</source>
        <translation>En obetald betalning på %1 från förra gången avbröts.</translation>
    </message>
    <message>
        <source>A payment of %1 from the last run is still open; Kassa will finish it at the next start.</source>
        <translation>En betalning på %1 från förra gången är fortfarande öppen; Kassa avslutar den vid nästa start.</translation>
    </message>
    <message>
        <source>The demo till is registered with SEQR ID %1. Scan a product to start.</source>
        <translation>Demokassan är registrerad med SEQR-id %1. Skanna en vara för att börja.</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN file cannot be read: %1</source>
        <translation>Chefens PIN-fil kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Demo: pay at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · the webshop: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Demo: betala på &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · webbutiken: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Demo webshop</source>
        <translation>Demowebbutik</translation>
    </message>
    <message>
        <source>Kassa is finishing SEQR payments left from the last run; close it when they are done.</source>
        <translation>Kassa avslutar SEQR-betalningar som blev kvar från förra körningen; stäng när de är klara.</translation>
    </message>
    <message>
        <source>The journal cannot be read, so the payments left from the last run cannot be finished yet: %1 Kassa tries again.</source>
        <translation>Journalen kan inte läsas, så betalningarna från förra körningen kan inte avslutas än: %1 Kassa försöker igen.</translation>
    </message>
    <message>
        <source>The journal could not be read, so payments from the last run may still be open; Kassa will finish them at the next start.</source>
        <translation>Journalen kunde inte läsas, så betalningar från förra körningen kan fortfarande vara öppna; Kassa avslutar dem vid nästa start.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be imported into the shop database: %2</source>
        <translation>Sortimentet %1 kan inte importeras till butiksdatabasen: %2</translation>
    </message>
    <message>
        <source>Demo: pay at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · the webshop: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; · scan to order: &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Demo: betala på &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · webbutiken: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; · skanna och beställ: &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Disken</translation>
    </message>
    <message>
        <source>Its receipt cannot be read from the journal right now: %1 Reprint it with F9 in a moment.</source>
        <translation>Kvittot kan inte läsas från journalen just nu: %1 Skriv ut en kopia med F9 om en stund.</translation>
    </message>
    <message>
        <source>The demo control unit cannot start: %1</source>
        <translation>Demokontrollenheten kan inte starta: %1</translation>
    </message>
    <message>
        <source>The demo control unit cannot listen on a local port.</source>
        <translation>Demokontrollenheten kan inte lyssna på en lokal port.</translation>
    </message>
    <message>
        <source>The price changes could not be journaled: %1</source>
        <translation>Prisändringarna kunde inte journalföras: %1</translation>
    </message>
    <message>
        <source>demo float</source>
        <translation>demoväxelkassa</translation>
    </message>
    <message>
        <source>The demo&apos;s cash float cannot be journaled: %1</source>
        <translation>Demons växelkassa kan inte journalföras: %1</translation>
    </message>
</context>
<context>
    <name>PriceEdit</name>
    <message>
        <source>This till&apos;s catalog is the shop database&apos;s: change prices there (import the shop&apos;s catalog), not at the till.</source>
        <translation>Kassans sortiment är butiksdatabasens: ändra priser där (importera butikens sortiment), inte i kassan.</translation>
    </message>
    <message>
        <source>No product has the barcode %1.</source>
        <translation>Ingen vara har streckkoden %1.</translation>
    </message>
    <message>
        <source>A price is an amount of zero or more in %1.</source>
        <translation>Ett pris är ett belopp på noll eller mer i %1.</translation>
    </message>
    <message>
        <source>%1 costs %2 already: nothing was changed.</source>
        <translation>%1 kostar redan %2: inget ändrades.</translation>
    </message>
    <message>
        <source>The price was not changed: the journal could not keep the change (%1).</source>
        <translation>Priset ändrades inte: journalen kunde inte spara ändringen (%1).</translation>
    </message>
    <message>
        <source>The price was not changed (%1); it stays %2.</source>
        <translation>Priset ändrades inte (%1); det är fortfarande %2.</translation>
    </message>
</context>
<context>
    <name>PrinterText</name>
    <message>
        <source>The printer is ready</source>
        <translation>Skrivaren är redo</translation>
    </message>
    <message>
        <source>The printer is out of paper</source>
        <translation>Skrivaren har slut på papper</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open</source>
        <translation>Skrivarens lock är öppet</translation>
    </message>
    <message>
        <source>The printer is off-line</source>
        <translation>Skrivaren är frånkopplad</translation>
    </message>
    <message>
        <source>The printer does not answer (is it on and connected?)</source>
        <translation>Skrivaren svarar inte (är den på och ansluten?)</translation>
    </message>
    <message>
        <source>The printer stopped taking the receipt</source>
        <translation>Skrivaren slutade ta emot kvittot</translation>
    </message>
    <message>
        <source>The till has no receipt printer set</source>
        <translation>Kassan har ingen kvittoskrivare inställd</translation>
    </message>
    <message>
        <source>the printer does not report its status</source>
        <translation>skrivaren rapporterar inte sin status</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>slut på papper</translation>
    </message>
    <message>
        <source>paper nearly out</source>
        <translation>papperet nästan slut</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>locket öppet</translation>
    </message>
    <message>
        <source>off-line</source>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>drawer open</source>
        <translation>lådan öppen</translation>
    </message>
    <message>
        <source>drawer closed</source>
        <translation>lådan stängd</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassalåda</translation>
    </message>
    <message>
        <source>TEST PRINT</source>
        <translation>TESTUTSKRIFT</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>%1 mm, %2 columns</source>
        <translation>%1 mm, %2 tecken per rad</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALT</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Låda</translation>
    </message>
    <message>
        <source>pin %1, %2 ms</source>
        <translation>stift %1, %2 ms</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>pcs</source>
        <translation>st</translation>
    </message>
    <message>
        <source>@</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassör</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTALT</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Växel</translation>
    </message>
    <message>
        <source>SEQR payment</source>
        <translation>SEQR-betalning</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>RETUR</translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation>Retur av kvitto</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>ÅTERBETALT</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>Returreferens</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>Kvar att återbetala</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Closed for</source>
        <translation>Stängd för</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Kassan</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>Hela butiken</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>the journal&apos;s start</source>
        <translation>journalens början</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Försäljningar</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Försäljning totalt</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Återbetalningar</translation>
    </message>
    <message>
        <source>TOTAL net of refunds</source>
        <translation>TOTALT efter returer</translation>
    </message>
    <message>
        <source>SEQR at SEQR</source>
        <translation>SEQR enligt SEQR</translation>
    </message>
    <message>
        <source>SEQR in Kassa</source>
        <translation>SEQR enligt Kassa</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <source>Sales per hour</source>
        <translation>Försäljning per timme</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-dagrapport</translation>
    </message>
    <message>
        <source>Z report no. %1</source>
        <translation>Z-dagrapport nr %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Day from</source>
        <translation>Dagen från</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>början</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Total försäljning</translation>
    </message>
    <message>
        <source>Sales per main group</source>
        <translation>Försäljning per huvudgrupp</translation>
    </message>
    <message>
        <source>Without group</source>
        <translation>Utan grupp</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Växelkassa</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Insättning</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Uttag</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Sålda varor</translation>
    </message>
    <message>
        <source>Services sold</source>
        <translation>Sålda tjänster</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitton</translation>
    </message>
    <message>
        <source>Drawer openings</source>
        <translation>Lådöppningar</translation>
    </message>
    <message>
        <source>of which No sale</source>
        <translation>varav ingen försäljning</translation>
    </message>
    <message>
        <source>Receipt copies</source>
        <translation>Kvittokopior</translation>
    </message>
    <message>
        <source>Training receipts</source>
        <translation>Övningskvitton</translation>
    </message>
    <message>
        <source>Sales per payment method</source>
        <translation>Försäljning per betalningsmedel</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatter</translation>
    </message>
    <message>
        <source>Other reductions</source>
        <translation>Andra minskningar</translation>
    </message>
    <message>
        <source>Unfinished sales</source>
        <translation>Oavslutade försäljningar</translation>
    </message>
    <message>
        <source>Grand total sales</source>
        <translation>Grand total försäljning</translation>
    </message>
    <message>
        <source>Grand total returns</source>
        <translation>Grand total returer</translation>
    </message>
    <message>
        <source>Grand total net</source>
        <translation>Grand total netto</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Förväntat kontant i lådan</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>Varav moms</translation>
    </message>
    <message>
        <source>Control unit</source>
        <translation>Kontrollenhet</translation>
    </message>
    <message>
        <source>Control code</source>
        <translation>Kontrollkod</translation>
    </message>
    <message>
        <source>Electronic cash receipt</source>
        <translation>Elektroniskt kassakvitto</translation>
    </message>
    <message>
        <source>TRAINING RECEIPT</source>
        <translation>ÖVNINGSKVITTO</translation>
    </message>
    <message>
        <source>NOT A RECEIPT</source>
        <translation>EJ KVITTO</translation>
    </message>
    <message>
        <source>Pro forma</source>
        <translation>Proforma</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupong</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Stamkort</translation>
    </message>
    <message>
        <source>SEQR refund</source>
        <translation>SEQR-återbetalning</translation>
    </message>
    <message>
        <source>Cash back</source>
        <translation>Kontant tillbaka</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Intjänade poäng</translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation>Återbetalas ej</translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation>Återbetalt kontant</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Receipt discount</source>
        <translation>Kvittorabatt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Betalt kontant</translation>
    </message>
    <message>
        <source>Given back in cash</source>
        <translation>Återbetalas kontant</translation>
    </message>
    <message>
        <source>Events of every till</source>
        <translation>Händelser i alla kassor</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Cash float changes</source>
        <translation>Ändringar av växelkassan</translation>
    </message>
    <message>
        <source>Training sales</source>
        <translation>Övningsförsäljningar</translation>
    </message>
    <message>
        <source>Return receipts</source>
        <translation>Returkvitton</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Prisändringar</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z-rapporter</translation>
    </message>
    <message>
        <source>Coupons given back</source>
        <translation>Kuponger återlämnade</translation>
    </message>
</context>
<context>
    <name>ReceiptSigner</name>
    <message>
        <source>A receipt is waiting for the control unit, so no new sale can start: %1</source>
        <translation>Ett kvitto väntar på kontrollenheten, så ingen ny försäljning kan börja: %1</translation>
    </message>
    <message>
        <source>The journal is busy, or its disk is full or failing.</source>
        <translation>Journalen är upptagen, eller så är dess disk full eller trasig.</translation>
    </message>
    <message>
        <source>The journal could not be read or written.</source>
        <translation>Journalen kunde inte läsas eller skrivas.</translation>
    </message>
</context>
<context>
    <name>RefundDoubts</name>
    <message>
        <source>SEQR&apos;s report (period %1) lists refund %2 of %3 for payment %4: SEQR made it.</source>
        <translation>SEQR:s rapport (period %1) visar återbetalning %2 på %3 för betalning %4: SEQR gjorde den.</translation>
    </message>
    <message>
        <source>SEQR&apos;s report (period %1) lists no refund of %2 for payment %3: SEQR did not make it.</source>
        <translation>SEQR:s rapport (period %1) visar ingen återbetalning på %2 för betalning %3: SEQR gjorde den inte.</translation>
    </message>
    <message>
        <source>SEQR&apos;s report cannot be read (%1); check SEQR&apos;s back office or the customer&apos;s account before settling.</source>
        <translation>SEQR:s rapport kan inte läsas (%1); kontrollera SEQR:s administration eller kundens konto innan du avgör.</translation>
    </message>
</context>
<context>
    <name>RefundLookup</name>
    <message>
        <source>the shop database cannot be reached (%1), so another till&apos;s sale cannot be refunded here now</source>
        <translation>butiksdatabasen kan inte nås (%1), så en annan kassas försäljning kan inte återbetalas här nu</translation>
    </message>
</context>
<context>
    <name>RegisterIdentity</name>
    <message>
        <source>Manufacturer: %1</source>
        <translation>Tillverkare: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Manufacturing number: %1</source>
        <translation>Tillverkningsnummer: %1</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(inte skapat än)</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Kassabeteckning: %1</translation>
    </message>
    <message>
        <source>The shop needs a name: it heads every receipt.</source>
        <translation>Butiken behöver ett namn: det står överst på varje kvitto.</translation>
    </message>
    <message>
        <source>%1 is not an organisation number; write it as ten digits, e.g. 556677-8899.</source>
        <translation>%1 är inget organisationsnummer; skriv det med tio siffror, t.ex. 556677-8899.</translation>
    </message>
</context>
<context>
    <name>ReturnReceiptFile</name>
    <message>
        <source>The return receipt cannot be made: %1</source>
        <translation>Returkvittot kan inte göras: %1</translation>
    </message>
    <message>
        <source>The return receipt could not be written to %1.</source>
        <translation>Returkvittot kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>The return receipt waits for the control unit and is made the moment it answers: %1</source>
        <translation>Returkvittot väntar på kontrollenheten och görs så fort den svarar: %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvitto %1</translation>
    </message>
</context>
<context>
    <name>SignatureWait</name>
    <message>
        <source>The till&apos;s control unit is not running. The receipt is signed and can be printed once it is.</source>
        <translation>Kassans kontrollenhet är inte igång. Kvittot signeras och kan skrivas ut när den är det.</translation>
    </message>
</context>
<context>
    <name>TillEventText</name>
    <message>
        <source>cash sale</source>
        <translation>kontantköp</translation>
    </message>
    <message>
        <source>cash refund</source>
        <translation>kontant återbetalning</translation>
    </message>
    <message>
        <source>cash float</source>
        <translation>växelkassa</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>ingen försäljning</translation>
    </message>
    <message>
        <source>Drawer opened: %1</source>
        <translation>Kassalådan öppnad: %1</translation>
    </message>
    <message>
        <source>Drawer opened: %1 (%2)</source>
        <translation>Kassalådan öppnad: %1 (%2)</translation>
    </message>
    <message>
        <source>Price of %1 set to %2: %3</source>
        <translation>Priset på %1 satt till %2: %3</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>inget pris</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>ändring</translation>
    </message>
    <message>
        <source>edit undone</source>
        <translation>ändring ångrad</translation>
    </message>
    <message>
        <source>Price of %1 (%2) changed from %3 to %4 (%5)</source>
        <translation>Priset på %1 (%2) ändrat från %3 till %4 (%5)</translation>
    </message>
    <message>
        <source>Z report %1 taken</source>
        <translation>Z-rapport %1 tagen</translation>
    </message>
    <message>
        <source>Z report %1 taken: sales %2, returns %3</source>
        <translation>Z-rapport %1 tagen: försäljning %2, returer %3</translation>
    </message>
    <message>
        <source>Cash float now %1 (change %2)</source>
        <translation>Växelkassan nu %1 (ändring %2)</translation>
    </message>
    <message>
        <source>Cash float now %1 (change %2): %3</source>
        <translation>Växelkassan nu %1 (ändring %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Cart voided with %n row(s): an unfinished sale</source>
        <translation>
            <numerusform>Kundvagn med %n rad tömd: ett oavslutat köp</numerusform>
            <numerusform>Kundvagn med %n rader tömd: ett oavslutat köp</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy of receipt %1 (KOPIA)</source>
        <translation>Kopia av kvitto %1 (KOPIA)</translation>
    </message>
    <message>
        <source>Training receipt %1 (ÖVNINGSKVITTO): not a sale</source>
        <translation>Övningskvitto %1 (ÖVNINGSKVITTO): ingen försäljning</translation>
    </message>
    <message>
        <source>Return receipt %1 (SEQR refund %2)</source>
        <translation>Returkvitto %1 (SEQR-återbetalning %2)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, av %2</translation>
    </message>
    <message>
        <source>the cart was voided</source>
        <translation>kundvagnen makulerades</translation>
    </message>
    <message>
        <source>the web cart expired</source>
        <translation>webbkundvagnen gick ut</translation>
    </message>
    <message>
        <source>the order was not paid</source>
        <translation>beställningen betalades inte</translation>
    </message>
    <message>
        <source>Coupon %1 given back: %2</source>
        <translation>Kupongen %1 återlämnad: %2</translation>
    </message>
    <message>
        <source>the customer took it off the order</source>
        <translation>kunden tog bort den från beställningen</translation>
    </message>
</context>
<context>
    <name>kassa-cli</name>
    <message>
        <source>What to do (see above).</source>
        <translation>Vad som ska göras (se ovan).</translation>
    </message>
    <message>
        <source>kassa-cli: %1; see kassa-cli --help</source>
        <translation>kassa-cli: %1; se kassa-cli --help</translation>
    </message>
    <message>
        <source>The till&apos;s configuration file (default: the user&apos;s config folder).</source>
        <translation>Kassans konfigurationsfil (standard: användarens konfigurationsmapp).</translation>
    </message>
    <message>
        <source>SEQR&apos;s SOAP endpoint URL (default: the local seqr-sandbox).</source>
        <translation>SEQR:s SOAP-adress (standard: den lokala seqr-sandbox).</translation>
    </message>
    <message>
        <source>Print one JSON object on standard output; progress goes to standard error.</source>
        <translation>Skriv ett JSON-objekt på standard ut; förloppet går till standard fel.</translation>
    </message>
    <message>
        <source>The shop&apos;s reseller id (terminal register, reset-manager-pin).</source>
        <translation>Butikens återförsäljar-id (terminal register, reset-manager-pin).</translation>
    </message>
    <message>
        <source>The shop&apos;s user id (terminal register, reset-manager-pin).</source>
        <translation>Butikens användar-id (terminal register, reset-manager-pin).</translation>
    </message>
    <message>
        <source>The shop&apos;s password, used once and never stored.</source>
        <translation>Butikens lösenord, används en gång och sparas aldrig.</translation>
    </message>
    <message>
        <source>This till&apos;s own name for itself, e.g. &quot;Store 111/Till 4&quot;.</source>
        <translation>Kassans eget namn på sig själv, t.ex. &quot;Butik 111/Kassa 4&quot;.</translation>
    </message>
    <message>
        <source>The till&apos;s name shown on the buyer&apos;s phone; loyalty, coupon: the friendly name; shop set: the shop&apos;s name.</source>
        <translation>Kassans namn som visas i köparens telefon; loyalty, coupon: det visade namnet; shop set: butikens namn.</translation>
    </message>
    <message>
        <source>A sale row: DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; refund: the receipt&apos;s row N:QTY (repeatable).</source>
        <translation>En försäljningsrad: BESKRIVNING;ANTAL;STYCKPRIS[;MOMS]; refund: kvittots rad N:ANTAL (kan upprepas).</translation>
    </message>
    <message>
        <source>refund: every row still refundable.</source>
        <translation>refund: alla rader som ännu kan återbetalas.</translation>
    </message>
    <message>
        <source>ISO 4217 currency; must be the till&apos;s (SEK unless configured).</source>
        <translation>Valuta enligt ISO 4217; måste vara kassans (SEK om inget annat är inställt).</translation>
    </message>
    <message>
        <source>The cashier&apos;s id, sent as the invoice&apos;s cashierId.</source>
        <translation>Kassörens id, skickas som fakturans cashierId.</translation>
    </message>
    <message>
        <source>Rounds to wait for the buyer before canceling (default 1).</source>
        <translation>Antal omgångar att vänta på köparen innan avbrott (standard 1).</translation>
    </message>
    <message>
        <source>Seconds in a round (default 30).</source>
        <translation>Sekunder per omgång (standard 30).</translation>
    </message>
    <message>
        <source>The amount to refund.</source>
        <translation>Beloppet att återbetala.</translation>
    </message>
    <message>
        <source>Cash handed over (sell; pay: cash first, SEQR for the rest).</source>
        <translation>Kontanter som lämnats (sell; pay: kontant först, SEQR för resten).</translation>
    </message>
    <message>
        <source>refund-doubts settle: SEQR made it, as this refund reference.</source>
        <translation>refund-doubts settle: SEQR genomförde den, med denna återbetalningsreferens.</translation>
    </message>
    <message>
        <source>refund-doubts settle: SEQR did not make it.</source>
        <translation>refund-doubts settle: SEQR genomförde den inte.</translation>
    </message>
    <message>
        <source>refund-doubts settle: what the manager saw (required).</source>
        <translation>refund-doubts settle: vad chefen såg (krävs).</translation>
    </message>
    <message>
        <source>Close this till&apos;s period instead of the shop&apos;s.</source>
        <translation>Stäng den här kassans period i stället för butikens.</translation>
    </message>
    <message>
        <source>Only sales and refunds since this date.</source>
        <translation>Bara försäljningar och återbetalningar sedan detta datum.</translation>
    </message>
    <message>
        <source>receipt --copy, report: print on the till&apos;s receipt printer.</source>
        <translation>receipt --copy, report: skriv ut på kassans kvittoskrivare.</translation>
    </message>
    <message>
        <source>receipt: give out the receipt&apos;s one copy (KOPIA), recorded in the journal.</source>
        <translation>receipt: lämna ut kvittots enda kopia (KOPIA), registreras i journalen.</translation>
    </message>
    <message>
        <source>receipt, refund: show the receipt as text (also with --pdf).</source>
        <translation>receipt, refund: visa kvittot som text (även med --pdf).</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s address (\n between lines).</source>
        <translation>shop set: butikens adress (
 mellan raderna).</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s organisation number.</source>
        <translation>shop set: butikens organisationsnummer.</translation>
    </message>
    <message>
        <source>Why (drawer open, float set).</source>
        <translation>Varför (drawer open, float set).</translation>
    </message>
    <message>
        <source>receipt, report: also write it as a PDF (a receipt&apos;s is an electronic receipt).</source>
        <translation>receipt, report: skriv den även som PDF (ett kvittos är ett elektroniskt kvitto).</translation>
    </message>
    <message>
        <source>journal export: the first day.</source>
        <translation>journal export: första dagen.</translation>
    </message>
    <message>
        <source>journal export: the last day.</source>
        <translation>journal export: sista dagen.</translation>
    </message>
    <message>
        <source>journal export: csv or json.</source>
        <translation>journal export: csv eller json.</translation>
    </message>
    <message>
        <source>journal export: the file to write (its SHA-256 beside it).</source>
        <translation>journal export: filen att skriva (dess SHA-256 bredvid).</translation>
    </message>
    <message>
        <source>The receipt printer instead of the configuration&apos;s: escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD or escpos:cups:QUEUE.</source>
        <translation>Kvittoskrivaren i stället för konfigurationens: escpos:usb:ENHET, escpos:tcp:VÄRD:PORT, escpos:serial:ENHET:BAUD eller escpos:cups:KÖ.</translation>
    </message>
    <message>
        <source>loyalty: the programme&apos;s token type, e.g. X_CARD.</source>
        <translation>loyalty: programmets tokentyp, t.ex. X_CARD.</translation>
    </message>
    <message>
        <source>loyalty, coupon: a regular expression for card numbers or codes.</source>
        <translation>loyalty, coupon: ett reguljärt uttryck för kortnummer eller koder.</translation>
    </message>
    <message>
        <source>loyalty, coupon: the percentage off.</source>
        <translation>loyalty, coupon: rabatten i procent.</translation>
    </message>
    <message>
        <source>loyalty: points only, no discount.</source>
        <translation>loyalty: bara poäng, ingen rabatt.</translation>
    </message>
    <message>
        <source>loyalty: only rows whose SKU or EAN starts with this (repeatable).</source>
        <translation>loyalty: bara rader vars artikelnummer eller EAN börjar så (kan upprepas).</translation>
    </message>
    <message>
        <source>coupon: the coupon&apos;s code.</source>
        <translation>coupon: kupongens kod.</translation>
    </message>
    <message>
        <source>pay, sell: the customer&apos;s loyalty card number (swiped).</source>
        <translation>pay, sell: kundens lojalitetskortnummer (draget).</translation>
    </message>
    <message>
        <source>pay, sell: a coupon the customer hands over (repeatable).</source>
        <translation>pay, sell: en kupong som kunden lämnar (kan upprepas).</translation>
    </message>
    <message>
        <source>Kassa&apos;s SEQR payments from the command line.

Commands:
  terminal register --reseller ID --user-id UID --reseller-password PW --external-id TEXT --name TEXT
  terminal assign-seqr-id SEQRID
  terminal unregister
  terminal test   (SEQR at the endpoint answers and knows this till)
  terminal reset-manager-pin --reseller ID --user-id UID --reseller-password PW
  pay --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;... [--currency SEK] [--cashier ID] [--rounds N]
  pay --row ... --cash AMOUNT   (split tender: cash first, SEQR for the rest)
  sell --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;... --cash AMOUNT
  proforma --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;... [--pdf FILE]   (EJ KVITTO: the cart before payment)
  control-unit set DEVICE   (/dev/ttyUSB0, tcp:HOST:PORT, or none)
  control-unit status
  loyalty add --id X_CARD --pattern REGEX --name NAME (--percent P [--group PREFIX]... | --points)
  loyalty list | loyalty remove ID
  coupon add (--code CODE | --pattern REGEX) (--amount A | --percent P) | coupon remove CODE
  coupon block CODE | coupon unblock CODE   (a code, a series&apos; pattern, or one code of a series)
  pay|sell ... [--loyalty-card NUMBER] [--coupon CODE]...
  status INVOICE_REFERENCE
  cancel INVOICE_REFERENCE
  refund ERS_REFERENCE|#RECEIPT [--row N:QTY... | --all] [--amount X] [--text] [--pdf FILE]
         (a sale paid partly in cash: the cash part is given back in cash)
  refund-doubts   (refunds in doubt, with what is known of each)
  refund-doubts check   (what SEQR&apos;s report says of each; settles nothing)
  refund-doubts settle ID --made REFUND_ERS_REFERENCE|--not-made --note TEXT
  close-period [--per-terminal]
  journal [--since YYYY-MM-DD]
  receipt N [--text] [--pdf FILE] [--copy [--print]]
  training [on|off]
  identity
  shop set [--name TEXT] [--address TEXT] [--org-number NNNNNN-NNNN]
  price set BARCODE PRICE   (journaled: old and new price, when, who)
  printer test|status
  drawer open [--reason TEXT]   (No sale: journaled, then the drawer opens)
  float set AMOUNT [--reason TEXT]
  report x|z [--pdf FILE] [--print] [--json]
  journal export --from YYYY-MM-DD --to YYYY-MM-DD --format csv|json --out FILE

Exit codes: 0 paid/done, 1 service or transport error, 2 usage or bad input (nothing sent),
3 canceled, 4 failed, 5 no final status after all rounds (invoice canceled).</source>
        <translation>Kassas SEQR-betalningar från kommandoraden.

Kommandon:
  terminal register --reseller ID --user-id UID --reseller-password PW --external-id TEXT --name TEXT
  terminal assign-seqr-id SEQRID
  terminal unregister
  terminal test   (SEQR vid adressen svarar och känner igen den här kassan)
  terminal reset-manager-pin --reseller ID --user-id UID --reseller-password PW
  pay --row &quot;BESKRIVNING;ANTAL;STYCKPRIS[;MOMS]&quot;... [--currency SEK] [--cashier ID] [--rounds N]
  pay --row ... --cash BELOPP   (delad betalning: kontant först, SEQR för resten)
  sell --row &quot;BESKRIVNING;ANTAL;STYCKPRIS[;MOMS]&quot;... --cash BELOPP
  proforma --row &quot;BESKRIVNING;ANTAL;STYCKPRIS[;MOMS]&quot;... [--pdf FIL]   (EJ KVITTO: varukorgen före betalning)
  control-unit set ENHET   (/dev/ttyUSB0, tcp:VÄRD:PORT eller none)
  control-unit status
  loyalty add --id X_CARD --pattern REGEX --name NAMN (--percent P [--group PREFIX]... | --points)
  loyalty list | loyalty remove ID
  coupon add (--code KOD | --pattern REGEX) (--amount A | --percent P) | coupon remove KOD
  coupon block KOD | coupon unblock KOD   (en kod, en series mönster eller en kod i en serie)
  pay|sell ... [--loyalty-card NUMMER] [--coupon KOD]...
  status FAKTURAREFERENS
  cancel FAKTURAREFERENS
  refund ERS_REFERENS|#KVITTO [--row N:ANTAL... | --all] [--amount X] [--text] [--pdf FIL]
         (delad betalning: kontantdelen ges tillbaka kontant)
  refund-doubts   (osäkra återbetalningar, med det som är känt om var och en)
  refund-doubts check   (vad SEQR:s rapport säger om var och en; avgör inget)
  refund-doubts settle ID --made ÅTERBETALNINGENS_ERS_REFERENS|--not-made --note TEXT
  close-period [--per-terminal]
  journal [--since ÅÅÅÅ-MM-DD]
  receipt N [--text] [--pdf FIL] [--copy [--print]]
  training [on|off]
  identity
  shop set [--name TEXT] [--address TEXT] [--org-number NNNNNN-NNNN]
  price set STRECKKOD PRIS   (journalförs: gammalt och nytt pris, när, vem)
  printer test|status
  drawer open [--reason TEXT]   (ingen försäljning: journalförs, sedan öppnas lådan)
  float set BELOPP [--reason TEXT]
  report x|z [--pdf FIL] [--print] [--json]
  journal export --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --format csv|json --out FIL

Slutkoder: 0 betald/klar, 1 tjänste- eller överföringsfel, 2 felaktig användning eller indata (inget skickat),
3 avbruten, 4 misslyckad, 5 inget slutligt besked efter alla rundor (fakturan avbruten).</translation>
    </message>
</context>
<context>
    <name>kassa-web</name>
    <message>
        <source>unknown command %1</source>
        <translation>okänt kommando %1</translation>
    </message>
    <message>
        <source>the catalog %1 cannot be opened: %2</source>
        <translation>katalogen %1 går inte att öppna: %2</translation>
    </message>
    <message>
        <source>--time-limit must be 10 to 3600 seconds</source>
        <translation>--time-limit måste vara 10 till 3600 sekunder</translation>
    </message>
    <message>
        <source>--listen needs an IP address</source>
        <translation>--listen behöver en IP-adress</translation>
    </message>
    <message>
        <source>--port must be 0 to 65535</source>
        <translation>--port måste vara 0 till 65535</translation>
    </message>
    <message>
        <source>--public-url must be an http(s) URL</source>
        <translation>--public-url måste vara en http(s)-adress</translation>
    </message>
    <message>
        <source>this webshop is not registered with SEQR yet: run kassa-web terminal register …</source>
        <translation>webbutiken är inte registrerad hos SEQR än: kör kassa-web terminal register …</translation>
    </message>
    <message>
        <source>--service-id takes letters, digits, &apos;-&apos; and &apos;_&apos; (as agreed with SEQR)</source>
        <translation>--service-id tar bokstäver, siffror, &apos;-&apos; och &apos;_&apos; (som avtalat med SEQR)</translation>
    </message>
    <message>
        <source>--tables must be 1 to 500</source>
        <translation>--tables måste vara 1 till 500</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>--code wants LABEL:key=value[&amp;key=value…], e.g. &quot;Counter:counter=1&quot; (not %1)</source>
        <translation>--code vill ha ETIKETT:nyckel=värde[&amp;nyckel=värde…], t.ex. &quot;Disken:counter=1&quot; (inte %1)</translation>
    </message>
    <message>
        <source>service-codes needs --out FILE.pdf</source>
        <translation>service-codes behöver --out FIL.pdf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service code(s) in %1</source>
        <translation>
            <numerusform>%n tjänstekod i %1</numerusform>
            <numerusform>%n tjänstekoder i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s webshop, paid with SEQR.

  kassa-web [options]             serve the webshop
  kassa-web terminal register …   register its till (kassa-cli&apos;s terminal commands,
                                  on the webshop&apos;s configuration)
  kassa-web service-codes --out FILE.pdf [--service-id ID] [--tables N] [--code L:k=v]…
                                  print the sheet of scan-to-order codes</source>
        <translation>Butikens webbutik, betald med SEQR.

  kassa-web [flaggor]             kör webbutiken
  kassa-web terminal register …   registrera dess kassa (kassa-clis terminal-kommandon
                                  på webbutikens konfiguration)
  kassa-web service-codes --out FIL.pdf [--service-id ID] [--tables N] [--code E:k=v]…
                                  skriv ut arket med koder för att skanna och beställa</translation>
    </message>
    <message>
        <source>the catalog %1 cannot be imported into the shop database: %2</source>
        <translation>sortimentet %1 kan inte importeras till butiksdatabasen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in the shop database %1</source>
        <translation>
            <numerusform>%n vara ändrad i butiksdatabasen %1</numerusform>
            <numerusform>%n varor ändrade i butiksdatabasen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be 1 to 1000000</source>
        <translation>--%1 måste vara 1 till 1000000</translation>
    </message>
    <message>
        <source>The webshop&apos;s till configuration (default ~/.config/kassa/webshop.json).</source>
        <translation>Webbutikens kassakonfiguration (standard ~/.config/kassa/webshop.json).</translation>
    </message>
    <message>
        <source>SEQR&apos;s SOAP endpoint URL (default: the configuration&apos;s).</source>
        <translation>SEQR:s SOAP-adress (standard: konfigurationens).</translation>
    </message>
    <message>
        <source>The shop&apos;s catalog.sqlite (default: the till&apos;s).</source>
        <translation>Butikens catalog.sqlite (standard: kassans).</translation>
    </message>
    <message>
        <source>Import products from a CSV file into the catalog first (the shop database&apos;s, when one is configured).</source>
        <translation>Importera först varor från en CSV-fil till katalogen (butiksdatabasens, när en är konfigurerad).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adress att lyssna på (standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8091; 0 picks a free one).</source>
        <translation>Port att lyssna på (standard 8091; 0 väljer en ledig).</translation>
    </message>
    <message>
        <source>The address customers and SEQR reach the shop at, e.g. https://shop.example.se/ (default http://127.0.0.1:PORT/).</source>
        <translation>Adressen där kunder och SEQR når butiken, t.ex. https://shop.example.se/ (standard http://127.0.0.1:PORT/).</translation>
    </message>
    <message>
        <source>The shop&apos;s name on the pages and invoices.</source>
        <translation>Butikens namn på sidorna och fakturorna.</translation>
    </message>
    <message>
        <source>Seconds before an unpaid invoice is canceled (default 180).</source>
        <translation>Sekunder innan en obetald faktura avbryts (standard 180).</translation>
    </message>
    <message>
        <source>Links open the SEQR demo app (SEQR-DEMO://).</source>
        <translation>Länkar öppnar SEQR:s demoapp (SEQR-DEMO://).</translation>
    </message>
    <message>
        <source>Count visitors by the last X-Forwarded-For address (only behind a reverse proxy that sets it).</source>
        <translation>Räkna besökare efter sista X-Forwarded-For-adressen (bara bakom en omvänd proxy som sätter den).</translation>
    </message>
    <message>
        <source>New SEQR invoices one client address may start a minute (default 10).</source>
        <translation>Nya SEQR-fakturor som en klientadress får starta per minut (standard 10).</translation>
    </message>
    <message>
        <source>New SEQR invoices the whole shop starts a minute at most (default 3000).</source>
        <translation>Nya SEQR-fakturor som hela butiken startar per minut som mest (standard 3000).</translation>
    </message>
    <message>
        <source>New carts one client address may start a minute (default 30).</source>
        <translation>Nya varukorgar som en klientadress får starta per minut (standard 30).</translation>
    </message>
    <message>
        <source>service-codes: the service ID agreed with SEQR (saved).</source>
        <translation>service-codes: tjänst-id:t som avtalats med SEQR (sparas).</translation>
    </message>
    <message>
        <source>service-codes: codes for tables 1 to N (saved).</source>
        <translation>service-codes: koder för bord 1 till N (sparas).</translation>
    </message>
    <message>
        <source>service-codes: a code LABEL:key=value[&amp;key=value…] (saved; repeatable).</source>
        <translation>service-codes: en kod ETIKETT:nyckel=värde[&amp;nyckel=värde…] (sparas; kan upprepas).</translation>
    </message>
    <message>
        <source>service-codes: the PDF to write.</source>
        <translation>service-codes: PDF-filen att skriva.</translation>
    </message>
</context>
<context>
    <name>kassa::Cart</name>
    <message>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <extracomment>The unit after a quantity: kilograms, or pieces (&quot;st&quot; in Swedish)</extracomment>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 st</translation>
    </message>
</context>
<context>
    <name>kassa::Checkout</name>
    <message>
        <source>Training mode: SEQR is paid only against the SEQR sandbox, never a real endpoint. Take cash, or switch training mode off (manager).</source>
        <translation>Övningsläge: SEQR betalas bara mot SEQR-sandlådan, aldrig mot en riktig tjänst. Ta kontant, eller stäng av övningsläget (chef).</translation>
    </message>
</context>
<context>
    <name>kassa::ConnectionTest</name>
    <message>
        <source>The name %1 cannot be found (DNS). Check the endpoint&apos;s spelling and the network.</source>
        <translation>Namnet %1 hittas inte (DNS). Kontrollera adressens stavning och nätverket.</translation>
    </message>
    <message>
        <source>Connected to SEQR; it accepts this till&apos;s credentials.</source>
        <translation>Ansluten till SEQR; kassans inloggningsuppgifter godtas.</translation>
    </message>
    <message>
        <source>SEQR answers, but refuses this till&apos;s credentials: register the till again.</source>
        <translation>SEQR svarar men godtar inte kassans inloggningsuppgifter: registrera kassan igen.</translation>
    </message>
    <message>
        <source>SEQR answers: %1</source>
        <translation>SEQR svarar: %1</translation>
    </message>
    <message>
        <source>The connection is not trusted: the certificate of %1 is not valid for it or not from a known authority.</source>
        <translation>Anslutningen är inte betrodd: certifikatet för %1 gäller inte för den eller kommer inte från en känd utfärdare.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (is the address and port right, and the service running?).</source>
        <translation>Inget svarar på %1 (stämmer adress och port, och körs tjänsten?).</translation>
    </message>
    <message>
        <source>SEQR does not answer in time. Check the network.</source>
        <translation>SEQR svarar inte i tid. Kontrollera nätverket.</translation>
    </message>
    <message>
        <source>Something answers there, but it is not SEQR (check the endpoint&apos;s path).</source>
        <translation>Något svarar där, men det är inte SEQR (kontrollera adressens sökväg).</translation>
    </message>
    <message>
        <source>The endpoint must be a web address starting with https:// (or http:// for a local sandbox).</source>
        <translation>Adressen måste vara en webbadress som börjar med https:// (eller http:// för en lokal sandlåda).</translation>
    </message>
    <message>
        <source>SEQR answers. The till is not registered yet: register this till.</source>
        <translation>SEQR svarar. Kassan är inte registrerad än: registrera kassan.</translation>
    </message>
</context>
<context>
    <name>kassa::TillHost</name>
    <message>
        <source>Kassa is still connecting to SEQR; try again in a moment.</source>
        <translation>Kassa ansluter fortfarande till SEQR; försök igen om en liten stund.</translation>
    </message>
    <message>
        <source>The till&apos;s configuration %1 cannot be read: %2</source>
        <translation>Kassans konfiguration %1 går inte att läsa: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Kan inte skapa mappen för %1.</translation>
    </message>
    <message>
        <source>The till&apos;s configuration %1 cannot be written: %2</source>
        <translation>Kassans konfiguration %1 går inte att skriva: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal %1.</source>
        <translation>Kan inte skapa mappen för journalen %1.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>Journalen %1 går inte att öppna: %2</translation>
    </message>
    <message>
        <source>Cannot create the till&apos;s lock file %1.lock.</source>
        <translation>Kan inte skapa kassans låsfil %1.lock.</translation>
    </message>
    <message>
        <source>Another Kassa process (pid %1) is using this till (%2); close it or try again when it has finished.</source>
        <translation>En annan Kassa-process (pid %1) använder den här kassan (%2); stäng den eller försök igen när den är klar.</translation>
    </message>
    <message>
        <source>The journal needs an upgrade (schema %1 to %2) that only the process using this till (pid %3) may make; try again when it has finished.</source>
        <translation>Journalen behöver uppgraderas (schema %1 till %2), och det får bara processen som använder kassan (pid %3) göra; försök igen när den är klar.</translation>
    </message>
    <message>
        <source>Kassa is finishing a SEQR payment left from the last run; SEQR can be used again in a moment.</source>
        <translation>Kassa avslutar en SEQR-betalning från förra körningen; SEQR kan användas igen om en liten stund.</translation>
    </message>
    <message>
        <source>Registering this till with SEQR…</source>
        <translation>Registrerar kassan hos SEQR…</translation>
    </message>
    <message>
        <source>The till could not be registered with SEQR: %1</source>
        <translation>Kassan kunde inte registreras hos SEQR: %1</translation>
    </message>
    <message>
        <source>The refund of %1 of payment %2 that was in doubt was not made: SEQR&apos;s report does not list it. It may be made again.</source>
        <translation>Den osäkra återbetalningen av %1 av betalning %2 gjordes inte: SEQR:s rapport visar den inte. Den kan göras igen.</translation>
    </message>
    <message>
        <source>The refund of %1 of payment %2 that was in doubt was made (refund %3), as SEQR&apos;s report shows; it is now in the journal.</source>
        <translation>Den osäkra återbetalningen av %1 av betalning %2 gjordes (återbetalning %3), som SEQR:s rapport visar; den finns nu i journalen.</translation>
    </message>
    <message>
        <source>Refunds in doubt stay in doubt: SEQR&apos;s report could not be read (%1). The manager can settle them.</source>
        <translation>Osäkra återbetalningar förblir osäkra: SEQR:s rapport kunde inte läsas (%1). Butikschefen kan avgöra dem.</translation>
    </message>
    <message>
        <source>%1 The endpoint given: %2</source>
        <translation>%1 Angiven adress: %2</translation>
    </message>
</context>
<context>
    <name>kassa::WebShopTill</name>
    <message>
        <source>The webshop&apos;s order file %1 cannot be opened: %2</source>
        <translation>Webbutikens orderfil %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>The order book %1 cannot be opened: %2</source>
        <translation>Beställningsboken %1 kan inte öppnas: %2</translation>
    </message>
</context>
<context>
    <name>kassa::controlunit::ControlUnitService</name>
    <message>
        <source>Kassa is asking the control unit who it is; try again in a moment.</source>
        <translation>Kassa frågar kontrollenheten vem den är; försök igen om en stund.</translation>
    </message>
    <message>
        <source>Control unit %1 (CCSP version %2) is connected.</source>
        <translation>Kontrollenhet %1 (CCSP version %2) är ansluten.</translation>
    </message>
    <message>
        <source>%1 Sales wait until it answers.</source>
        <translation>%1 Försäljningen väntar tills den svarar.</translation>
    </message>
    <message>
        <source>The control unit does not work, so no sale can start: %1</source>
        <translation>Kontrollenheten fungerar inte, så ingen försäljning kan börja: %1</translation>
    </message>
    <message>
        <source>Control unit: connecting…</source>
        <translation>Kontrollenhet: ansluter…</translation>
    </message>
    <message>
        <source>Control unit: %1</source>
        <translation>Kontrollenhet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Control unit %1: %n receipt(s) waiting</source>
        <translation>
            <numerusform>Kontrollenhet %1: %n kvitto väntar</numerusform>
            <numerusform>Kontrollenhet %1: %n kvitton väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>Control unit %1: ready, storage nearly full</source>
        <translation>Kontrollenhet %1: klar, minnet nästan fullt</translation>
    </message>
    <message>
        <source>Control unit %1: ready</source>
        <translation>Kontrollenhet %1: klar</translation>
    </message>
</context>
<context>
    <name>kassa::print::ServiceSheet</name>
    <message>
        <source>The order service has no service ID yet (--service-id).</source>
        <translation>Beställningstjänsten har inget tjänst-id än (--service-id).</translation>
    </message>
    <message>
        <source>There are no service codes to print (--tables N or --code).</source>
        <translation>Det finns inga tjänstekoder att skriva ut (--tables N eller --code).</translation>
    </message>
    <message>
        <source>Scan with the SEQR app to order</source>
        <translation>Skanna med SEQR-appen för att beställa</translation>
    </message>
    <message>
        <source>The code for %1 is too long for a QR code.</source>
        <translation>Koden för %1 är för lång för en QR-kod.</translation>
    </message>
</context>
<context>
    <name>kassa::sandbox::PhoneStrings</name>
    <message>
        <source>sandbox phone — the customer&apos;s SEQR app</source>
        <translation>sandlådans telefon — kundens SEQR-app</translation>
    </message>
    <message>
        <source>1. Scan</source>
        <translation>1. Skanna</translation>
    </message>
    <message>
        <source>Pick a till (as if scanning its sticker)</source>
        <translation>Välj en kassa (som att skanna dess dekal)</translation>
    </message>
    <message>
        <source>loading tills…</source>
        <translation>hämtar kassor…</translation>
    </message>
    <message>
        <source>Scan till</source>
        <translation>Skanna kassa</translation>
    </message>
    <message>
        <source>…or paste any SEQR code: the QR text at a till, a SEQR:// link, a service&apos;s code</source>
        <translation>…eller klistra in en SEQR-kod: QR-texten vid en kassa, en SEQR://-länk, en tjänsts kod</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skanna</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Leave the service</source>
        <translation>Lämna tjänsten</translation>
    </message>
    <message>
        <source>2. Check and confirm</source>
        <translation>2. Kontrollera och godkänn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Godkänn betalningen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
    <message>
        <source>Offer my loyalty card</source>
        <translation>Visa mitt kundkort</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Kundkort</translation>
    </message>
    <message>
        <source>3. Enter your PIN</source>
        <translation>3. Ange din PIN-kod</translation>
    </message>
    <message>
        <source>4–6 digits</source>
        <translation>4–6 siffror</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Betala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Back to the shop</source>
        <translation>Tillbaka till butiken</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>no invoice yet</source>
        <translation>ingen faktura än</translation>
    </message>
    <message>
        <source>no till is registered yet</source>
        <translation>ingen kassa är registrerad än</translation>
    </message>
    <message>
        <source>(no SEQR ID)</source>
        <translation>(inget SEQR-ID)</translation>
    </message>
    <message>
        <source>— payment waiting</source>
        <translation>— betalning väntar</translation>
    </message>
    <message>
        <source>(reversed)</source>
        <translation>(återförd)</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Du lämnade %1.</translation>
    </message>
    <message>
        <source>unreadable answer from the sandbox</source>
        <translation>oläsligt svar från sandlådan</translation>
    </message>
    <message>
        <source>Waiting for you to confirm</source>
        <translation>Väntar på att du godkänner</translation>
    </message>
    <message>
        <source>The shop is considering your offer</source>
        <translation>Butiken överväger ditt erbjudande</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Delvis betald</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>The payment did not go through</source>
        <translation>Betalningen gick inte igenom</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Det finns ingen faktura %1.</translation>
    </message>
    <message>
        <source>No till or invoice matches “%1”.</source>
        <translation>Ingen kassa eller faktura matchar ”%1”.</translation>
    </message>
    <message>
        <source>The till “%1” has no payment waiting.</source>
        <translation>Kassan ”%1” har ingen betalning som väntar.</translation>
    </message>
    <message>
        <source>This invoice is %1 and cannot be paid.</source>
        <translation>Fakturan är %1 och kan inte betalas.</translation>
    </message>
    <message>
        <source>This invoice is already %1.</source>
        <translation>Fakturan är redan %1.</translation>
    </message>
    <message>
        <source>This invoice is %1.</source>
        <translation>Fakturan är %1.</translation>
    </message>
    <message>
        <source>The shop is still considering your offer; wait a moment.</source>
        <translation>Butiken överväger fortfarande ditt erbjudande; vänta ett ögonblick.</translation>
    </message>
    <message>
        <source>Enter your PIN: 4 to 6 digits.</source>
        <translation>Ange din PIN-kod: 4 till 6 siffror.</translation>
    </message>
    <message>
        <source>“%1” is not an external service&apos;s code.</source>
        <translation>”%1” är inte en extern tjänsts kod.</translation>
    </message>
    <message>
        <source>This code belongs to a service SEQR does not know (“%1”).</source>
        <translation>Koden hör till en tjänst som SEQR inte känner till (”%1”).</translation>
    </message>
    <message>
        <source>There is no such service session.</source>
        <translation>Det finns ingen sådan tjänstesession.</translation>
    </message>
    <message>
        <source>The SEQR app does not know the action “%1”.</source>
        <translation>SEQR-appen känner inte till åtgärden ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a SEQR link.</source>
        <translation>”%1” är ingen SEQR-länk.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>waiting for the shop</source>
        <translation>väntar på butiken</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>delvis betald</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserverad</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>Min plånbok</translation>
    </message>
    <message>
        <source>Offer my coupon</source>
        <translation>Erbjud min kupong</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AmountDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>kassa::ui::BalanceText</name>
    <message>
        <source>Receipt discount</source>
        <translation>Kvittorabatt</translation>
    </message>
    <message>
        <source>Discounts in all</source>
        <translation>Rabatter totalt</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Kontant mottaget</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Kvar att betala</translation>
    </message>
    <message>
        <source>Paid with SEQR</source>
        <translation>Betalt med SEQR</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Växel</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Totalt %1 %2</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Växel %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n poäng</numerusform>
            <numerusform>%n poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>Moms %1 %: %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CashierWindow</name>
    <message>
        <source>Receipt %1</source>
        <translation>Kvitto %1</translation>
    </message>
    <message>
        <source>Printing receipt %1 again.</source>
        <translation>Skriver ut kvitto %1 igen.</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n kept receipts again.</source>
        <translation>
            <numerusform>Skriver ut %n sparat kvitto igen.</numerusform>
            <numerusform>Skriver ut %n sparade kvitton igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Kvitto %1 utskrivet.</translation>
    </message>
    <message>
        <source>%1 — the receipt is kept; press F9 to print it again.</source>
        <translation>%1 — kvittot är sparat; tryck F9 för att skriva ut det igen.</translation>
    </message>
    <message>
        <source>Kassa — %1</source>
        <translation>Kassa — %1</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a name and press Enter</source>
        <translation>Skanna en streckkod, eller skriv ett namn och tryck Enter</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Void row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Row discount</source>
        <translation>Radrabatt</translation>
    </message>
    <message>
        <source>Receipt discount</source>
        <translation>Kvittorabatt</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Makulera köp</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Skriv ut kvittokopia</translation>
    </message>
    <message>
        <source>Pay with SEQR</source>
        <translation>Betala med SEQR</translation>
    </message>
    <message>
        <source>Till %1 · SEQR ID %2 · cashier %3</source>
        <translation>Kassa %1 · SEQR-id %2 · kassör %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR</source>
        <translation>Kassan är inte registrerad hos SEQR</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Scan again or search with F3.</source>
        <translation>Ingen vara har streckkoden %1. Skanna igen eller sök med F3.</translation>
    </message>
    <message>
        <source>A payment is in progress; finish it first.</source>
        <translation>En betalning pågår; avsluta den först.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>%1  %2 kg</source>
        <translation>%1  %2 kg</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Up/Down</source>
        <translation>Upp/Ned</translation>
    </message>
    <message>
        <source>Pick a row in the cart</source>
        <translation>Välj en rad i varukorgen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode; text searches</source>
        <translation>Lägg till den skannade eller skrivna streckkoden; text söker</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Varukorgen är tom.</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Borttagen: %1</translation>
    </message>
    <message>
        <source>Discount on %1 (%2), as an amount or a percentage like 10%:</source>
        <translation>Rabatt på %1 (%2), som belopp eller procent som 10%:</translation>
    </message>
    <message>
        <source>Type an amount like %1 or a percentage like 10%.</source>
        <translation>Skriv ett belopp som %1 eller en procentsats som 10%.</translation>
    </message>
    <message>
        <source>The discount cannot be more than the row (%1).</source>
        <translation>Rabatten kan inte vara mer än raden (%1).</translation>
    </message>
    <message>
        <source>Discount on the whole receipt (%1), as an amount or a percentage like 10%:</source>
        <translation>Rabatt på hela kvittot (%1), som belopp eller procent som 10%:</translation>
    </message>
    <message>
        <source>The discount cannot be more than the receipt (%1).</source>
        <translation>Rabatten kan inte vara mer än kvittot (%1).</translation>
    </message>
    <message>
        <source>Sale voided. Give back the cash received: %1.</source>
        <translation>Köpet makulerat. Lämna tillbaka mottagna kontanter: %1.</translation>
    </message>
    <message>
        <source>Sale voided.</source>
        <translation>Köpet makulerat.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>Det finns inget att betala.</translation>
    </message>
    <message>
        <source>Cash received (to pay %1):</source>
        <translation>Mottaget kontant (att betala %1):</translation>
    </message>
    <message>
        <source>Type the amount received, for example %1.</source>
        <translation>Skriv mottaget belopp, till exempel %1.</translation>
    </message>
    <message>
        <source>Cash received %1. To pay: %2 — press F12 for SEQR or F8 for more cash.</source>
        <translation>Mottaget kontant %1. Att betala: %2 — tryck F12 för SEQR eller F8 för mer kontanter.</translation>
    </message>
    <message>
        <source>The sale could not be recorded: %1 Nothing was saved; try again.</source>
        <translation>Köpet kunde inte bokföras: %1 Inget sparades; försök igen.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Växel: %1</translation>
    </message>
    <message>
        <source>A SEQR payment is already in progress.</source>
        <translation>En SEQR-betalning pågår redan.</translation>
    </message>
    <message>
        <source>The cart is empty: scan something first.</source>
        <translation>Varukorgen är tom: skanna något först.</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR, so it cannot take SEQR payments. A manager must register it first.</source>
        <translation>Kassan är inte registrerad hos SEQR och kan inte ta emot SEQR-betalningar. En chef måste registrera den först.</translation>
    </message>
    <message>
        <source>SEQR payment of %1 started.</source>
        <translation>SEQR-betalning på %1 startad.</translation>
    </message>
    <message>
        <source>Paid with SEQR: %1. Reference %2.</source>
        <translation>Betalt med SEQR: %1. Referens %2.</translation>
    </message>
    <message>
        <source>The SEQR payment could not be started: %1</source>
        <translation>SEQR-betalningen kunde inte startas: %1</translation>
    </message>
    <message>
        <source>The SEQR payment was canceled. The cart is kept; take the rest another way or give back the cash received (%1).</source>
        <translation>SEQR-betalningen avbröts. Varukorgen finns kvar; ta resten på annat sätt eller lämna tillbaka mottagna kontanter (%1).</translation>
    </message>
    <message>
        <source>The SEQR payment was canceled. The cart is kept.</source>
        <translation>SEQR-betalningen avbröts. Varukorgen finns kvar.</translation>
    </message>
    <message>
        <source>The sale is recorded, but its receipt could not be read back.</source>
        <translation>Köpet är bokfört, men kvittot kunde inte läsas tillbaka.</translation>
    </message>
    <message>
        <source>The receipt could not be printed on %1. Reprint it with F9.</source>
        <translation>Kvittot kunde inte skrivas ut på %1. Skriv ut en kopia med F9.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>Det finns inget kvitto att skriva ut än.</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Kvittonummer:</translation>
    </message>
    <message>
        <source>There is no receipt with that number.</source>
        <translation>Det finns inget kvitto med det numret.</translation>
    </message>
    <message>
        <source>A SEQR payment is in progress: finish or cancel it before closing.</source>
        <translation>En SEQR-betalning pågår: avsluta eller avbryt den innan du stänger.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Cashier sign-in</source>
        <translation>Kassörsinloggning</translation>
    </message>
    <message>
        <source>The receipt could not be saved as a PDF: %1</source>
        <translation>Kvittot kunde inte sparas som PDF: %1</translation>
    </message>
    <message>
        <source>Your cashier id (it is shown on receipts and invoices):</source>
        <translation>Ditt kassör-id (det visas på kvitton och fakturor):</translation>
    </message>
    <message>
        <source>Type your cashier id (1 to 20 characters).</source>
        <translation>Skriv ditt kassör-id (1 till 20 tecken).</translation>
    </message>
    <message>
        <source>Signed in: cashier %1.</source>
        <translation>Inloggad: kassör %1.</translation>
    </message>
    <message>
        <source>Paid with SEQR (reference %1), but the journal cannot record the sale: %2 Note the reference; reconciliation lists the payment.</source>
        <translation>Betalt med SEQR (referens %1), men journalen kan inte registrera köpet: %2 Anteckna referensen; avstämningen visar betalningen.</translation>
    </message>
    <message>
        <source>Scanned %1: it is added when this prompt closes.</source>
        <translation>Skannade %1: varan läggs till när den här rutan stängs.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Voided: %1. The cash received covers the rest: press F8 to finish and give back %2.</source>
        <translation>Makulerad: %1. Det mottagna kontanta beloppet täcker resten: tryck F8 för att avsluta och ge tillbaka %2.</translation>
    </message>
    <message numerus="yes">
        <source>Void the whole sale (%n row(s), %1)?</source>
        <translation>
            <numerusform>Makulera hela köpet (%n rad, %1)?</numerusform>
            <numerusform>Makulera hela köpet (%n rader, %1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Void the sale</source>
        <translation>Makulera köpet</translation>
    </message>
    <message>
        <source>Keep the sale</source>
        <translation>Behåll köpet</translation>
    </message>
    <message>
        <source>The cash received covers the total: press F8 to finish the sale and give back %1.</source>
        <translation>Det mottagna kontanta beloppet täcker totalen: tryck F8 för att avsluta köpet och ge tillbaka %1.</translation>
    </message>
    <message>
        <source>The journal could not be read, so no receipt can be reprinted: %1</source>
        <translation>Journalen kunde inte läsas, så inget kvitto kan skrivas ut igen: %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <source>Weight of %1 in kg %2:</source>
        <translation>Vikt för %1 i kg %2:</translation>
    </message>
    <message>
        <source>How many %1? %2</source>
        <translation>Hur många %1? %2</translation>
    </message>
    <message>
        <source>Weight of %1 in kg (price %2 per kg) %3:</source>
        <translation>Vikt för %1 i kg (pris %2 per kg) %3:</translation>
    </message>
    <message>
        <source>Last sale: change %1 %2</source>
        <translation>Förra köpet: växel %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>A sale is open: %n row(s), %1 %2.</source>
        <translation>
            <numerusform>Ett köp är öppet: %n rad, %1 %2.</numerusform>
            <numerusform>Ett köp är öppet: %n rader, %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cash was received toward it: give it back.</source>
        <translation>%1 i kontanter har tagits emot för köpet: lämna tillbaka dem.</translation>
    </message>
    <message>
        <source>Quit Kassa</source>
        <translation>Avsluta Kassa</translation>
    </message>
    <message>
        <source>Quit Kassa anyway? The open sale is not kept.</source>
        <translation>Avsluta Kassa ändå? Det öppna köpet sparas inte.</translation>
    </message>
    <message>
        <source>&amp;Quit Kassa</source>
        <translation>&amp;Avsluta Kassa</translation>
    </message>
    <message>
        <source>&amp;Keep selling</source>
        <translation>&amp;Fortsätt sälja</translation>
    </message>
    <message>
        <source>No customer display shows this code: let the customer scan it here.</source>
        <translation>Ingen kundskärm visar koden: låt kunden skanna den här.</translation>
    </message>
    <message>
        <source>The customer display cannot show the QR code, so it is shown in the payment dialog: turn the screen to the customer.</source>
        <translation>Kundskärmen kan inte visa QR-koden, så den visas i betalningsrutan: vänd skärmen mot kunden.</translation>
    </message>
    <message>
        <source>The customer display shares this screen: the customer may scan the code here.</source>
        <translation>Kundskärmen delar den här skärmen: kunden kan skanna koden här.</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Växelkassa</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Ingen försäljning</translation>
    </message>
    <message>
        <source>start of the day</source>
        <translation>dagens början</translation>
    </message>
    <message>
        <source>The cash float in the drawer (växelkassa), for example %1:</source>
        <translation>Växelkassan i lådan, till exempel %1:</translation>
    </message>
    <message>
        <source>Type the float in the drawer, for example %1.</source>
        <translation>Skriv växelkassan i lådan, till exempel %1.</translation>
    </message>
    <message>
        <source>The float was not recorded: %1</source>
        <translation>Växelkassan registrerades inte: %1</translation>
    </message>
    <message>
        <source>Cash float %1 (change %2).</source>
        <translation>Växelkassa %1 (ändring %2).</translation>
    </message>
    <message>
        <source>This till has no cash drawer.</source>
        <translation>Kassan har ingen kassalåda.</translation>
    </message>
    <message>
        <source>Why does the float change?</source>
        <translation>Varför ändras växelkassan?</translation>
    </message>
    <message>
        <source>Say why, for example: to the bank.</source>
        <translation>Säg varför, till exempel: till banken.</translation>
    </message>
    <message>
        <source>Why open the drawer? (optional)</source>
        <translation>Varför öppna lådan? (frivilligt)</translation>
    </message>
    <message>
        <source>The drawer stays shut: %1</source>
        <translation>Lådan förblir stängd: %1</translation>
    </message>
    <message>
        <source>No sale: the drawer is opened.</source>
        <translation>Ingen försäljning: lådan öppnas.</translation>
    </message>
    <message>
        <source>ÖVNINGSLÄGE — training mode: sales are training receipts, not real sales</source>
        <translation>ÖVNINGSLÄGE — försäljningen ger övningskvitton, inte riktig försäljning</translation>
    </message>
    <message>
        <source>Kassa — %1 — ÖVNINGSLÄGE (training)</source>
        <translation>Kassa — %1 — ÖVNINGSLÄGE</translation>
    </message>
    <message>
        <source>About Kassa</source>
        <translation>Om Kassa</translation>
    </message>
    <message>
        <source>The journal could not be read for the receipt&apos;s control code: %1</source>
        <translation>Journalen kunde inte läsas för kvittots kontrollkod: %1</translation>
    </message>
    <message>
        <source>The copy of receipt %1 is printed when the control unit has signed it.</source>
        <translation>Kopian av kvitto %1 skrivs ut när kontrollenheten har signerat den.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Skrivare: %1</translation>
    </message>
    <message>
        <source>%1 is not a loyalty card or coupon of this shop.</source>
        <translation>%1 är inget stamkort eller kupong i den här butiken.</translation>
    </message>
    <message>
        <source>The coupon %1 is on this sale already.</source>
        <translation>Kupongen %1 finns redan på detta köp.</translation>
    </message>
    <message>
        <source>The coupon %1 has been used already: each coupon is good once.</source>
        <translation>Kupongen %1 är redan använd: varje kupong gäller en gång.</translation>
    </message>
    <message>
        <source>The coupon %1 is blocked by the shop.</source>
        <translation>Kupongen %1 är spärrad av butiken.</translation>
    </message>
    <message>
        <source>Loyalty card %1 %2</source>
        <translation>Stamkort %1 %2</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Kupong %1</translation>
    </message>
    <message>
        <source>%1 is on the sale: -%2. %3.</source>
        <translation>%1 är med på köpet: -%2. %3.</translation>
    </message>
    <message>
        <source>%1 is on the sale; its discount follows the products.</source>
        <translation>%1 är med på köpet; rabatten följer varorna.</translation>
    </message>
    <message>
        <source>%1 is on the sale.</source>
        <translation>%1 är med på köpet.</translation>
    </message>
    <message>
        <source>Pro forma</source>
        <translation>Proforma</translation>
    </message>
    <message>
        <source>The cart is empty: a pro forma receipt shows a cart before payment.</source>
        <translation>Varukorgen är tom: ett proformakvitto visar en varukorg före betalning.</translation>
    </message>
    <message>
        <source>The pro forma receipt could not be journaled: %1</source>
        <translation>Proformakvittot kunde inte journalföras: %1</translation>
    </message>
    <message>
        <source>Pro forma receipt %1 is printed when the control unit has signed it: %2</source>
        <translation>Proformakvitto %1 skrivs ut när kontrollenheten har signerat det: %2</translation>
    </message>
    <message>
        <source>Pro forma receipt %1</source>
        <translation>Proformakvitto %1</translation>
    </message>
    <message>
        <source>Pro forma receipt %1 (EJ KVITTO) for %2. The cart is still open for payment.</source>
        <translation>Proformakvitto %1 (EJ KVITTO) på %2. Varukorgen är kvar för betalning.</translation>
    </message>
    <message>
        <source>From the customer&apos;s app: %1. New amount to pay: %2 %3.</source>
        <translation>Från kundens app: %1. Nytt belopp att betala: %2 %3.</translation>
    </message>
    <message>
        <source>The shop database cannot be reached, so the other tills cannot be asked whether the coupon %1 was used: it is not taken now (each coupon is good once).</source>
        <translation>Butiksdatabasen går inte att nå, så de andra kassorna kan inte tillfrågas om kupongen %1 har använts: den tas inte emot nu (varje kupong gäller en gång).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ControlUnitSetupWidget</name>
    <message>
        <source>Control unit</source>
        <translation>Kontrollenhet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testa</translation>
    </message>
    <message>
        <source>Save control unit</source>
        <translation>Spara kontrollenhet</translation>
    </message>
    <message>
        <source>The control unit&apos;s serial device or tcp:HOST:PORT for a unit behind a serial-to-network adapter; empty for a till without one (a webshop, or outside Sweden)</source>
        <translation>Kontrollenhetens serieport, eller tcp:VÄRD:PORT för en enhet bakom en seriell nätverksadapter; tomt för en kassa utan kontrollenhet (en webbutik, eller utanför Sverige)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>This till has no control unit: it may not sell at a Swedish counter.</source>
        <translation>Kassan har ingen kontrollenhet: den får inte sälja vid en svensk disk.</translation>
    </message>
    <message>
        <source>Kassa uses %1 from its next start.</source>
        <translation>Kassa använder %1 från nästa start.</translation>
    </message>
    <message>
        <source>Write the control unit&apos;s device first.</source>
        <translation>Skriv kontrollenhetens enhet först.</translation>
    </message>
    <message>
        <source>Asking the control unit on %1…</source>
        <translation>Frågar kontrollenheten på %1…</translation>
    </message>
    <message>
        <source>The control unit could not be saved: %1</source>
        <translation>Kontrollenheten kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Saved: no control unit. From the next start no sale waits for a signature.</source>
        <translation>Sparat: ingen kontrollenhet. Från nästa start väntar inget köp på en signatur.</translation>
    </message>
    <message>
        <source>Saved. Kassa and kassa-cli sign receipts with this unit from their next start.</source>
        <translation>Sparat. Kassa och kassa-cli signerar kvitton med den här enheten från nästa start.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerDisplayWindow</name>
    <message>
        <source>%1 — customer display</source>
        <translation>%1 — kundskärm</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Välkommen!</translation>
    </message>
    <message>
        <source>We take SEQR: pay with your phone.</source>
        <translation>Vi tar SEQR: betala med din telefon.</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Betalt — tack!</translation>
    </message>
    <message>
        <source>Payment canceled</source>
        <translation>Betalningen avbröts</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Betalningen nekades</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Ett ögonblick…</translation>
    </message>
    <message>
        <source>Pay with SEQR — scan, then confirm with your PIN</source>
        <translation>Betala med SEQR — skanna och bekräfta med din PIN-kod</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DayReportWidget</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>X report (changes nothing)</source>
        <translation>X-dagrapport (ändrar ingenting)</translation>
    </message>
    <message>
        <source>Z report (closes the day)</source>
        <translation>Z-dagrapport (stänger dagen)</translation>
    </message>
    <message>
        <source>Export the journal as CSV…</source>
        <translation>Exportera journalen som CSV…</translation>
    </message>
    <message>
        <source>Export the journal as JSON…</source>
        <translation>Exportera journalen som JSON…</translation>
    </message>
    <message>
        <source>Journal from</source>
        <translation>Journal från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Rapporten kan inte tas fram: %1</translation>
    </message>
    <message>
        <source>Z report %1 taken: the day is closed.</source>
        <translation>Z-dagrapport %1 tagen: dagen är stängd.</translation>
    </message>
    <message>
        <source>X report taken: nothing was changed.</source>
        <translation>X-dagrapport tagen: ingenting ändrades.</translation>
    </message>
    <message>
        <source>Take a report first.</source>
        <translation>Ta fram en rapport först.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1; SHA-256 %2</source>
        <translation>
            <numerusform>%n post exporterad till %1; SHA-256 %2</numerusform>
            <numerusform>%n poster exporterade till %1; SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal was not exported: %1</source>
        <translation>Journalen exporterades inte: %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Spara rapporten som PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exportera journalen</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>Skriv ut på kvittoskrivaren</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1 utskriven.</translation>
    </message>
    <message>
        <source>%1 was not printed: %2. Print it again when the printer is ready.</source>
        <translation>%1 skrevs inte ut: %2. Skriv ut den igen när skrivaren är klar.</translation>
    </message>
    <message>
        <source>The till has no receipt printer.</source>
        <translation>Kassan har ingen kvittoskrivare.</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-dagrapport %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-dagrapport</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Skriver ut %1…</translation>
    </message>
</context>
<context>
    <name>kassa::ui::EndOfDayWidget</name>
    <message>
        <source>The whole shop</source>
        <translation>Hela butiken</translation>
    </message>
    <message>
        <source>This till only</source>
        <translation>Bara den här kassan</translation>
    </message>
    <message>
        <source>Close &amp;&amp; reconcile</source>
        <translation>Stäng &amp;&amp; stäm av</translation>
    </message>
    <message>
        <source>Close and reconcile</source>
        <translation>Stäng och stäm av</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>SEQR reference</source>
        <translation>SEQR-referens</translation>
    </message>
    <message>
        <source>At SEQR</source>
        <translation>Hos SEQR</translation>
    </message>
    <message>
        <source>In Kassa</source>
        <translation>I Kassa</translation>
    </message>
    <message>
        <source>Closing the period at SEQR…</source>
        <translation>Stänger perioden hos SEQR…</translation>
    </message>
    <message>
        <source>Waiting for SEQR&apos;s report (attempt %1 of %2)…</source>
        <translation>Väntar på SEQR:s rapport (försök %1 av %2)…</translation>
    </message>
    <message>
        <source>The day could not be closed: %1</source>
        <translation>Dagen kunde inte stängas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Period %1 closed. SEQR and the journal agree: %n payment(s) match.</source>
        <translation>
            <numerusform>Period %1 stängd. SEQR och journalen stämmer: %n betalning matchar.</numerusform>
            <numerusform>Period %1 stängd. SEQR och journalen stämmer: %n betalningar matchar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period %1 closed. DIFFERENCES: %2 only at SEQR, %3 only in Kassa, %4 with different amounts.</source>
        <translation>Period %1 stängd. AVVIKELSER: %2 bara hos SEQR, %3 bara i Kassa, %4 med olika belopp.</translation>
    </message>
    <message numerus="yes">
        <source> (%n row(s) belong to the shop&apos;s other tills.)</source>
        <translation>
            <numerusform> (%n rad hör till butikens andra kassor.)</numerusform>
            <numerusform> (%n rader hör till butikens andra kassor.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Stämmer</translation>
    </message>
    <message>
        <source>Only at SEQR</source>
        <translation>Bara hos SEQR</translation>
    </message>
    <message>
        <source>Only in Kassa</source>
        <translation>Bara i Kassa</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Beloppet skiljer</translation>
    </message>
    <message>
        <source> (refund)</source>
        <translation> (återbetalning)</translation>
    </message>
    <message>
        <source>Save the Z report as PDF</source>
        <translation>Spara Z-rapporten som PDF</translation>
    </message>
    <message>
        <source>Export the Z report as CSV</source>
        <translation>Exportera Z-rapporten som CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>Close SEQR&apos;s period for this till only (%1)?</source>
        <translation>Stänga SEQR-perioden för bara den här kassan (%1)?</translation>
    </message>
    <message>
        <source>Close SEQR&apos;s period for the whole shop (every till)?</source>
        <translation>Stänga SEQR-perioden för hela butiken (alla kassor)?</translation>
    </message>
    <message>
        <source>It covers everything since the last close, %1.</source>
        <translation>Den omfattar allt sedan förra stängningen, %1.</translation>
    </message>
    <message>
        <source>It covers everything since the journal began.</source>
        <translation>Den omfattar allt sedan journalen började.</translation>
    </message>
    <message numerus="yes">
        <source>In this till&apos;s journal: %n sale(s) of %1 (SEQR %2).</source>
        <translation>
            <numerusform>I kassans journal: %n försäljning på %1 (SEQR %2).</numerusform>
            <numerusform>I kassans journal: %n försäljningar på %1 (SEQR %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) of %1 in all.</source>
        <translation>
            <numerusform>%n återbetalning på sammanlagt %1.</numerusform>
            <numerusform>%n återbetalningar på sammanlagt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kassa then fetches SEQR&apos;s report and matches it with the journal. A closed period cannot be opened again.</source>
        <translation>Kassa hämtar sedan SEQR:s rapport och stämmer av den mot journalen. En stängd period kan inte öppnas igen.</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>Stäng perioden</translation>
    </message>
    <message>
        <source>Nothing was closed.</source>
        <translation>Inget stängdes.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n payment(s) in SEQR&apos;s report were already reconciled by an earlier close.)</source>
        <translation>
            <numerusform> (%n betalning i SEQR:s rapport var redan avstämd vid en tidigare stängning.)</numerusform>
            <numerusform> (%n betalningar i SEQR:s rapport var redan avstämda vid en tidigare stängning.)</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not be read, so nothing was closed: %1</source>
        <translation>Journalen kunde inte läsas, så inget stängdes: %1</translation>
    </message>
    <message>
        <source>The journal could not be read, so there is no Z report: %1</source>
        <translation>Journalen kunde inte läsas, så det finns ingen Z-rapport: %1</translation>
    </message>
    <message>
        <source>The shop database could not be read (%1): only this till&apos;s payments were matched.</source>
        <translation>Butiksdatabasen kunde inte läsas (%1): bara den här kassans betalningar stämdes av.</translation>
    </message>
    <message>
        <source>Not final: %1 had not sent everything to the shop database yet.</source>
        <translation>Inte slutgiltigt: %1 hade inte skickat allt till butiksdatabasen än.</translation>
    </message>
    <message>
        <source>The Z report of the day could not be taken: %1</source>
        <translation>Dagens Z-dagrapport kunde inte tas: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::HourChartWidget</name>
    <message>
        <source>Sales (%1)</source>
        <translation>Försäljning (%1)</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Timme på dygnet</translation>
    </message>
</context>
<context>
    <name>kassa::ui::JournalWidget</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Search: receipt number, SEQR reference, item</source>
        <translation>Sök: kvittonummer, SEQR-referens, vara</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Skriv ut kvittokopia</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Betalt med</translation>
    </message>
    <message>
        <source>SEQR reference</source>
        <translation>SEQR-referens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>kontant</translation>
    </message>
    <message>
        <source>SEQR</source>
        <translation>SEQR</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>slutförd</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>SEQR refund</source>
        <translation>SEQR-återbetalning</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>återbetalning %1</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Återbetala…</translation>
    </message>
    <message>
        <source>The journal could not be read, so nothing is shown: %1 Try again; if it persists, call support before taking more payments.</source>
        <translation>Journalen kunde inte läsas, så inget visas: %1 Försök igen; om det kvarstår, ring supporten innan du tar fler betalningar.</translation>
    </message>
    <message>
        <source>Search: receipt number, SEQR reference, item, till</source>
        <translation>Sök: kvittonummer, SEQR-referens, vara, kassa</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>this till</source>
        <translation>den här kassan</translation>
    </message>
    <message>
        <source>Only this till&apos;s sales and refunds are shown: the shop database cannot be reached now, so the other tills&apos; cannot be shown. Try again later.</source>
        <translation>Bara den här kassans köp och återbetalningar visas: butiksdatabasen kan inte nås just nu, så de andra kassornas kan inte visas. Försök igen senare.</translation>
    </message>
    <message>
        <source>Not all of the other tills&apos; sales are shown: more match than fit. Narrow the search.</source>
        <translation>Alla de andra kassornas köp visas inte: fler träffar än som får plats. Begränsa sökningen.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2 was paid in cash: refund it in cash.</source>
        <translation>Kvitto %1 från %2 betalades kontant: återbetala kontant.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Skriv ut igen</translation>
    </message>
    <message>
        <source>%1, training (ÖVNINGSKVITTO): not a sale</source>
        <translation>%1, övning (ÖVNINGSKVITTO): ingen försäljning</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LoyaltyWidget</name>
    <message>
        <source>Points only (one point per whole krona paid)</source>
        <translation>Bara poäng (en poäng per hel betald krona)</translation>
    </message>
    <message>
        <source>The shop&apos;s loyalty programmes and coupons:</source>
        <translation>Butikens stamkundsprogram och kuponger:</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Ta bort den valda</translation>
    </message>
    <message>
        <source>Add a loyalty programme</source>
        <translation>Lägg till ett stamkundsprogram</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tokentyp</translation>
    </message>
    <message>
        <source>Card numbers (pattern)</source>
        <translation>Kortnummer (mönster)</translation>
    </message>
    <message>
        <source>Name on receipts</source>
        <translation>Namn på kvitton</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Procent rabatt</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Lägg till program</translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation>Lägg till en kupong</translation>
    </message>
    <message>
        <source>50.00 or 10%</source>
        <translation>50,00 eller 10%</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Off (an amount or a percentage)</source>
        <translation>Rabatt (ett belopp eller en procentsats)</translation>
    </message>
    <message>
        <source>Add coupon</source>
        <translation>Lägg till kupong</translation>
    </message>
    <message>
        <source>points only</source>
        <translation>bara poäng</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1 % rabatt</translation>
    </message>
    <message>
        <source>Programme %1 (%2): cards %3, %4</source>
        <translation>Program %1 (%2): kort %3, %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off (blocked)</source>
        <translation>Kupong %1: %2 rabatt (spärrad)</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off, once per code</source>
        <translation>Kupong %1: %2 rabatt, en gång per kod</translation>
    </message>
    <message>
        <source>None: the till has no loyalty flow.</source>
        <translation>Inga: kassan har inget stamkundsflöde.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Type the percent off as a number, like 10, or choose points only.</source>
        <translation>Skriv rabatten i procent som ett tal, t.ex. 10, eller välj bara poäng.</translation>
    </message>
    <message>
        <source>The programme cannot be added: %1</source>
        <translation>Programmet kan inte läggas till: %1</translation>
    </message>
    <message>
        <source>Programme %1 saved: its cards are recognised at the next scan.</source>
        <translation>Programmet %1 sparat: dess kort känns igen vid nästa skanning.</translation>
    </message>
    <message>
        <source>Type what the coupon takes off: an amount like 50.00 or a percentage like 10%.</source>
        <translation>Skriv vad kupongen drar av: ett belopp som 50,00 eller en procentsats som 10%.</translation>
    </message>
    <message>
        <source>The coupon cannot be added: %1</source>
        <translation>Kupongen kan inte läggas till: %1</translation>
    </message>
    <message>
        <source>Coupon %1 saved: good once.</source>
        <translation>Kupongen %1 sparad: gäller en gång.</translation>
    </message>
    <message>
        <source>Choose a programme or coupon in the list first.</source>
        <translation>Välj först ett program eller en kupong i listan.</translation>
    </message>
    <message>
        <source>Coupon %1 removed.</source>
        <translation>Kupongen %1 borttagen.</translation>
    </message>
    <message>
        <source>Programme %1 removed.</source>
        <translation>Programmet %1 borttaget.</translation>
    </message>
    <message>
        <source>The code is a pattern for a series of codes</source>
        <translation>Koden är ett mönster för en serie koder</translation>
    </message>
    <message>
        <source>Block or unblock the chosen coupon</source>
        <translation>Spärra eller häv spärren för den valda kupongen</translation>
    </message>
    <message>
        <source>e.g. 7350001, C2 (empty: the whole sale)</source>
        <translation>t.ex. 7350001, C2 (tomt: hela köpet)</translation>
    </message>
    <message>
        <source>Only product groups (SKU or EAN prefixes)</source>
        <translation>Bara varugrupper (början av artikelnummer eller EAN)</translation>
    </message>
    <message>
        <source>Block this code</source>
        <translation>Spärra den här koden</translation>
    </message>
    <message>
        <source>%1 % off product groups %2</source>
        <translation>%1 % rabatt på varugrupperna %2</translation>
    </message>
    <message>
        <source>Coupon series %1 saved: each code good once.</source>
        <translation>Kupongserien %1 sparad: varje kod gäller en gång.</translation>
    </message>
    <message>
        <source>The coupon cannot be changed: %1</source>
        <translation>Kupongen kan inte ändras: %1</translation>
    </message>
    <message>
        <source>Coupon %1 blocked: it is refused from now on.</source>
        <translation>Kupongen %1 är spärrad: den nekas från och med nu.</translation>
    </message>
    <message>
        <source>Coupon %1 unblocked.</source>
        <translation>Kupongen %1 är inte längre spärrad.</translation>
    </message>
    <message>
        <source>Choose a coupon in the list first.</source>
        <translation>Välj först en kupong i listan.</translation>
    </message>
    <message>
        <source>Type the coupon&apos;s code first.</source>
        <translation>Skriv först kupongens kod.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ManagerWindow</name>
    <message>
        <source>Kassa — manager</source>
        <translation>Kassa — chef</translation>
    </message>
    <message>
        <source>Till setup</source>
        <translation>Kassainställning</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Återbetalningar</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Dagsavslut</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Shop &amp;&amp; receipts</source>
        <translation>Butik &amp;&amp; kvitton</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>X/Z reports &amp;&amp; export</source>
        <translation>X/Z-rapporter &amp;&amp; export</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <source>Loyalty &amp;&amp; coupons</source>
        <translation>Stamkunder &amp;&amp; kuponger</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrderQueueWidget</name>
    <message>
        <source>Orders to hand over</source>
        <translation>Beställningar att lämna ut</translation>
    </message>
    <message>
        <source>No orders waiting.</source>
        <translation>Inga beställningar väntar.</translation>
    </message>
    <message>
        <source>Not connected to the order service: new orders arrive when the connection is back.</source>
        <translation>Inte ansluten till beställningstjänsten: nya beställningar kommer när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Beställning %1 · %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Utlämnad</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentDialog</name>
    <message>
        <source>Cancel payment</source>
        <translation>Avbryt betalningen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>SEQR payment</source>
        <translation>SEQR-betalning</translation>
    </message>
    <message>
        <source>Connection problem: SEQR does not answer. Kassa keeps trying — ask the customer to wait.</source>
        <translation>Anslutningsproblem: SEQR svarar inte. Kassa fortsätter försöka — be kunden vänta.</translation>
    </message>
    <message>
        <source>Sending the invoice to SEQR…</source>
        <translation>Skickar fakturan till SEQR…</translation>
    </message>
    <message>
        <source>Waiting for the customer to scan the code and confirm with their PIN.</source>
        <translation>Väntar på att kunden skannar koden och bekräftar med sin PIN-kod.</translation>
    </message>
    <message>
        <source>The customer has not paid yet. Try again, or cancel the payment?</source>
        <translation>Kunden har inte betalat än. Försöka igen eller avbryta betalningen?</translation>
    </message>
    <message>
        <source>Canceling the payment…</source>
        <translation>Avbryter betalningen…</translation>
    </message>
    <message>
        <source>Paid. Recording the sale…</source>
        <translation>Betalt. Bokför köpet…</translation>
    </message>
    <message>
        <source>Paid. SEQR reference %1, receipt %2.</source>
        <translation>Betalt. SEQR-referens %1, kvitto %2.</translation>
    </message>
    <message>
        <source>Payment canceled. Nothing was paid.</source>
        <translation>Betalningen avbröts. Inget betalades.</translation>
    </message>
    <message>
        <source>The payment was declined. Nothing was paid.</source>
        <translation>Betalningen nekades. Inget betalades.</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>Betalningen kunde inte startas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left in this round</source>
        <translation>
            <numerusform>%n sekund kvar i den här rundan</numerusform>
            <numerusform>%n sekunder kvar i den här rundan</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid (SEQR reference %1), but the journal cannot record the sale: %2 Note the reference: the payment is safe at SEQR and the end-of-day reconciliation lists it.</source>
        <translation>Betalt (SEQR-referens %1), men journalen kan inte registrera köpet: %2 Anteckna referensen: betalningen är säker hos SEQR och dagens avstämning visar den.</translation>
    </message>
    <message>
        <source>The payment cannot be canceled now: the customer is confirming it on their phone. Wait for the outcome.</source>
        <translation>Betalningen kan inte avbrytas nu: kunden bekräftar den i telefonen. Vänta på resultatet.</translation>
    </message>
    <message>
        <source>The payment could not be canceled; it is still open. Try again in a moment.</source>
        <translation>Betalningen kunde inte avbrytas; den är fortfarande öppen. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Cancel this SEQR payment? The customer has not paid yet.</source>
        <translation>Avbryta den här SEQR-betalningen? Kunden har inte betalat än.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Fortsätt vänta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PinDialog</name>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>No manager PIN is set yet. Choose one (at least 4 digits) and type it twice.</source>
        <translation>Ingen chefs-PIN är vald än. Välj en (minst 4 siffror) och skriv den två gånger.</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN:</source>
        <translation>Chefens PIN-kod:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Spara PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>För många fel PIN-koder. Försök igen om %n sekund.</numerusform>
            <numerusform>För många fel PIN-koder. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>De två PIN-koderna skiljer sig. Skriv den nya PIN-koden två gånger.</translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation>PIN-koden kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits, and digits only.</source>
        <translation>En PIN-kod har minst 4 siffror, och bara siffror.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Fel PIN-kod. För många fel: försök igen om %n sekund.</numerusform>
            <numerusform>Fel PIN-kod. För många fel: försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked: %1</source>
        <translation>PIN-koden kan inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN file is missing. Restore manager.json from the backup, or reset the PIN with the shop&apos;s SEQR credentials: kassa-cli terminal reset-manager-pin.</source>
        <translation>Chefens PIN-fil saknas. Återställ manager.json från säkerhetskopian, eller återställ PIN-koden med butikens SEQR-inloggning: kassa-cli terminal reset-manager-pin.</translation>
    </message>
    <message>
        <source>You may try the PIN again now.</source>
        <translation>Du kan pröva PIN-koden igen nu.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PriceEditWidget</name>
    <message>
        <source>Change the price</source>
        <translation>Ändra priset</translation>
    </message>
    <message>
        <source>Scan or type the barcode</source>
        <translation>Skanna eller skriv streckkoden</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Streckkod</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Nytt pris</translation>
    </message>
    <message>
        <source>No product has the barcode %1.</source>
        <translation>Ingen vara har streckkoden %1.</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, nu %2</translation>
    </message>
    <message>
        <source>The price is not an amount: type it as 24.90.</source>
        <translation>Priset är inget belopp: skriv det som 24,90.</translation>
    </message>
    <message>
        <source>%1: %2 → %3, journaled.</source>
        <translation>%1: %2 → %3, journalfört.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PrinterSetupWidget</name>
    <message>
        <source>Receipt printer</source>
        <translation>Kvittoskrivare</translation>
    </message>
    <message>
        <source>Cut the paper after each receipt</source>
        <translation>Skär av papperet efter varje kvitto</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>Spara skrivaren</translation>
    </message>
    <message>
        <source>escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, escpos:cups:QUEUE (a raw queue), a system printer&apos;s name, or empty for PDFs only</source>
        <translation>escpos:usb:ENHET, escpos:tcp:VÄRD:PORT, escpos:serial:ENHET:BAUD, escpos:cups:KÖ (en rå kö), en systemskrivares namn, eller tomt för bara PDF:er</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 tecken)</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 tecken)</translation>
    </message>
    <message>
        <source>PC865, PC858 where € is needed</source>
        <translation>PC865, PC858 där € behövs</translation>
    </message>
    <message>
        <source>PC865 only (a printer without PC858)</source>
        <translation>Bara PC865 (en skrivare utan PC858)</translation>
    </message>
    <message>
        <source>PC858 always</source>
        <translation>Alltid PC858</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>Stift 2</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Stift 5</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A PNG printed at the top of every receipt (optional)</source>
        <translation>En PNG som skrivs överst på varje kvitto (valfritt)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassalåda</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>That printer cannot be used: %1</source>
        <translation>Den skrivaren kan inte användas: %1</translation>
    </message>
    <message>
        <source>A test print needs an ESC/POS printer (escpos:…).</source>
        <translation>En testutskrift kräver en ESC/POS-skrivare (escpos:…).</translation>
    </message>
    <message>
        <source>The logo cannot be read (%1); printing without it…</source>
        <translation>Logotypen kan inte läsas (%1); skriver ut utan den…</translation>
    </message>
    <message>
        <source>Printing a test page on %1…</source>
        <translation>Skriver ut en testsida på %1…</translation>
    </message>
    <message>
        <source>The test page was printed on %1.</source>
        <translation>Testsidan skrevs ut på %1.</translation>
    </message>
    <message>
        <source>The printer could not be saved: %1</source>
        <translation>Skrivaren kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Saved. Kassa and kassa-cli print this way from their next start.</source>
        <translation>Sparat. Kassa och kassa-cli skriver ut så från nästa start.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductSearchDialog</name>
    <message>
        <source>Find a product</source>
        <translation>Hitta en vara</translation>
    </message>
    <message>
        <source>Name, SKU or EAN:</source>
        <translation>Namn, artikelnummer eller EAN:</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Lägg i varukorgen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source> /kg</source>
        <translation> /kg</translation>
    </message>
</context>
<context>
    <name>kassa::ui::QuantityText</name>
    <message>
        <source>(at most %1 kg)</source>
        <translation>(högst %1 kg)</translation>
    </message>
    <message>
        <source>(1 to %1)</source>
        <translation>(1 till %1)</translation>
    </message>
    <message>
        <source>Type the weight in kg, for example %1.</source>
        <translation>Skriv vikten i kg, till exempel %1.</translation>
    </message>
    <message>
        <source>Type how many, a whole number from 1 to %1.</source>
        <translation>Skriv hur många, ett heltal från 1 till %1.</translation>
    </message>
    <message>
        <source>A weight has at most 3 decimals (grams).</source>
        <translation>En vikt har högst 3 decimaler (gram).</translation>
    </message>
    <message>
        <source>%1 is sold by the piece: whole numbers only.</source>
        <translation>%1 säljs per styck: bara heltal.</translation>
    </message>
    <message>
        <source>At most %1 pieces in one row.</source>
        <translation>Högst %1 stycken på en rad.</translation>
    </message>
    <message>
        <source>A weight is at most %1 kg.</source>
        <translation>En vikt är högst %1 kg.</translation>
    </message>
    <message>
        <source>%1 is more cash than this till takes for one sale.</source>
        <translation>%1 är mer kontanter än den här kassan tar emot för ett köp.</translation>
    </message>
    <message>
        <source>%1 is more than %2 times what is to pay.</source>
        <translation>%1 är mer än %2 gånger det som ska betalas.</translation>
    </message>
    <message>
        <source>Did you mean %1? %2 Press OK again to take %3.</source>
        <translation>Menade du %1? %2 Tryck OK igen för att ta emot %3.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RefundDoubtPanel</name>
    <message>
        <source>Read SEQR&apos;s report again</source>
        <translation>Läs SEQR:s rapport igen</translation>
    </message>
    <message>
        <source>Refunded at SEQR</source>
        <translation>Återbetald hos SEQR</translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation>Återbetalas ej</translation>
    </message>
    <message>
        <source>The refund&apos;s reference at SEQR</source>
        <translation>Återbetalningens referens hos SEQR</translation>
    </message>
    <message>
        <source>What you saw: SEQR&apos;s report, its back office, the customer</source>
        <translation>Vad du såg: SEQR:s rapport, dess administration, kunden</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>Återbetalningsreferens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No other refund of this payment until it is settled.</source>
        <translation>Ingen annan återbetalning av denna betalning förrän den är avgjord.</translation>
    </message>
    <message>
        <source>Reading SEQR&apos;s report…</source>
        <translation>Läser SEQR:s rapport…</translation>
    </message>
    <message>
        <source>Type the refund&apos;s reference at SEQR, or choose Not refunded.</source>
        <translation>Skriv återbetalningens referens hos SEQR, eller välj Återbetalas ej.</translation>
    </message>
    <message>
        <source>Write what you saw in the note first.</source>
        <translation>Skriv först i anteckningen vad du såg.</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>Inte avgjord: %1</translation>
    </message>
    <message>
        <source>The refund of %1 is settled as made at SEQR (refund %2).</source>
        <translation>Återbetalningen på %1 är avgjord som gjord hos SEQR (återbetalning %2).</translation>
    </message>
    <message>
        <source>The refund of %1 is settled as not made; the payment may be refunded again.</source>
        <translation>Återbetalningen på %1 är avgjord som inte gjord; betalningen får återbetalas igen.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RefundWidget</name>
    <message>
        <source>Refund the whole sale</source>
        <translation>Återbetala hela köpet</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetala</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s SEQR barcode, or type a receipt number like #12</source>
        <translation>Skanna kvittots SEQR-streckkod, eller skriv ett kvittonummer som #12</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sålt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Återbetala antal</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Belopp att återbetala</translation>
    </message>
    <message>
        <source>No sale found for %1.</source>
        <translation>Inget köp hittades för %1.</translation>
    </message>
    <message>
        <source>Receipt %1 was not paid with SEQR; refund it in cash.</source>
        <translation>Kvitto %1 betalades inte med SEQR; återbetala kontant.</translation>
    </message>
    <message>
        <source>Find a sale to refund.</source>
        <translation>Hitta ett köp att återbetala.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 %4. SEQR reference %5. Still refundable: %6.</source>
        <translation>Kvitto %1 från %2: %3 %4. SEQR-referens %5. Kan återbetalas: %6.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Type the amount to refund, or choose rows.</source>
        <translation>Skriv beloppet att återbetala, eller välj rader.</translation>
    </message>
    <message>
        <source>At most %1 of this payment can still be refunded; nothing was sent to SEQR.</source>
        <translation>Högst %1 av betalningen kan fortfarande återbetalas; inget skickades till SEQR.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Återbetalar…</translation>
    </message>
    <message>
        <source>Not refunded: %1</source>
        <translation>Inte återbetalt: %1</translation>
    </message>
    <message>
        <source>Refunded %1. Refund reference %2. Still refundable: %3.</source>
        <translation>Återbetalt %1. Återbetalningsreferens %2. Kan fortfarande återbetalas: %3.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Redan återbetalt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This sale was not paid with SEQR; refund it in cash.</source>
        <translation>Köpet betalades inte med SEQR; återbetala kontant.</translation>
    </message>
    <message>
        <source>Row %1: at most %2 can still be refunded of what was sold.</source>
        <translation>Rad %1: högst %2 av det sålda kan fortfarande återbetalas.</translation>
    </message>
    <message>
        <source>The amount is more than the chosen rows are worth; nothing was sent to SEQR.</source>
        <translation>Beloppet är mer än de valda raderna är värda; inget skickades till SEQR.</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2.</source>
        <translation>%1 är inte ett belopp i %2.</translation>
    </message>
    <message>
        <source>Confirm the refund.</source>
        <translation>Bekräfta återbetalningen.</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Återbetala %1</translation>
    </message>
    <message>
        <source>Not refunded: canceled, nothing was sent to SEQR.</source>
        <translation>Inte återbetalt: avbrutet, inget skickades till SEQR.</translation>
    </message>
    <message>
        <source>Refund %1 %2 of receipt %3 to the customer&apos;s SEQR account (payment %4)?</source>
        <translation>Återbetala %1 %2 av kvitto %3 till kundens SEQR-konto (betalning %4)?</translation>
    </message>
    <message>
        <source>%1 × %2 at %3: %4</source>
        <translation>%1 × %2 à %3: %4</translation>
    </message>
    <message>
        <source>An amount, not rows: no row is marked as refunded.</source>
        <translation>Ett belopp, inte rader: ingen rad markeras som återbetald.</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>Moms %1 %: %2</translation>
    </message>
    <message>
        <source>Still refundable afterwards: %1. This cannot be undone.</source>
        <translation>Kvar att återbetala efteråt: %1. Det kan inte ångras.</translation>
    </message>
    <message>
        <source>The journal could not be read: %1 Try again.</source>
        <translation>Journalen kunde inte läsas: %1 Försök igen.</translation>
    </message>
    <message>
        <source>Sold at %1 (from the shop database).</source>
        <translation>Såld i %1 (från butiksdatabasen).</translation>
    </message>
    <message>
        <source>Give %1 back in cash (paid in cash).</source>
        <translation>Ge tillbaka %1 kontant (betalt kontant).</translation>
    </message>
    <message>
        <source>No sale found for %1 in this till&apos;s journal, and %2.</source>
        <translation>Ingen försäljning hittades för %1 i denna kassas journal, och %2.</translation>
    </message>
    <message>
        <source>Not refunded: %1; nothing was sent to SEQR.</source>
        <translation>Inte återbetald: %1; inget skickades till SEQR.</translation>
    </message>
    <message>
        <source>At most %1 can still be given back in cash (what was paid in cash); nothing was sent to SEQR.</source>
        <translation>Högst %1 kan fortfarande ges tillbaka kontant (det som betalades kontant); inget skickades till SEQR.</translation>
    </message>
    <message>
        <source>Given back in cash besides: %1 (paid in cash).</source>
        <translation>Ges dessutom tillbaka kontant: %1 (betalt kontant).</translation>
    </message>
    <message>
        <source>Not refunded of these rows: %1.</source>
        <translation>Återbetalas ej av dessa rader: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ServiceCodesWidget</name>
    <message>
        <source>Service codes…</source>
        <translation>Tjänstekoder…</translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation>Skanna och beställ</translation>
    </message>
    <message>
        <source>This till knows no order service (orderService in its configuration), so it has no codes to print. kassa-web service-codes prints them where the service is set up.</source>
        <translation>Den här kassan känner ingen beställningstjänst (orderService i dess konfiguration), så den har inga koder att skriva ut. kassa-web service-codes skriver ut dem där tjänsten är uppsatt.</translation>
    </message>
    <message>
        <source>The order service %1 has no codes yet (tables, counters, shelves): add them with kassa-web service-codes.</source>
        <translation>Beställningstjänsten %1 har inga koder än (bord, diskar, hyllor): lägg till dem med kassa-web service-codes.</translation>
    </message>
    <message numerus="yes">
        <source>A4 sheet of the %n code(s) of the order service %1, to print and put on the tables.</source>
        <translation>
            <numerusform>Ett A4-ark med %n kod för beställningstjänsten %1, att skriva ut och ställa på borden.</numerusform>
            <numerusform>Ett A4-ark med %n koder för beställningstjänsten %1, att skriva ut och ställa på borden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sheet of service codes as a PDF</source>
        <translation>Spara arket med tjänstekoder som PDF</translation>
    </message>
    <message>
        <source>Save the service codes as PDF</source>
        <translation>Spara tjänstekoderna som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The service codes were not saved: %1 cannot be written (%2). Choose a folder you can write to, e.g. on a USB stick.</source>
        <translation>Tjänstekoderna sparades inte: %1 går inte att skriva (%2). Välj en mapp du kan skriva i, t.ex. på ett USB-minne.</translation>
    </message>
    <message>
        <source>The service codes were not saved: %1</source>
        <translation>Tjänstekoderna sparades inte: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n service code(s) in %1. Print it at actual size (100 %), not fitted to the page.</source>
        <translation>
            <numerusform>Sparade %n tjänstekod i %1. Skriv ut i verklig storlek (100 %), inte anpassad till sidan.</numerusform>
            <numerusform>Sparade %n tjänstekoder i %1. Skriv ut i verklig storlek (100 %), inte anpassad till sidan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShopSettingsWidget</name>
    <message>
        <source>Receipts in Swedish and English (otherwise in the till&apos;s language only)</source>
        <translation>Kvitton på svenska och engelska (annars bara på kassans språk)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Butikens namn</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Gata och nummer
Postnummer och ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>e.g. 556677-8899</source>
        <translation>t.ex. 556677-8899</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Saved. The next receipt shows it.</source>
        <translation>Sparat. Nästa kvitto visar det.</translation>
    </message>
    <message>
        <source>Training mode (övningsläge): every sale is a training receipt, outside the day&apos;s sales, VAT and grand totals</source>
        <translation>Övningsläge: varje försäljning ger ett övningskvitto, utanför dagens försäljning, moms och grand total</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Cash register</source>
        <translation>Kassaregister</translation>
    </message>
    <message>
        <source>Training mode was not changed: %1</source>
        <translation>Övningsläget ändrades inte: %1</translation>
    </message>
    <message>
        <source>Training mode is on: sales are training receipts (ÖVNINGSKVITTO).</source>
        <translation>Övningsläget är på: försäljningen ger övningskvitton (ÖVNINGSKVITTO).</translation>
    </message>
    <message>
        <source>Training mode is off: sales are real.</source>
        <translation>Övningsläget är av: försäljningen är på riktigt.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShopStatusWidget</name>
    <message>
        <source>Till</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Tills of the shop:</source>
        <translation>Butikens kassor:</translation>
    </message>
    <message>
        <source>Shop database: connecting…</source>
        <translation>Butiksdatabas: ansluter…</translation>
    </message>
    <message>
        <source>Shop database: connected, everything sent.</source>
        <translation>Butiksdatabas: ansluten, allt är skickat.</translation>
    </message>
    <message numerus="yes">
        <source>Shop database: connected, sending %n record(s).</source>
        <translation>
            <numerusform>Butiksdatabas: ansluten, skickar %n post.</numerusform>
            <numerusform>Butiksdatabas: ansluten, skickar %n poster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shop database not reachable since %1; %n record(s) wait to be sent. The till keeps selling and sends them when it is back.</source>
        <translation>
            <numerusform>Butiksdatabasen har inte gått att nå sedan %1; %n post väntar på att skickas. Kassan fortsätter sälja och skickar den när databasen är tillbaka.</numerusform>
            <numerusform>Butiksdatabasen har inte gått att nå sedan %1; %n poster väntar på att skickas. Kassan fortsätter sälja och skickar dem när databasen är tillbaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TillSetupWidget</name>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Register this till</source>
        <translation>Registrera kassan</translation>
    </message>
    <message>
        <source>Assign SEQR ID</source>
        <translation>Tilldela SEQR-id</translation>
    </message>
    <message>
        <source>Unregister this till…</source>
        <translation>Avregistrera kassan…</translation>
    </message>
    <message>
        <source>SEQR service</source>
        <translation>SEQR-tjänsten</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Register with the shop&apos;s SEQR account</source>
        <translation>Registrera med butikens SEQR-konto</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>Återförsäljar-id</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Användar-id</translation>
    </message>
    <message>
        <source>Reseller password</source>
        <translation>Återförsäljarlösenord</translation>
    </message>
    <message>
        <source>External till ID</source>
        <translation>Externt kassa-id</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Kassans namn</translation>
    </message>
    <message>
        <source>The reseller password is used for this one registration and is not stored.</source>
        <translation>Återförsäljarlösenordet används bara för den här registreringen och sparas inte.</translation>
    </message>
    <message>
        <source>SEQR ID (type it or scan the sticker&apos;s barcode)</source>
        <translation>SEQR-id (skriv det eller skanna dekalens streckkod)</translation>
    </message>
    <message>
        <source>SEQR ID</source>
        <translation>SEQR-id</translation>
    </message>
    <message>
        <source>This till is registered with SEQR as %1 (terminal %2). SEQR ID: %3.</source>
        <translation>Kassan är registrerad hos SEQR som %1 (terminal %2). SEQR-id: %3.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inget än</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR.</source>
        <translation>Kassan är inte registrerad hos SEQR.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Fill in the reseller ID, user ID and reseller password.</source>
        <translation>Fyll i återförsäljar-id, användar-id och återförsäljarlösenord.</translation>
    </message>
    <message>
        <source>Give the till a name (shown on the customer&apos;s phone).</source>
        <translation>Ge kassan ett namn (visas i kundens telefon).</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrerar…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Inte registrerad: %1</translation>
    </message>
    <message>
        <source>Registered. Now assign the SEQR ID from the till&apos;s sticker.</source>
        <translation>Registrerad. Tilldela nu SEQR-id:t från kassans dekal.</translation>
    </message>
    <message>
        <source>Type or scan the SEQR ID from the till&apos;s sticker.</source>
        <translation>Skriv eller skanna SEQR-id:t från kassans dekal.</translation>
    </message>
    <message>
        <source>Register the till first.</source>
        <translation>Registrera kassan först.</translation>
    </message>
    <message>
        <source>The SEQR ID was not assigned: %1</source>
        <translation>SEQR-id:t tilldelades inte: %1</translation>
    </message>
    <message>
        <source>SEQR ID %1 assigned. The till is ready for SEQR payments.</source>
        <translation>SEQR-id %1 tilldelat. Kassan är redo för SEQR-betalningar.</translation>
    </message>
    <message>
        <source>Unregister this till</source>
        <translation>Avregistrera kassan</translation>
    </message>
    <message>
        <source>Unregister this till from SEQR? It cannot take SEQR payments until it is registered again.</source>
        <translation>Avregistrera kassan från SEQR? Den kan inte ta emot SEQR-betalningar förrän den registreras igen.</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Avregistrera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Not unregistered: %1</source>
        <translation>Inte avregistrerad: %1</translation>
    </message>
    <message>
        <source>Unregistered.</source>
        <translation>Avregistrerad.</translation>
    </message>
    <message>
        <source>Use this endpoint</source>
        <translation>Använd den här adressen</translation>
    </message>
    <message>
        <source>The endpoint could not be saved: %1</source>
        <translation>Adressen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Saved. This till was registered at the previous endpoint; register it again if SEQR there does not know it.</source>
        <translation>Sparad. Kassan registrerades på den tidigare adressen; registrera den igen om SEQR där inte känner till den.</translation>
    </message>
    <message>
        <source>Saved. Kassa talks to SEQR at this endpoint from now on.</source>
        <translation>Sparad. Kassa pratar med SEQR på den här adressen från och med nu.</translation>
    </message>
</context>
<context>
    <name>kassa::web::WebShopHost</name>
    <message>
        <source>The webshop cannot listen on %1 port %2.</source>
        <translation>Webbutiken kan inte lyssna på %1 port %2.</translation>
    </message>
</context>
<context>
    <name>kassa::web::WebStrings</name>
    <message>
        <source>Webshop</source>
        <translation>Webbutik</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Sök varor</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Name, article number or EAN</source>
        <translation>Namn, artikelnummer eller EAN</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Varor</translation>
    </message>
    <message>
        <source>No products match your search.</source>
        <translation>Inga varor matchar din sökning.</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Lägg i varukorgen</translation>
    </message>
    <message>
        <source>Add %1 to the cart</source>
        <translation>Lägg %1 i varukorgen</translation>
    </message>
    <message>
        <source>%1 is in the cart.</source>
        <translation>%1 ligger i varukorgen.</translation>
    </message>
    <message>
        <source>Your cart</source>
        <translation>Din varukorg</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>Din varukorg är tom.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Antal %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation>Ta bort %1 ur varukorgen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>Moms %1 %</translation>
    </message>
    <message>
        <source>Pay with SEQR</source>
        <translation>Betala med SEQR</translation>
    </message>
    <message>
        <source>1. Scan the QR code with your SEQR app</source>
        <translation>1. Skanna QR-koden med din SEQR-app</translation>
    </message>
    <message>
        <source>2. Confirm the payment with your personal PIN</source>
        <translation>2. Godkänn betalningen med din personliga PIN-kod</translation>
    </message>
    <message>
        <source>Tap the button to pay in the SEQR app, then confirm with your PIN.</source>
        <translation>Tryck på knappen för att betala i SEQR-appen och godkänn sedan med din PIN-kod.</translation>
    </message>
    <message>
        <source>Open SEQR</source>
        <translation>Öppna SEQR</translation>
    </message>
    <message>
        <source>Get the SEQR app</source>
        <translation>Skaffa SEQR-appen</translation>
    </message>
    <message>
        <source>QR code to pay %1 with SEQR</source>
        <translation>QR-kod för att betala %1 med SEQR</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Att betala</translation>
    </message>
    <message>
        <source>Preparing your payment…</source>
        <translation>Förbereder din betalning…</translation>
    </message>
    <message>
        <source>Waiting for your payment…</source>
        <translation>Väntar på din betalning…</translation>
    </message>
    <message>
        <source>Time left to pay: %1</source>
        <translation>Tid kvar att betala: %1</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Avbryt betalningen</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Betalt — tack!</translation>
    </message>
    <message>
        <source>The payment was declined. Your cart is kept; you can try again.</source>
        <translation>Betalningen nekades. Din varukorg finns kvar; du kan försöka igen.</translation>
    </message>
    <message>
        <source>The payment was canceled. Your cart is kept.</source>
        <translation>Betalningen avbröts. Din varukorg finns kvar.</translation>
    </message>
    <message>
        <source>No payment arrived in time, so the payment was canceled. Your cart is kept.</source>
        <translation>Ingen betalning kom i tid, så betalningen avbröts. Din varukorg finns kvar.</translation>
    </message>
    <message>
        <source>SEQR cannot be reached right now. Your cart is kept: please pay another way or try again later.</source>
        <translation>SEQR går inte att nå just nu. Din varukorg finns kvar: betala på annat sätt eller försök igen senare.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>Tillbaka till varukorgen</translation>
    </message>
    <message>
        <source>The payment status cannot be fetched right now; still trying…</source>
        <translation>Betalningens status går inte att hämta just nu; försöker igen…</translation>
    </message>
    <message>
        <source>There is no payment to show.</source>
        <translation>Det finns ingen betalning att visa.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>Tack för din beställning!</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>SEQR reference</source>
        <translation>SEQR-referens</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>This receipt cannot be found.</source>
        <translation>Kvittot finns inte.</translation>
    </message>
    <message>
        <source>This order is not paid (yet).</source>
        <translation>Beställningen är inte betald (än).</translation>
    </message>
    <message>
        <source>Continue shopping</source>
        <translation>Fortsätt handla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A payment is open for this cart: finish or cancel it before changing the cart.</source>
        <translation>En betalning pågår för varukorgen: slutför eller avbryt den innan du ändrar varukorgen.</translation>
    </message>
    <message>
        <source>At most %1 of one product.</source>
        <translation>Högst %1 av en vara.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n different products in one cart.</source>
        <translation>
            <numerusform>Högst %n vara i en varukorg.</numerusform>
            <numerusform>Högst %n olika varor i en varukorg.</numerusform>
        </translation>
    </message>
    <message>
        <source>That product is not sold here.</source>
        <translation>Den varan säljs inte här.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>Antalet måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Too many payments were started from this cart. Wait a minute and try again.</source>
        <translation>För många betalningar har startats från varukorgen. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>The shop cannot take SEQR payments right now. Please try again in a moment.</source>
        <translation>Butiken kan inte ta emot SEQR-betalningar just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Your session has expired. Reload the page.</source>
        <translation>Din session har gått ut. Ladda om sidan.</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>Begäran gick inte att förstå.</translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation>Skanna och beställ</translation>
    </message>
    <message>
        <source>Scan a code with the SEQR app, or open its link on the phone.</source>
        <translation>Skanna en kod med SEQR-appen, eller öppna dess länk i telefonen.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Ett ögonblick…</translation>
    </message>
    <message>
        <source>This order link has expired. Scan the code on the table or shelf again.</source>
        <translation>Den här beställningslänken har gått ut. Skanna koden på bordet eller hyllan igen.</translation>
    </message>
    <message>
        <source>SEQR cannot be reached right now. Scan the code again in a moment, or order at the counter.</source>
        <translation>SEQR går inte att nå just nu. Skanna koden igen om en stund, eller beställ i disken.</translation>
    </message>
    <message>
        <source>Scan the code again</source>
        <translation>Skanna koden igen</translation>
    </message>
    <message>
        <source>Back to SEQR</source>
        <translation>Tillbaka till SEQR</translation>
    </message>
    <message>
        <source>What would you like?</source>
        <translation>Vad vill du ha?</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Granska beställningen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Din beställning</translation>
    </message>
    <message>
        <source>Order and pay with SEQR</source>
        <translation>Beställ och betala med SEQR</translation>
    </message>
    <message>
        <source>Confirming your payment…</source>
        <translation>Din betalning bekräftas…</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Inte betald</translation>
    </message>
    <message>
        <source>Payment canceled</source>
        <translation>Betalningen avbröts</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalningen misslyckades</translation>
    </message>
    <message>
        <source>You canceled the payment, so nothing was ordered. Your order is kept if you want to try again.</source>
        <translation>Du avbröt betalningen, så inget beställdes. Din beställning finns kvar om du vill försöka igen.</translation>
    </message>
    <message>
        <source>The payment did not go through, so nothing was ordered. Your order is kept if you want to try again.</source>
        <translation>Betalningen gick inte igenom, så inget beställdes. Din beställning finns kvar om du vill försöka igen.</translation>
    </message>
    <message>
        <source>Back to your order</source>
        <translation>Tillbaka till din beställning</translation>
    </message>
    <message>
        <source>The order number is also on your receipt in the SEQR app.</source>
        <translation>Beställningsnumret står också på ditt kvitto i SEQR-appen.</translation>
    </message>
    <message>
        <source>We bring your order to %1. If you are called, show this number at the counter.</source>
        <translation>Vi kommer med din beställning till %1. Om du blir uppropad, visa det här numret i disken.</translation>
    </message>
    <message>
        <source>Scan with the demo phone</source>
        <translation>Skanna med demotelefonen</translation>
    </message>
    <message>
        <source>The shop cannot read its records right now. Please try again in a moment.</source>
        <translation>Butiken kan inte läsa sina uppgifter just nu. Försök igen om en liten stund.</translation>
    </message>
    <message>
        <source>Too many payments were started from your address. Wait a minute and try again.</source>
        <translation>För många betalningar har startats från din adress. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>The shop is taking too many payments just now. Wait a minute and try again.</source>
        <translation>Butiken tar emot för många betalningar just nu. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>Too many new carts were started from your address. Wait a minute and try again.</source>
        <translation>För många nya varukorgar har startats från din adress. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>The shop has too many visitors just now. Wait a minute and try again.</source>
        <translation>Butiken har för många besökare just nu. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>This code is not one of the shop&apos;s. Scan the code on the table or shelf again.</source>
        <translation>Den här koden hör inte till butiken. Skanna koden på bordet eller hyllan igen.</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Kupongkod</translation>
    </message>
    <message>
        <source>Use the coupon</source>
        <translation>Använd kupongen</translation>
    </message>
    <message>
        <source>The coupon %1 is on your order.</source>
        <translation>Kupongen %1 är med i din beställning.</translation>
    </message>
    <message>
        <source>That is not a coupon of this shop.</source>
        <translation>Det är ingen kupong från den här butiken.</translation>
    </message>
    <message>
        <source>That coupon is on your order already.</source>
        <translation>Den kupongen är redan med i din beställning.</translation>
    </message>
    <message>
        <source>That coupon has been used already: each is good once.</source>
        <translation>Den kupongen har redan använts: varje kupong gäller en gång.</translation>
    </message>
    <message>
        <source>That coupon is blocked by the shop.</source>
        <translation>Den kupongen är spärrad av butiken.</translation>
    </message>
    <message>
        <source>The coupon cannot be checked just now. Try again in a while, or pay without it.</source>
        <translation>Kupongen kan inte kontrolleras just nu. Försök igen om en stund, eller betala utan den.</translation>
    </message>
    <message>
        <source>Remove the coupon</source>
        <translation>Ta bort kupongen</translation>
    </message>
    <message>
        <source>The coupon is off your order; it is good again.</source>
        <translation>Kupongen är borttagen från din beställning; den kan användas igen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kassa: a point of sale that takes SEQR payments.</source>
        <translation>Kassa: ett kassasystem som tar emot SEQR-betalningar.</translation>
    </message>
    <message>
        <source>Run against a built-in SEQR sandbox with a registered demo till and the demo catalog.</source>
        <translation>Kör mot en inbyggd SEQR-sandlåda med en registrerad demokassa och demosortimentet.</translation>
    </message>
    <message>
        <source>Demo: the sandbox pays each invoice after S seconds.</source>
        <translation>Demo: sandlådan betalar varje faktura efter S sekunder.</translation>
    </message>
    <message>
        <source>Demo: keep the demo&apos;s files in DIR.</source>
        <translation>Demo: spara demons filer i KATALOG.</translation>
    </message>
    <message>
        <source>The till&apos;s configuration file.</source>
        <translation>Kassans konfigurationsfil.</translation>
    </message>
    <message>
        <source>SEQR&apos;s endpoint URL (overrides the configuration).</source>
        <translation>SEQR:s adress (går före konfigurationen).</translation>
    </message>
    <message>
        <source>The cashier&apos;s id on invoices.</source>
        <translation>Kassörens id på fakturor.</translation>
    </message>
    <message>
        <source>Import products from a CSV file at start.</source>
        <translation>Importera varor från en CSV-fil vid start.</translation>
    </message>
    <message>
        <source>Print receipts on this printer instead of the till&apos;s: a system printer&apos;s name, or escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, escpos:cups:QUEUE (PDFs are always kept).</source>
        <translation>Skriv ut kvitton på den här skrivaren i stället för kassans: en systemskrivares namn, eller escpos:usb:ENHET, escpos:tcp:VÄRD:PORT, escpos:serial:ENHET:BAUD, escpos:cups:KÖ (PDF:er sparas alltid).</translation>
    </message>
    <message>
        <source>sv or en (default: the system&apos;s).</source>
        <translation>sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>Kassa cannot start</source>
        <translation>Kassa kan inte starta</translation>
    </message>
</context>
</TS>
