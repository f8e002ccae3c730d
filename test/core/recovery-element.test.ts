import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElement } from '../../src/core/define-element.js';
import { RecoveryLoadEvent, RecoveryErrorEvent } from '../../src/core/events.js';
import '../support/recovery-sample.js';
import type { RecoverySample } from '../support/recovery-sample.js';

let counter = 0;
const uid = () => `el-${Date.now()}-${++counter}`;
const route = (path: string, params: Record<string, string | number> = {}) => {
  const url = new URL(`/__misbehave/${path}`, location.origin);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url.href;
};
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('guarded registration', () => {
  it('defining a defined tag is a no-op, never a throw', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const tag = `guarded-${uid()}`;
    defineElement(tag, First);
    expect(() => defineElement(tag, First)).not.to.throw();
    expect(() => defineElement(tag, Second)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
  });
});

describe('an element on the shared base', () => {
  it('shows the loading view while it waits, and it is accessible', async () => {
    const el = await fixture<RecoverySample>(
      html`<recovery-sample src=${route('records', { id: uid(), delay: 1500 })}></recovery-sample>`,
    );
    const loading = part(el, 'loading');
    expect(loading).to.exist;
    expect(loading!.getAttribute('role')).to.equal('status');
    expect(text(loading)).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('shows valid records, skips the invalid ones, and reports both counts', async () => {
    const el = document.createElement('recovery-sample');
    el.src = route('records', { id: uid() });
    const loaded = oneEvent(el, 'recovery-load');
    document.body.append(el);
    const event = (await loaded) as RecoveryLoadEvent;
    expect(event).to.be.instanceOf(RecoveryLoadEvent);
    expect(event.detail).to.deep.equal({ total: 2, skipped: 2 });
    expect(event.bubbles && event.composed).to.equal(true);
    const items = [...el.shadowRoot!.querySelectorAll('[part="record"]')];
    expect(items.map((li) => li.getAttribute('data-id'))).to.deep.equal(['a', 'c']);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('renders feed text as text, never as HTML', async () => {
    const el = document.createElement('recovery-sample');
    el.src = route('records', { id: uid() });
    const loaded = oneEvent(el, 'recovery-load');
    document.body.append(el);
    await loaded;
    const item = el.shadowRoot!.querySelector('[data-id="c"]')!;
    expect(item.querySelector('img, b')).to.equal(null);
    expect(item.textContent).to.contain('<img src=x onerror="window.pwned=1">Sunrise <b>group</b>');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    el.remove();
  });

  it('shows the empty view', async () => {
    const el = document.createElement('recovery-sample');
    el.src = route('records', { id: uid(), empty: 1 });
    const loaded = oneEvent(el, 'recovery-load');
    document.body.append(el);
    expect(((await loaded) as RecoveryLoadEvent).detail).to.deep.equal({ total: 0, skipped: 0 });
    expect(text(part(el, 'empty'))).to.equal('Nothing to show yet.');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows a translated error with a retry that recovers, and fires recovery-error', async () => {
    const id = uid();
    const el = document.createElement('recovery-sample');
    el.lang = 'es';
    // Fails three times (the first try and two automatic retries), then works.
    el.src = route('flaky', { id, fail: 3, status: 500 });
    const failed = oneEvent(el, 'recovery-error');
    document.body.append(el);
    const event = (await failed) as RecoveryErrorEvent;
    expect(event).to.be.instanceOf(RecoveryErrorEvent);
    expect(event.detail).to.deep.equal({
      message: 'El servidor tuvo un problema. Intente de nuevo en un momento.',
      status: 500,
    });
    await el.updateComplete;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('El servidor tuvo un problema.');
    await expect(el).to.be.accessible();

    // The flaky route answers `{ ok, attempt }`, which is not a list: after the retry the element says so.
    const retry = error.querySelector('button')!;
    expect(text(retry)).to.equal('Intentar de nuevo');
    const again = oneEvent(el, 'recovery-error');
    retry.click();
    expect(((await again) as RecoveryErrorEvent).detail.message).to.equal(
      'No pudimos leer la información que recibimos.',
    );
    el.remove();
  });

  it('retries into a working list from the error view', async () => {
    const el = await fixture<RecoverySample>(
      html`<recovery-sample src=${route('html', { id: uid(), code: 503 })}></recovery-sample>`,
    );
    await waitUntil(() => part(el, 'error'), 'error view', { timeout: 5000 });
    el.src = route('records', { id: uid() });
    const loaded = oneEvent(el, 'recovery-load');
    (part(el, 'error')!.querySelector('button') as HTMLButtonElement).click();
    await loaded;
    expect(el.shadowRoot!.querySelectorAll('[part="record"]')).to.have.length(2);
  });

  it('cancels a superseded request and shows only the newest answer', async () => {
    const slowId = uid();
    const el = await fixture<RecoverySample>(
      html`<recovery-sample src=${route('records', { id: slowId, delay: 2000 })}></recovery-sample>`,
    );
    let errors = 0;
    el.addEventListener('recovery-error', () => errors++);
    const loaded = oneEvent(el, 'recovery-load');
    el.src = route('records', { id: uid(), empty: 1 });
    await loaded;
    expect(part(el, 'empty')).to.exist;
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(part(el, 'empty')).to.exist;
    expect(errors).to.equal(0);
  });

  it('takes data by property, with the same rendering', async () => {
    const el = await fixture<RecoverySample>(
      html`<recovery-sample .records=${[{ id: 'p1', name: 'Given directly' }]}></recovery-sample>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="record"]'));
    expect(text(el.shadowRoot!.querySelector('[data-id="p1"]'))).to.equal('Given directly');
  });
});
