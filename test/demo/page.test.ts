/**
 * The demo center's page in a frame, served as in `npm start` (the elements from src/, the reference API at
 * /api): its own words follow the language switch, as the widgets do.
 */
import { expect, waitUntil } from '@open-wc/testing';

async function openDemo(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.src = '/demo/index.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  await waitUntil(() => page.defaultView!.customElements.get('recovery-provider'), 'the elements are defined', { timeout: 10_000 });
  return page;
}

const words = (page: Document) => [...page.querySelectorAll<HTMLElement>('[data-copy]')].map((node) => node.textContent.replace(/\s+/g, ' ').trim());

describe('the demo page', () => {
  after(() => document.querySelector('iframe')?.remove());

  it('speaks the language chosen in its settings, its own words as well as the widgets', async () => {
    const page = await openDemo();
    const english = words(page);
    expect(page.querySelector('h1')!.textContent).to.equal('Alumni community');
    const select = page.querySelector<HTMLSelectElement>('select[name="lang"]')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change', { bubbles: true }));

    expect(page.documentElement.lang).to.equal('es');
    expect(page.title).to.equal('Exalumnos · Harbor Light Recovery Center');
    expect(page.querySelector('h1')!.textContent).to.equal('Comunidad de exalumnos');
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Encuentre una reunión',
      'Eventos para exalumnos',
      'Logros',
      'Historias de exalumnos',
    ]);
    expect(page.querySelector('form.controls')!.getAttribute('aria-label')).to.equal('Opciones de la página');
    // Every one of the page's own phrases changed, none left empty, and the links are still there.
    const spanish = words(page);
    expect(spanish.filter((phrase, i) => !phrase || phrase === english[i])).to.deep.equal([]);
    expect([...page.querySelectorAll('footer a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'tel:+18006624357', '/api/openapi.json']);
    // And the widgets with it.
    const meetings = page.querySelector('recovery-meetings')!;
    await waitUntil(() => meetings.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'es', 'the widgets in Spanish');

    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(words(page)).to.deep.equal(english);
  });
});
