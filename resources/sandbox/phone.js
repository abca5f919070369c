"use strict";
const $ = (id) => document.getElementById(id);
let current = null;   // the invoice being looked at
let poller = null;
// The external service open in the app's web view: { token, serviceId,
// webViewUrl, origin } (see AppWebView in the sandbox).
let session = null;
let webDepth = 0;          // pages the customer can go back to inside the service
let webLoads = 0;
let webReplacing = false;  // the app replaced the page: no new history entry
let webGoingBack = false;
const returned = new Set(); // invoices whose outcome page the app has opened

// The page's words in its language (Swedish or English), from the sandbox;
// until they arrive the English of the page itself stands.
let strings = {};
function t(id, ...args) {
  let s = strings[id] || id;
  args.forEach((a, i) => { s = s.split("%" + (i + 1)).join(String(a)); });
  return s;
}
const tr = t; // for code where `t` names a till
async function loadStrings() {
  try {
    const lang = new URLSearchParams(location.search).get("lang") || "";
    const reply = await fetch("/phone/strings?lang=" + encodeURIComponent(lang));
    strings = await reply.json();
    document.documentElement.lang = strings.language || "en";
    document.querySelectorAll("[data-i18n]").forEach((el) => {
      if (el.id !== "status" || !current) el.textContent = t(el.dataset.i18n);
    });
    document.querySelectorAll("[data-i18n-label]").forEach((el) => {
      el.setAttribute("aria-label", t(el.dataset.i18nLabel));
      if (el.hasAttribute("title")) el.setAttribute("title", t(el.dataset.i18nLabel));
    });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => {
      el.setAttribute("placeholder", t(el.dataset.i18nPlaceholder));
    });
  } catch (e) { /* the English in the page stays */ }
}

// Served with the page by the sandbox itself: state changes need it.
const controlToken = document.querySelector('meta[name="seqr-control-token"]').content;

async function call(path, body) {
  // The sandbox answers a refusal in the page's language.
  const language = strings.language || "en";
  const init = body === undefined ? { headers: { "X-Seqr-Control-Token": controlToken, "X-Seqr-Language": language } } : { method: "POST", headers: { "Content-Type": "application/json", "X-Seqr-Control-Token": controlToken, "X-Seqr-Language": language }, body: JSON.stringify(body) };
  const response = await fetch(path, init);
  const data = await response.json().catch(() => ({ error: t("unreadable") }));
  if (!response.ok) throw new Error(data.error || ("HTTP " + response.status));
  return data;
}

// A decimal as the page's language writes it ("1 234,50" in Swedish,
// "1,234.50" in English), made from SEQR's exact text, never via a float.
function number(text) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text));
  if (!m) return String(text);
  const sv = strings.language === "sv";
  const whole = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, sv ? "\u00a0" : ",");
  return m[1] + whole + (m[3] === undefined ? "" : (sv ? "," : ".") + m[3]);
}
function money(value, currency) { return number(value) + " " + currency; }

// An error stays until the customer acts (scans, confirms, pays, …); the
// refresh of the invoice does not erase it.
let pollFailed = false;
function showError(message) { $("error").textContent = message; }
function clearError() { $("error").textContent = ""; pollFailed = false; }

// SEQR's times are UTC; the customer reads them in the phone's own time.
function localTime(iso) {
  if (!iso) return "";
  const t = new Date(iso);
  if (isNaN(t)) return iso;
  const two = (n) => String(n).padStart(2, "0");
  return t.getFullYear() + "-" + two(t.getMonth() + 1) + "-" + two(t.getDate()) + " " +
         two(t.getHours()) + ":" + two(t.getMinutes()) + ":" + two(t.getSeconds());
}

function show(invoice) {
  current = invoice;
  $("shop").textContent = invoice.shop || "";
  $("till").textContent = invoice.till || "";
  const rows = $("rows");
  rows.replaceChildren();
  for (const r of invoice.rows) {
    const tr = document.createElement("tr");
    const what = document.createElement("td");
    what.textContent = (r.quantity && r.quantity !== "1" ? number(r.quantity) + (r.unit ? " " + r.unit : " ×") + " " : "") + r.description;
    const amount = document.createElement("td");
    amount.className = "amount";
    amount.textContent = number(r.total);
    tr.append(what, amount);
    rows.append(tr);
  }
  $("total").textContent = money(invoice.total, invoice.currency);
  const status = $("status");
  // Words for the customer; SEQR's own word stays in data-status.
  status.textContent = (strings["status" + invoice.status] || invoice.status) + (invoice.reversed ? " " + t("reversed") : "");
  status.dataset.status = invoice.status;
  status.className = "status " + invoice.status;
  const open = invoice.status === "ISSUED" || invoice.status === "PENDING_ISSUER_ACKNOWLEDGE";
  $("invoice-section").classList.toggle("hidden", false);
  $("confirm-button").disabled = !open || invoice.status === "PENDING_ISSUER_ACKNOWLEDGE";
  $("decline-button").disabled = !open;
  $("token-button").disabled = !open;
  $("coupon-button").disabled = !open;
  if (!open) $("pin-section").classList.add("hidden");
  const paid = invoice.status === "PAID";
  $("receipt-section").classList.toggle("hidden", !paid);
  if (paid) {
    $("receipt-shop").textContent = invoice.shop;
    $("receipt-total").textContent = money(invoice.total, invoice.currency);
    $("ers-reference").textContent = invoice.ersReference;
    $("receipt-date").textContent = localTime(invoice.paidAt);
  }
  afterInvoice(invoice);
}

// Where the app goes when an invoice is over: back into the service that
// triggered it (success, failure or cancel URL), or — for a webshop's
// invoice with a backURL — to the phone's browser.
function afterInvoice(invoice) {
  const over = invoice.status === "PAID" || invoice.status === "FAILED" || invoice.status === "CANCELED";
  if (!over || returned.has(invoice.invoiceReference)) return;
  if (session && invoice.sessionToken === session.token && invoice.webViewReturnUrl) {
    returned.add(invoice.invoiceReference);
    stopPolling();
    showWebView();
    $("invoice-section").classList.add("hidden");
    $("pin-section").classList.add("hidden");
    webReplacing = true;
    webView().contentWindow.location.replace(invoice.webViewReturnUrl);
    return;
  }
  if (!invoice.sessionToken && invoice.status === "PAID" && /^https?:\/\//i.test(invoice.returnUrl || "")) {
    returned.add(invoice.invoiceReference);
    stopPolling();
    const link = $("back-link");
    link.href = invoice.returnUrl;
    link.classList.remove("hidden");
    // As the app hands over to the phone's browser.
    setTimeout(() => { location.assign(invoice.returnUrl); }, 1200);
  }
}

function stopPolling() { if (poller) { clearInterval(poller); poller = null; } }

function webView() { return document.getElementById("webview"); }

function showWebView() {
  $("service-section").classList.remove("hidden");
  $("scan-section").classList.add("hidden");
}

function updateBack() { $("service-back").disabled = webDepth <= 0; }

function openService(opened) {
  stopPolling();
  current = null;
  for (const id of ["invoice-section", "pin-section", "receipt-section"]) $(id).classList.add("hidden");
  $("back-link").classList.add("hidden");
  $("message").textContent = "";
  session = { token: opened.token, serviceId: opened.serviceId, webViewUrl: opened.webViewUrl,
              origin: new URL(opened.webViewUrl).origin };
  $("service-title").textContent = opened.serviceId;
  // A fresh web view per service: its history starts here.
  const frame = document.createElement("iframe");
  frame.id = "webview";
  frame.className = "webview";
  frame.title = opened.serviceId;
  webDepth = 0; webLoads = 0; webReplacing = false; webGoingBack = false;
  frame.addEventListener("load", () => {
    if (webLoads++ === 0) { /* the first page */ }
    else if (webReplacing) webReplacing = false;
    else if (webGoingBack) { webGoingBack = false; webDepth = Math.max(0, webDepth - 1); }
    else webDepth++;
    updateBack();
  });
  frame.src = opened.webViewUrl;
  $("webview-holder").replaceChildren(frame);
  updateBack();
  showWebView();
}

function closeService(message) {
  session = null;
  $("webview-holder").replaceChildren();
  $("service-section").classList.add("hidden");
  $("scan-section").classList.remove("hidden");
  $("message").textContent = message || "";
}

function handle(result) {
  if (result.kind === "service") { openService(result); return; }
  if (result.kind === "left") { closeService(t("left", result.serviceId)); return; }
  $("pin-section").classList.add("hidden");
  if (session) $("service-section").classList.add("hidden");
  show(result);
  follow(result.invoiceReference);
}

// A page in the web view navigated to a SEQR link (the proxy's link page
// tells us; only our web view's origin is listened to).
window.addEventListener("message", async (event) => {
  const frame = webView();
  if (!session || !frame || event.source !== frame.contentWindow || event.origin !== session.origin) return;
  const link = event.data && typeof event.data.seqrLink === "string" ? event.data.seqrLink : "";
  if (!link) return;
  clearError();
  try { handle(await call("/control/follow", { link: link, token: session.token })); }
  catch (e) { showError(e.message); }
});

function follow(reference) {
  if (poller) clearInterval(poller);
  poller = setInterval(async () => {
    try {
      show(await call("/control/invoice?ref=" + encodeURIComponent(reference)));
      if (pollFailed) clearError(); // only the refresh's own failure goes with it
    } catch (e) { if (!$("error").textContent) { showError(e.message); pollFailed = true; } }
  }, 1000);
}

async function scan(what) {
  clearError();
  $("message").textContent = "";
  try { handle(await call("/control/scan", { qr: what })); }
  catch (e) { showError(e.message); }
}

async function act(path, extra) {
  if (!current) return;
  clearError();
  try { show(await call(path, Object.assign({ invoiceReference: current.invoiceReference }, extra || {}))); }
  catch (e) { showError(e.message); }
}

async function loadTills() {
  try {
    const { tills } = await call("/control/tills");
    const select = $("tills");
    const chosen = select.value; // the refresh keeps the customer's pick
    select.replaceChildren();
    for (const t of tills) {
      const o = document.createElement("option");
      o.value = t.seqrId ? "HTTP://SEQR.SE/Q" + t.seqrId : "";
      o.textContent = (t.name || t.externalTerminalId) + (t.seqrId ? " (" + t.seqrId + ")" : " " + tr("noSeqrId")) + (t.waitingInvoice ? " " + tr("paymentWaiting") : "");
      o.disabled = !t.seqrId;
      select.append(o);
    }
    if (!tills.length) select.append(new Option(tr("noTill"), ""));
    else if (chosen && tills.some((t) => "HTTP://SEQR.SE/Q" + t.seqrId === chosen)) select.value = chosen;
  } catch (e) { if (!$("error").textContent) showError(e.message); }
}

$("scan-button").onclick = () => scan($("qr-input").value);
$("qr-input").onkeydown = (e) => { if (e.key === "Enter") scan($("qr-input").value); };
$("scan-till-button").onclick = () => scan($("tills").value);
$("confirm-button").onclick = async () => {
  await act("/control/confirm");
  if (current && current.status === "ISSUED") { $("pin-section").classList.remove("hidden"); $("pin-input").focus(); }
};
$("decline-button").onclick = () => act("/control/decline");
$("cancel-button").onclick = () => act("/control/cancel");
// The wallet (Kassa's demo card and coupon, from /phone/strings): offered
// to the shop as customer tokens; the shop answers with a new amount.
function offer(item) {
  if (!item) return;
  act("/control/token", { id: item.id, description: item.description, value: item.value, status: 0 });
}
$("token-button").onclick = () => offer(strings.walletCard);
$("coupon-button").onclick = () => offer(strings.walletCoupon);
$("pay-button").onclick = () => act("/control/pay", { pin: $("pin-input").value });
$("pin-input").oninput = clearError;
$("pin-input").onkeydown = (e) => { if (e.key === "Enter") $("pay-button").click(); };
$("service-back").onclick = () => {
  if (webDepth <= 0) return;
  webGoingBack = true;
  history.back(); // the web view's page is the newest entry of this tab's history
};
$("service-close").onclick = async () => {
  if (!session) return;
  clearError();
  try { const left = await call("/control/leave", { token: session.token }); closeService(t("left", left.serviceId)); }
  catch (e) { showError(e.message); }
};
// /phone?code=SEQR://SEQR.SE/R… scans the code at once: what tapping a
// webshop's "open the app" link does on a phone (see README).
loadStrings().then(() => {
  $("wallet-card").textContent = strings.walletCard ? strings.walletCard.label : "";
  $("wallet-coupon").textContent = strings.walletCoupon ? strings.walletCoupon.label : "";
  loadTills();
  const code = new URLSearchParams(location.search).get("code");
  if (code) { $("qr-input").value = code; scan(code); }
});
setInterval(loadTills, 5000);
