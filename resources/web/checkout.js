'use strict';
// The payment view: the QR (drawn by the server) or, on a phone, a link that
// opens the SEQR app; the status as soon as the server knows it — pushed over
// a WebSocket (the push only says *that* it changed; the page then asks
// /seqr/status), or polled once a second from this timer when WebSockets are
// missing or fail. Leaving the page stops both.
(() => {
  const k = window.kassa;
  const orderId = new URLSearchParams(location.search).get('order') || '';
  const state = { transport: 'none', pushes: 0, polls: 0, failures: 0, problem: '', last: null };
  window.kassaCheckout = state;
  let socket = null;
  let pollTimer = null;
  let reconnectTimer = null;
  let clockTimer = null;
  let secondsLeft = 0;
  let finished = false;
  const finalStates = ['PAID', 'DECLINED', 'CANCELED', 'TIMED_OUT', 'NOT_SENT'];

  // Phone: a large "Open SEQR" button instead of the QR (a phone cannot scan
  // its own screen); unsure (a large touch screen): both.
  function layout() {
    const mobileAgent = /Android|iPhone|iPod|Mobile|Windows Phone/i.test(navigator.userAgent);
    const narrow = window.matchMedia('(max-width: 600px)').matches;
    const touch = window.matchMedia('(pointer: coarse)').matches;
    const mode = mobileAgent || narrow ? 'phone' : touch ? 'both' : 'desktop';
    document.body.dataset.layout = mode;
  }

  function showTime() {
    const m = Math.floor(secondsLeft / 60);
    const s = String(secondsLeft % 60).padStart(2, '0');
    document.getElementById('time-left').textContent = k.t('timeLeft', m + ':' + s);
  }

  function stopAll() {
    finished = true;
    if (pollTimer) clearInterval(pollTimer);
    if (reconnectTimer) clearTimeout(reconnectTimer);
    if (clockTimer) clearInterval(clockTimer);
    pollTimer = reconnectTimer = clockTimer = null;
    if (socket) socket.close();
    socket = null;
  }

  function render(o) {
    state.last = o;
    document.body.dataset.state = o.state;
    document.getElementById('amount').textContent = o.amount;
    document.getElementById('status').textContent = o.message;
    const view = document.getElementById('pay-view');
    if (o.state === 'WAITING') {
      const img = document.getElementById('qr-image');
      if (!img.getAttribute('src')) {
        img.src = o.qrImage;
        img.alt = k.t('qrAlt', o.amount);
      }
      document.getElementById('open-seqr').href = o.appLink;
      view.hidden = false;
      secondsLeft = o.secondsLeft;
      showTime();
      if (!clockTimer) {
        clockTimer = setInterval(() => { if (secondsLeft > 0) secondsLeft--; showTime(); }, 1000);
      }
    } else {
      view.hidden = true;
    }
    if (finalStates.includes(o.state)) {
      stopAll();
      if (o.state === 'PAID') {
        // How the page learned it, for whoever looks (tests, support).
        sessionStorage.setItem('kassaPaidVia', JSON.stringify(
          { transport: state.transport, pushes: state.pushes, polls: state.polls }));
        location.replace(o.receiptUrl);
        return;
      }
      document.getElementById('outcome').hidden = false;
      document.getElementById('try-again').focus();
    }
  }

  async function fetchStatus() {
    if (!orderId) return;
    try {
      const r = await k.get('/seqr/status?order=' + encodeURIComponent(orderId));
      if (r.status === 404) {
        document.getElementById('status').textContent = k.t('noOrder');
        document.getElementById('outcome').hidden = false;
        stopAll();
        return;
      }
      if (!r.ok) {
        failed(typeof r.data.error === 'string' ? r.data.error : '');
        return;
      }
      state.failures = 0;
      state.problem = '';
      k.say('');
      render(r.data);
    } catch (e) {
      failed(''); // the server not reached, or not JSON
    }
  }

  // Retried by the next poll or push; said after a few failures: in the
  // server's words when it gave them (503: it cannot read its records just
  // now), else the page's own. As text, never markup.
  function failed(sentence) {
    state.failures++;
    state.problem = sentence;
    if (state.failures >= 3) k.say(sentence || k.t('statusProblem'), true);
    if (!pollTimer && !finished) startPolling();
  }

  function startPolling() {
    if (pollTimer || finished) return;
    state.transport = 'polling';
    pollTimer = setInterval(() => { state.polls++; fetchStatus(); }, 1000);
  }

  function stopPolling() {
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = null;
  }

  function connect() {
    if (finished) return;
    if (!('WebSocket' in window)) {
      startPolling();
      return;
    }
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    let ws;
    try {
      ws = new WebSocket(scheme + location.host + '/seqr/ws?order=' + encodeURIComponent(orderId));
    } catch (e) {
      startPolling();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      state.transport = 'websocket';
      stopPolling();
    };
    ws.onmessage = () => {
      state.pushes++;
      fetchStatus();
    };
    ws.onclose = () => {
      if (socket === ws) socket = null;
      if (finished) return;
      // Poll meanwhile; a reconnect resumes the pushes.
      startPolling();
      reconnectTimer = setTimeout(connect, 5000);
    };
  }

  async function cancel() {
    document.getElementById('cancel-button').disabled = true;
    const r = await k.post('/shop/api/cancel');
    document.getElementById('cancel-button').disabled = false;
    if (r.ok) render(r.data);
    else k.say(r.data.error || k.t('errBadRequest'), true);
  }

  async function tryAgain() {
    const r = await k.post('/shop/api/checkout');
    if (r.ok) location.replace('/shop/checkout?order=' + encodeURIComponent(r.data.order));
    else k.say(r.data.error || k.t('errBadRequest'), true);
  }

  async function start() {
    layout();
    window.matchMedia('(max-width: 600px)').addEventListener('change', layout);
    await k.loadStrings();
    k.setupLanguageSwitch(fetchStatus);
    await k.cart(); // the CSRF token for cancel and try again
    document.getElementById('cancel-button').addEventListener('click', cancel);
    document.getElementById('try-again').addEventListener('click', tryAgain);
    await fetchStatus();
    if (!finished) connect();
    document.body.dataset.ready = 'true';
  }

  window.addEventListener('pagehide', stopAll);
  start();
})();
