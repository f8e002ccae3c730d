import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mount } from '../support/mount.js';
import '../../src/core/provider.define.js';
import { RecoveryProvider } from '../../src/core/provider.js';
import '../support/recovery-sample.js';
import type { RecoverySample } from '../support/recovery-sample.js';

const shown = (el: RecoverySample) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
/** Waits until the element shows `expected` (data and strings load asynchronously), then returns what it shows. */
async function showsEventually(el: RecoverySample, expected: string): Promise<string> {
  await waitUntil(() => shown(el) === expected, `expected "${expected}", saw "${shown(el)}"`, { timeout: 3000 }).catch(() => undefined);
  return shown(el);
}

describe('<recovery-provider>', () => {
  it('gives every element inside it the same settings', async () => {
    const provider = await fixture<RecoveryProvider>(html`
      <recovery-provider api="https://center.example/api" lang="es" time-zone="Asia/Tokyo" theme="dark">
        <recovery-sample .records=${[]}></recovery-sample>
        <div><recovery-sample .records=${[]}></recovery-sample></div>
      </recovery-provider>
    `);
    const samples = [...provider.querySelectorAll('recovery-sample')];
    expect(samples).to.have.length(2);
    for (const sample of samples) {
      await sample.updateComplete;
      expect(sample.effectiveApi).to.equal('https://center.example/api');
      expect(sample.effectiveTimeZone).to.equal('Asia/Tokyo');
      expect(sample.effectiveTheme).to.equal('dark');
      expect(await showsEventually(sample, 'Todavía no hay nada que mostrar.')).to.equal('Todavía no hay nada que mostrar.');
    }
  });

  it("lets an element's own attribute win", async () => {
    const provider = await fixture<RecoveryProvider>(html`
      <recovery-provider api="https://center.example/api" lang="es" time-zone="Asia/Tokyo" theme="dark">
        <recovery-sample api="https://other.example/api" lang="en" time-zone="Europe/Madrid" theme="light"
          .records=${[]}></recovery-sample>
      </recovery-provider>
    `);
    const sample = provider.querySelector('recovery-sample')!;
    await sample.updateComplete;
    expect(sample.effectiveApi).to.equal('https://other.example/api');
    expect(sample.effectiveTimeZone).to.equal('Europe/Madrid');
    expect(sample.effectiveTheme).to.equal('light');
    expect(await showsEventually(sample, 'Nothing to show yet.')).to.equal('Nothing to show yet.');
  });

  it('passes changes on to elements already rendered', async () => {
    const provider = await fixture<RecoveryProvider>(html`
      <recovery-provider lang="es"><recovery-sample .records=${[]}></recovery-sample></recovery-provider>
    `);
    const sample = provider.querySelector('recovery-sample')!;
    provider.lang = 'en';
    provider.timeZone = 'America/Chicago';
    await provider.updateComplete;
    await sample.updateComplete;
    expect(await showsEventually(sample, 'Nothing to show yet.')).to.equal('Nothing to show yet.');
    expect(sample.effectiveTimeZone).to.equal('America/Chicago');
  });

  it('works when the provider is upgraded after its children', async () => {
    const tag = 'late-recovery-provider';
    const wrapper = mount(html`${document.createElement(tag)}`);
    const late = wrapper.querySelector(tag)!;
    late.setAttribute('lang', 'es');
    late.setAttribute('time-zone', 'America/Bogota');
    late.innerHTML = '<recovery-sample></recovery-sample>';
    const sample = late.querySelector('recovery-sample') as RecoverySample;
    sample.records = [];
    await sample.updateComplete;
    expect(sample.effectiveTimeZone).to.not.equal('America/Bogota');

    customElements.define(tag, class extends RecoveryProvider {});
    await (late as RecoveryProvider).updateComplete;
    await waitUntil(() => sample.effectiveTimeZone === 'America/Bogota', 'the late provider reaches its child');
    expect(await showsEventually(sample, 'Todavía no hay nada que mostrar.')).to.equal('Todavía no hay nada que mostrar.');
  });

  it('lets the nearest provider win when providers nest', async () => {
    const outer = await fixture<RecoveryProvider>(html`
      <recovery-provider lang="es" time-zone="Asia/Tokyo">
        <recovery-provider lang="en"><recovery-sample .records=${[]}></recovery-sample></recovery-provider>
      </recovery-provider>
    `);
    const sample = outer.querySelector('recovery-sample')!;
    await sample.updateComplete;
    expect(await showsEventually(sample, 'Nothing to show yet.')).to.equal('Nothing to show yet.');
  });

  it('renders nothing of its own and is accessible', async () => {
    const provider = await fixture<RecoveryProvider>(
      html`<recovery-provider><p>Alumni content</p></recovery-provider>`,
    );
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });
});

describe('language without a provider', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('follows the page language, and re-renders when it changes', async () => {
    document.documentElement.setAttribute('lang', 'es-MX');
    const sample = await fixture<RecoverySample>(html`<recovery-sample .records=${[]}></recovery-sample>`);
    expect(await showsEventually(sample, 'Todavía no hay nada que mostrar.')).to.equal('Todavía no hay nada que mostrar.');
    document.documentElement.setAttribute('lang', 'en-US');
    expect(await showsEventually(sample, 'Nothing to show yet.')).to.equal('Nothing to show yet.');
  });

  it('follows the nearest lang attribute of the page around it', async () => {
    const wrapper = mount(html`<recovery-sample .records=${[]}></recovery-sample>`, 'section');
    wrapper.setAttribute('lang', 'es');
    const sample = wrapper.querySelector('recovery-sample')!;
    sample.requestUpdate(); // the lang attribute came after the first render
    expect(await showsEventually(sample, 'Todavía no hay nada que mostrar.')).to.equal('Todavía no hay nada que mostrar.');
    expect(sample.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
  });
});
