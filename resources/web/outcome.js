'use strict';
// The pages the SEQR app opens after the payment: /service/success
// (#TOKEN_<invoiceReference>), /service/failure and /service/cancel (#TOKEN).
// Success waits for the shop to hear of the payment, then shows the order
// number and where to pick it up; failure and cancel say what happened and
// lead back to the order, which is kept.
(() => {
  const k = window.kassa;
  const kind = location.pathname.split('/').pop();
  const hash = decodeURIComponent(location.hash.slice(1));
  const token = kind === 'success' ? hash.replace(/_[^_]*$/, '') : hash;
  const state = { kind, last: null, failures: 0, gone: false };
  window.kassaOutcome = state;
  let timer = null;

  function backToOrder() {
    const a = document.getElementById('back-to-order');
    a.href = '/service/order#' + encodeURIComponent(token);
    a.hidden = !token;
  }

  function render(o) {
    state.last = o;
    document.body.dataset.state = o.state || 'NONE';
    document.getElementById('place').textContent = o.place || '';
    if (kind !== 'success') return;
    if (o.state === 'PAID') {
      clearInterval(timer);
      document.getElementById('heading').textContent = k.t('orderPlaced');
      document.getElementById('status').textContent = k.t('paid');
      document.getElementById('order-number').textContent = o.orderNumber;
      document.getElementById('pickup').textContent = o.pickup;
      const rows = document.getElementById('rows');
      rows.replaceChildren();
      (o.rows || []).forEach((r) => rows.append(k.el('li', r.quantity + ' × ' + r.description, 'line')));
      document.getElementById('total').textContent = o.amount;
      document.getElementById('placed').hidden = false;
    } else if (o.state === 'WAITING' || o.state === 'SENDING') {
      document.getElementById('status').textContent = k.t('confirmingPayment');
    } else {
      clearInterval(timer);
      document.getElementById('heading').textContent = k.t('notPaidHeading');
      document.getElementById('status').textContent = o.message;
      backToOrder();
    }
  }

  async function load() {
    const r = await k.reach('/service/api/placed');
    if (r.ok) {
      state.failures = 0;
      k.say('');
      render(r.data);
    } else if (r.status === 503 || r.status === 0) {
      // The shop cannot read its records just now (or is not reached):
      // asked again, its sentence shown after a few tries.
      if (++state.failures >= 3) k.say(r.data.error || k.t('statusProblem'), true);
    } else {
      state.gone = true;
      document.body.dataset.state = 'NONE';
      k.say(r.data.error, true);
      clearInterval(timer);
    }
    return r;
  }

  async function start() {
    await k.loadStrings();
    k.setupLanguageSwitch(() => { if (state.last) render(state.last); });
    if (kind === 'success') {
      document.getElementById('heading').textContent = k.t('confirmingPayment');
      await load();
      if (!state.gone && (!state.last || state.last.state !== 'PAID')) timer = setInterval(load, 1000);
      return;
    }
    document.getElementById('heading').textContent =
      k.t(kind === 'cancel' ? 'canceledHeading' : 'failedHeading');
    document.getElementById('status').textContent =
      k.t(kind === 'cancel' ? 'orderCanceled' : 'orderFailed');
    const v = await k.get('/service/api/visit');
    if (v.ok && v.data.csrf) k.csrf = v.data.csrf;
    // Canceled in the app: make sure the invoice is canceled here too.
    if (kind === 'cancel' && v.ok) await k.post('/shop/api/cancel', {});
    backToOrder();
    // Until the shop has heard how the payment ended.
    await load();
    let tries = 0;
    timer = setInterval(async () => {
      const o = state.last;
      if (++tries > 30 || state.gone || (o && !['WAITING', 'SENDING'].includes(o.state))) {
        clearInterval(timer);
        return;
      }
      await load();
    }, 1000);
  }

  start();
})();
