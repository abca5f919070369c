<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliApp</name>
    <message>
        <source>the till has no ESC/POS receipt printer (set &quot;printer&quot; in %1 or use --printer escpos:…)</source>
        <translation>the till has no ESC/POS receipt printer (set &quot;printer&quot; in %1 or use --printer escpos:…)</translation>
    </message>
    <message>
        <source>printer wants “test” or “status”</source>
        <translation>printer wants “test” or “status”</translation>
    </message>
    <message>
        <source>The logo is left out: %1</source>
        <translation>The logo is left out: %1</translation>
    </message>
    <message>
        <source>Test print sent to %1.</source>
        <translation>Test print sent to %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>receipt wants a receipt number</source>
        <translation>receipt wants a receipt number</translation>
    </message>
    <message>
        <source>no receipt %1: %2</source>
        <translation>no receipt %1: %2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Receipt %1 printed (a copy).</source>
        <translation>Receipt %1 printed (a copy).</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Receipt %1 printed.</translation>
    </message>
    <message>
        <source>%1 — the sale is recorded; print its receipt (its one copy) with kassa-cli receipt %2 --copy --print.</source>
        <translation>%1 — the sale is recorded; print its receipt (its one copy) with kassa-cli receipt %2 --copy --print.</translation>
    </message>
    <message>
        <source>no command given; see kassa-cli --help</source>
        <translation>no command given; see kassa-cli --help</translation>
    </message>
    <message>
        <source>Finishing payments left in flight by an earlier run…</source>
        <translation>Finishing payments left in flight by an earlier run…</translation>
    </message>
    <message>
        <source>canceled (no payment)</source>
        <translation>canceled (no payment)</translation>
    </message>
    <message>
        <source>failed (no payment)</source>
        <translation>failed (no payment)</translation>
    </message>
    <message>
        <source>still open; it will be tried again at the next start</source>
        <translation>still open; it will be tried again at the next start</translation>
    </message>
    <message>
        <source>give at least one --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;</source>
        <translation>give at least one --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;</translation>
    </message>
    <message>
        <source>--rounds wants a number of at least 1</source>
        <translation>--rounds wants a number of at least 1</translation>
    </message>
    <message>
        <source>--round-seconds wants a number of at least 1</source>
        <translation>--round-seconds wants a number of at least 1</translation>
    </message>
    <message>
        <source>Connection is back.</source>
        <translation>Connection is back.</translation>
    </message>
    <message>
        <source>No final answer yet; waiting another round.</source>
        <translation>No final answer yet; waiting another round.</translation>
    </message>
    <message>
        <source>No payment after all rounds; canceling the invoice.</source>
        <translation>No payment after all rounds; canceling the invoice.</translation>
    </message>
    <message>
        <source>Note: SEQR has not confirmed the receipt yet; it will be sent again at the next start.</source>
        <translation>Note: SEQR has not confirmed the receipt yet; it will be sent again at the next start.</translation>
    </message>
    <message>
        <source>No payment: the invoice was canceled after all rounds.</source>
        <translation>No payment: the invoice was canceled after all rounds.</translation>
    </message>
    <message>
        <source>Payment canceled.</source>
        <translation>Payment canceled.</translation>
    </message>
    <message>
        <source>The payment was declined. Nothing was paid.</source>
        <translation>The payment was declined. Nothing was paid.</translation>
    </message>
    <message>
        <source>usage: kassa-cli status INVOICE_REFERENCE</source>
        <translation>usage: kassa-cli status INVOICE_REFERENCE</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unknown status</translation>
    </message>
    <message>
        <source>usage: kassa-cli cancel INVOICE_REFERENCE</source>
        <translation>usage: kassa-cli cancel INVOICE_REFERENCE</translation>
    </message>
    <message>
        <source>the refund amount must be more than zero; nothing was sent</source>
        <translation>the refund amount must be more than zero; nothing was sent</translation>
    </message>
    <message>
        <source>  (refund)</source>
        <translation>  (refund)</translation>
    </message>
    <message>
        <source>Reconciled: SEQR and the journal agree.</source>
        <translation>Reconciled: SEQR and the journal agree.</translation>
    </message>
    <message>
        <source>DIFFERENCES FOUND — see above.</source>
        <translation>DIFFERENCES FOUND — see above.</translation>
    </message>
    <message>
        <source>Closing the period at SEQR…</source>
        <translation>Closing the period at SEQR…</translation>
    </message>
    <message>
        <source>--since wants a date like 2026-11-22</source>
        <translation>--since wants a date like 2026-11-22</translation>
    </message>
    <message>
        <source>usage: kassa-cli terminal assign-seqr-id SEQRID</source>
        <translation>usage: kassa-cli terminal assign-seqr-id SEQRID</translation>
    </message>
    <message>
        <source>Unregistered.</source>
        <translation>Unregistered.</translation>
    </message>
    <message>
        <source>kassa-cli: %1</source>
        <translation>kassa-cli: %1</translation>
    </message>
    <message>
        <source>kassa-cli: quitting without waiting; the invoice stays in the journal and the next kassa-cli command finishes it.</source>
        <translation>kassa-cli: quitting without waiting; the invoice stays in the journal and the next kassa-cli command finishes it.</translation>
    </message>
    <message>
        <source>kassa-cli: finishing the current step first (signal again to quit at once).</source>
        <translation>kassa-cli: finishing the current step first (signal again to quit at once).</translation>
    </message>
    <message>
        <source>Interrupted: canceling the invoice (a payment the buyer already made is kept)…</source>
        <translation>Interrupted: canceling the invoice (a payment the buyer already made is kept)…</translation>
    </message>
    <message>
        <source>%1 (configuration: %2)</source>
        <translation>%1 (configuration: %2)</translation>
    </message>
    <message>
        <source>unknown command “%1”; see kassa-cli --help</source>
        <translation>unknown command “%1”; see kassa-cli --help</translation>
    </message>
    <message>
        <source>PAID, journaled as receipt %1, ersReference %2</source>
        <translation>PAID, journaled as receipt %1, ersReference %2</translation>
    </message>
    <message>
        <source>  invoice %1 %2: %3</source>
        <translation>  invoice %1 %2: %3</translation>
    </message>
    <message>
        <source>unknown currency “%1”; nothing was sent</source>
        <translation>unknown currency “%1”; nothing was sent</translation>
    </message>
    <message>
        <source>this till takes payments in %1, not %2; nothing was sent</source>
        <translation>this till takes payments in %1, not %2; nothing was sent</translation>
    </message>
    <message>
        <source>row “%1” is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; nothing was sent</source>
        <translation>row “%1” is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; nothing was sent</translation>
    </message>
    <message>
        <source>row “%1”: %2; nothing was sent</source>
        <translation>row “%1”: %2; nothing was sent</translation>
    </message>
    <message>
        <source>the total must be more than zero (it is %1); nothing was sent</source>
        <translation>the total must be more than zero (it is %1); nothing was sent</translation>
    </message>
    <message>
        <source>Connection problem: %1 Still trying…</source>
        <translation>Connection problem: %1 Still trying…</translation>
    </message>
    <message>
        <source>Scan to pay %1:</source>
        <translation>Scan to pay %1:</translation>
    </message>
    <message>
        <source>PAID %1 — ersReference %2</source>
        <translation>PAID %1 — ersReference %2</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Invoice %1: %2</translation>
    </message>
    <message>
        <source>Invoice %1: %2, ersReference %3</source>
        <translation>Invoice %1: %2, ersReference %3</translation>
    </message>
    <message>
        <source>Journaled as receipt %1.</source>
        <translation>Journaled as receipt %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is canceled.</source>
        <translation>Invoice %1 is canceled.</translation>
    </message>
    <message>
        <source>The Kassa process using this till (pid %1) journals it.</source>
        <translation>The Kassa process using this till (pid %1) journals it.</translation>
    </message>
    <message>
        <source>Invoice %1 is already paid (ersReference %2); it cannot be canceled.</source>
        <translation>Invoice %1 is already paid (ersReference %2); it cannot be canceled.</translation>
    </message>
    <message>
        <source>amount: %1; nothing was sent</source>
        <translation>amount: %1; nothing was sent</translation>
    </message>
    <message>
        <source>no SEQR payment %1 in this till&apos;s journal; nothing was sent</source>
        <translation>no SEQR payment %1 in this till&apos;s journal; nothing was sent</translation>
    </message>
    <message>
        <source>the payment was in %1; nothing was sent</source>
        <translation>the payment was in %1; nothing was sent</translation>
    </message>
    <message>
        <source>at most %1 of this payment can still be refunded; nothing was sent</source>
        <translation>at most %1 of this payment can still be refunded; nothing was sent</translation>
    </message>
    <message>
        <source>kassa-cli: the refund was made at SEQR but could not be journaled: %1</source>
        <translation>kassa-cli: the refund was made at SEQR but could not be journaled: %1</translation>
    </message>
    <message>
        <source>Refunded %1 of payment %2 — refund reference %3; %4 remains refundable.</source>
        <translation>Refunded %1 of payment %2 — refund reference %3; %4 remains refundable.</translation>
    </message>
    <message>
        <source>Waiting for SEQR&apos;s report (attempt %1 of %2)…</source>
        <translation>Waiting for SEQR&apos;s report (attempt %1 of %2)…</translation>
    </message>
    <message>
        <source>Transaction period %1 (this till)</source>
        <translation>Transaction period %1 (this till)</translation>
    </message>
    <message>
        <source>Transaction period %1 (shop)</source>
        <translation>Transaction period %1 (shop)</translation>
    </message>
    <message>
        <source>Matched %1, only at SEQR %2, only in Kassa %3, amount differs %4. SEQR total %5, Kassa total %6.</source>
        <translation>Matched %1, only at SEQR %2, only in Kassa %3, amount differs %4. SEQR total %5, Kassa total %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belong to other tills of the shop.</source>
        <translation>
            <numerusform>%n row belongs to another till of the shop.</numerusform>
            <numerusform>%n rows belong to other tills of the shop.</numerusform>
        </translation>
    </message>
    <message>
        <source>SEQR %1</source>
        <translation>SEQR %1</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>refund %1 of %2 (%3)</source>
        <translation>refund %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>terminal register needs --%1</source>
        <translation>terminal register needs --%1</translation>
    </message>
    <message>
        <source>Registered. terminalId %1; saved in %2</source>
        <translation>Registered. terminalId %1; saved in %2</translation>
    </message>
    <message>
        <source>SEQR ID %1 assigned; the till&apos;s sticker reads HTTP://SEQR.SE/Q%1</source>
        <translation>SEQR ID %1 assigned; the till&apos;s sticker reads HTTP://SEQR.SE/Q%1</translation>
    </message>
    <message>
        <source>terminal reset-manager-pin needs --%1</source>
        <translation>terminal reset-manager-pin needs --%1</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN is reset; the next manager to open the manager&apos;s tools (F10) chooses a new one.</source>
        <translation>The manager&apos;s PIN is reset; the next manager to open the manager&apos;s tools (F10) chooses a new one.</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>cannot read the journal: %1</translation>
    </message>
    <message>
        <source>the payment cannot be started; nothing was sent</source>
        <translation>the payment cannot be started; nothing was sent</translation>
    </message>
    <message numerus="yes">
        <source>The shop database %1 cannot be reached (%2); %n record(s) wait in this till&apos;s journal and go with the next command or the till.</source>
        <translation>
            <numerusform>The shop database %1 cannot be reached (%2); %n record waits in this till&apos;s journal and goes with the next command or the till.</numerusform>
            <numerusform>The shop database %1 cannot be reached (%2); %n records wait in this till&apos;s journal and go with the next command or the till.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>usage: kassa-cli control-unit set DEVICE | control-unit status</source>
        <translation>usage: kassa-cli control-unit set DEVICE | control-unit status</translation>
    </message>
    <message>
        <source>This till has no control unit now.</source>
        <translation>This till has no control unit now.</translation>
    </message>
    <message>
        <source>Control unit: %1</source>
        <translation>Control unit: %1</translation>
    </message>
    <message>
        <source>this till has no control unit; set one with kassa-cli control-unit set DEVICE</source>
        <translation>this till has no control unit; set one with kassa-cli control-unit set DEVICE</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) wait for the control unit.</source>
        <translation>
            <numerusform>%n receipt waits for the control unit.</numerusform>
            <numerusform>%n receipts wait for the control unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in cash covers the sale; use sell --cash</source>
        <translation>%1 in cash covers the sale; use sell --cash</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
    <message>
        <source>Cash received %1; SEQR takes the rest, %2.</source>
        <translation>Cash received %1; SEQR takes the rest, %2.</translation>
    </message>
    <message>
        <source>--cash wants a positive amount, e.g. 100.00; nothing was recorded</source>
        <translation>--cash wants a positive amount, e.g. 100.00; nothing was recorded</translation>
    </message>
    <message>
        <source>sell wants --cash AMOUNT (for SEQR use pay)</source>
        <translation>sell wants --cash AMOUNT (for SEQR use pay)</translation>
    </message>
    <message>
        <source>%1 in cash does not cover %2; use pay --cash for a split tender; nothing was recorded</source>
        <translation>%1 in cash does not cover %2; use pay --cash for a split tender; nothing was recorded</translation>
    </message>
    <message>
        <source>the sale could not be recorded: %1; nothing was saved</source>
        <translation>the sale could not be recorded: %1; nothing was saved</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Control unit %1, control code %2</source>
        <translation>Control unit %1, control code %2</translation>
    </message>
    <message>
        <source>kassa-cli: the sale is recorded, but its receipt waits for the control unit: %1 It is signed the moment the unit answers (also at the next start).</source>
        <translation>kassa-cli: the sale is recorded, but its receipt waits for the control unit: %1 It is signed the moment the unit answers (also at the next start).</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>there is no loyalty programme “%1”</source>
        <translation>there is no loyalty programme “%1”</translation>
    </message>
    <message>
        <source>Loyalty programme %1 removed.</source>
        <translation>Loyalty programme %1 removed.</translation>
    </message>
    <message>
        <source>usage: kassa-cli loyalty add --id X_CARD --pattern REGEX --name NAME (--percent P [--group PREFIX]... | --points) | loyalty list | loyalty remove ID</source>
        <translation>usage: kassa-cli loyalty add --id X_CARD --pattern REGEX --name NAME (--percent P [--group PREFIX]... | --points) | loyalty list | loyalty remove ID</translation>
    </message>
    <message>
        <source>give either --percent P or --points</source>
        <translation>give either --percent P or --points</translation>
    </message>
    <message>
        <source>--percent is not a number: %1</source>
        <translation>--percent is not a number: %1</translation>
    </message>
    <message>
        <source>the programme cannot be added: %1</source>
        <translation>the programme cannot be added: %1</translation>
    </message>
    <message>
        <source>Loyalty programme %1 (%2): cards %3, %4.</source>
        <translation>Loyalty programme %1 (%2): cards %3, %4.</translation>
    </message>
    <message>
        <source>points only</source>
        <translation>points only</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1 % off</translation>
    </message>
    <message>
        <source>%1  %2  cards %3  %4</source>
        <translation>%1  %2  cards %3  %4</translation>
    </message>
    <message>
        <source>coupon %1  %2 off%3</source>
        <translation>coupon %1  %2 off%3</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (blocked)</translation>
    </message>
    <message>
        <source>No loyalty programmes or coupons: the till has no loyalty flow.</source>
        <translation>No loyalty programmes or coupons: the till has no loyalty flow.</translation>
    </message>
    <message>
        <source>there is no coupon “%1”</source>
        <translation>there is no coupon “%1”</translation>
    </message>
    <message>
        <source>Coupon %1 removed.</source>
        <translation>Coupon %1 removed.</translation>
    </message>
    <message>
        <source>give either --amount A or --percent P</source>
        <translation>give either --amount A or --percent P</translation>
    </message>
    <message>
        <source>--amount is not an amount: %1</source>
        <translation>--amount is not an amount: %1</translation>
    </message>
    <message>
        <source>the coupon cannot be added: %1</source>
        <translation>the coupon cannot be added: %1</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off, once per code.</source>
        <translation>Coupon %1: %2 off, once per code.</translation>
    </message>
    <message>
        <source>drawer wants “open”</source>
        <translation>drawer wants “open”</translation>
    </message>
    <message>
        <source>the drawer stays shut: %1</source>
        <translation>the drawer stays shut: %1</translation>
    </message>
    <message>
        <source>No sale: the drawer is opened (journaled).</source>
        <translation>No sale: the drawer is opened (journaled).</translation>
    </message>
    <message>
        <source>No sale journaled; the till has no receipt printer to open the drawer, open it by hand.</source>
        <translation>No sale journaled; the till has no receipt printer to open the drawer, open it by hand.</translation>
    </message>
    <message>
        <source>float wants “set AMOUNT”, e.g. float set 1500.00</source>
        <translation>float wants “set AMOUNT”, e.g. float set 1500.00</translation>
    </message>
    <message>
        <source>the float must be an amount of zero or more, e.g. 1500.00; nothing was recorded</source>
        <translation>the float must be an amount of zero or more, e.g. 1500.00; nothing was recorded</translation>
    </message>
    <message>
        <source>the float was not recorded: %1</source>
        <translation>the float was not recorded: %1</translation>
    </message>
    <message>
        <source>Cash float %1 (change %2).</source>
        <translation>Cash float %1 (change %2).</translation>
    </message>
    <message>
        <source>report wants “x” or “z”</source>
        <translation>report wants “x” or “z”</translation>
    </message>
    <message>
        <source>the report cannot be made: %1</source>
        <translation>the report cannot be made: %1</translation>
    </message>
    <message>
        <source>the report is taken, but its PDF %1 cannot be written: %2</source>
        <translation>the report is taken, but its PDF %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <source>journal export wants --from YYYY-MM-DD --to YYYY-MM-DD --format csv|json --out FILE</source>
        <translation>journal export wants --from YYYY-MM-DD --to YYYY-MM-DD --format csv|json --out FILE</translation>
    </message>
    <message>
        <source>the journal was not exported: %1</source>
        <translation>the journal was not exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1; SHA-256 %2 in %3</source>
        <translation>
            <numerusform>%n record exported to %1; SHA-256 %2 in %3</numerusform>
            <numerusform>%n records exported to %1; SHA-256 %2 in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No refund is in doubt.</source>
        <translation>No refund is in doubt.</translation>
    </message>
    <message>
        <source>%1: %2 of payment %3, request %4, sent %5 by %6 — %7</source>
        <translation>%1: %2 of payment %3, request %4, sent %5 by %6 — %7</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <source>usage: kassa-cli refund-doubts settle ID --made REFUND_ERS_REFERENCE|--not-made --note TEXT</source>
        <translation>usage: kassa-cli refund-doubts settle ID --made REFUND_ERS_REFERENCE|--not-made --note TEXT</translation>
    </message>
    <message>
        <source>Refund %1 settled as made at SEQR (refund %2).</source>
        <translation>Refund %1 settled as made at SEQR (refund %2).</translation>
    </message>
    <message>
        <source>Refund %1 settled as not made; the payment may be refunded again.</source>
        <translation>Refund %1 settled as not made; the payment may be refunded again.</translation>
    </message>
    <message>
        <source>a receipt printed again is its copy: add --copy (a receipt gets one copy only)</source>
        <translation>a receipt printed again is its copy: add --copy (a receipt gets one copy only)</translation>
    </message>
    <message>
        <source>the copy of receipt %1 is recorded, but waits for the control unit: %2</source>
        <translation>the copy of receipt %1 is recorded, but waits for the control unit: %2</translation>
    </message>
    <message>
        <source>the PDF %1 cannot be written: %2</source>
        <translation>the PDF %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Receipt %1 written to %2.</source>
        <translation>Receipt %1 written to %2.</translation>
    </message>
    <message>
        <source>training wants “on” or “off”</source>
        <translation>training wants “on” or “off”</translation>
    </message>
    <message>
        <source>Training mode is on: every sale is a training sale (ÖVNINGSKVITTO), outside the sales, VAT and grand totals.</source>
        <translation>Training mode is on: every sale is a training sale (ÖVNINGSKVITTO), outside the sales, VAT and grand totals.</translation>
    </message>
    <message>
        <source>Training mode is off: sales are real.</source>
        <translation>Training mode is off: sales are real.</translation>
    </message>
    <message>
        <source>usage: kassa-cli shop set [--name TEXT] [--address TEXT] [--org-number NNNNNN-NNNN]</source>
        <translation>usage: kassa-cli shop set [--name TEXT] [--address TEXT] [--org-number NNNNNN-NNNN]</translation>
    </message>
    <message>
        <source>Shop: %1, %2, organisation number %3. The next receipt shows it.</source>
        <translation>Shop: %1, %2, organisation number %3. The next receipt shows it.</translation>
    </message>
    <message>
        <source>the loyalty card %1 is not one of the shop&apos;s; %2</source>
        <translation>the loyalty card %1 is not one of the shop&apos;s; %2</translation>
    </message>
    <message>
        <source>Loyalty card %1: %2 off; total %3.</source>
        <translation>Loyalty card %1: %2 off; total %3.</translation>
    </message>
    <message>
        <source>Loyalty card %1: no discount on this sale (points are journaled).</source>
        <translation>Loyalty card %1: no discount on this sale (points are journaled).</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>nothing was sent</translation>
    </message>
    <message>
        <source>the pro forma receipt could not be journaled: %1</source>
        <translation>the pro forma receipt could not be journaled: %1</translation>
    </message>
    <message>
        <source>kassa-cli: the pro forma receipt is journaled, but waits for the control unit: %1</source>
        <translation>kassa-cli: the pro forma receipt is journaled, but waits for the control unit: %1</translation>
    </message>
    <message>
        <source>Pro forma receipt %1 written to %2.</source>
        <translation>Pro forma receipt %1 written to %2.</translation>
    </message>
    <message>
        <source>price wants “set BARCODE PRICE”, e.g. price set 7310865004703 24.90</source>
        <translation>price wants “set BARCODE PRICE”, e.g. price set 7310865004703 24.90</translation>
    </message>
    <message>
        <source>the till&apos;s catalog cannot be opened: %1</source>
        <translation>the till&apos;s catalog cannot be opened: %1</translation>
    </message>
    <message>
        <source>the price is not an amount, e.g. 24.90; nothing was changed</source>
        <translation>the price is not an amount, e.g. 24.90; nothing was changed</translation>
    </message>
    <message>
        <source>%1: %2 → %3, journaled.</source>
        <translation>%1: %2 → %3, journaled.</translation>
    </message>
    <message>
        <source>kassa-cli: the refund is journaled, but its return receipt cannot be made: %1</source>
        <translation>kassa-cli: the refund is journaled, but its return receipt cannot be made: %1</translation>
    </message>
    <message>
        <source>kassa-cli: the refund is made and journaled, but its return receipt waits for the control unit: %1 It is signed the moment the unit answers (also at the next start).</source>
        <translation>kassa-cli: the refund is made and journaled, but its return receipt waits for the control unit: %1 It is signed the moment the unit answers (also at the next start).</translation>
    </message>
    <message>
        <source>nothing was recorded</source>
        <translation>nothing was recorded</translation>
    </message>
    <message>
        <source>%1 — the refund is recorded; its return receipt is shown with kassa-cli receipt %2.</source>
        <translation>%1 — the refund is recorded; its return receipt is shown with kassa-cli receipt %2.</translation>
    </message>
    <message>
        <source>usage: kassa-cli refund ERS_REFERENCE|#RECEIPT (--amount X | --row N:QTY... | --all) [--text] [--pdf FILE]</source>
        <translation>usage: kassa-cli refund ERS_REFERENCE|#RECEIPT (--amount X | --row N:QTY... | --all) [--text] [--pdf FILE]</translation>
    </message>
    <message>
        <source>%1; nothing was sent</source>
        <translation>%1; nothing was sent</translation>
    </message>
    <message>
        <source>--row %1: give a row of the receipt (1 to %2) and a quantity, like 2:0.250; nothing was sent</source>
        <translation>--row %1: give a row of the receipt (1 to %2) and a quantity, like 2:0.250; nothing was sent</translation>
    </message>
    <message>
        <source>receipt %1 was not paid with SEQR; refund it in cash; nothing was sent</source>
        <translation>receipt %1 was not paid with SEQR; refund it in cash; nothing was sent</translation>
    </message>
    <message>
        <source>row %1: at most %2 can still be refunded; nothing was sent</source>
        <translation>row %1: at most %2 can still be refunded; nothing was sent</translation>
    </message>
    <message>
        <source>nothing to refund: choose rows or an amount; nothing was sent</source>
        <translation>nothing to refund: choose rows or an amount; nothing was sent</translation>
    </message>
    <message>
        <source>the amount is more than the chosen rows are worth; nothing was sent</source>
        <translation>the amount is more than the chosen rows are worth; nothing was sent</translation>
    </message>
    <message>
        <source>at most %1 can still be given back in cash (what was paid in cash); nothing was sent</source>
        <translation>at most %1 can still be given back in cash (what was paid in cash); nothing was sent</translation>
    </message>
    <message>
        <source>Give %1 back in cash (paid in cash).</source>
        <translation>Give %1 back in cash (paid in cash).</translation>
    </message>
    <message>
        <source>kassa-cli: the refund receipt %1 cannot be written: %2</source>
        <translation>kassa-cli: the refund receipt %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>the coupon cannot be changed: %1</source>
        <translation>the coupon cannot be changed: %1</translation>
    </message>
    <message>
        <source>Coupon %1 blocked: it is refused from now on.</source>
        <translation>Coupon %1 blocked: it is refused from now on.</translation>
    </message>
    <message>
        <source>Coupon %1 unblocked.</source>
        <translation>Coupon %1 unblocked.</translation>
    </message>
    <message>
        <source>usage: kassa-cli coupon add (--code CODE | --pattern REGEX) (--amount A | --percent P) [--name NAME] | coupon remove CODE | coupon block CODE | coupon unblock CODE</source>
        <translation>usage: kassa-cli coupon add (--code CODE | --pattern REGEX) (--amount A | --percent P) [--name NAME] | coupon remove CODE | coupon block CODE | coupon unblock CODE</translation>
    </message>
    <message>
        <source>Coupons %1: %2 off in all (with any card); total %3.</source>
        <translation>Coupons %1: %2 off in all (with any card); total %3.</translation>
    </message>
    <message>
        <source>%1 is not a coupon of this shop; %2</source>
        <translation>%1 is not a coupon of this shop; %2</translation>
    </message>
    <message>
        <source>the coupon %1 is given twice; %2</source>
        <translation>the coupon %1 is given twice; %2</translation>
    </message>
    <message>
        <source>the coupon %1 has been used already (each coupon is good once); %2</source>
        <translation>the coupon %1 has been used already (each coupon is good once); %2</translation>
    </message>
    <message>
        <source>the coupon %1 is blocked by the shop; %2</source>
        <translation>the coupon %1 is blocked by the shop; %2</translation>
    </message>
    <message>
        <source>the shop database cannot be reached, so the other tills cannot be asked whether the coupon %1 was used; %2</source>
        <translation>the shop database cannot be reached, so the other tills cannot be asked whether the coupon %1 was used; %2</translation>
    </message>
    <message>
        <source>a payment is in progress; %1</source>
        <translation>a payment is in progress; %1</translation>
    </message>
    <message>
        <source>The shop database could not be read, so only this till&apos;s events are shown: %1</source>
        <translation>The shop database could not be read, so only this till&apos;s events are shown: %1</translation>
    </message>
    <message>
        <source>The period was closed, but the journal could not be read for the Z report: %1</source>
        <translation>The period was closed, but the journal could not be read for the Z report: %1</translation>
    </message>
    <message>
        <source>The shop database could not be read (%1): only this till&apos;s payments were matched.</source>
        <translation>The shop database could not be read (%1): only this till&apos;s payments were matched.</translation>
    </message>
    <message>
        <source>Not final: %1 had not sent everything to the shop database yet.</source>
        <translation>Not final: %1 had not sent everything to the shop database yet.</translation>
    </message>
    <message>
        <source>usage: kassa-cli terminal register|assign-seqr-id|unregister|reset-manager-pin|test …</source>
        <translation>usage: kassa-cli terminal register|assign-seqr-id|unregister|reset-manager-pin|test …</translation>
    </message>
    <message>
        <source>SEQR answers. The till is not registered yet: register it with kassa-cli terminal register.</source>
        <translation>SEQR answers. The till is not registered yet: register it with kassa-cli terminal register.</translation>
    </message>
</context>
<context>
    <name>ControlUnitText</name>
    <message>
        <source>The control unit kept receiving damaged messages; check its cable and try again.</source>
        <translation>The control unit kept receiving damaged messages; check its cable and try again.</translation>
    </message>
    <message>
        <source>The control unit does not understand Kassa&apos;s request; its protocol version may not match.</source>
        <translation>The control unit does not understand Kassa&apos;s request; its protocol version may not match.</translation>
    </message>
    <message>
        <source>The control unit refused the receipt&apos;s figures (date, number, till, organisation number or amounts); check the till&apos;s setup.</source>
        <translation>The control unit refused the receipt&apos;s figures (date, number, till, organisation number or amounts); check the till&apos;s setup.</translation>
    </message>
    <message>
        <source>The control unit received the receipt&apos;s messages out of order; try again.</source>
        <translation>The control unit received the receipt&apos;s messages out of order; try again.</translation>
    </message>
    <message>
        <source>The control unit is not operational; it cannot sign receipts until it is fixed.</source>
        <translation>The control unit is not operational; it cannot sign receipts until it is fixed.</translation>
    </message>
    <message>
        <source>The control unit does not accept this till&apos;s designation; it belongs to another register.</source>
        <translation>The control unit does not accept this till&apos;s designation; it belongs to another register.</translation>
    </message>
    <message>
        <source>The control unit has an internal error; restart it.</source>
        <translation>The control unit has an internal error; restart it.</translation>
    </message>
    <message>
        <source>The control unit&apos;s licence does not allow more registers; contact its supplier.</source>
        <translation>The control unit&apos;s licence does not allow more registers; contact its supplier.</translation>
    </message>
    <message>
        <source>The control unit&apos;s memory is full; it cannot sign more receipts until it is emptied by its supplier.</source>
        <translation>The control unit&apos;s memory is full; it cannot sign more receipts until it is emptied by its supplier.</translation>
    </message>
    <message>
        <source>The control unit refused the message&apos;s sequence number; try again.</source>
        <translation>The control unit refused the message&apos;s sequence number; try again.</translation>
    </message>
    <message>
        <source>The control unit refused the request (code %1).</source>
        <translation>The control unit refused the request (code %1).</translation>
    </message>
    <message>
        <source>The control unit does not answer; check that it is switched on and connected.</source>
        <translation>The control unit does not answer; check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>The control unit&apos;s answers cannot be read; check its cable and settings.</source>
        <translation>The control unit&apos;s answers cannot be read; check its cable and settings.</translation>
    </message>
    <message>
        <source>storage OK</source>
        <translation>storage OK</translation>
    </message>
    <message>
        <source>storage nearly full</source>
        <translation>storage nearly full</translation>
    </message>
    <message>
        <source>storage full</source>
        <translation>storage full</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>protocol error</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>fatal error</source>
        <translation>fatal error</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>unknown state</translation>
    </message>
    <message>
        <source>Control unit %1 (CCSP version %2, firmware %3) on %4: %5, %6.</source>
        <translation>Control unit %1 (CCSP version %2, firmware %3) on %4: %5, %6.</translation>
    </message>
    <message>
        <source>A network control unit is written tcp:HOST:PORT, for example tcp:192.168.1.60:4001.</source>
        <translation>A network control unit is written tcp:HOST:PORT, for example tcp:192.168.1.60:4001.</translation>
    </message>
    <message>
        <source>Write the control unit&apos;s serial device (for example /dev/ttyUSB0) or tcp:HOST:PORT.</source>
        <translation>Write the control unit&apos;s serial device (for example /dev/ttyUSB0) or tcp:HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>SEQR refused the password.</source>
        <translation>SEQR refused the password.</translation>
    </message>
    <message>
        <source>SEQR refused access (a terminal password must have at least 4 characters).</source>
        <translation>SEQR refused access (a terminal password must have at least 4 characters).</translation>
    </message>
    <message>
        <source>SEQR does not know this shop account or till.</source>
        <translation>SEQR does not know this shop account or till.</translation>
    </message>
    <message>
        <source>This till is not registered at SEQR any more; register it again.</source>
        <translation>This till is not registered at SEQR any more; register it again.</translation>
    </message>
    <message>
        <source>SEQR refused the invoice data.</source>
        <translation>SEQR refused the invoice data.</translation>
    </message>
    <message>
        <source>That SEQR ID is not valid (letters and digits only) or belongs to another till.</source>
        <translation>That SEQR ID is not valid (letters and digits only) or belongs to another till.</translation>
    </message>
    <message>
        <source>SEQR does not know that invoice.</source>
        <translation>SEQR does not know that invoice.</translation>
    </message>
    <message>
        <source>SEQR does not know that payment reference.</source>
        <translation>SEQR does not know that payment reference.</translation>
    </message>
    <message>
        <source>The invoice is already paid and cannot be canceled.</source>
        <translation>The invoice is already paid and cannot be canceled.</translation>
    </message>
    <message>
        <source>The customer is confirming the payment right now; it cannot be canceled.</source>
        <translation>The customer is confirming the payment right now; it cannot be canceled.</translation>
    </message>
    <message>
        <source>The invoice was already canceled.</source>
        <translation>The invoice was already canceled.</translation>
    </message>
    <message>
        <source>Refunds cannot add up to more than the payment.</source>
        <translation>Refunds cannot add up to more than the payment.</translation>
    </message>
    <message>
        <source>This shop&apos;s SEQR account does not allow refunds.</source>
        <translation>This shop&apos;s SEQR account does not allow refunds.</translation>
    </message>
    <message>
        <source>SEQR&apos;s report is not ready yet.</source>
        <translation>SEQR&apos;s report is not ready yet.</translation>
    </message>
    <message>
        <source>SEQR is having trouble right now; try again in a moment.</source>
        <translation>SEQR is having trouble right now; try again in a moment.</translation>
    </message>
    <message>
        <source>SEQR refused the request.</source>
        <translation>SEQR refused the request.</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR; it must be registered first.</source>
        <translation>This till is not registered with SEQR; it must be registered first.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>That value is not accepted.</source>
        <translation>That value is not accepted.</translation>
    </message>
    <message>
        <source>SEQR answered something Kassa cannot read; nothing was changed. Try again.</source>
        <translation>SEQR answered something Kassa cannot read; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>That did not work.</translation>
    </message>
    <message>
        <source>SEQR does not answer (no connection, or no reply in time).</source>
        <translation>SEQR does not answer (no connection, or no reply in time).</translation>
    </message>
    <message>
        <source>SEQR answered with an error; nothing was changed. Try again in a moment.</source>
        <translation>SEQR answered with an error; nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>No secure connection to SEQR (its certificate is not trusted, or the endpoint does not speak HTTPS), so nothing was sent. Check the endpoint and CA file.</source>
        <translation>No secure connection to SEQR (its certificate is not trusted, or the endpoint does not speak HTTPS), so nothing was sent. Check the endpoint and CA file.</translation>
    </message>
    <message>
        <source>The journal could not be read or written.</source>
        <translation>The journal could not be read or written.</translation>
    </message>
    <message>
        <source>The journal is busy, or its disk is full or failing.</source>
        <translation>The journal is busy, or its disk is full or failing.</translation>
    </message>
    <message>
        <source>%1 SEQR payments need SEQR; take the payment another way.</source>
        <translation>%1 SEQR payments need SEQR; take the payment another way.</translation>
    </message>
    <message>
        <source>Refund in doubt: SEQR&apos;s answer was lost, so it may or may not have made the refund. No other refund of this payment can be made until SEQR&apos;s report or the manager settles it; do not give the money back another way meanwhile.</source>
        <translation>Refund in doubt: SEQR&apos;s answer was lost, so it may or may not have made the refund. No other refund of this payment can be made until SEQR&apos;s report or the manager settles it; do not give the money back another way meanwhile.</translation>
    </message>
</context>
<context>
    <name>JournalReceipts</name>
    <message>
        <source>There is no receipt %1.</source>
        <translation>There is no receipt %1.</translation>
    </message>
    <message>
        <source>Receipt %1 already has its copy (made %2): a receipt gets one copy only. The journal keeps the receipt for anyone who needs to read it.</source>
        <translation>Receipt %1 already has its copy (made %2): a receipt gets one copy only. The journal keeps the receipt for anyone who needs to read it.</translation>
    </message>
    <message>
        <source>Receipt %1 has no copy.</source>
        <translation>Receipt %1 has no copy.</translation>
    </message>
</context>
<context>
    <name>KassaApp</name>
    <message>
        <source>The demo&apos;s receipt printer cannot start: %1</source>
        <translation>The demo&apos;s receipt printer cannot start: %1</translation>
    </message>
    <message>
        <source>The printer setting cannot be used: %1</source>
        <translation>The printer setting cannot be used: %1</translation>
    </message>
    <message>
        <source>the printed receipt: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>the printed receipt: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation>Cannot create the demo folder %1.</translation>
    </message>
    <message>
        <source>Kassa Demo Shop</source>
        <translation>Kassa Demo Shop</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be opened: %2</source>
        <translation>The catalog %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The till&apos;s currency %1 is not known.</source>
        <translation>The till&apos;s currency %1 is not known.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be imported: %2</source>
        <translation>The catalog %1 cannot be imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n catalog line(s) were left out: %1</source>
        <translation>
            <numerusform>%n catalog line was left out: %1</numerusform>
            <numerusform>%n catalog lines were left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo SEQR state cannot be read: %1</source>
        <translation>The demo SEQR state cannot be read: %1</translation>
    </message>
    <message>
        <source>The demo SEQR service cannot listen on a local port.</source>
        <translation>The demo SEQR service cannot listen on a local port.</translation>
    </message>
    <message>
        <source>Demo till</source>
        <translation>Demo till</translation>
    </message>
    <message>
        <source>Finishing SEQR payments left from the last run…</source>
        <translation>Finishing SEQR payments left from the last run…</translation>
    </message>
    <message>
        <source>A payment of %1 from the last run was paid: receipt %2, reference %3.</source>
        <translation>A payment of %1 from the last run was paid: receipt %2, reference %3.</translation>
    </message>
    <message>
        <source>An unpaid payment of %1 from the last run was canceled.</source>
        <translation>An unpaid payment of %1 from the last run was canceled.</translation>
    </message>
    <message>
        <source>A payment of %1 from the last run is still open; Kassa will finish it at the next start.</source>
        <translation>A payment of %1 from the last run is still open; Kassa will finish it at the next start.</translation>
    </message>
    <message>
        <source>The demo till is registered with SEQR ID %1. Scan a product to start.</source>
        <translation>The demo till is registered with SEQR ID %1. Scan a product to start.</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN file cannot be read: %1</source>
        <translation>The manager&apos;s PIN file cannot be read: %1</translation>
    </message>
    <message>
        <source>Demo: pay at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · the webshop: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Demo: pay at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · the webshop: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Demo webshop</source>
        <translation>Demo webshop</translation>
    </message>
    <message>
        <source>Kassa is finishing SEQR payments left from the last run; close it when they are done.</source>
        <translation>Kassa is finishing SEQR payments left from the last run; close it when they are done.</translation>
    </message>
    <message>
        <source>The journal cannot be read, so the payments left from the last run cannot be finished yet: %1 Kassa tries again.</source>
        <translation>The journal cannot be read, so the payments left from the last run cannot be finished yet: %1 Kassa tries again.</translation>
    </message>
    <message>
        <source>The journal could not be read, so payments from the last run may still be open; Kassa will finish them at the next start.</source>
        <translation>The journal could not be read, so payments from the last run may still be open; Kassa will finish them at the next start.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be imported into the shop database: %2</source>
        <translation>The catalog %1 cannot be imported into the shop database: %2</translation>
    </message>
    <message>
        <source>Demo: pay at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · the webshop: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; · scan to order: &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Demo: pay at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · the webshop: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt; · scan to order: &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Its receipt cannot be read from the journal right now: %1 Reprint it with F9 in a moment.</source>
        <translation>Its receipt cannot be read from the journal right now: %1 Reprint it with F9 in a moment.</translation>
    </message>
    <message>
        <source>The demo control unit cannot start: %1</source>
        <translation>The demo control unit cannot start: %1</translation>
    </message>
    <message>
        <source>The demo control unit cannot listen on a local port.</source>
        <translation>The demo control unit cannot listen on a local port.</translation>
    </message>
    <message>
        <source>The price changes could not be journaled: %1</source>
        <translation>The price changes could not be journaled: %1</translation>
    </message>
    <message>
        <source>demo float</source>
        <translation>demo float</translation>
    </message>
    <message>
        <source>The demo&apos;s cash float cannot be journaled: %1</source>
        <translation>The demo&apos;s cash float cannot be journaled: %1</translation>
    </message>
</context>
<context>
    <name>PriceEdit</name>
    <message>
        <source>This till&apos;s catalog is the shop database&apos;s: change prices there (import the shop&apos;s catalog), not at the till.</source>
        <translation>This till&apos;s catalog is the shop database&apos;s: change prices there (import the shop&apos;s catalog), not at the till.</translation>
    </message>
    <message>
        <source>No product has the barcode %1.</source>
        <translation>No product has the barcode %1.</translation>
    </message>
    <message>
        <source>A price is an amount of zero or more in %1.</source>
        <translation>A price is an amount of zero or more in %1.</translation>
    </message>
    <message>
        <source>%1 costs %2 already: nothing was changed.</source>
        <translation>%1 costs %2 already: nothing was changed.</translation>
    </message>
    <message>
        <source>The price was not changed: the journal could not keep the change (%1).</source>
        <translation>The price was not changed: the journal could not keep the change (%1).</translation>
    </message>
    <message>
        <source>The price was not changed (%1); it stays %2.</source>
        <translation>The price was not changed (%1); it stays %2.</translation>
    </message>
</context>
<context>
    <name>PrinterText</name>
    <message>
        <source>The printer is ready</source>
        <translation>The printer is ready</translation>
    </message>
    <message>
        <source>The printer is out of paper</source>
        <translation>The printer is out of paper</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open</source>
        <translation>The printer&apos;s cover is open</translation>
    </message>
    <message>
        <source>The printer is off-line</source>
        <translation>The printer is off-line</translation>
    </message>
    <message>
        <source>The printer does not answer (is it on and connected?)</source>
        <translation>The printer does not answer (is it on and connected?)</translation>
    </message>
    <message>
        <source>The printer stopped taking the receipt</source>
        <translation>The printer stopped taking the receipt</translation>
    </message>
    <message>
        <source>The till has no receipt printer set</source>
        <translation>The till has no receipt printer set</translation>
    </message>
    <message>
        <source>the printer does not report its status</source>
        <translation>the printer does not report its status</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <source>paper nearly out</source>
        <translation>paper nearly out</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <source>off-line</source>
        <translation>off-line</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>drawer open</source>
        <translation>drawer open</translation>
    </message>
    <message>
        <source>drawer closed</source>
        <translation>drawer closed</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>TEST PRINT</source>
        <translation>TEST PRINT</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>%1 mm, %2 columns</source>
        <translation>%1 mm, %2 columns</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Drawer</translation>
    </message>
    <message>
        <source>pin %1, %2 ms</source>
        <translation>pin %1, %2 ms</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>@</source>
        <translation>@</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>SEQR payment</source>
        <translation>SEQR payment</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REFUND</translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation>Refund of receipt</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>REFUNDED</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>Refund reference</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>Still refundable</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Closed for</source>
        <translation>Closed for</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>This till</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>The whole shop</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>the journal&apos;s start</source>
        <translation>the journal&apos;s start</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Sales total</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>TOTAL net of refunds</source>
        <translation>TOTAL net of refunds</translation>
    </message>
    <message>
        <source>SEQR at SEQR</source>
        <translation>SEQR at SEQR</translation>
    </message>
    <message>
        <source>SEQR in Kassa</source>
        <translation>SEQR in Kassa</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Sales per hour</source>
        <translation>Sales per hour</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Z report no. %1</source>
        <translation>Z report no. %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Day from</source>
        <translation>Day from</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Total sales</translation>
    </message>
    <message>
        <source>Sales per main group</source>
        <translation>Sales per main group</translation>
    </message>
    <message>
        <source>Without group</source>
        <translation>Without group</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Cash float</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Items sold</source>
        <translation>Items sold</translation>
    </message>
    <message>
        <source>Services sold</source>
        <translation>Services sold</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Drawer openings</source>
        <translation>Drawer openings</translation>
    </message>
    <message>
        <source>of which No sale</source>
        <translation>of which No sale</translation>
    </message>
    <message>
        <source>Receipt copies</source>
        <translation>Receipt copies</translation>
    </message>
    <message>
        <source>Training receipts</source>
        <translation>Training receipts</translation>
    </message>
    <message>
        <source>Sales per payment method</source>
        <translation>Sales per payment method</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Other reductions</source>
        <translation>Other reductions</translation>
    </message>
    <message>
        <source>Unfinished sales</source>
        <translation>Unfinished sales</translation>
    </message>
    <message>
        <source>Grand total sales</source>
        <translation>Grand total sales</translation>
    </message>
    <message>
        <source>Grand total returns</source>
        <translation>Grand total returns</translation>
    </message>
    <message>
        <source>Grand total net</source>
        <translation>Grand total net</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Expected cash in the drawer</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>VAT included</translation>
    </message>
    <message>
        <source>Control unit</source>
        <translation>Control unit</translation>
    </message>
    <message>
        <source>Control code</source>
        <translation>Control code</translation>
    </message>
    <message>
        <source>Electronic cash receipt</source>
        <translation>Electronic cash receipt</translation>
    </message>
    <message>
        <source>TRAINING RECEIPT</source>
        <translation>TRAINING RECEIPT</translation>
    </message>
    <message>
        <source>NOT A RECEIPT</source>
        <translation>NOT A RECEIPT</translation>
    </message>
    <message>
        <source>Pro forma</source>
        <translation>Pro forma</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
    <message>
        <source>SEQR refund</source>
        <translation>SEQR refund</translation>
    </message>
    <message>
        <source>Cash back</source>
        <translation>Cash back</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation>Not refunded</translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation>Refunded in cash</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Receipt discount</source>
        <translation>Receipt discount</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Given back in cash</source>
        <translation>Given back in cash</translation>
    </message>
    <message>
        <source>Events of every till</source>
        <translation>Events of every till</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Cash float changes</source>
        <translation>Cash float changes</translation>
    </message>
    <message>
        <source>Training sales</source>
        <translation>Training sales</translation>
    </message>
    <message>
        <source>Return receipts</source>
        <translation>Return receipts</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Price changes</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z reports</translation>
    </message>
    <message>
        <source>Coupons given back</source>
        <translation>Coupons given back</translation>
    </message>
</context>
<context>
    <name>ReceiptSigner</name>
    <message>
        <source>A receipt is waiting for the control unit, so no new sale can start: %1</source>
        <translation>A receipt is waiting for the control unit, so no new sale can start: %1</translation>
    </message>
    <message>
        <source>The journal is busy, or its disk is full or failing.</source>
        <translation>The journal is busy, or its disk is full or failing.</translation>
    </message>
    <message>
        <source>The journal could not be read or written.</source>
        <translation>The journal could not be read or written.</translation>
    </message>
</context>
<context>
    <name>RefundDoubts</name>
    <message>
        <source>SEQR&apos;s report (period %1) lists refund %2 of %3 for payment %4: SEQR made it.</source>
        <translation>SEQR&apos;s report (period %1) lists refund %2 of %3 for payment %4: SEQR made it.</translation>
    </message>
    <message>
        <source>SEQR&apos;s report (period %1) lists no refund of %2 for payment %3: SEQR did not make it.</source>
        <translation>SEQR&apos;s report (period %1) lists no refund of %2 for payment %3: SEQR did not make it.</translation>
    </message>
    <message>
        <source>SEQR&apos;s report cannot be read (%1); check SEQR&apos;s back office or the customer&apos;s account before settling.</source>
        <translation>SEQR&apos;s report cannot be read (%1); check SEQR&apos;s back office or the customer&apos;s account before settling.</translation>
    </message>
</context>
<context>
    <name>RefundLookup</name>
    <message>
        <source>the shop database cannot be reached (%1), so another till&apos;s sale cannot be refunded here now</source>
        <translation>the shop database cannot be reached (%1), so another till&apos;s sale cannot be refunded here now</translation>
    </message>
</context>
<context>
    <name>RegisterIdentity</name>
    <message>
        <source>Manufacturer: %1</source>
        <translation>Manufacturer: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Manufacturing number: %1</source>
        <translation>Manufacturing number: %1</translation>
    </message>
    <message>
        <source>(not made yet)</source>
        <translation>(not made yet)</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>The shop needs a name: it heads every receipt.</source>
        <translation>The shop needs a name: it heads every receipt.</translation>
    </message>
    <message>
        <source>%1 is not an organisation number; write it as ten digits, e.g. 556677-8899.</source>
        <translation>%1 is not an organisation number; write it as ten digits, e.g. 556677-8899.</translation>
    </message>
</context>
<context>
    <name>ReturnReceiptFile</name>
    <message>
        <source>The return receipt cannot be made: %1</source>
        <translation>The return receipt cannot be made: %1</translation>
    </message>
    <message>
        <source>The return receipt could not be written to %1.</source>
        <translation>The return receipt could not be written to %1.</translation>
    </message>
    <message>
        <source>The return receipt waits for the control unit and is made the moment it answers: %1</source>
        <translation>The return receipt waits for the control unit and is made the moment it answers: %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
</context>
<context>
    <name>SignatureWait</name>
    <message>
        <source>The till&apos;s control unit is not running. The receipt is signed and can be printed once it is.</source>
        <translation>The till&apos;s control unit is not running. The receipt is signed and can be printed once it is.</translation>
    </message>
</context>
<context>
    <name>TillEventText</name>
    <message>
        <source>cash sale</source>
        <translation>cash sale</translation>
    </message>
    <message>
        <source>cash refund</source>
        <translation>cash refund</translation>
    </message>
    <message>
        <source>cash float</source>
        <translation>cash float</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>no sale</translation>
    </message>
    <message>
        <source>Drawer opened: %1</source>
        <translation>Drawer opened: %1</translation>
    </message>
    <message>
        <source>Drawer opened: %1 (%2)</source>
        <translation>Drawer opened: %1 (%2)</translation>
    </message>
    <message>
        <source>Price of %1 set to %2: %3</source>
        <translation>Price of %1 set to %2: %3</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>no price</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>edit undone</source>
        <translation>edit undone</translation>
    </message>
    <message>
        <source>Price of %1 (%2) changed from %3 to %4 (%5)</source>
        <translation>Price of %1 (%2) changed from %3 to %4 (%5)</translation>
    </message>
    <message>
        <source>Z report %1 taken</source>
        <translation>Z report %1 taken</translation>
    </message>
    <message>
        <source>Z report %1 taken: sales %2, returns %3</source>
        <translation>Z report %1 taken: sales %2, returns %3</translation>
    </message>
    <message>
        <source>Cash float now %1 (change %2)</source>
        <translation>Cash float now %1 (change %2)</translation>
    </message>
    <message>
        <source>Cash float now %1 (change %2): %3</source>
        <translation>Cash float now %1 (change %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Cart voided with %n row(s): an unfinished sale</source>
        <translation>
            <numerusform>Cart voided with %n row: an unfinished sale</numerusform>
            <numerusform>Cart voided with %n rows: an unfinished sale</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy of receipt %1 (KOPIA)</source>
        <translation>Copy of receipt %1 (KOPIA)</translation>
    </message>
    <message>
        <source>Training receipt %1 (ÖVNINGSKVITTO): not a sale</source>
        <translation>Training receipt %1 (ÖVNINGSKVITTO): not a sale</translation>
    </message>
    <message>
        <source>Return receipt %1 (SEQR refund %2)</source>
        <translation>Return receipt %1 (SEQR refund %2)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>the cart was voided</source>
        <translation>the cart was voided</translation>
    </message>
    <message>
        <source>the web cart expired</source>
        <translation>the web cart expired</translation>
    </message>
    <message>
        <source>the order was not paid</source>
        <translation>the order was not paid</translation>
    </message>
    <message>
        <source>Coupon %1 given back: %2</source>
        <translation>Coupon %1 given back: %2</translation>
    </message>
    <message>
        <source>the customer took it off the order</source>
        <translation>the customer took it off the order</translation>
    </message>
</context>
<context>
    <name>kassa-cli</name>
    <message>
        <source>What to do (see above).</source>
        <translation>What to do (see above).</translation>
    </message>
    <message>
        <source>kassa-cli: %1; see kassa-cli --help</source>
        <translation>kassa-cli: %1; see kassa-cli --help</translation>
    </message>
    <message>
        <source>The till&apos;s configuration file (default: the user&apos;s config folder).</source>
        <translation>The till&apos;s configuration file (default: the user&apos;s config folder).</translation>
    </message>
    <message>
        <source>SEQR&apos;s SOAP endpoint URL (default: the local seqr-sandbox).</source>
        <translation>SEQR&apos;s SOAP endpoint URL (default: the local seqr-sandbox).</translation>
    </message>
    <message>
        <source>Print one JSON object on standard output; progress goes to standard error.</source>
        <translation>Print one JSON object on standard output; progress goes to standard error.</translation>
    </message>
    <message>
        <source>The shop&apos;s reseller id (terminal register, reset-manager-pin).</source>
        <translation>The shop&apos;s reseller id (terminal register, reset-manager-pin).</translation>
    </message>
    <message>
        <source>The shop&apos;s user id (terminal register, reset-manager-pin).</source>
        <translation>The shop&apos;s user id (terminal register, reset-manager-pin).</translation>
    </message>
    <message>
        <source>The shop&apos;s password, used once and never stored.</source>
        <translation>The shop&apos;s password, used once and never stored.</translation>
    </message>
    <message>
        <source>This till&apos;s own name for itself, e.g. &quot;Store 111/Till 4&quot;.</source>
        <translation>This till&apos;s own name for itself, e.g. &quot;Store 111/Till 4&quot;.</translation>
    </message>
    <message>
        <source>The till&apos;s name shown on the buyer&apos;s phone; loyalty, coupon: the friendly name; shop set: the shop&apos;s name.</source>
        <translation>The till&apos;s name shown on the buyer&apos;s phone; loyalty, coupon: the friendly name; shop set: the shop&apos;s name.</translation>
    </message>
    <message>
        <source>A sale row: DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; refund: the receipt&apos;s row N:QTY (repeatable).</source>
        <translation>A sale row: DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; refund: the receipt&apos;s row N:QTY (repeatable).</translation>
    </message>
    <message>
        <source>refund: every row still refundable.</source>
        <translation>refund: every row still refundable.</translation>
    </message>
    <message>
        <source>ISO 4217 currency; must be the till&apos;s (SEK unless configured).</source>
        <translation>ISO 4217 currency; must be the till&apos;s (SEK unless configured).</translation>
    </message>
    <message>
        <source>The cashier&apos;s id, sent as the invoice&apos;s cashierId.</source>
        <translation>The cashier&apos;s id, sent as the invoice&apos;s cashierId.</translation>
    </message>
    <message>
        <source>Rounds to wait for the buyer before canceling (default 1).</source>
        <translation>Rounds to wait for the buyer before canceling (default 1).</translation>
    </message>
    <message>
        <source>Seconds in a round (default 30).</source>
        <translation>Seconds in a round (default 30).</translation>
    </message>
    <message>
        <source>The amount to refund.</source>
        <translation>The amount to refund.</translation>
    </message>
    <message>
        <source>Cash handed over (sell; pay: cash first, SEQR for the rest).</source>
        <translation>Cash handed over (sell; pay: cash first, SEQR for the rest).</translation>
    </message>
    <message>
        <source>refund-doubts settle: SEQR made it, as this refund reference.</source>
        <translation>refund-doubts settle: SEQR made it, as this refund reference.</translation>
    </message>
    <message>
        <source>refund-doubts settle: SEQR did not make it.</source>
        <translation>refund-doubts settle: SEQR did not make it.</translation>
    </message>
    <message>
        <source>refund-doubts settle: what the manager saw (required).</source>
        <translation>refund-doubts settle: what the manager saw (required).</translation>
    </message>
    <message>
        <source>Close this till&apos;s period instead of the shop&apos;s.</source>
        <translation>Close this till&apos;s period instead of the shop&apos;s.</translation>
    </message>
    <message>
        <source>Only sales and refunds since this date.</source>
        <translation>Only sales and refunds since this date.</translation>
    </message>
    <message>
        <source>receipt --copy, report: print on the till&apos;s receipt printer.</source>
        <translation>receipt --copy, report: print on the till&apos;s receipt printer.</translation>
    </message>
    <message>
        <source>receipt: give out the receipt&apos;s one copy (KOPIA), recorded in the journal.</source>
        <translation>receipt: give out the receipt&apos;s one copy (KOPIA), recorded in the journal.</translation>
    </message>
    <message>
        <source>receipt, refund: show the receipt as text (also with --pdf).</source>
        <translation>receipt, refund: show the receipt as text (also with --pdf).</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s address (\n between lines).</source>
        <translation>shop set: the shop&apos;s address (
 between lines).</translation>
    </message>
    <message>
        <source>shop set: the shop&apos;s organisation number.</source>
        <translation>shop set: the shop&apos;s organisation number.</translation>
    </message>
    <message>
        <source>Why (drawer open, float set).</source>
        <translation>Why (drawer open, float set).</translation>
    </message>
    <message>
        <source>receipt, report: also write it as a PDF (a receipt&apos;s is an electronic receipt).</source>
        <translation>receipt, report: also write it as a PDF (a receipt&apos;s is an electronic receipt).</translation>
    </message>
    <message>
        <source>journal export: the first day.</source>
        <translation>journal export: the first day.</translation>
    </message>
    <message>
        <source>journal export: the last day.</source>
        <translation>journal export: the last day.</translation>
    </message>
    <message>
        <source>journal export: csv or json.</source>
        <translation>journal export: csv or json.</translation>
    </message>
    <message>
        <source>journal export: the file to write (its SHA-256 beside it).</source>
        <translation>journal export: the file to write (its SHA-256 beside it).</translation>
    </message>
    <message>
        <source>The receipt printer instead of the configuration&apos;s: escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD or escpos:cups:QUEUE.</source>
        <translation>The receipt printer instead of the configuration&apos;s: escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD or escpos:cups:QUEUE.</translation>
    </message>
    <message>
        <source>loyalty: the programme&apos;s token type, e.g. X_CARD.</source>
        <translation>loyalty: the programme&apos;s token type, e.g. X_CARD.</translation>
    </message>
    <message>
        <source>loyalty, coupon: a regular expression for card numbers or codes.</source>
        <translation>loyalty, coupon: a regular expression for card numbers or codes.</translation>
    </message>
    <message>
        <source>loyalty, coupon: the percentage off.</source>
        <translation>loyalty, coupon: the percentage off.</translation>
    </message>
    <message>
        <source>loyalty: points only, no discount.</source>
        <translation>loyalty: points only, no discount.</translation>
    </message>
    <message>
        <source>loyalty: only rows whose SKU or EAN starts with this (repeatable).</source>
        <translation>loyalty: only rows whose SKU or EAN starts with this (repeatable).</translation>
    </message>
    <message>
        <source>coupon: the coupon&apos;s code.</source>
        <translation>coupon: the coupon&apos;s code.</translation>
    </message>
    <message>
        <source>pay, sell: the customer&apos;s loyalty card number (swiped).</source>
        <translation>pay, sell: the customer&apos;s loyalty card number (swiped).</translation>
    </message>
    <message>
        <source>pay, sell: a coupon the customer hands over (repeatable).</source>
        <translation>pay, sell: a coupon the customer hands over (repeatable).</translation>
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
        <translation>Kassa&apos;s SEQR payments from the command line.

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
3 canceled, 4 failed, 5 no final status after all rounds (invoice canceled).</translation>
    </message>
</context>
<context>
    <name>kassa-web</name>
    <message>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <source>the catalog %1 cannot be opened: %2</source>
        <translation>the catalog %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>--time-limit must be 10 to 3600 seconds</source>
        <translation>--time-limit must be 10 to 3600 seconds</translation>
    </message>
    <message>
        <source>--listen needs an IP address</source>
        <translation>--listen needs an IP address</translation>
    </message>
    <message>
        <source>--port must be 0 to 65535</source>
        <translation>--port must be 0 to 65535</translation>
    </message>
    <message>
        <source>--public-url must be an http(s) URL</source>
        <translation>--public-url must be an http(s) URL</translation>
    </message>
    <message>
        <source>this webshop is not registered with SEQR yet: run kassa-web terminal register …</source>
        <translation>this webshop is not registered with SEQR yet: run kassa-web terminal register …</translation>
    </message>
    <message>
        <source>--service-id takes letters, digits, &apos;-&apos; and &apos;_&apos; (as agreed with SEQR)</source>
        <translation>--service-id takes letters, digits, &apos;-&apos; and &apos;_&apos; (as agreed with SEQR)</translation>
    </message>
    <message>
        <source>--tables must be 1 to 500</source>
        <translation>--tables must be 1 to 500</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>--code wants LABEL:key=value[&amp;key=value…], e.g. &quot;Counter:counter=1&quot; (not %1)</source>
        <translation>--code wants LABEL:key=value[&amp;key=value…], e.g. &quot;Counter:counter=1&quot; (not %1)</translation>
    </message>
    <message>
        <source>service-codes needs --out FILE.pdf</source>
        <translation>service-codes needs --out FILE.pdf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service code(s) in %1</source>
        <translation>
            <numerusform>%n service code in %1</numerusform>
            <numerusform>%n service codes in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s webshop, paid with SEQR.

  kassa-web [options]             serve the webshop
  kassa-web terminal register …   register its till (kassa-cli&apos;s terminal commands,
                                  on the webshop&apos;s configuration)
  kassa-web service-codes --out FILE.pdf [--service-id ID] [--tables N] [--code L:k=v]…
                                  print the sheet of scan-to-order codes</source>
        <translation>The shop&apos;s webshop, paid with SEQR.

  kassa-web [options]             serve the webshop
  kassa-web terminal register …   register its till (kassa-cli&apos;s terminal commands,
                                  on the webshop&apos;s configuration)
  kassa-web service-codes --out FILE.pdf [--service-id ID] [--tables N] [--code L:k=v]…
                                  print the sheet of scan-to-order codes</translation>
    </message>
    <message>
        <source>the catalog %1 cannot be imported into the shop database: %2</source>
        <translation>the catalog %1 cannot be imported into the shop database: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in the shop database %1</source>
        <translation>
            <numerusform>%n product changed in the shop database %1</numerusform>
            <numerusform>%n products changed in the shop database %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 must be 1 to 1000000</source>
        <translation>--%1 must be 1 to 1000000</translation>
    </message>
    <message>
        <source>The webshop&apos;s till configuration (default ~/.config/kassa/webshop.json).</source>
        <translation>The webshop&apos;s till configuration (default ~/.config/kassa/webshop.json).</translation>
    </message>
    <message>
        <source>SEQR&apos;s SOAP endpoint URL (default: the configuration&apos;s).</source>
        <translation>SEQR&apos;s SOAP endpoint URL (default: the configuration&apos;s).</translation>
    </message>
    <message>
        <source>The shop&apos;s catalog.sqlite (default: the till&apos;s).</source>
        <translation>The shop&apos;s catalog.sqlite (default: the till&apos;s).</translation>
    </message>
    <message>
        <source>Import products from a CSV file into the catalog first (the shop database&apos;s, when one is configured).</source>
        <translation>Import products from a CSV file into the catalog first (the shop database&apos;s, when one is configured).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Address to listen on (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8091; 0 picks a free one).</source>
        <translation>Port to listen on (default 8091; 0 picks a free one).</translation>
    </message>
    <message>
        <source>The address customers and SEQR reach the shop at, e.g. https://shop.example.se/ (default http://127.0.0.1:PORT/).</source>
        <translation>The address customers and SEQR reach the shop at, e.g. https://shop.example.se/ (default http://127.0.0.1:PORT/).</translation>
    </message>
    <message>
        <source>The shop&apos;s name on the pages and invoices.</source>
        <translation>The shop&apos;s name on the pages and invoices.</translation>
    </message>
    <message>
        <source>Seconds before an unpaid invoice is canceled (default 180).</source>
        <translation>Seconds before an unpaid invoice is canceled (default 180).</translation>
    </message>
    <message>
        <source>Links open the SEQR demo app (SEQR-DEMO://).</source>
        <translation>Links open the SEQR demo app (SEQR-DEMO://).</translation>
    </message>
    <message>
        <source>Count visitors by the last X-Forwarded-For address (only behind a reverse proxy that sets it).</source>
        <translation>Count visitors by the last X-Forwarded-For address (only behind a reverse proxy that sets it).</translation>
    </message>
    <message>
        <source>New SEQR invoices one client address may start a minute (default 10).</source>
        <translation>New SEQR invoices one client address may start a minute (default 10).</translation>
    </message>
    <message>
        <source>New SEQR invoices the whole shop starts a minute at most (default 3000).</source>
        <translation>New SEQR invoices the whole shop starts a minute at most (default 3000).</translation>
    </message>
    <message>
        <source>New carts one client address may start a minute (default 30).</source>
        <translation>New carts one client address may start a minute (default 30).</translation>
    </message>
    <message>
        <source>service-codes: the service ID agreed with SEQR (saved).</source>
        <translation>service-codes: the service ID agreed with SEQR (saved).</translation>
    </message>
    <message>
        <source>service-codes: codes for tables 1 to N (saved).</source>
        <translation>service-codes: codes for tables 1 to N (saved).</translation>
    </message>
    <message>
        <source>service-codes: a code LABEL:key=value[&amp;key=value…] (saved; repeatable).</source>
        <translation>service-codes: a code LABEL:key=value[&amp;key=value…] (saved; repeatable).</translation>
    </message>
    <message>
        <source>service-codes: the PDF to write.</source>
        <translation>service-codes: the PDF to write.</translation>
    </message>
</context>
<context>
    <name>kassa::Cart</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <extracomment>The unit after a quantity: kilograms, or pieces (&quot;st&quot; in Swedish)</extracomment>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 pcs</translation>
    </message>
</context>
<context>
    <name>kassa::Checkout</name>
    <message>
        <source>Training mode: SEQR is paid only against the SEQR sandbox, never a real endpoint. Take cash, or switch training mode off (manager).</source>
        <translation>Training mode: SEQR is paid only against the SEQR sandbox, never a real endpoint. Take cash, or switch training mode off (manager).</translation>
    </message>
</context>
<context>
    <name>kassa::ConnectionTest</name>
    <message>
        <source>The name %1 cannot be found (DNS). Check the endpoint&apos;s spelling and the network.</source>
        <translation>The name %1 cannot be found (DNS). Check the endpoint&apos;s spelling and the network.</translation>
    </message>
    <message>
        <source>Connected to SEQR; it accepts this till&apos;s credentials.</source>
        <translation>Connected to SEQR; it accepts this till&apos;s credentials.</translation>
    </message>
    <message>
        <source>SEQR answers, but refuses this till&apos;s credentials: register the till again.</source>
        <translation>SEQR answers, but refuses this till&apos;s credentials: register the till again.</translation>
    </message>
    <message>
        <source>SEQR answers: %1</source>
        <translation>SEQR answers: %1</translation>
    </message>
    <message>
        <source>The connection is not trusted: the certificate of %1 is not valid for it or not from a known authority.</source>
        <translation>The connection is not trusted: the certificate of %1 is not valid for it or not from a known authority.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (is the address and port right, and the service running?).</source>
        <translation>Nothing answers at %1 (is the address and port right, and the service running?).</translation>
    </message>
    <message>
        <source>SEQR does not answer in time. Check the network.</source>
        <translation>SEQR does not answer in time. Check the network.</translation>
    </message>
    <message>
        <source>Something answers there, but it is not SEQR (check the endpoint&apos;s path).</source>
        <translation>Something answers there, but it is not SEQR (check the endpoint&apos;s path).</translation>
    </message>
    <message>
        <source>The endpoint must be a web address starting with https:// (or http:// for a local sandbox).</source>
        <translation>The endpoint must be a web address starting with https:// (or http:// for a local sandbox).</translation>
    </message>
    <message>
        <source>SEQR answers. The till is not registered yet: register this till.</source>
        <translation>SEQR answers. The till is not registered yet: register this till.</translation>
    </message>
</context>
<context>
    <name>kassa::TillHost</name>
    <message>
        <source>Kassa is still connecting to SEQR; try again in a moment.</source>
        <translation>Kassa is still connecting to SEQR; try again in a moment.</translation>
    </message>
    <message>
        <source>The till&apos;s configuration %1 cannot be read: %2</source>
        <translation>The till&apos;s configuration %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>The till&apos;s configuration %1 cannot be written: %2</source>
        <translation>The till&apos;s configuration %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal %1.</source>
        <translation>Cannot create the folder for the journal %1.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>The journal %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Cannot create the till&apos;s lock file %1.lock.</source>
        <translation>Cannot create the till&apos;s lock file %1.lock.</translation>
    </message>
    <message>
        <source>Another Kassa process (pid %1) is using this till (%2); close it or try again when it has finished.</source>
        <translation>Another Kassa process (pid %1) is using this till (%2); close it or try again when it has finished.</translation>
    </message>
    <message>
        <source>The journal needs an upgrade (schema %1 to %2) that only the process using this till (pid %3) may make; try again when it has finished.</source>
        <translation>The journal needs an upgrade (schema %1 to %2) that only the process using this till (pid %3) may make; try again when it has finished.</translation>
    </message>
    <message>
        <source>Kassa is finishing a SEQR payment left from the last run; SEQR can be used again in a moment.</source>
        <translation>Kassa is finishing a SEQR payment left from the last run; SEQR can be used again in a moment.</translation>
    </message>
    <message>
        <source>Registering this till with SEQR…</source>
        <translation>Registering this till with SEQR…</translation>
    </message>
    <message>
        <source>The till could not be registered with SEQR: %1</source>
        <translation>The till could not be registered with SEQR: %1</translation>
    </message>
    <message>
        <source>The refund of %1 of payment %2 that was in doubt was not made: SEQR&apos;s report does not list it. It may be made again.</source>
        <translation>The refund of %1 of payment %2 that was in doubt was not made: SEQR&apos;s report does not list it. It may be made again.</translation>
    </message>
    <message>
        <source>The refund of %1 of payment %2 that was in doubt was made (refund %3), as SEQR&apos;s report shows; it is now in the journal.</source>
        <translation>The refund of %1 of payment %2 that was in doubt was made (refund %3), as SEQR&apos;s report shows; it is now in the journal.</translation>
    </message>
    <message>
        <source>Refunds in doubt stay in doubt: SEQR&apos;s report could not be read (%1). The manager can settle them.</source>
        <translation>Refunds in doubt stay in doubt: SEQR&apos;s report could not be read (%1). The manager can settle them.</translation>
    </message>
    <message>
        <source>%1 The endpoint given: %2</source>
        <translation>%1 The endpoint given: %2</translation>
    </message>
</context>
<context>
    <name>kassa::WebShopTill</name>
    <message>
        <source>The webshop&apos;s order file %1 cannot be opened: %2</source>
        <translation>The webshop&apos;s order file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The order book %1 cannot be opened: %2</source>
        <translation>The order book %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>kassa::controlunit::ControlUnitService</name>
    <message>
        <source>Kassa is asking the control unit who it is; try again in a moment.</source>
        <translation>Kassa is asking the control unit who it is; try again in a moment.</translation>
    </message>
    <message>
        <source>Control unit %1 (CCSP version %2) is connected.</source>
        <translation>Control unit %1 (CCSP version %2) is connected.</translation>
    </message>
    <message>
        <source>%1 Sales wait until it answers.</source>
        <translation>%1 Sales wait until it answers.</translation>
    </message>
    <message>
        <source>The control unit does not work, so no sale can start: %1</source>
        <translation>The control unit does not work, so no sale can start: %1</translation>
    </message>
    <message>
        <source>Control unit: connecting…</source>
        <translation>Control unit: connecting…</translation>
    </message>
    <message>
        <source>Control unit: %1</source>
        <translation>Control unit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Control unit %1: %n receipt(s) waiting</source>
        <translation>
            <numerusform>Control unit %1: %n receipt waiting</numerusform>
            <numerusform>Control unit %1: %n receipts waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Control unit %1: ready, storage nearly full</source>
        <translation>Control unit %1: ready, storage nearly full</translation>
    </message>
    <message>
        <source>Control unit %1: ready</source>
        <translation>Control unit %1: ready</translation>
    </message>
</context>
<context>
    <name>kassa::print::ServiceSheet</name>
    <message>
        <source>The order service has no service ID yet (--service-id).</source>
        <translation>The order service has no service ID yet (--service-id).</translation>
    </message>
    <message>
        <source>There are no service codes to print (--tables N or --code).</source>
        <translation>There are no service codes to print (--tables N or --code).</translation>
    </message>
    <message>
        <source>Scan with the SEQR app to order</source>
        <translation>Scan with the SEQR app to order</translation>
    </message>
    <message>
        <source>The code for %1 is too long for a QR code.</source>
        <translation>The code for %1 is too long for a QR code.</translation>
    </message>
</context>
<context>
    <name>kassa::sandbox::PhoneStrings</name>
    <message>
        <source>sandbox phone — the customer&apos;s SEQR app</source>
        <translation>sandbox phone — the customer&apos;s SEQR app</translation>
    </message>
    <message>
        <source>1. Scan</source>
        <translation>1. Scan</translation>
    </message>
    <message>
        <source>Pick a till (as if scanning its sticker)</source>
        <translation>Pick a till (as if scanning its sticker)</translation>
    </message>
    <message>
        <source>loading tills…</source>
        <translation>loading tills…</translation>
    </message>
    <message>
        <source>Scan till</source>
        <translation>Scan till</translation>
    </message>
    <message>
        <source>…or paste any SEQR code: the QR text at a till, a SEQR:// link, a service&apos;s code</source>
        <translation>…or paste any SEQR code: the QR text at a till, a SEQR:// link, a service&apos;s code</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Leave the service</source>
        <translation>Leave the service</translation>
    </message>
    <message>
        <source>2. Check and confirm</source>
        <translation>2. Check and confirm</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Offer my loyalty card</source>
        <translation>Offer my loyalty card</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
    <message>
        <source>3. Enter your PIN</source>
        <translation>3. Enter your PIN</translation>
    </message>
    <message>
        <source>4–6 digits</source>
        <translation>4–6 digits</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Back to the shop</source>
        <translation>Back to the shop</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>no invoice yet</source>
        <translation>no invoice yet</translation>
    </message>
    <message>
        <source>no till is registered yet</source>
        <translation>no till is registered yet</translation>
    </message>
    <message>
        <source>(no SEQR ID)</source>
        <translation>(no SEQR ID)</translation>
    </message>
    <message>
        <source>— payment waiting</source>
        <translation>— payment waiting</translation>
    </message>
    <message>
        <source>(reversed)</source>
        <translation>(reversed)</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>You left %1.</translation>
    </message>
    <message>
        <source>unreadable answer from the sandbox</source>
        <translation>unreadable answer from the sandbox</translation>
    </message>
    <message>
        <source>Waiting for you to confirm</source>
        <translation>Waiting for you to confirm</translation>
    </message>
    <message>
        <source>The shop is considering your offer</source>
        <translation>The shop is considering your offer</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>The payment did not go through</source>
        <translation>The payment did not go through</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>There is no invoice %1.</translation>
    </message>
    <message>
        <source>No till or invoice matches “%1”.</source>
        <translation>No till or invoice matches “%1”.</translation>
    </message>
    <message>
        <source>The till “%1” has no payment waiting.</source>
        <translation>The till “%1” has no payment waiting.</translation>
    </message>
    <message>
        <source>This invoice is %1 and cannot be paid.</source>
        <translation>This invoice is %1 and cannot be paid.</translation>
    </message>
    <message>
        <source>This invoice is already %1.</source>
        <translation>This invoice is already %1.</translation>
    </message>
    <message>
        <source>This invoice is %1.</source>
        <translation>This invoice is %1.</translation>
    </message>
    <message>
        <source>The shop is still considering your offer; wait a moment.</source>
        <translation>The shop is still considering your offer; wait a moment.</translation>
    </message>
    <message>
        <source>Enter your PIN: 4 to 6 digits.</source>
        <translation>Enter your PIN: 4 to 6 digits.</translation>
    </message>
    <message>
        <source>“%1” is not an external service&apos;s code.</source>
        <translation>“%1” is not an external service&apos;s code.</translation>
    </message>
    <message>
        <source>This code belongs to a service SEQR does not know (“%1”).</source>
        <translation>This code belongs to a service SEQR does not know (“%1”).</translation>
    </message>
    <message>
        <source>There is no such service session.</source>
        <translation>There is no such service session.</translation>
    </message>
    <message>
        <source>The SEQR app does not know the action “%1”.</source>
        <translation>The SEQR app does not know the action “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a SEQR link.</source>
        <translation>“%1” is not a SEQR link.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>waiting for the shop</source>
        <translation>waiting for the shop</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>My wallet</translation>
    </message>
    <message>
        <source>Offer my coupon</source>
        <translation>Offer my coupon</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kassa::ui::BalanceText</name>
    <message>
        <source>Receipt discount</source>
        <translation>Receipt discount</translation>
    </message>
    <message>
        <source>Discounts in all</source>
        <translation>Discounts in all</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <source>Paid with SEQR</source>
        <translation>Paid with SEQR</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>Total %1 %2</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Change %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>VAT %1 %: %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CashierWindow</name>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Printing receipt %1 again.</source>
        <translation>Printing receipt %1 again.</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n kept receipts again.</source>
        <translation>
            <numerusform>Printing %n kept receipt again.</numerusform>
            <numerusform>Printing %n kept receipts again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Receipt %1 printed.</translation>
    </message>
    <message>
        <source>%1 — the receipt is kept; press F9 to print it again.</source>
        <translation>%1 — the receipt is kept; press F9 to print it again.</translation>
    </message>
    <message>
        <source>Kassa — %1</source>
        <translation>Kassa — %1</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a name and press Enter</source>
        <translation>Scan a barcode, or type a name and press Enter</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Void row</source>
        <translation>Void row</translation>
    </message>
    <message>
        <source>Row discount</source>
        <translation>Row discount</translation>
    </message>
    <message>
        <source>Receipt discount</source>
        <translation>Receipt discount</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Pay with SEQR</source>
        <translation>Pay with SEQR</translation>
    </message>
    <message>
        <source>Till %1 · SEQR ID %2 · cashier %3</source>
        <translation>Till %1 · SEQR ID %2 · cashier %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR</source>
        <translation>This till is not registered with SEQR</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Scan again or search with F3.</source>
        <translation>No product has the barcode %1. Scan again or search with F3.</translation>
    </message>
    <message>
        <source>A payment is in progress; finish it first.</source>
        <translation>A payment is in progress; finish it first.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>%1  %2 kg</source>
        <translation>%1  %2 kg</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Up/Down</source>
        <translation>Up/Down</translation>
    </message>
    <message>
        <source>Pick a row in the cart</source>
        <translation>Pick a row in the cart</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode; text searches</source>
        <translation>Add the scanned or typed barcode; text searches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Discount on %1 (%2), as an amount or a percentage like 10%:</source>
        <translation>Discount on %1 (%2), as an amount or a percentage like 10%:</translation>
    </message>
    <message>
        <source>Type an amount like %1 or a percentage like 10%.</source>
        <translation>Type an amount like %1 or a percentage like 10%.</translation>
    </message>
    <message>
        <source>The discount cannot be more than the row (%1).</source>
        <translation>The discount cannot be more than the row (%1).</translation>
    </message>
    <message>
        <source>Discount on the whole receipt (%1), as an amount or a percentage like 10%:</source>
        <translation>Discount on the whole receipt (%1), as an amount or a percentage like 10%:</translation>
    </message>
    <message>
        <source>The discount cannot be more than the receipt (%1).</source>
        <translation>The discount cannot be more than the receipt (%1).</translation>
    </message>
    <message>
        <source>Sale voided. Give back the cash received: %1.</source>
        <translation>Sale voided. Give back the cash received: %1.</translation>
    </message>
    <message>
        <source>Sale voided.</source>
        <translation>Sale voided.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>There is nothing to pay.</translation>
    </message>
    <message>
        <source>Cash received (to pay %1):</source>
        <translation>Cash received (to pay %1):</translation>
    </message>
    <message>
        <source>Type the amount received, for example %1.</source>
        <translation>Type the amount received, for example %1.</translation>
    </message>
    <message>
        <source>Cash received %1. To pay: %2 — press F12 for SEQR or F8 for more cash.</source>
        <translation>Cash received %1. To pay: %2 — press F12 for SEQR or F8 for more cash.</translation>
    </message>
    <message>
        <source>The sale could not be recorded: %1 Nothing was saved; try again.</source>
        <translation>The sale could not be recorded: %1 Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>A SEQR payment is already in progress.</source>
        <translation>A SEQR payment is already in progress.</translation>
    </message>
    <message>
        <source>The cart is empty: scan something first.</source>
        <translation>The cart is empty: scan something first.</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR, so it cannot take SEQR payments. A manager must register it first.</source>
        <translation>This till is not registered with SEQR, so it cannot take SEQR payments. A manager must register it first.</translation>
    </message>
    <message>
        <source>SEQR payment of %1 started.</source>
        <translation>SEQR payment of %1 started.</translation>
    </message>
    <message>
        <source>Paid with SEQR: %1. Reference %2.</source>
        <translation>Paid with SEQR: %1. Reference %2.</translation>
    </message>
    <message>
        <source>The SEQR payment could not be started: %1</source>
        <translation>The SEQR payment could not be started: %1</translation>
    </message>
    <message>
        <source>The SEQR payment was canceled. The cart is kept; take the rest another way or give back the cash received (%1).</source>
        <translation>The SEQR payment was canceled. The cart is kept; take the rest another way or give back the cash received (%1).</translation>
    </message>
    <message>
        <source>The SEQR payment was canceled. The cart is kept.</source>
        <translation>The SEQR payment was canceled. The cart is kept.</translation>
    </message>
    <message>
        <source>The sale is recorded, but its receipt could not be read back.</source>
        <translation>The sale is recorded, but its receipt could not be read back.</translation>
    </message>
    <message>
        <source>The receipt could not be printed on %1. Reprint it with F9.</source>
        <translation>The receipt could not be printed on %1. Reprint it with F9.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>There is no receipt to reprint yet.</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>There is no receipt with that number.</source>
        <translation>There is no receipt with that number.</translation>
    </message>
    <message>
        <source>A SEQR payment is in progress: finish or cancel it before closing.</source>
        <translation>A SEQR payment is in progress: finish or cancel it before closing.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Cashier sign-in</source>
        <translation>Cashier sign-in</translation>
    </message>
    <message>
        <source>The receipt could not be saved as a PDF: %1</source>
        <translation>The receipt could not be saved as a PDF: %1</translation>
    </message>
    <message>
        <source>Your cashier id (it is shown on receipts and invoices):</source>
        <translation>Your cashier id (it is shown on receipts and invoices):</translation>
    </message>
    <message>
        <source>Type your cashier id (1 to 20 characters).</source>
        <translation>Type your cashier id (1 to 20 characters).</translation>
    </message>
    <message>
        <source>Signed in: cashier %1.</source>
        <translation>Signed in: cashier %1.</translation>
    </message>
    <message>
        <source>Paid with SEQR (reference %1), but the journal cannot record the sale: %2 Note the reference; reconciliation lists the payment.</source>
        <translation>Paid with SEQR (reference %1), but the journal cannot record the sale: %2 Note the reference; reconciliation lists the payment.</translation>
    </message>
    <message>
        <source>Scanned %1: it is added when this prompt closes.</source>
        <translation>Scanned %1: it is added when this prompt closes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Voided: %1. The cash received covers the rest: press F8 to finish and give back %2.</source>
        <translation>Voided: %1. The cash received covers the rest: press F8 to finish and give back %2.</translation>
    </message>
    <message numerus="yes">
        <source>Void the whole sale (%n row(s), %1)?</source>
        <translation>
            <numerusform>Void the whole sale (%n row, %1)?</numerusform>
            <numerusform>Void the whole sale (%n rows, %1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Void the sale</source>
        <translation>Void the sale</translation>
    </message>
    <message>
        <source>Keep the sale</source>
        <translation>Keep the sale</translation>
    </message>
    <message>
        <source>The cash received covers the total: press F8 to finish the sale and give back %1.</source>
        <translation>The cash received covers the total: press F8 to finish the sale and give back %1.</translation>
    </message>
    <message>
        <source>The journal could not be read, so no receipt can be reprinted: %1</source>
        <translation>The journal could not be read, so no receipt can be reprinted: %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Weight of %1 in kg %2:</source>
        <translation>Weight of %1 in kg %2:</translation>
    </message>
    <message>
        <source>How many %1? %2</source>
        <translation>How many %1? %2</translation>
    </message>
    <message>
        <source>Weight of %1 in kg (price %2 per kg) %3:</source>
        <translation>Weight of %1 in kg (price %2 per kg) %3:</translation>
    </message>
    <message>
        <source>Last sale: change %1 %2</source>
        <translation>Last sale: change %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>A sale is open: %n row(s), %1 %2.</source>
        <translation>
            <numerusform>A sale is open: %n row, %1 %2.</numerusform>
            <numerusform>A sale is open: %n rows, %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cash was received toward it: give it back.</source>
        <translation>%1 cash was received toward it: give it back.</translation>
    </message>
    <message>
        <source>Quit Kassa</source>
        <translation>Quit Kassa</translation>
    </message>
    <message>
        <source>Quit Kassa anyway? The open sale is not kept.</source>
        <translation>Quit Kassa anyway? The open sale is not kept.</translation>
    </message>
    <message>
        <source>&amp;Quit Kassa</source>
        <translation>&amp;Quit Kassa</translation>
    </message>
    <message>
        <source>&amp;Keep selling</source>
        <translation>&amp;Keep selling</translation>
    </message>
    <message>
        <source>No customer display shows this code: let the customer scan it here.</source>
        <translation>No customer display shows this code: let the customer scan it here.</translation>
    </message>
    <message>
        <source>The customer display cannot show the QR code, so it is shown in the payment dialog: turn the screen to the customer.</source>
        <translation>The customer display cannot show the QR code, so it is shown in the payment dialog: turn the screen to the customer.</translation>
    </message>
    <message>
        <source>The customer display shares this screen: the customer may scan the code here.</source>
        <translation>The customer display shares this screen: the customer may scan the code here.</translation>
    </message>
    <message>
        <source>Cash float</source>
        <translation>Cash float</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>No sale</translation>
    </message>
    <message>
        <source>start of the day</source>
        <translation>start of the day</translation>
    </message>
    <message>
        <source>The cash float in the drawer (växelkassa), for example %1:</source>
        <translation>The cash float in the drawer (växelkassa), for example %1:</translation>
    </message>
    <message>
        <source>Type the float in the drawer, for example %1.</source>
        <translation>Type the float in the drawer, for example %1.</translation>
    </message>
    <message>
        <source>The float was not recorded: %1</source>
        <translation>The float was not recorded: %1</translation>
    </message>
    <message>
        <source>Cash float %1 (change %2).</source>
        <translation>Cash float %1 (change %2).</translation>
    </message>
    <message>
        <source>This till has no cash drawer.</source>
        <translation>This till has no cash drawer.</translation>
    </message>
    <message>
        <source>Why does the float change?</source>
        <translation>Why does the float change?</translation>
    </message>
    <message>
        <source>Say why, for example: to the bank.</source>
        <translation>Say why, for example: to the bank.</translation>
    </message>
    <message>
        <source>Why open the drawer? (optional)</source>
        <translation>Why open the drawer? (optional)</translation>
    </message>
    <message>
        <source>The drawer stays shut: %1</source>
        <translation>The drawer stays shut: %1</translation>
    </message>
    <message>
        <source>No sale: the drawer is opened.</source>
        <translation>No sale: the drawer is opened.</translation>
    </message>
    <message>
        <source>ÖVNINGSLÄGE — training mode: sales are training receipts, not real sales</source>
        <translation>ÖVNINGSLÄGE — training mode: sales are training receipts, not real sales</translation>
    </message>
    <message>
        <source>Kassa — %1 — ÖVNINGSLÄGE (training)</source>
        <translation>Kassa — %1 — ÖVNINGSLÄGE (training)</translation>
    </message>
    <message>
        <source>About Kassa</source>
        <translation>About Kassa</translation>
    </message>
    <message>
        <source>The journal could not be read for the receipt&apos;s control code: %1</source>
        <translation>The journal could not be read for the receipt&apos;s control code: %1</translation>
    </message>
    <message>
        <source>The copy of receipt %1 is printed when the control unit has signed it.</source>
        <translation>The copy of receipt %1 is printed when the control unit has signed it.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>%1 is not a loyalty card or coupon of this shop.</source>
        <translation>%1 is not a loyalty card or coupon of this shop.</translation>
    </message>
    <message>
        <source>The coupon %1 is on this sale already.</source>
        <translation>The coupon %1 is on this sale already.</translation>
    </message>
    <message>
        <source>The coupon %1 has been used already: each coupon is good once.</source>
        <translation>The coupon %1 has been used already: each coupon is good once.</translation>
    </message>
    <message>
        <source>The coupon %1 is blocked by the shop.</source>
        <translation>The coupon %1 is blocked by the shop.</translation>
    </message>
    <message>
        <source>Loyalty card %1 %2</source>
        <translation>Loyalty card %1 %2</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Coupon %1</translation>
    </message>
    <message>
        <source>%1 is on the sale: -%2. %3.</source>
        <translation>%1 is on the sale: -%2. %3.</translation>
    </message>
    <message>
        <source>%1 is on the sale; its discount follows the products.</source>
        <translation>%1 is on the sale; its discount follows the products.</translation>
    </message>
    <message>
        <source>%1 is on the sale.</source>
        <translation>%1 is on the sale.</translation>
    </message>
    <message>
        <source>Pro forma</source>
        <translation>Pro forma</translation>
    </message>
    <message>
        <source>The cart is empty: a pro forma receipt shows a cart before payment.</source>
        <translation>The cart is empty: a pro forma receipt shows a cart before payment.</translation>
    </message>
    <message>
        <source>The pro forma receipt could not be journaled: %1</source>
        <translation>The pro forma receipt could not be journaled: %1</translation>
    </message>
    <message>
        <source>Pro forma receipt %1 is printed when the control unit has signed it: %2</source>
        <translation>Pro forma receipt %1 is printed when the control unit has signed it: %2</translation>
    </message>
    <message>
        <source>Pro forma receipt %1</source>
        <translation>Pro forma receipt %1</translation>
    </message>
    <message>
        <source>Pro forma receipt %1 (EJ KVITTO) for %2. The cart is still open for payment.</source>
        <translation>Pro forma receipt %1 (EJ KVITTO) for %2. The cart is still open for payment.</translation>
    </message>
    <message>
        <source>From the customer&apos;s app: %1. New amount to pay: %2 %3.</source>
        <translation>From the customer&apos;s app: %1. New amount to pay: %2 %3.</translation>
    </message>
    <message>
        <source>The shop database cannot be reached, so the other tills cannot be asked whether the coupon %1 was used: it is not taken now (each coupon is good once).</source>
        <translation>The shop database cannot be reached, so the other tills cannot be asked whether the coupon %1 was used: it is not taken now (each coupon is good once).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ControlUnitSetupWidget</name>
    <message>
        <source>Control unit</source>
        <translation>Control unit</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Save control unit</source>
        <translation>Save control unit</translation>
    </message>
    <message>
        <source>The control unit&apos;s serial device or tcp:HOST:PORT for a unit behind a serial-to-network adapter; empty for a till without one (a webshop, or outside Sweden)</source>
        <translation>The control unit&apos;s serial device or tcp:HOST:PORT for a unit behind a serial-to-network adapter; empty for a till without one (a webshop, or outside Sweden)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>This till has no control unit: it may not sell at a Swedish counter.</source>
        <translation>This till has no control unit: it may not sell at a Swedish counter.</translation>
    </message>
    <message>
        <source>Kassa uses %1 from its next start.</source>
        <translation>Kassa uses %1 from its next start.</translation>
    </message>
    <message>
        <source>Write the control unit&apos;s device first.</source>
        <translation>Write the control unit&apos;s device first.</translation>
    </message>
    <message>
        <source>Asking the control unit on %1…</source>
        <translation>Asking the control unit on %1…</translation>
    </message>
    <message>
        <source>The control unit could not be saved: %1</source>
        <translation>The control unit could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved: no control unit. From the next start no sale waits for a signature.</source>
        <translation>Saved: no control unit. From the next start no sale waits for a signature.</translation>
    </message>
    <message>
        <source>Saved. Kassa and kassa-cli sign receipts with this unit from their next start.</source>
        <translation>Saved. Kassa and kassa-cli sign receipts with this unit from their next start.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerDisplayWindow</name>
    <message>
        <source>%1 — customer display</source>
        <translation>%1 — customer display</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>We take SEQR: pay with your phone.</source>
        <translation>We take SEQR: pay with your phone.</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Paid — thank you!</translation>
    </message>
    <message>
        <source>Payment canceled</source>
        <translation>Payment canceled</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>Payment declined</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <source>Pay with SEQR — scan, then confirm with your PIN</source>
        <translation>Pay with SEQR — scan, then confirm with your PIN</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
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
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>X report (changes nothing)</source>
        <translation>X report (changes nothing)</translation>
    </message>
    <message>
        <source>Z report (closes the day)</source>
        <translation>Z report (closes the day)</translation>
    </message>
    <message>
        <source>Export the journal as CSV…</source>
        <translation>Export the journal as CSV…</translation>
    </message>
    <message>
        <source>Export the journal as JSON…</source>
        <translation>Export the journal as JSON…</translation>
    </message>
    <message>
        <source>Journal from</source>
        <translation>Journal from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>The report cannot be made: %1</translation>
    </message>
    <message>
        <source>Z report %1 taken: the day is closed.</source>
        <translation>Z report %1 taken: the day is closed.</translation>
    </message>
    <message>
        <source>X report taken: nothing was changed.</source>
        <translation>X report taken: nothing was changed.</translation>
    </message>
    <message>
        <source>Take a report first.</source>
        <translation>Take a report first.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1; SHA-256 %2</source>
        <translation>
            <numerusform>%n record exported to %1; SHA-256 %2</numerusform>
            <numerusform>%n records exported to %1; SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal was not exported: %1</source>
        <translation>The journal was not exported: %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Export the journal</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>Print on the receipt printer</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1 printed.</translation>
    </message>
    <message>
        <source>%1 was not printed: %2. Print it again when the printer is ready.</source>
        <translation>%1 was not printed: %2. Print it again when the printer is ready.</translation>
    </message>
    <message>
        <source>The till has no receipt printer.</source>
        <translation>The till has no receipt printer.</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z report %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
</context>
<context>
    <name>kassa::ui::EndOfDayWidget</name>
    <message>
        <source>The whole shop</source>
        <translation>The whole shop</translation>
    </message>
    <message>
        <source>This till only</source>
        <translation>This till only</translation>
    </message>
    <message>
        <source>Close &amp;&amp; reconcile</source>
        <translation>Close &amp;&amp; reconcile</translation>
    </message>
    <message>
        <source>Close and reconcile</source>
        <translation>Close and reconcile</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>SEQR reference</source>
        <translation>SEQR reference</translation>
    </message>
    <message>
        <source>At SEQR</source>
        <translation>At SEQR</translation>
    </message>
    <message>
        <source>In Kassa</source>
        <translation>In Kassa</translation>
    </message>
    <message>
        <source>Closing the period at SEQR…</source>
        <translation>Closing the period at SEQR…</translation>
    </message>
    <message>
        <source>Waiting for SEQR&apos;s report (attempt %1 of %2)…</source>
        <translation>Waiting for SEQR&apos;s report (attempt %1 of %2)…</translation>
    </message>
    <message>
        <source>The day could not be closed: %1</source>
        <translation>The day could not be closed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Period %1 closed. SEQR and the journal agree: %n payment(s) match.</source>
        <translation>
            <numerusform>Period %1 closed. SEQR and the journal agree: %n payment matches.</numerusform>
            <numerusform>Period %1 closed. SEQR and the journal agree: %n payments match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period %1 closed. DIFFERENCES: %2 only at SEQR, %3 only in Kassa, %4 with different amounts.</source>
        <translation>Period %1 closed. DIFFERENCES: %2 only at SEQR, %3 only in Kassa, %4 with different amounts.</translation>
    </message>
    <message numerus="yes">
        <source> (%n row(s) belong to the shop&apos;s other tills.)</source>
        <translation>
            <numerusform> (%n row belongs to the shop&apos;s other tills.)</numerusform>
            <numerusform> (%n rows belong to the shop&apos;s other tills.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Only at SEQR</source>
        <translation>Only at SEQR</translation>
    </message>
    <message>
        <source>Only in Kassa</source>
        <translation>Only in Kassa</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Amount differs</translation>
    </message>
    <message>
        <source> (refund)</source>
        <translation> (refund)</translation>
    </message>
    <message>
        <source>Save the Z report as PDF</source>
        <translation>Save the Z report as PDF</translation>
    </message>
    <message>
        <source>Export the Z report as CSV</source>
        <translation>Export the Z report as CSV</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Close SEQR&apos;s period for this till only (%1)?</source>
        <translation>Close SEQR&apos;s period for this till only (%1)?</translation>
    </message>
    <message>
        <source>Close SEQR&apos;s period for the whole shop (every till)?</source>
        <translation>Close SEQR&apos;s period for the whole shop (every till)?</translation>
    </message>
    <message>
        <source>It covers everything since the last close, %1.</source>
        <translation>It covers everything since the last close, %1.</translation>
    </message>
    <message>
        <source>It covers everything since the journal began.</source>
        <translation>It covers everything since the journal began.</translation>
    </message>
    <message numerus="yes">
        <source>In this till&apos;s journal: %n sale(s) of %1 (SEQR %2).</source>
        <translation>
            <numerusform>In this till&apos;s journal: %n sale of %1 (SEQR %2).</numerusform>
            <numerusform>In this till&apos;s journal: %n sales of %1 (SEQR %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) of %1 in all.</source>
        <translation>
            <numerusform>%n refund of %1 in all.</numerusform>
            <numerusform>%n refunds of %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kassa then fetches SEQR&apos;s report and matches it with the journal. A closed period cannot be opened again.</source>
        <translation>Kassa then fetches SEQR&apos;s report and matches it with the journal. A closed period cannot be opened again.</translation>
    </message>
    <message>
        <source>Close the period</source>
        <translation>Close the period</translation>
    </message>
    <message>
        <source>Nothing was closed.</source>
        <translation>Nothing was closed.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n payment(s) in SEQR&apos;s report were already reconciled by an earlier close.)</source>
        <translation>
            <numerusform> (%n payment in SEQR&apos;s report was already reconciled by an earlier close.)</numerusform>
            <numerusform> (%n payments in SEQR&apos;s report were already reconciled by an earlier close.)</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not be read, so nothing was closed: %1</source>
        <translation>The journal could not be read, so nothing was closed: %1</translation>
    </message>
    <message>
        <source>The journal could not be read, so there is no Z report: %1</source>
        <translation>The journal could not be read, so there is no Z report: %1</translation>
    </message>
    <message>
        <source>The shop database could not be read (%1): only this till&apos;s payments were matched.</source>
        <translation>The shop database could not be read (%1): only this till&apos;s payments were matched.</translation>
    </message>
    <message>
        <source>Not final: %1 had not sent everything to the shop database yet.</source>
        <translation>Not final: %1 had not sent everything to the shop database yet.</translation>
    </message>
    <message>
        <source>The Z report of the day could not be taken: %1</source>
        <translation>The Z report of the day could not be taken: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::HourChartWidget</name>
    <message>
        <source>Sales (%1)</source>
        <translation>Sales (%1)</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hour of the day</translation>
    </message>
</context>
<context>
    <name>kassa::ui::JournalWidget</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Search: receipt number, SEQR reference, item</source>
        <translation>Search: receipt number, SEQR reference, item</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>SEQR reference</source>
        <translation>SEQR reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>SEQR</source>
        <translation>SEQR</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>SEQR refund</source>
        <translation>SEQR refund</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>refund %1</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>The journal could not be read, so nothing is shown: %1 Try again; if it persists, call support before taking more payments.</source>
        <translation>The journal could not be read, so nothing is shown: %1 Try again; if it persists, call support before taking more payments.</translation>
    </message>
    <message>
        <source>Search: receipt number, SEQR reference, item, till</source>
        <translation>Search: receipt number, SEQR reference, item, till</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>this till</source>
        <translation>this till</translation>
    </message>
    <message>
        <source>Only this till&apos;s sales and refunds are shown: the shop database cannot be reached now, so the other tills&apos; cannot be shown. Try again later.</source>
        <translation>Only this till&apos;s sales and refunds are shown: the shop database cannot be reached now, so the other tills&apos; cannot be shown. Try again later.</translation>
    </message>
    <message>
        <source>Not all of the other tills&apos; sales are shown: more match than fit. Narrow the search.</source>
        <translation>Not all of the other tills&apos; sales are shown: more match than fit. Narrow the search.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2 was paid in cash: refund it in cash.</source>
        <translation>Receipt %1 of %2 was paid in cash: refund it in cash.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>%1, training (ÖVNINGSKVITTO): not a sale</source>
        <translation>%1, training (ÖVNINGSKVITTO): not a sale</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LoyaltyWidget</name>
    <message>
        <source>Points only (one point per whole krona paid)</source>
        <translation>Points only (one point per whole krona paid)</translation>
    </message>
    <message>
        <source>The shop&apos;s loyalty programmes and coupons:</source>
        <translation>The shop&apos;s loyalty programmes and coupons:</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Remove the chosen one</translation>
    </message>
    <message>
        <source>Add a loyalty programme</source>
        <translation>Add a loyalty programme</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token type</translation>
    </message>
    <message>
        <source>Card numbers (pattern)</source>
        <translation>Card numbers (pattern)</translation>
    </message>
    <message>
        <source>Name on receipts</source>
        <translation>Name on receipts</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Percent off</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Add programme</translation>
    </message>
    <message>
        <source>Add a coupon</source>
        <translation>Add a coupon</translation>
    </message>
    <message>
        <source>50.00 or 10%</source>
        <translation>50.00 or 10%</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Off (an amount or a percentage)</source>
        <translation>Off (an amount or a percentage)</translation>
    </message>
    <message>
        <source>Add coupon</source>
        <translation>Add coupon</translation>
    </message>
    <message>
        <source>points only</source>
        <translation>points only</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1 % off</translation>
    </message>
    <message>
        <source>Programme %1 (%2): cards %3, %4</source>
        <translation>Programme %1 (%2): cards %3, %4</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off (blocked)</source>
        <translation>Coupon %1: %2 off (blocked)</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off, once per code</source>
        <translation>Coupon %1: %2 off, once per code</translation>
    </message>
    <message>
        <source>None: the till has no loyalty flow.</source>
        <translation>None: the till has no loyalty flow.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Type the percent off as a number, like 10, or choose points only.</source>
        <translation>Type the percent off as a number, like 10, or choose points only.</translation>
    </message>
    <message>
        <source>The programme cannot be added: %1</source>
        <translation>The programme cannot be added: %1</translation>
    </message>
    <message>
        <source>Programme %1 saved: its cards are recognised at the next scan.</source>
        <translation>Programme %1 saved: its cards are recognised at the next scan.</translation>
    </message>
    <message>
        <source>Type what the coupon takes off: an amount like 50.00 or a percentage like 10%.</source>
        <translation>Type what the coupon takes off: an amount like 50.00 or a percentage like 10%.</translation>
    </message>
    <message>
        <source>The coupon cannot be added: %1</source>
        <translation>The coupon cannot be added: %1</translation>
    </message>
    <message>
        <source>Coupon %1 saved: good once.</source>
        <translation>Coupon %1 saved: good once.</translation>
    </message>
    <message>
        <source>Choose a programme or coupon in the list first.</source>
        <translation>Choose a programme or coupon in the list first.</translation>
    </message>
    <message>
        <source>Coupon %1 removed.</source>
        <translation>Coupon %1 removed.</translation>
    </message>
    <message>
        <source>Programme %1 removed.</source>
        <translation>Programme %1 removed.</translation>
    </message>
    <message>
        <source>The code is a pattern for a series of codes</source>
        <translation>The code is a pattern for a series of codes</translation>
    </message>
    <message>
        <source>Block or unblock the chosen coupon</source>
        <translation>Block or unblock the chosen coupon</translation>
    </message>
    <message>
        <source>e.g. 7350001, C2 (empty: the whole sale)</source>
        <translation>e.g. 7350001, C2 (empty: the whole sale)</translation>
    </message>
    <message>
        <source>Only product groups (SKU or EAN prefixes)</source>
        <translation>Only product groups (SKU or EAN prefixes)</translation>
    </message>
    <message>
        <source>Block this code</source>
        <translation>Block this code</translation>
    </message>
    <message>
        <source>%1 % off product groups %2</source>
        <translation>%1 % off product groups %2</translation>
    </message>
    <message>
        <source>Coupon series %1 saved: each code good once.</source>
        <translation>Coupon series %1 saved: each code good once.</translation>
    </message>
    <message>
        <source>The coupon cannot be changed: %1</source>
        <translation>The coupon cannot be changed: %1</translation>
    </message>
    <message>
        <source>Coupon %1 blocked: it is refused from now on.</source>
        <translation>Coupon %1 blocked: it is refused from now on.</translation>
    </message>
    <message>
        <source>Coupon %1 unblocked.</source>
        <translation>Coupon %1 unblocked.</translation>
    </message>
    <message>
        <source>Choose a coupon in the list first.</source>
        <translation>Choose a coupon in the list first.</translation>
    </message>
    <message>
        <source>Type the coupon&apos;s code first.</source>
        <translation>Type the coupon&apos;s code first.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ManagerWindow</name>
    <message>
        <source>Kassa — manager</source>
        <translation>Kassa — manager</translation>
    </message>
    <message>
        <source>Till setup</source>
        <translation>Till setup</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Shop &amp;&amp; receipts</source>
        <translation>Shop &amp;&amp; receipts</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>X/Z reports &amp;&amp; export</source>
        <translation>X/Z reports &amp;&amp; export</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Loyalty &amp;&amp; coupons</source>
        <translation>Loyalty &amp;&amp; coupons</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrderQueueWidget</name>
    <message>
        <source>Orders to hand over</source>
        <translation>Orders to hand over</translation>
    </message>
    <message>
        <source>No orders waiting.</source>
        <translation>No orders waiting.</translation>
    </message>
    <message>
        <source>Not connected to the order service: new orders arrive when the connection is back.</source>
        <translation>Not connected to the order service: new orders arrive when the connection is back.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Order %1 · %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentDialog</name>
    <message>
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>SEQR payment</source>
        <translation>SEQR payment</translation>
    </message>
    <message>
        <source>Connection problem: SEQR does not answer. Kassa keeps trying — ask the customer to wait.</source>
        <translation>Connection problem: SEQR does not answer. Kassa keeps trying — ask the customer to wait.</translation>
    </message>
    <message>
        <source>Sending the invoice to SEQR…</source>
        <translation>Sending the invoice to SEQR…</translation>
    </message>
    <message>
        <source>Waiting for the customer to scan the code and confirm with their PIN.</source>
        <translation>Waiting for the customer to scan the code and confirm with their PIN.</translation>
    </message>
    <message>
        <source>The customer has not paid yet. Try again, or cancel the payment?</source>
        <translation>The customer has not paid yet. Try again, or cancel the payment?</translation>
    </message>
    <message>
        <source>Canceling the payment…</source>
        <translation>Canceling the payment…</translation>
    </message>
    <message>
        <source>Paid. Recording the sale…</source>
        <translation>Paid. Recording the sale…</translation>
    </message>
    <message>
        <source>Paid. SEQR reference %1, receipt %2.</source>
        <translation>Paid. SEQR reference %1, receipt %2.</translation>
    </message>
    <message>
        <source>Payment canceled. Nothing was paid.</source>
        <translation>Payment canceled. Nothing was paid.</translation>
    </message>
    <message>
        <source>The payment was declined. Nothing was paid.</source>
        <translation>The payment was declined. Nothing was paid.</translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation>The payment could not be started: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left in this round</source>
        <translation>
            <numerusform>%n second left in this round</numerusform>
            <numerusform>%n seconds left in this round</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid (SEQR reference %1), but the journal cannot record the sale: %2 Note the reference: the payment is safe at SEQR and the end-of-day reconciliation lists it.</source>
        <translation>Paid (SEQR reference %1), but the journal cannot record the sale: %2 Note the reference: the payment is safe at SEQR and the end-of-day reconciliation lists it.</translation>
    </message>
    <message>
        <source>The payment cannot be canceled now: the customer is confirming it on their phone. Wait for the outcome.</source>
        <translation>The payment cannot be canceled now: the customer is confirming it on their phone. Wait for the outcome.</translation>
    </message>
    <message>
        <source>The payment could not be canceled; it is still open. Try again in a moment.</source>
        <translation>The payment could not be canceled; it is still open. Try again in a moment.</translation>
    </message>
    <message>
        <source>Cancel this SEQR payment? The customer has not paid yet.</source>
        <translation>Cancel this SEQR payment? The customer has not paid yet.</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Keep waiting</translation>
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
        <translation>Manager</translation>
    </message>
    <message>
        <source>No manager PIN is set yet. Choose one (at least 4 digits) and type it twice.</source>
        <translation>No manager PIN is set yet. Choose one (at least 4 digits) and type it twice.</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN:</source>
        <translation>The manager&apos;s PIN:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>The two PINs differ. Type the new PIN twice.</translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation>The PIN could not be saved: %1</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits, and digits only.</source>
        <translation>A PIN has at least 4 digits, and digits only.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Too many wrong PINs: try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Too many wrong PINs: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked: %1</source>
        <translation>The PIN cannot be checked: %1</translation>
    </message>
    <message>
        <source>The manager&apos;s PIN file is missing. Restore manager.json from the backup, or reset the PIN with the shop&apos;s SEQR credentials: kassa-cli terminal reset-manager-pin.</source>
        <translation>The manager&apos;s PIN file is missing. Restore manager.json from the backup, or reset the PIN with the shop&apos;s SEQR credentials: kassa-cli terminal reset-manager-pin.</translation>
    </message>
    <message>
        <source>You may try the PIN again now.</source>
        <translation>You may try the PIN again now.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PriceEditWidget</name>
    <message>
        <source>Change the price</source>
        <translation>Change the price</translation>
    </message>
    <message>
        <source>Scan or type the barcode</source>
        <translation>Scan or type the barcode</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>New price</translation>
    </message>
    <message>
        <source>No product has the barcode %1.</source>
        <translation>No product has the barcode %1.</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, now %2</translation>
    </message>
    <message>
        <source>The price is not an amount: type it as 24.90.</source>
        <translation>The price is not an amount: type it as 24.90.</translation>
    </message>
    <message>
        <source>%1: %2 → %3, journaled.</source>
        <translation>%1: %2 → %3, journaled.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PrinterSetupWidget</name>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Cut the paper after each receipt</source>
        <translation>Cut the paper after each receipt</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <source>escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, escpos:cups:QUEUE (a raw queue), a system printer&apos;s name, or empty for PDFs only</source>
        <translation>escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, escpos:cups:QUEUE (a raw queue), a system printer&apos;s name, or empty for PDFs only</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 characters)</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 characters)</translation>
    </message>
    <message>
        <source>PC865, PC858 where € is needed</source>
        <translation>PC865, PC858 where € is needed</translation>
    </message>
    <message>
        <source>PC865 only (a printer without PC858)</source>
        <translation>PC865 only (a printer without PC858)</translation>
    </message>
    <message>
        <source>PC858 always</source>
        <translation>PC858 always</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>Pin 2</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A PNG printed at the top of every receipt (optional)</source>
        <translation>A PNG printed at the top of every receipt (optional)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>That printer cannot be used: %1</source>
        <translation>That printer cannot be used: %1</translation>
    </message>
    <message>
        <source>A test print needs an ESC/POS printer (escpos:…).</source>
        <translation>A test print needs an ESC/POS printer (escpos:…).</translation>
    </message>
    <message>
        <source>The logo cannot be read (%1); printing without it…</source>
        <translation>The logo cannot be read (%1); printing without it…</translation>
    </message>
    <message>
        <source>Printing a test page on %1…</source>
        <translation>Printing a test page on %1…</translation>
    </message>
    <message>
        <source>The test page was printed on %1.</source>
        <translation>The test page was printed on %1.</translation>
    </message>
    <message>
        <source>The printer could not be saved: %1</source>
        <translation>The printer could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved. Kassa and kassa-cli print this way from their next start.</source>
        <translation>Saved. Kassa and kassa-cli print this way from their next start.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductSearchDialog</name>
    <message>
        <source>Find a product</source>
        <translation>Find a product</translation>
    </message>
    <message>
        <source>Name, SKU or EAN:</source>
        <translation>Name, SKU or EAN:</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Add to cart</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>(at most %1 kg)</translation>
    </message>
    <message>
        <source>(1 to %1)</source>
        <translation>(1 to %1)</translation>
    </message>
    <message>
        <source>Type the weight in kg, for example %1.</source>
        <translation>Type the weight in kg, for example %1.</translation>
    </message>
    <message>
        <source>Type how many, a whole number from 1 to %1.</source>
        <translation>Type how many, a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>A weight has at most 3 decimals (grams).</source>
        <translation>A weight has at most 3 decimals (grams).</translation>
    </message>
    <message>
        <source>%1 is sold by the piece: whole numbers only.</source>
        <translation>%1 is sold by the piece: whole numbers only.</translation>
    </message>
    <message>
        <source>At most %1 pieces in one row.</source>
        <translation>At most %1 pieces in one row.</translation>
    </message>
    <message>
        <source>A weight is at most %1 kg.</source>
        <translation>A weight is at most %1 kg.</translation>
    </message>
    <message>
        <source>%1 is more cash than this till takes for one sale.</source>
        <translation>%1 is more cash than this till takes for one sale.</translation>
    </message>
    <message>
        <source>%1 is more than %2 times what is to pay.</source>
        <translation>%1 is more than %2 times what is to pay.</translation>
    </message>
    <message>
        <source>Did you mean %1? %2 Press OK again to take %3.</source>
        <translation>Did you mean %1? %2 Press OK again to take %3.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RefundDoubtPanel</name>
    <message>
        <source>Read SEQR&apos;s report again</source>
        <translation>Read SEQR&apos;s report again</translation>
    </message>
    <message>
        <source>Refunded at SEQR</source>
        <translation>Refunded at SEQR</translation>
    </message>
    <message>
        <source>Not refunded</source>
        <translation>Not refunded</translation>
    </message>
    <message>
        <source>The refund&apos;s reference at SEQR</source>
        <translation>The refund&apos;s reference at SEQR</translation>
    </message>
    <message>
        <source>What you saw: SEQR&apos;s report, its back office, the customer</source>
        <translation>What you saw: SEQR&apos;s report, its back office, the customer</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>Refund reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No other refund of this payment until it is settled.</source>
        <translation>No other refund of this payment until it is settled.</translation>
    </message>
    <message>
        <source>Reading SEQR&apos;s report…</source>
        <translation>Reading SEQR&apos;s report…</translation>
    </message>
    <message>
        <source>Type the refund&apos;s reference at SEQR, or choose Not refunded.</source>
        <translation>Type the refund&apos;s reference at SEQR, or choose Not refunded.</translation>
    </message>
    <message>
        <source>Write what you saw in the note first.</source>
        <translation>Write what you saw in the note first.</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>Not settled: %1</translation>
    </message>
    <message>
        <source>The refund of %1 is settled as made at SEQR (refund %2).</source>
        <translation>The refund of %1 is settled as made at SEQR (refund %2).</translation>
    </message>
    <message>
        <source>The refund of %1 is settled as not made; the payment may be refunded again.</source>
        <translation>The refund of %1 is settled as not made; the payment may be refunded again.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RefundWidget</name>
    <message>
        <source>Refund the whole sale</source>
        <translation>Refund the whole sale</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s SEQR barcode, or type a receipt number like #12</source>
        <translation>Scan the receipt&apos;s SEQR barcode, or type a receipt number like #12</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>Refund qty</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Amount to refund</translation>
    </message>
    <message>
        <source>No sale found for %1.</source>
        <translation>No sale found for %1.</translation>
    </message>
    <message>
        <source>Receipt %1 was not paid with SEQR; refund it in cash.</source>
        <translation>Receipt %1 was not paid with SEQR; refund it in cash.</translation>
    </message>
    <message>
        <source>Find a sale to refund.</source>
        <translation>Find a sale to refund.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 %4. SEQR reference %5. Still refundable: %6.</source>
        <translation>Receipt %1 of %2: %3 %4. SEQR reference %5. Still refundable: %6.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Type the amount to refund, or choose rows.</source>
        <translation>Type the amount to refund, or choose rows.</translation>
    </message>
    <message>
        <source>At most %1 of this payment can still be refunded; nothing was sent to SEQR.</source>
        <translation>At most %1 of this payment can still be refunded; nothing was sent to SEQR.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Refunding…</translation>
    </message>
    <message>
        <source>Not refunded: %1</source>
        <translation>Not refunded: %1</translation>
    </message>
    <message>
        <source>Refunded %1. Refund reference %2. Still refundable: %3.</source>
        <translation>Refunded %1. Refund reference %2. Still refundable: %3.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Already refunded</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This sale was not paid with SEQR; refund it in cash.</source>
        <translation>This sale was not paid with SEQR; refund it in cash.</translation>
    </message>
    <message>
        <source>Row %1: at most %2 can still be refunded of what was sold.</source>
        <translation>Row %1: at most %2 can still be refunded of what was sold.</translation>
    </message>
    <message>
        <source>The amount is more than the chosen rows are worth; nothing was sent to SEQR.</source>
        <translation>The amount is more than the chosen rows are worth; nothing was sent to SEQR.</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2.</source>
        <translation>%1 is not an amount in %2.</translation>
    </message>
    <message>
        <source>Confirm the refund.</source>
        <translation>Confirm the refund.</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <source>Not refunded: canceled, nothing was sent to SEQR.</source>
        <translation>Not refunded: canceled, nothing was sent to SEQR.</translation>
    </message>
    <message>
        <source>Refund %1 %2 of receipt %3 to the customer&apos;s SEQR account (payment %4)?</source>
        <translation>Refund %1 %2 of receipt %3 to the customer&apos;s SEQR account (payment %4)?</translation>
    </message>
    <message>
        <source>%1 × %2 at %3: %4</source>
        <translation>%1 × %2 at %3: %4</translation>
    </message>
    <message>
        <source>An amount, not rows: no row is marked as refunded.</source>
        <translation>An amount, not rows: no row is marked as refunded.</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>VAT %1 %: %2</translation>
    </message>
    <message>
        <source>Still refundable afterwards: %1. This cannot be undone.</source>
        <translation>Still refundable afterwards: %1. This cannot be undone.</translation>
    </message>
    <message>
        <source>The journal could not be read: %1 Try again.</source>
        <translation>The journal could not be read: %1 Try again.</translation>
    </message>
    <message>
        <source>Sold at %1 (from the shop database).</source>
        <translation>Sold at %1 (from the shop database).</translation>
    </message>
    <message>
        <source>Give %1 back in cash (paid in cash).</source>
        <translation>Give %1 back in cash (paid in cash).</translation>
    </message>
    <message>
        <source>No sale found for %1 in this till&apos;s journal, and %2.</source>
        <translation>No sale found for %1 in this till&apos;s journal, and %2.</translation>
    </message>
    <message>
        <source>Not refunded: %1; nothing was sent to SEQR.</source>
        <translation>Not refunded: %1; nothing was sent to SEQR.</translation>
    </message>
    <message>
        <source>At most %1 can still be given back in cash (what was paid in cash); nothing was sent to SEQR.</source>
        <translation>At most %1 can still be given back in cash (what was paid in cash); nothing was sent to SEQR.</translation>
    </message>
    <message>
        <source>Given back in cash besides: %1 (paid in cash).</source>
        <translation>Given back in cash besides: %1 (paid in cash).</translation>
    </message>
    <message>
        <source>Not refunded of these rows: %1.</source>
        <translation>Not refunded of these rows: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ServiceCodesWidget</name>
    <message>
        <source>Service codes…</source>
        <translation>Service codes…</translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation>Scan to order</translation>
    </message>
    <message>
        <source>This till knows no order service (orderService in its configuration), so it has no codes to print. kassa-web service-codes prints them where the service is set up.</source>
        <translation>This till knows no order service (orderService in its configuration), so it has no codes to print. kassa-web service-codes prints them where the service is set up.</translation>
    </message>
    <message>
        <source>The order service %1 has no codes yet (tables, counters, shelves): add them with kassa-web service-codes.</source>
        <translation>The order service %1 has no codes yet (tables, counters, shelves): add them with kassa-web service-codes.</translation>
    </message>
    <message numerus="yes">
        <source>A4 sheet of the %n code(s) of the order service %1, to print and put on the tables.</source>
        <translation>
            <numerusform>A4 sheet of the %n code of the order service %1, to print and put on the tables.</numerusform>
            <numerusform>A4 sheet of the %n codes of the order service %1, to print and put on the tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sheet of service codes as a PDF</source>
        <translation>Save the sheet of service codes as a PDF</translation>
    </message>
    <message>
        <source>Save the service codes as PDF</source>
        <translation>Save the service codes as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The service codes were not saved: %1 cannot be written (%2). Choose a folder you can write to, e.g. on a USB stick.</source>
        <translation>The service codes were not saved: %1 cannot be written (%2). Choose a folder you can write to, e.g. on a USB stick.</translation>
    </message>
    <message>
        <source>The service codes were not saved: %1</source>
        <translation>The service codes were not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n service code(s) in %1. Print it at actual size (100 %), not fitted to the page.</source>
        <translation>
            <numerusform>Saved %n service code in %1. Print it at actual size (100 %), not fitted to the page.</numerusform>
            <numerusform>Saved %n service codes in %1. Print it at actual size (100 %), not fitted to the page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShopSettingsWidget</name>
    <message>
        <source>Receipts in Swedish and English (otherwise in the till&apos;s language only)</source>
        <translation>Receipts in Swedish and English (otherwise in the till&apos;s language only)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Street and number
Postcode and town</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>e.g. 556677-8899</source>
        <translation>e.g. 556677-8899</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved. The next receipt shows it.</source>
        <translation>Saved. The next receipt shows it.</translation>
    </message>
    <message>
        <source>Training mode (övningsläge): every sale is a training receipt, outside the day&apos;s sales, VAT and grand totals</source>
        <translation>Training mode (övningsläge): every sale is a training receipt, outside the day&apos;s sales, VAT and grand totals</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Cash register</source>
        <translation>Cash register</translation>
    </message>
    <message>
        <source>Training mode was not changed: %1</source>
        <translation>Training mode was not changed: %1</translation>
    </message>
    <message>
        <source>Training mode is on: sales are training receipts (ÖVNINGSKVITTO).</source>
        <translation>Training mode is on: sales are training receipts (ÖVNINGSKVITTO).</translation>
    </message>
    <message>
        <source>Training mode is off: sales are real.</source>
        <translation>Training mode is off: sales are real.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShopStatusWidget</name>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Tills of the shop:</source>
        <translation>Tills of the shop:</translation>
    </message>
    <message>
        <source>Shop database: connecting…</source>
        <translation>Shop database: connecting…</translation>
    </message>
    <message>
        <source>Shop database: connected, everything sent.</source>
        <translation>Shop database: connected, everything sent.</translation>
    </message>
    <message numerus="yes">
        <source>Shop database: connected, sending %n record(s).</source>
        <translation>
            <numerusform>Shop database: connected, sending %n record.</numerusform>
            <numerusform>Shop database: connected, sending %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shop database not reachable since %1; %n record(s) wait to be sent. The till keeps selling and sends them when it is back.</source>
        <translation>
            <numerusform>Shop database not reachable since %1; %n record waits to be sent. The till keeps selling and sends it when it is back.</numerusform>
            <numerusform>Shop database not reachable since %1; %n records wait to be sent. The till keeps selling and sends them when it is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TillSetupWidget</name>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Register this till</source>
        <translation>Register this till</translation>
    </message>
    <message>
        <source>Assign SEQR ID</source>
        <translation>Assign SEQR ID</translation>
    </message>
    <message>
        <source>Unregister this till…</source>
        <translation>Unregister this till…</translation>
    </message>
    <message>
        <source>SEQR service</source>
        <translation>SEQR service</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Register with the shop&apos;s SEQR account</source>
        <translation>Register with the shop&apos;s SEQR account</translation>
    </message>
    <message>
        <source>Reseller ID</source>
        <translation>Reseller ID</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Reseller password</source>
        <translation>Reseller password</translation>
    </message>
    <message>
        <source>External till ID</source>
        <translation>External till ID</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Till name</translation>
    </message>
    <message>
        <source>The reseller password is used for this one registration and is not stored.</source>
        <translation>The reseller password is used for this one registration and is not stored.</translation>
    </message>
    <message>
        <source>SEQR ID (type it or scan the sticker&apos;s barcode)</source>
        <translation>SEQR ID (type it or scan the sticker&apos;s barcode)</translation>
    </message>
    <message>
        <source>SEQR ID</source>
        <translation>SEQR ID</translation>
    </message>
    <message>
        <source>This till is registered with SEQR as %1 (terminal %2). SEQR ID: %3.</source>
        <translation>This till is registered with SEQR as %1 (terminal %2). SEQR ID: %3.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>This till is not registered with SEQR.</source>
        <translation>This till is not registered with SEQR.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Fill in the reseller ID, user ID and reseller password.</source>
        <translation>Fill in the reseller ID, user ID and reseller password.</translation>
    </message>
    <message>
        <source>Give the till a name (shown on the customer&apos;s phone).</source>
        <translation>Give the till a name (shown on the customer&apos;s phone).</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Not registered: %1</translation>
    </message>
    <message>
        <source>Registered. Now assign the SEQR ID from the till&apos;s sticker.</source>
        <translation>Registered. Now assign the SEQR ID from the till&apos;s sticker.</translation>
    </message>
    <message>
        <source>Type or scan the SEQR ID from the till&apos;s sticker.</source>
        <translation>Type or scan the SEQR ID from the till&apos;s sticker.</translation>
    </message>
    <message>
        <source>Register the till first.</source>
        <translation>Register the till first.</translation>
    </message>
    <message>
        <source>The SEQR ID was not assigned: %1</source>
        <translation>The SEQR ID was not assigned: %1</translation>
    </message>
    <message>
        <source>SEQR ID %1 assigned. The till is ready for SEQR payments.</source>
        <translation>SEQR ID %1 assigned. The till is ready for SEQR payments.</translation>
    </message>
    <message>
        <source>Unregister this till</source>
        <translation>Unregister this till</translation>
    </message>
    <message>
        <source>Unregister this till from SEQR? It cannot take SEQR payments until it is registered again.</source>
        <translation>Unregister this till from SEQR? It cannot take SEQR payments until it is registered again.</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Unregister</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not unregistered: %1</source>
        <translation>Not unregistered: %1</translation>
    </message>
    <message>
        <source>Unregistered.</source>
        <translation>Unregistered.</translation>
    </message>
    <message>
        <source>Use this endpoint</source>
        <translation>Use this endpoint</translation>
    </message>
    <message>
        <source>The endpoint could not be saved: %1</source>
        <translation>The endpoint could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved. This till was registered at the previous endpoint; register it again if SEQR there does not know it.</source>
        <translation>Saved. This till was registered at the previous endpoint; register it again if SEQR there does not know it.</translation>
    </message>
    <message>
        <source>Saved. Kassa talks to SEQR at this endpoint from now on.</source>
        <translation>Saved. Kassa talks to SEQR at this endpoint from now on.</translation>
    </message>
</context>
<context>
    <name>kassa::web::WebShopHost</name>
    <message>
        <source>The webshop cannot listen on %1 port %2.</source>
        <translation>The webshop cannot listen on %1 port %2.</translation>
    </message>
</context>
<context>
    <name>kassa::web::WebStrings</name>
    <message>
        <source>Webshop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Name, article number or EAN</source>
        <translation>Name, article number or EAN</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>No products match your search.</source>
        <translation>No products match your search.</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Add to cart</translation>
    </message>
    <message>
        <source>Add %1 to the cart</source>
        <translation>Add %1 to the cart</translation>
    </message>
    <message>
        <source>%1 is in the cart.</source>
        <translation>%1 is in the cart.</translation>
    </message>
    <message>
        <source>Your cart</source>
        <translation>Your cart</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>Your cart is empty.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Quantity of %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation>Remove %1 from the cart</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>VAT %1 %</translation>
    </message>
    <message>
        <source>Pay with SEQR</source>
        <translation>Pay with SEQR</translation>
    </message>
    <message>
        <source>1. Scan the QR code with your SEQR app</source>
        <translation>1. Scan the QR code with your SEQR app</translation>
    </message>
    <message>
        <source>2. Confirm the payment with your personal PIN</source>
        <translation>2. Confirm the payment with your personal PIN</translation>
    </message>
    <message>
        <source>Tap the button to pay in the SEQR app, then confirm with your PIN.</source>
        <translation>Tap the button to pay in the SEQR app, then confirm with your PIN.</translation>
    </message>
    <message>
        <source>Open SEQR</source>
        <translation>Open SEQR</translation>
    </message>
    <message>
        <source>Get the SEQR app</source>
        <translation>Get the SEQR app</translation>
    </message>
    <message>
        <source>QR code to pay %1 with SEQR</source>
        <translation>QR code to pay %1 with SEQR</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Preparing your payment…</source>
        <translation>Preparing your payment…</translation>
    </message>
    <message>
        <source>Waiting for your payment…</source>
        <translation>Waiting for your payment…</translation>
    </message>
    <message>
        <source>Time left to pay: %1</source>
        <translation>Time left to pay: %1</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Paid — thank you!</translation>
    </message>
    <message>
        <source>The payment was declined. Your cart is kept; you can try again.</source>
        <translation>The payment was declined. Your cart is kept; you can try again.</translation>
    </message>
    <message>
        <source>The payment was canceled. Your cart is kept.</source>
        <translation>The payment was canceled. Your cart is kept.</translation>
    </message>
    <message>
        <source>No payment arrived in time, so the payment was canceled. Your cart is kept.</source>
        <translation>No payment arrived in time, so the payment was canceled. Your cart is kept.</translation>
    </message>
    <message>
        <source>SEQR cannot be reached right now. Your cart is kept: please pay another way or try again later.</source>
        <translation>SEQR cannot be reached right now. Your cart is kept: please pay another way or try again later.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Back to the cart</source>
        <translation>Back to the cart</translation>
    </message>
    <message>
        <source>The payment status cannot be fetched right now; still trying…</source>
        <translation>The payment status cannot be fetched right now; still trying…</translation>
    </message>
    <message>
        <source>There is no payment to show.</source>
        <translation>There is no payment to show.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Thank you for your order!</source>
        <translation>Thank you for your order!</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>SEQR reference</source>
        <translation>SEQR reference</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>This receipt cannot be found.</source>
        <translation>This receipt cannot be found.</translation>
    </message>
    <message>
        <source>This order is not paid (yet).</source>
        <translation>This order is not paid (yet).</translation>
    </message>
    <message>
        <source>Continue shopping</source>
        <translation>Continue shopping</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A payment is open for this cart: finish or cancel it before changing the cart.</source>
        <translation>A payment is open for this cart: finish or cancel it before changing the cart.</translation>
    </message>
    <message>
        <source>At most %1 of one product.</source>
        <translation>At most %1 of one product.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n different products in one cart.</source>
        <translation>
            <numerusform>At most %n product in one cart.</numerusform>
            <numerusform>At most %n different products in one cart.</numerusform>
        </translation>
    </message>
    <message>
        <source>That product is not sold here.</source>
        <translation>That product is not sold here.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>The quantity must be a whole number.</translation>
    </message>
    <message>
        <source>Too many payments were started from this cart. Wait a minute and try again.</source>
        <translation>Too many payments were started from this cart. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>The shop cannot take SEQR payments right now. Please try again in a moment.</source>
        <translation>The shop cannot take SEQR payments right now. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Your session has expired. Reload the page.</source>
        <translation>Your session has expired. Reload the page.</translation>
    </message>
    <message>
        <source>The request could not be understood.</source>
        <translation>The request could not be understood.</translation>
    </message>
    <message>
        <source>Scan to order</source>
        <translation>Scan to order</translation>
    </message>
    <message>
        <source>Scan a code with the SEQR app, or open its link on the phone.</source>
        <translation>Scan a code with the SEQR app, or open its link on the phone.</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <source>This order link has expired. Scan the code on the table or shelf again.</source>
        <translation>This order link has expired. Scan the code on the table or shelf again.</translation>
    </message>
    <message>
        <source>SEQR cannot be reached right now. Scan the code again in a moment, or order at the counter.</source>
        <translation>SEQR cannot be reached right now. Scan the code again in a moment, or order at the counter.</translation>
    </message>
    <message>
        <source>Scan the code again</source>
        <translation>Scan the code again</translation>
    </message>
    <message>
        <source>Back to SEQR</source>
        <translation>Back to SEQR</translation>
    </message>
    <message>
        <source>What would you like?</source>
        <translation>What would you like?</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Review order</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Your order</translation>
    </message>
    <message>
        <source>Order and pay with SEQR</source>
        <translation>Order and pay with SEQR</translation>
    </message>
    <message>
        <source>Confirming your payment…</source>
        <translation>Confirming your payment…</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>Payment canceled</source>
        <translation>Payment canceled</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>You canceled the payment, so nothing was ordered. Your order is kept if you want to try again.</source>
        <translation>You canceled the payment, so nothing was ordered. Your order is kept if you want to try again.</translation>
    </message>
    <message>
        <source>The payment did not go through, so nothing was ordered. Your order is kept if you want to try again.</source>
        <translation>The payment did not go through, so nothing was ordered. Your order is kept if you want to try again.</translation>
    </message>
    <message>
        <source>Back to your order</source>
        <translation>Back to your order</translation>
    </message>
    <message>
        <source>The order number is also on your receipt in the SEQR app.</source>
        <translation>The order number is also on your receipt in the SEQR app.</translation>
    </message>
    <message>
        <source>We bring your order to %1. If you are called, show this number at the counter.</source>
        <translation>We bring your order to %1. If you are called, show this number at the counter.</translation>
    </message>
    <message>
        <source>Scan with the demo phone</source>
        <translation>Scan with the demo phone</translation>
    </message>
    <message>
        <source>The shop cannot read its records right now. Please try again in a moment.</source>
        <translation>The shop cannot read its records right now. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Too many payments were started from your address. Wait a minute and try again.</source>
        <translation>Too many payments were started from your address. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>The shop is taking too many payments just now. Wait a minute and try again.</source>
        <translation>The shop is taking too many payments just now. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>Too many new carts were started from your address. Wait a minute and try again.</source>
        <translation>Too many new carts were started from your address. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>The shop has too many visitors just now. Wait a minute and try again.</source>
        <translation>The shop has too many visitors just now. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>This code is not one of the shop&apos;s. Scan the code on the table or shelf again.</source>
        <translation>This code is not one of the shop&apos;s. Scan the code on the table or shelf again.</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <source>Use the coupon</source>
        <translation>Use the coupon</translation>
    </message>
    <message>
        <source>The coupon %1 is on your order.</source>
        <translation>The coupon %1 is on your order.</translation>
    </message>
    <message>
        <source>That is not a coupon of this shop.</source>
        <translation>That is not a coupon of this shop.</translation>
    </message>
    <message>
        <source>That coupon is on your order already.</source>
        <translation>That coupon is on your order already.</translation>
    </message>
    <message>
        <source>That coupon has been used already: each is good once.</source>
        <translation>That coupon has been used already: each is good once.</translation>
    </message>
    <message>
        <source>That coupon is blocked by the shop.</source>
        <translation>That coupon is blocked by the shop.</translation>
    </message>
    <message>
        <source>The coupon cannot be checked just now. Try again in a while, or pay without it.</source>
        <translation>The coupon cannot be checked just now. Try again in a while, or pay without it.</translation>
    </message>
    <message>
        <source>Remove the coupon</source>
        <translation>Remove the coupon</translation>
    </message>
    <message>
        <source>The coupon is off your order; it is good again.</source>
        <translation>The coupon is off your order; it is good again.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kassa: a point of sale that takes SEQR payments.</source>
        <translation>Kassa: a point of sale that takes SEQR payments.</translation>
    </message>
    <message>
        <source>Run against a built-in SEQR sandbox with a registered demo till and the demo catalog.</source>
        <translation>Run against a built-in SEQR sandbox with a registered demo till and the demo catalog.</translation>
    </message>
    <message>
        <source>Demo: the sandbox pays each invoice after S seconds.</source>
        <translation>Demo: the sandbox pays each invoice after S seconds.</translation>
    </message>
    <message>
        <source>Demo: keep the demo&apos;s files in DIR.</source>
        <translation>Demo: keep the demo&apos;s files in DIR.</translation>
    </message>
    <message>
        <source>The till&apos;s configuration file.</source>
        <translation>The till&apos;s configuration file.</translation>
    </message>
    <message>
        <source>SEQR&apos;s endpoint URL (overrides the configuration).</source>
        <translation>SEQR&apos;s endpoint URL (overrides the configuration).</translation>
    </message>
    <message>
        <source>The cashier&apos;s id on invoices.</source>
        <translation>The cashier&apos;s id on invoices.</translation>
    </message>
    <message>
        <source>Import products from a CSV file at start.</source>
        <translation>Import products from a CSV file at start.</translation>
    </message>
    <message>
        <source>Print receipts on this printer instead of the till&apos;s: a system printer&apos;s name, or escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, escpos:cups:QUEUE (PDFs are always kept).</source>
        <translation>Print receipts on this printer instead of the till&apos;s: a system printer&apos;s name, or escpos:usb:DEVICE, escpos:tcp:HOST:PORT, escpos:serial:DEVICE:BAUD, escpos:cups:QUEUE (PDFs are always kept).</translation>
    </message>
    <message>
        <source>sv or en (default: the system&apos;s).</source>
        <translation>sv or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Kassa cannot start</source>
        <translation>Kassa cannot start</translation>
    </message>
</context>
</TS>
