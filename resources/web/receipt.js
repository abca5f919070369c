'use strict';
// The receipt page: what checkout.js opens after PAID, and the backURL the
// SEQR app opens on the phone. Only reads; a reload creates nothing. When
// the app opens it a moment before the shop has heard of the payment (or
// while the shop cannot read its journal), it asks again for a while.
(() => {
  const k = window.kassa;
  const orderId = new URLSearchParams(location.search).get('order') || '';
  let tries = 0;

  function render(r) {
    document.getElementById('receipt').hidden = false;
    document.getElementById('status').textContent = k.t('paid');
    document.getElementById('order-number').textContent = r.orderNumber;
    document.getElementById('receipt-date').textContent = r.date;
    document.getElementById('ers-reference').textContent = r.ersReference;
    document.getElementById('receipt-total').textContent = r.total;
    const rows = document.getElementById('receipt-rows');
    rows.replaceChildren();
    for (const row of r.rows) {
      const tr = k.el('tr');
      tr.append(k.el('td', row.description), k.el('td', row.quantity), k.el('td', row.total, 'num'));
      rows.append(tr);
    }
    const vat = document.getElementById('receipt-vat');
    vat.replaceChildren();
    for (const v of r.vat) vat.append(k.el('li', k.t('vatRate', v.rate) + ': ' + v.amount));
    document.body.dataset.state = 'PAID';
  }

  async function load() {
    const r = await k.get('/shop/api/receipt?order=' + encodeURIComponent(orderId));
    if (r.ok) return render(r.data);
    document.getElementById('status').textContent = r.data.message || r.data.error || '';
    document.body.dataset.state = r.data.state || 'UNKNOWN';
    // 409: not paid yet; 503: the shop cannot read its records just now.
    if ((r.status === 409 || r.status === 503) && ++tries < 60) setTimeout(load, 1000);
  }

  async function start() {
    await k.loadStrings();
    k.setupLanguageSwitch(load);
    await load();
    document.body.dataset.ready = 'true';
  }

  start();
})();
