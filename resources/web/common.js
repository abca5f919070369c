'use strict';
// Shared by the webshop's pages: words in the page's language, JSON calls
// with the session's CSRF token, and the language switch (its buttons are
// made here, in every page's header). Data reaches the DOM as text only
// (textContent), never as markup.
window.kassa = {
  strings: {},
  language: 'en',
  csrf: '',

  t(id, ...args) {
    let s = this.strings[id] || id;
    args.forEach((a, i) => { s = s.split('%' + (i + 1)).join(String(a)); });
    return s;
  },

  async loadStrings() {
    const reply = await fetch('/shop/api/strings', { credentials: 'same-origin' });
    const data = await reply.json();
    this.strings = data.strings;
    this.language = data.language;
    document.documentElement.lang = data.language;
    document.querySelectorAll('[data-i18n]').forEach((el) => {
      el.textContent = this.t(el.dataset.i18n);
    });
    document.querySelectorAll('[data-i18n-label]').forEach((el) => {
      el.setAttribute('aria-label', this.t(el.dataset.i18nLabel));
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
      el.setAttribute('placeholder', this.t(el.dataset.i18nPlaceholder));
    });
    const name = document.getElementById('shop-name');
    if (name) name.textContent = data.shop;
    document.title = data.shop + ' — ' + document.title.split(' — ').pop();
    document.querySelectorAll('.lang button').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.lang === data.language));
    });
    return data;
  },

  async get(url) {
    const reply = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    const data = await reply.json().catch(() => ({}));
    return { ok: reply.ok, status: reply.status, data };
  },

  async post(url, body, retried) {
    const reply = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Kassa-CSRF': this.csrf },
      body: JSON.stringify(body || {}),
    });
    const data = await reply.json().catch(() => ({}));
    // The first change makes the session: its token comes with the cart.
    if (reply.ok && typeof data.csrf === 'string') this.csrf = data.csrf;
    // Another tab made the session meanwhile: take its token, once.
    if (reply.status === 403 && this.csrf === 'new' && !retried) {
      await this.cart();
      if (this.csrf !== 'new') return this.post(url, body, true);
    }
    return { ok: reply.ok, status: reply.status, data };
  },

  // The cart (and with it the session cookie and CSRF token).
  async cart() {
    const r = await this.get('/shop/api/cart');
    if (r.ok) this.csrf = r.data.csrf;
    return r;
  },

  setupLanguageSwitch(onChange) {
    document.querySelectorAll('.lang button').forEach((b) => {
      b.addEventListener('click', async () => {
        document.cookie = 'kassa_lang=' + b.lang + '; Path=/; SameSite=Lax; Max-Age=31536000';
        await this.loadStrings();
        if (onChange) onChange();
      });
    });
  },

  // GET that answers a network failure as status 0 instead of throwing.
  async reach(url) {
    try {
      return await this.get(url);
    } catch (e) {
      return { ok: false, status: 0, data: {} };
    }
  },

  say(text, problem) {
    const el = document.getElementById('message');
    if (!el) return;
    el.textContent = text || '';
    el.classList.toggle('problem', Boolean(problem));
  },

  el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  },
};

// The language switch in the page's header: Svenska and English, each
// named in its own language.
(function addLanguageSwitch() {
  const header = document.querySelector('body > header');
  if (!header) return;
  const nav = document.createElement('nav');
  nav.className = 'lang';
  nav.dataset.i18nLabel = 'language';
  [['sv', 'Svenska'], ['en', 'English']].forEach(([lang, name]) => {
    const b = window.kassa.el('button', name);
    b.type = 'button';
    b.id = 'lang-' + lang;
    b.lang = lang;
    nav.append(b);
  });
  header.append(nav);
})();
