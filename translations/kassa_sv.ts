<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CliApp</name>
    <message>
        <source>kassa-cli: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(configuration: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see kassa-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SEQR endpoint must be an http(s) URL: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”; see kassa-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Kassa process (pid </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>) is using this till; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing payments left in flight by an earlier run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  invoice </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID, journaled as receipt </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ersReference </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled (no payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (no payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open; it will be tried again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency “</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row “</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>” is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total must be more than zero (it is </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rounds wants a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round-seconds wants a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Still trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to pay </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final answer yet; waiting another round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment after all rounds; canceling the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ersReference </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: SEQR has not confirmed the receipt yet; it will be sent again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment: the invoice was canceled after all rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed (the customer declined or SEQR refused it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kassa-cli status INVOICE_REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kassa-cli cancel INVOICE_REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is already paid; it cannot be canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kassa-cli refund ERS_REFERENCE --amount X [--currency SEK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund amount must be more than zero; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SEQR payment </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in this till&apos;s journal; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment was in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of this payment can still be refunded; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kassa-cli: the refund was made at SEQR (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>) but could not be journaled: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of payment </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — refund reference </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> remains refundable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for SEQR&apos;s report (attempt </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction period </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this till)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, only at SEQR </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, only in Kassa </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, amount differs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. SEQR total </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, Kassa total </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows belong to other tills of the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled: SEQR and the journal agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERENCES FOUND — see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the period at SEQR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since wants a date like 2026-11-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SEQR </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal register needs --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered. terminalId </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; saved in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kassa-cli terminal assign-seqr-id SEQRID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR ID </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> assigned; the till&apos;s sticker reads HTTP://SEQR.SE/Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: kassa-cli terminal register|assign-seqr-id|unregister …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>SEQR refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR refused access (a terminal password must have at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR does not know this shop account or till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is not registered at SEQR any more; register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR refused the invoice data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That SEQR ID is not valid (letters and digits only) or belongs to another till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR does not know that invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR does not know that payment reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is already paid and cannot be canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is confirming the payment right now; it cannot be canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was already canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds cannot add up to more than the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop&apos;s SEQR account does not allow refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR&apos;s report is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR is having trouble right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR cannot be reached. SEQR payments need a connection; take the payment another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR&apos;s certificate is not trusted, so nothing was sent. Check the endpoint and CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is not registered with SEQR; it must be registered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR answered something Kassa cannot read; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KassaApp</name>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s configuration %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa is already running for this till (or kassa-cli is paying on it). Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa Demo Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s currency %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: pay at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa is still connecting to SEQR; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n catalog line(s) were left out: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo SEQR state cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo SEQR service cannot listen on a local port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the demo till with the demo SEQR service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo till could not be registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing SEQR payments left from the last run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment of %1 from the last run was paid: receipt %2, reference %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unpaid payment of %1 from the last run was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment of %1 from the last run is still open; Kassa will finish it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa-cli</name>
    <message>
        <source>Kassa&apos;s SEQR payments from the command line.

Commands:
  terminal register --reseller ID --user-id UID --reseller-password PW --external-id TEXT --name TEXT
  terminal assign-seqr-id SEQRID
  terminal unregister
  pay --row &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot;... [--currency SEK] [--cashier ID] [--rounds N]
  status INVOICE_REFERENCE
  cancel INVOICE_REFERENCE
  refund ERS_REFERENCE --amount X [--currency SEK]
  close-period [--per-terminal]
  journal [--since YYYY-MM-DD]

Exit codes: 0 paid/done, 1 service or transport error, 2 usage or bad input (nothing sent),
3 canceled, 4 failed, 5 no final status after all rounds (invoice canceled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::Cart</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::AmountDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::CashierWindow</name>
    <message>
        <source>Kassa — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode, or type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with SEQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till %1 · SEQR ID %2 · cashier %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is not registered with SEQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received %1
To pay %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the barcode %1. Scan again or search with F3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is in progress; finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1 in kg (price %2 per kg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the weight in kg, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight has at most 3 decimals (grams).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a row in the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scanned or typed barcode; text searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1 in kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a number more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by the piece: whole numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on %1 (%2), as an amount or a percentage like 10%:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount like %1 or a percentage like 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount cannot be more than the row (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole receipt (%1), as an amount or a percentage like 10%:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount cannot be more than the receipt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale voided. Give back the cash received: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received (to pay %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount received, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received %1. To pay: %2 — press F12 for SEQR or F8 for more cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale could not be recorded: %1 Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SEQR payment is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty: scan something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till is not registered with SEQR, so it cannot take SEQR payments. A manager must register it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR payment of %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with SEQR: %1. Reference %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SEQR payment could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SEQR payment was canceled. The cart is kept; take the rest another way or give back the cash received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SEQR payment was canceled. The cart is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is recorded, but its receipt could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed on %1. Reprint it with F9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SEQR payment is in progress: finish or cancel it before closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerDisplayWindow</name>
    <message>
        <source>%1 — customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We take SEQR: pay with your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with SEQR — scan, then confirm with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentDialog</name>
    <message>
        <source>Cancel payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem: SEQR does not answer. Kassa keeps trying — ask the customer to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invoice to SEQR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to scan the code and confirm with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not paid yet. Try again, or cancel the payment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. Recording the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. SEQR reference %1, receipt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment canceled. Nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed. Nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left in this round</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductSearchDialog</name>
    <message>
        <source>Find a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, SKU or EAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kassa: a point of sale that takes SEQR payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a built-in SEQR sandbox with a registered demo till and the demo catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: the sandbox pays each invoice after S seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: keep the demo&apos;s files in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQR&apos;s endpoint URL (overrides the configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cashier&apos;s id on invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a CSV file at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipts on this printer (PDFs are always kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sv or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
