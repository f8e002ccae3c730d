import { LitElement } from 'lit';
import { expect, fixture, html } from '@open-wc/testing';
import { LocalizeController } from '../../src/core/i18n/localize-controller.js';
import { core as englishCore } from '../../src/core/i18n/en.js';
import { loadLanguage, registerLanguage, registerMessages, registerNamespace, supportedLanguage, translate } from '../../src/core/i18n/translate.js';

describe('translate', () => {
  before(() => loadLanguage('es'));

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

  it('takes a new language from one file, falling back to English for missing keys', () => {
    const french = { core: { 'status.retry': 'Réessayer' } };
    registerLanguage('fr', french);
    expect(translate('fr-FR', 'status.retry')).to.equal('Réessayer');
    expect(translate('fr', 'status.loading')).to.equal(englishCore['status.loading']);
  });

  it("adds an element's strings to a language without losing the others", () => {
    registerMessages('fr', { 'status.empty': 'Rien à afficher pour le moment.' });
    expect(translate('fr', 'status.empty')).to.equal('Rien à afficher pour le moment.');
    expect(translate('fr', 'status.retry')).to.equal('Réessayer');
  });
});

describe('a page’s own wording', () => {
  it('stays when an element’s built-in strings load after it, in English and in other languages', async () => {
    await loadLanguage('es');
    registerMessages('en', { 'time.yourZone': 'Our own words ({zone}).' });
    registerMessages('es', { 'time.yourZone': 'Nuestras palabras ({zone}).' });
    registerNamespace({ 'time.yourZone': 'Built-in words ({zone}).' }, { es: () => Promise.resolve({ default: { 'time.yourZone': 'Palabras incluidas ({zone}).' } }) });
    await loadLanguage('es');
    expect(translate('en', 'time.yourZone', { zone: 'X' })).to.equal('Our own words (X).');
    expect(translate('es', 'time.yourZone', { zone: 'X' })).to.equal('Nuestras palabras (X).');
  });
});

describe('LocalizeController', () => {
  before(() => loadLanguage('es'));
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
