'use strict';
// The service codes as the printed sheet has them, as a list: each code's
// label, its QR (drawn by the server), its text and the app link.
(() => {
  const k = window.kassa;
  async function start() {
    await k.loadStrings();
    k.setupLanguageSwitch();
    const r = await k.get('/service/api/codes');
    const list = document.getElementById('codes');
    list.replaceChildren();
    (r.ok ? r.data.codes : []).forEach((c) => {
      const li = k.el('li', undefined, 'code');
      li.append(k.el('h3', c.label));
      const img = document.createElement('img');
      img.src = c.qrImage;
      img.alt = c.text;
      img.width = 200;
      img.height = 200;
      li.append(img);
      const a = k.el('a', c.text, 'code-link');
      a.href = c.link;
      li.append(a);
      if (c.phoneLink) {
        // The demo: scan it with the sandbox's phone page.
        const p = k.el('a', k.t('scanOnPhonePage'), 'big-button phone-link');
        p.href = c.phoneLink;
        li.append(p);
      }
      list.append(li);
    });
  }
  start();
})();
