import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/core/provider.define.js';
import { RecoveryProvider } from '../../src/core/provider.js';
import '../support/recovery-sample.js';
import type { RecoverySample } from '../support/recovery-sample.js';

const shown = (el: RecoverySample) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

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
      expect(shown(sample)).to.equal('Todavía no hay nada que mostrar.');
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
    expect(shown(sample)).to.equal('Nothing to show yet.');
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
    expect(shown(sample)).to.equal('Nothing to show yet.');
    expect(sample.effectiveTimeZone).to.equal('America/Chicago');
  });

  it('works when the provider is upgraded after its children', async () => {
    const tag = 'late-recovery-provider';
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>${document.createElement(tag)}</div>
    `);
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
    await nextFrame();
    await sample.updateComplete;
    expect(sample.effectiveTimeZone).to.equal('America/Bogota');
    expect(shown(sample)).to.equal('Todavía no hay nada que mostrar.');
  });

  it('lets the nearest provider win when providers nest', async () => {
    const outer = await fixture<RecoveryProvider>(html`
      <recovery-provider lang="es" time-zone="Asia/Tokyo">
        <recovery-provider lang="en"><recovery-sample .records=${[]}></recovery-sample></recovery-provider>
      </recovery-provider>
    `);
    const sample = outer.querySelector('recovery-sample')!;
    await sample.updateComplete;
    expect(shown(sample)).to.equal('Nothing to show yet.');
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
    expect(shown(sample)).to.equal('Todavía no hay nada que mostrar.');
    document.documentElement.setAttribute('lang', 'en-US');
    await nextFrame();
    await sample.updateComplete;
    expect(shown(sample)).to.equal('Nothing to show yet.');
  });

  it('follows the nearest lang attribute of the page around it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section lang="es"><recovery-sample .records=${[]}></recovery-sample></section>`,
    );
    const sample = wrapper.querySelector('recovery-sample')!;
    await sample.updateComplete;
    expect(shown(sample)).to.equal('Todavía no hay nada que mostrar.');
    expect(sample.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
  });
});
