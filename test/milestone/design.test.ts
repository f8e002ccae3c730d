/**
 * <recovery-milestone> as a visitor meets it: an inviting first state whose date field explains itself in the
 * element's own words, reached milestones that read as a list (not as buttons), and a share card drawn with
 * the milestone's chip or keytag and the center's name, and nothing that identifies the person.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/milestone/milestone.define.js';
import type { RecoveryMilestone } from '../../src/milestone/milestone.js';
import { addDays, formatCalendarDate, todayIn } from '../../src/core/time.js';
import { STORAGE_KEY } from '../../src/milestone/extras/index.js';
import { mount } from '../support/mount.js';

const ZONE = 'America/New_York';
const root = (el: RecoveryMilestone) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const daysAgo = (days: number) => formatCalendarDate(addDays(todayIn(ZONE), -days));
const button = (el: RecoveryMilestone, name: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === name);

async function shown(template: ReturnType<typeof html>): Promise<RecoveryMilestone> {
  const el = mount(template).querySelector('recovery-milestone')!;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

afterEach(() => localStorage.removeItem(STORAGE_KEY));

describe('<recovery-milestone> first state', () => {
  const dateField = (el: RecoveryMilestone) => root(el).querySelector<HTMLInputElement>('#personal-date')!;
  /** The field's own message, as a screen reader hears it with the field (aria-describedby). */
  const fieldMessage = (el: RecoveryMilestone) =>
    (dateField(el).getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => root(el).getElementById(id))
      .filter((node) => node?.classList.contains('field-error'))
      .map(text)
      .join(' ');

  async function submit(el: RecoveryMilestone, value: string) {
    dateField(el).value = value;
    dateField(el).dispatchEvent(new Event('input', { bubbles: true }));
    root(el).querySelector<HTMLFormElement>('form[part~="personal"]')!.requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
  }

  async function firstState(lang = 'en') {
    const el = await shown(html`<recovery-milestone lang=${lang} time-zone=${ZONE}></recovery-milestone>`);
    await waitUntil(() => root(el).querySelector('#personal-date'), 'the date field');
    await el.updateComplete;
    return el;
  }

  it('says in one sentence why, then asks for the date; no message yet; accessible', async () => {
    const el = await firstState();
    const form = root(el).querySelector('form[part~="personal"]')!;
    const intro = form.querySelector('.intro')!;
    expect(text(intro)).to.equal('Every day counts. Enter your date to see your time and the next milestone ahead.');
    expect(intro.compareDocumentPosition(dateField(el)) & Node.DOCUMENT_POSITION_FOLLOWING, 'the sentence comes first').to.be.greaterThan(0);
    expect(dateField(el).getAttribute('aria-invalid')).to.equal('false');
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a future date: its own message beside the field (never the browser’s bubble), focus on the field; accessible', async () => {
    const el = await firstState();
    expect(root(el).querySelector<HTMLFormElement>('form[part~="personal"]')!.noValidate).to.equal(true);
    await submit(el, daysAgo(-3));
    expect(fieldMessage(el)).to.equal('That date is in the future. Please choose today or an earlier date.');
    expect(dateField(el).getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('[part~="error"]'), 'said once, at the field').to.equal(null);
    await waitUntil(() => root(el).activeElement === dateField(el), 'focus on the field');
    expect(el.days).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('an empty date asks for one, in Spanish too', async () => {
    const en = await firstState();
    await submit(en, '');
    expect(fieldMessage(en)).to.equal('Please enter your date.');
    const es = await firstState('es');
    await waitUntil(() => text(root(es).querySelector('label[for="personal-date"]')) === 'Su fecha', 'Spanish');
    await submit(es, daysAgo(-3));
    expect(fieldMessage(es)).to.equal('Esa fecha está en el futuro. Elija hoy o una fecha anterior.');
    await submit(es, '');
    expect(fieldMessage(es)).to.equal('Escriba su fecha, por favor.');
  });

  it('a message goes as soon as the date changes: the field’s, and the last notice', async () => {
    const el = await firstState();
    await submit(el, daysAgo(-3));
    expect(fieldMessage(el)).not.to.equal('');
    dateField(el).value = daysAgo(5);
    dateField(el).dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(fieldMessage(el)).to.equal('');
    expect(dateField(el).getAttribute('aria-invalid')).to.equal('false');

    await submit(el, daysAgo(5));
    expect(el.days).to.equal(5);
    const remember = root(el).querySelector<HTMLInputElement>('input[name="remember"]');
    expect(remember, 'the form is closed once the date is shown').to.equal(null);
    button(el, 'Change my date')!.click();
    await waitUntil(() => root(el).querySelector('#personal-date'));
    root(el).querySelector<HTMLInputElement>('input[name="remember"]')!.checked = true;
    await submit(el, daysAgo(3));
    expect(text(root(el).querySelector('.notice'))).to.equal('Your date is updated. Every day counts.');
    button(el, 'Forget my date')!.click();
    await waitUntil(() => text(root(el).querySelector('.notice')) === 'Your date is removed from this device.');
    dateField(el).value = daysAgo(2);
    dateField(el).dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(text(root(el).querySelector('.notice')), 'the old notice is gone').to.equal('');
  });
});

describe('<recovery-milestone> reached milestones', () => {
  it('read as a list, not as buttons: no box around each, and a chip or keytag mark for each', async () => {
    for (const schedule of ['aa', 'na']) {
      const el = await shown(html`<recovery-milestone since=${daysAgo(100)} schedule=${schedule} time-zone=${ZONE}></recovery-milestone>`);
      const items = [...root(el).querySelectorAll<HTMLElement>('[part~="reached"] li')];
      expect(items.length, schedule).to.be.greaterThan(1);
      for (const item of items) {
        const style = getComputedStyle(item);
        expect(style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0, `${schedule}: no border around “${text(item)}”`).to.equal(true);
        expect(style.cursor, 'nothing to press').to.not.equal('pointer');
        expect(item.querySelector('.keytag'), `${schedule}: a mark for “${text(item)}”`).to.exist;
      }
      await expect(el).to.be.accessible();
    }
  });
});

describe('<recovery-milestone> share card', () => {
  /** Presses Share, then Share image, and returns the PNG (downloaded: headless Chromium shares no files) and the text drawn on it. */
  async function card(el: RecoveryMilestone, { keytag = false } = {}): Promise<{ image: ImageData; drawn: string[] }> {
    button(el, 'Share')!.click();
    await waitUntil(() => button(el, 'Share image'), 'the share panel');
    if (keytag) {
      root(el).querySelector<HTMLInputElement>('.share input[type="checkbox"]')!.click();
      await el.updateComplete;
    }
    const drawn: string[] = [];
    const clicked: HTMLAnchorElement[] = [];
    const { fillText } = CanvasRenderingContext2D.prototype;
    const { click } = HTMLAnchorElement.prototype;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, value: string, ...rest: [number, number, number?]) {
      drawn.push(value);
      return fillText.call(this, value, ...rest);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button(el, 'Share image')!.click();
      await waitUntil(() => clicked.length === 1, 'the card is made');
    } finally {
      CanvasRenderingContext2D.prototype.fillText = fillText;
      HTMLAnchorElement.prototype.click = click;
    }
    const bitmap = await createImageBitmap(await (await fetch(clicked[0]!.href)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return { image: context.getImageData(0, 0, bitmap.width, bitmap.height), drawn };
  }
  const pixel = ({ data, width }: ImageData, x: number, y: number) => [...data.slice((y * width + x) * 4, (y * width + x) * 4 + 3)];
  /** Whether a colour like `rgb` covers a good part of the token's area (the upper middle of the card). */
  const tokenHas = (image: ImageData, [r, g, b]: number[]) => {
    let hits = 0;
    for (let y = 150; y < 500; y += 10) {
      for (let x = 340; x < 740; x += 10) {
        const [pr, pg, pb] = pixel(image, x, y);
        if (Math.abs(pr! - r!) + Math.abs(pg! - g!) + Math.abs(pb! - b!) < 40) hits++;
      }
    }
    return hits > 100;
  };

  it('draws the center’s name when given, the milestone and the visitor’s words, and nothing that identifies them', async () => {
    const since = daysAgo(90);
    const el = await shown(html`<recovery-milestone since=${since} time-zone=${ZONE} center-name="Harbor Light Recovery Center"></recovery-milestone>`);
    const { image, drawn } = await card(el);
    expect([image.width, image.height]).to.deep.equal([1080, 1080]);
    expect(drawn).to.include('Harbor Light Recovery Center');
    expect(drawn.join(' ')).to.contain('90 days').and.to.contain('Celebrating 90 days today.');
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${since}T12:00:00Z`));
    expect(drawn.join(' '), 'never the date, which would say when their recovery began').not.to.contain(since).and.not.to.contain(date);

    const nameless = await shown(html`<recovery-milestone since=${since} time-zone=${ZONE}></recovery-milestone>`);
    const plain = await card(nameless);
    expect(plain.drawn).not.to.include('Harbor Light Recovery Center');
    expect(plain.drawn.join(' ')).to.contain('90 days');
  });

  it('draws a plain chip unless the visitor chooses their NA keytag (90 days: red), and an AA-style chip in the accent', async () => {
    const RED = [0xd0, 0x31, 0x2d];
    const quiet = await shown(html`<recovery-milestone since=${daysAgo(90)} schedule="na" time-zone=${ZONE} theme="light"></recovery-milestone>`);
    expect(tokenHas((await card(quiet)).image, RED), 'by default, no keytag colour: it names the fellowship').to.equal(false);
    const na = await shown(html`<recovery-milestone since=${daysAgo(90)} schedule="na" time-zone=${ZONE} theme="light"></recovery-milestone>`);
    expect(tokenHas((await card(na, { keytag: true })).image, RED), 'a red keytag, when chosen').to.equal(true);
    const aa = await shown(html`<recovery-milestone since=${daysAgo(90)} time-zone=${ZONE} theme="light"></recovery-milestone>`);
    const accent = getComputedStyle(root(aa).querySelector('.number')!).color.match(/\d+/g)!.map(Number);
    expect(tokenHas((await card(aa)).image, accent), `a chip in the accent, ${accent.join(',')}`).to.equal(true);
  });

  it('is drawn in the element’s colours, dark too', async () => {
    const el = await shown(html`<recovery-milestone since=${daysAgo(90)} time-zone=${ZONE} theme="dark"></recovery-milestone>`);
    const { image } = await card(el);
    const [r, g, b] = pixel(image, 5, 1075);
    expect(r! + g! + b!, 'the dark surface').to.be.lessThan(150);
  });

  it('shows the card before it is shared, as it will look, redrawn as the visitor edits its text', async () => {
    const el = await shown(html`<recovery-milestone since=${daysAgo(90)} time-zone=${ZONE}></recovery-milestone>`);
    button(el, 'Share')!.click();
    await waitUntil(() => root(el).querySelector('.share canvas.preview'), 'the preview');
    const preview = root(el).querySelector<HTMLCanvasElement>('.share canvas.preview')!;
    expect(preview.getAttribute('role')).to.equal('img');
    expect(preview.getAttribute('aria-label')).to.equal('The image to share: 90 days. Celebrating 90 days today.');
    expect(preview.getBoundingClientRect().width, 'small enough to see beside the text').to.be.within(100, 322); // 20rem and its border
    expect(root(el).querySelector('.share input[type="checkbox"]'), 'no keytag to choose on an AA-style count').to.equal(null);
    const textarea = root(el).querySelector<HTMLTextAreaElement>('#share-text')!;
    textarea.value = 'Grateful today.';
    textarea.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelector('.share canvas.preview')!.getAttribute('aria-label')).to.equal('The image to share: 90 days. Grateful today.');
    await expect(el).to.be.accessible();
  });
});
