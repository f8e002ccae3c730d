import { LitElement } from 'lit';
import { expect, fixture, html } from '@open-wc/testing';
import { LocalizeController } from '../../src/core/i18n/localize-controller.js';
import { en } from '../../src/core/i18n/en.js';
import { es } from '../../src/core/i18n/es.js';
import type { Message, MessageKey } from '../../src/core/i18n/messages.js';
import { registerLanguage, supportedLanguage, translate } from '../../src/core/i18n/translate.js';

const placeholders = (message: Message) =>
  [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();

describe('language catalogs', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('Spanish has every English key, with real text', () => {
    expect(Object.keys(es).sort()).to.deep.equal([...keys].sort());
    for (const key of keys) {
      const text = JSON.stringify(es[key]);
      expect(text.length, key).to.be.greaterThan(4);
    }
  });

  it('Spanish keeps every placeholder and plural form of English', () => {
    for (const key of keys) {
      expect(placeholders(es[key]), key).to.deep.equal(placeholders(en[key]));
      expect(typeof es[key], key).to.equal(typeof en[key]);
      if (typeof es[key] === 'object') expect(es[key], key).to.have.property('other');
    }
  });

  it('Spanish is not English left in place', () => {
    const same = keys.filter((key) => JSON.stringify(es[key]) === JSON.stringify(en[key]));
    expect(same).to.deep.equal([]);
  });
});

describe('translate', () => {
  it('chooses plural forms by the language rules', () => {
    expect(translate('en', 'status.skipped', { count: 1 })).to.equal('1 entry could not be read and was left out.');
    expect(translate('en', 'status.skipped', { count: 3 })).to.equal('3 entries could not be read and were left out.');
    expect(translate('es', 'status.skipped', { count: 1 })).to.equal('1 registro no se pudo leer y se omitió.');
    expect(translate('es', 'status.skipped', { count: 0 })).to.equal('0 registros no se pudieron leer y se omitieron.');
  });

  it('formats numbers for the language as written on the page', () => {
    expect(translate('en', 'status.skipped', { count: 12345 })).to.contain('12,345');
    expect(translate('es-ES', 'status.skipped', { count: 12345 })).to.contain('12.345');
  });

  it('fills named parameters', () => {
    expect(translate('es', 'time.yourZone', { zone: 'America/Mexico_City' })).to.equal(
      'Los horarios se muestran en su zona horaria (America/Mexico_City).',
    );
  });

  it('matches regional codes to their language and falls back to English', () => {
    expect(supportedLanguage('es-MX')).to.equal('es');
    expect(supportedLanguage('ES')).to.equal('es');
    expect(supportedLanguage('fr-CA')).to.equal('en');
    expect(supportedLanguage(undefined)).to.equal('en');
    expect(translate('de', 'status.retry')).to.equal('Try again');
  });

  it('takes a new language from one catalog, falling back to English for missing keys', () => {
    registerLanguage('fr', { 'status.retry': 'Réessayer' });
    expect(translate('fr-FR', 'status.retry')).to.equal('Réessayer');
    expect(translate('fr', 'status.loading')).to.equal(en['status.loading']);
  });
});

describe('LocalizeController', () => {
  class LocalizedHost extends LitElement {
    language = 'en';
    readonly i18n = new LocalizeController(this);
    resolvedLang() {
      return this.language;
    }
  }
  customElements.define('localized-host-test', LocalizedHost);

  it('formats numbers and dates in the language of its element', async () => {
    const host = await fixture<LocalizedHost>(html`<localized-host-test></localized-host-test>`);
    const day = new Date('2026-11-22T12:00:00Z');
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(host.i18n.number(1234.5)).to.equal('1,234.5');
    expect(host.i18n.date(day, options)).to.equal('November 22, 2026');
    host.language = 'es-ES';
    expect(host.i18n.number(1234.5)).to.equal('1234,5');
    expect(host.i18n.number(12345.5)).to.equal('12.345,5');
    expect(host.i18n.date(day, options)).to.equal('22 de noviembre de 2026');
    expect(host.i18n.t('status.retry')).to.equal('Intentar de nuevo');
  });
});
