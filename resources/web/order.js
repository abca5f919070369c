'use strict';
// Scan to order: the order page the SEQR app opens with #TOKEN. The token
// goes to the shop's backend, which asks SEQR who scanned which code; then
// the customer picks from the menu, reviews (with a way back: iPhones have
// no back key), and pays — the page triggers SEQR://SEQR.SE/R<ref> in the
// app, which then opens the success, failure or cancel page. Prices and the
// total are the server's; data reaches the DOM as text only.
(() => {
  const k = window.kassa;
  const token = decodeURIComponent(location.hash.slice(1));
  const state = { view: 'checking', visit: null, cart: null, order: null, triggered: '', failures: 0 };
  window.kassaOrder = state;
  const views = ['checking', 'expired', 'menu', 'review', 'paying'];
  let products = [];
  let pollTimer = null;

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  function show(view) {
    views.forEach((v) => { document.getElementById(v + '-view').hidden = v !== view; });
    document.body.dataset.view = view;
    state.view = view;
  }

  function expired(message) {
    document.getElementById('expired-text').textContent = message || k.t('visitExpired');
    show('expired');
  }

  function count(ean) {
    const line = (state.cart ? state.cart.lines : []).find((l) => l.ean === ean);
    return line ? line.quantity : 0;
  }

  function renderMenu() {
    const list = document.getElementById('menu');
    list.replaceChildren();
    products.forEach((p) => {
      const li = k.el('li', undefined, 'product');
      li.dataset.ean = p.ean;
      li.append(k.el('span', p.name, 'name'), k.el('span', p.price, 'price'));
      const minus = k.el('button', '−', 'step minus');
      minus.type = 'button';
      minus.setAttribute('aria-label', k.t('removeNamed', p.name));
      minus.disabled = count(p.ean) === 0;
      minus.addEventListener('click', () => change(p.ean, count(p.ean) - 1));
      const n = k.el('span', String(count(p.ean)), 'count');
      n.setAttribute('aria-label', k.t('quantityOf', p.name));
      const plus = k.el('button', '+', 'step plus');
      plus.type = 'button';
      plus.setAttribute('aria-label', k.t('addNamed', p.name));
      plus.addEventListener('click', () => change(p.ean, count(p.ean) + 1));
      li.append(minus, n, plus);
      list.append(li);
    });
    document.getElementById('menu-total').textContent = state.cart ? state.cart.total : '';
    document.getElementById('review-button').disabled = !state.cart || state.cart.lines.length === 0;
  }

  function renderReview() {
    const list = document.getElementById('review-lines');
    list.replaceChildren();
    state.cart.lines.forEach((l) => {
      const li = k.el('li', undefined, 'line');
      li.append(k.el('span', l.quantity + ' × ' + l.name, 'name'), k.el('span', l.total, 'total'));
      list.append(li);
    });
    document.getElementById('review-total').textContent = state.cart.total;
  }

  async function change(ean, quantity) {
    k.say('');
    const r = await k.post('/shop/api/cart', { ean, quantity: Math.max(0, quantity) });
    if (!r.ok) { k.say(r.data.error, true); return; }
    state.cart = r.data;
    renderMenu();
  }

  async function loadMenu() {
    const r = await k.get('/service/api/menu');
    products = r.ok ? r.data.products : [];
    renderMenu();
  }

  function applyVisit(v) {
    state.visit = v;
    if (v.csrf) k.csrf = v.csrf;
    if (v.state !== 'READY') { expired(v.message); return; }
    document.getElementById('place').textContent = v.place || '';
    state.cart = v.cart;
    if (v.cart && v.cart.openOrder) { pay(v.cart.openOrder); return; }
    loadMenu().then(() => show('menu'));
  }

  function outcomeUrl(o) {
    if (o.state === 'PAID') return '/service/success#' + encodeURIComponent(token) + '_' + o.invoiceReference;
    if (o.state === 'DECLINED' || o.state === 'NOT_SENT') return '/service/failure#' + encodeURIComponent(token);
    return '/service/cancel#' + encodeURIComponent(token);
  }

  function renderPaying(o) {
    state.order = o;
    document.body.dataset.state = o.state;
    document.getElementById('paying-status').textContent = o.message;
    const link = document.getElementById('open-seqr');
    link.hidden = o.state !== 'WAITING';
    if (o.state === 'WAITING') {
      link.href = o.appLink;
      // Once: the app takes over (SEQR://SEQR.SE/R<ref>).
      if (state.triggered !== o.invoiceReference) {
        state.triggered = o.invoiceReference;
        location.href = o.appLink;
      }
    }
    if (['PAID', 'DECLINED', 'CANCELED', 'TIMED_OUT', 'NOT_SENT'].includes(o.state)) {
      clearInterval(pollTimer);
      pollTimer = null;
      // The app normally opens these itself; a page left open follows too.
      location.replace(outcomeUrl(o));
    }
  }

  async function poll(orderId) {
    const r = await k.reach('/seqr/status?order=' + encodeURIComponent(orderId));
    if (r.ok) {
      state.failures = 0;
      k.say('');
      renderPaying(r.data);
      return;
    }
    if (r.status === 404) {
      clearInterval(pollTimer);
      pollTimer = null;
      k.say(r.data.error || k.t('noOrder'), true);
      return;
    }
    // 503: the shop cannot read its records just now; asked again each
    // second, its sentence shown after a few tries.
    if (++state.failures >= 3) k.say(r.data.error || k.t('statusProblem'), true);
  }

  function pay(orderId) {
    show('paying');
    poll(orderId);
    if (!pollTimer) pollTimer = setInterval(() => poll(orderId), 1000);
  }

  async function start() {
    await k.loadStrings();
    k.setupLanguageSwitch(() => { if (state.view === 'menu') renderMenu(); });
    document.getElementById('review-button').addEventListener('click', () => {
      renderReview();
      show('review');
    });
    document.getElementById('back-button').addEventListener('click', () => show('menu'));
    document.getElementById('pay-button').addEventListener('click', async () => {
      const button = document.getElementById('pay-button');
      button.disabled = true;
      const r = await k.post('/shop/api/checkout', {});
      button.disabled = false;
      // The token expired or was cancelled while the customer chose: SEQR
      // was asked again on submit and nothing was sent.
      if (!r.ok && r.data && r.data.state === 'EXPIRED') { expired(r.data.message); return; }
      if (!r.ok) { k.say(r.data.error, true); return; }
      pay(r.data.order);
    });
    document.getElementById('cancel-button').addEventListener('click', async () => {
      await k.post('/shop/api/cancel', {});
    });
    if (!token) { expired(); return; }
    // The token goes to the backend (never into a link or a log).
    const reply = await fetch('/service/api/open', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    let v = await reply.json().catch(() => ({ state: 'UNAVAILABLE' }));
    for (let i = 0; v.state === 'CHECKING' && i < 100; ++i) {
      await sleep(300);
      v = (await k.get('/service/api/visit')).data;
    }
    applyVisit(v);
  }

  // Another code scanned into the same web view: start over with its token.
  window.addEventListener('hashchange', () => location.reload());
  start();
})();
