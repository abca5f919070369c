'use strict';
// The shop page: search the catalog, keep the cart on the server, check out.
(() => {
  const k = window.kassa;
  let lastCart = null;

  function renderProducts(products) {
    const list = document.getElementById('product-list');
    list.replaceChildren();
    document.getElementById('no-products').hidden = products.length > 0;
    for (const p of products) {
      const li = k.el('li', undefined, 'product');
      li.dataset.ean = p.ean;
      li.append(k.el('span', p.name, 'name'), k.el('span', p.price, 'price'));
      const add = k.el('button', k.t('add'), 'add');
      add.type = 'button';
      add.setAttribute('aria-label', k.t('addNamed', p.name));
      add.addEventListener('click', () => change({ ean: p.ean, add: 1 }, p.name));
      li.append(add);
      list.append(li);
    }
  }

  function renderCart(cart) {
    lastCart = cart;
    const lines = document.getElementById('cart-lines');
    lines.replaceChildren();
    document.getElementById('cart-empty').hidden = cart.lines.length > 0;
    for (const line of cart.lines) {
      const li = k.el('li', undefined, 'line');
      li.dataset.ean = line.ean;
      const id = 'qty-' + line.ean;
      const label = k.el('label', line.name, 'name');
      label.htmlFor = id;
      const qty = k.el('input', undefined, 'qty');
      qty.id = id;
      qty.type = 'number';
      qty.min = '0';
      qty.max = String(cart.maxQuantity);
      qty.step = '1';
      qty.inputMode = 'numeric';
      qty.value = String(line.quantity);
      qty.setAttribute('aria-label', k.t('quantityOf', line.name));
      qty.addEventListener('change', () => {
        // A box the browser cannot read as a number (badInput) holds ''.
        if (qty.validity.badInput || qty.value.trim() === '') {
          qty.value = String(line.quantity);
          k.say(k.t('errBadQuantity'), true);
          return;
        }
        change({ ean: line.ean, quantity: Number(qty.value) }, line.name);
      });
      const remove = k.el('button', k.t('remove'), 'remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', k.t('removeNamed', line.name));
      remove.addEventListener('click', () => change({ ean: line.ean, quantity: 0 }, line.name));
      li.append(label, qty, k.el('span', line.total, 'total'), remove);
      lines.append(li);
    }
    const discounts = document.getElementById('cart-discounts');
    discounts.replaceChildren();
    for (const d of cart.discounts || []) discounts.append(k.el('li', d.name + ': ' + d.amount));
    document.getElementById('coupon-remove').hidden = (cart.coupons || []).length === 0;
    document.getElementById('coupon-button').disabled = cart.lines.length === 0;
    document.getElementById('cart-total').textContent = cart.total;
    const vat = document.getElementById('cart-vat');
    vat.replaceChildren();
    for (const v of cart.vat) vat.append(k.el('li', k.t('vatRate', v.rate) + ': ' + v.amount));
    document.getElementById('checkout-button').disabled = cart.lines.length === 0;
  }

  async function change(body, name) {
    const r = await k.post('/shop/api/cart', body);
    if (r.ok) {
      renderCart(r.data);
      k.say(body.add ? k.t('added', name) : '');
    } else {
      // Refused: the boxes show the cart as the server keeps it again.
      const now = await k.cart();
      if (now.ok) renderCart(now.data);
      k.say(r.data.error || k.t('errBadRequest'), true);
    }
  }

  // The server checks the code and works out what it takes off.
  async function useCoupon(event) {
    event.preventDefault();
    const box = document.getElementById('coupon-code');
    const code = box.value.trim();
    if (code === '') return;
    const r = await k.post('/shop/api/coupon', { code: code });
    if (r.ok) {
      renderCart(r.data);
      box.value = '';
      k.say(k.t('couponOn', code));
    } else {
      k.say(r.data.error || k.t('errBadRequest'), true);
    }
  }

  // The coupons come off the cart; the server gives each back.
  async function removeCoupons() {
    const r = await k.post('/shop/api/coupon', { remove: true });
    if (r.ok) {
      renderCart(r.data);
      k.say(k.t('couponRemoved'));
    } else {
      k.say(r.data.error || k.t('errBadRequest'), true);
    }
  }

  async function search() {
    const q = document.getElementById('search-input').value;
    const r = await k.get('/shop/api/products?q=' + encodeURIComponent(q));
    if (r.ok) renderProducts(r.data.products);
  }

  async function checkout() {
    const button = document.getElementById('checkout-button');
    button.disabled = true;
    const r = await k.post('/shop/api/checkout');
    if (r.ok) {
      location.assign('/shop/checkout?order=' + encodeURIComponent(r.data.order));
      return;
    }
    button.disabled = false;
    k.say(r.data.error || k.t('errBadRequest'), true);
  }

  async function start() {
    await k.loadStrings();
    k.setupLanguageSwitch(async () => { await search(); renderCart((await k.cart()).data); });
    const r = await k.cart();
    if (r.ok) {
      renderCart(r.data);
      // A checkout still open for this cart: go back to it, never a new one.
      if (r.data.openOrder) k.say(k.t('errPaying'));
    }
    document.getElementById('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      search();
    });
    document.getElementById('checkout-button').addEventListener('click', checkout);
    document.getElementById('coupon-form').addEventListener('submit', useCoupon);
    document.getElementById('coupon-remove').addEventListener('click', removeCoupons);
    await search();
    document.body.dataset.ready = 'true';
  }

  start();
})();
