/**
 * The center's own meetings in the staff console, against the real reference API, and in `<recovery-meetings>`
 * reading the center's feed (`GET /meetings`). The test removes the meeting it adds.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import type { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { mountLoaded } from '../support/mount.js';
import { $, $$, button, consoleAs, heading, link, root, said, text, tick, type } from './support.js';

/** Finds the meeting by its name in the visitors' finder, as a visitor would search for it. */
async function findInTheFinder(name: string) {
  const { el } = await mountLoaded<RecoveryMeetings>(html`<recovery-meetings api="/api"></recovery-meetings>`, 'recovery-meetings');
  const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  search.value = `"${name}"`;
  search.dispatchEvent(new Event('input', { bubbles: true }));
  const items = () => [...el.shadowRoot!.querySelectorAll('[part~="meeting"]')].map(text);
  // Once on each of its days, Tuesday and Thursday.
  await waitUntil(() => items().length === 2 && items().every((item) => item.includes(name)), 'the finder shows it, on each of its days');
}

describe('staff console: meetings', () => {
  it('adds a hybrid meeting in Meeting Guide terms, serves it in the feed, changes it and removes it', async () => {
    const name = `Tuesday Hope ${Math.random().toString(36).slice(2, 7)}`;
    const el = await consoleAs('coordinator', '#/meetings');
    expect(heading(el)).to.equal('Meetings');
    link(el, 'Add a meeting')!.click();
    await waitUntil(() => heading(el) === 'Add a meeting', 'the form');
    await expect(el).to.be.accessible();

    button(el, 'Add the meeting')!.click();
    await el.updateComplete;
    expect(text($(el, '#meeting-name-error'))).to.equal('Please fill this in.');
    expect(text($(el, '#meeting-days-error'))).to.equal('Choose at least one day.');
    expect(text($(el, '#meeting-formatted_address-error'))).to.equal('A meeting in person needs an address.');
    await waitUntil(() => root(el).activeElement?.id === 'meeting-name', `focus on ${'meeting-name'}`);

    type($(el, '#meeting-name'), name);
    tick($(el, 'input[name="day"][value="2"]'));
    tick($(el, 'input[name="day"][value="4"]'));
    type($(el, '#meeting-time'), '19:00');
    type($(el, '#meeting-end_time'), '20:00');
    type($(el, '#meeting-timezone'), 'America/New_York');
    tick($(el, 'input[name="attendance_option"][value="hybrid"]'));
    await el.updateComplete;
    type($(el, '#meeting-formatted_address'), '12 Harbor St, Portland, ME 04101, USA');
    type($(el, '#meeting-conference_url'), 'https://meet.example.org/hope');
    type($(el, '#meeting-type-filter'), 'discussion');
    await el.updateComplete;
    tick($(el, 'input[name="types"][value="D"]'));
    type($(el, '#meeting-type-filter'), 'open');
    await el.updateComplete;
    tick($(el, 'input[name="types"][value="O"]'));
    await el.updateComplete;
    expect(text($(el, '.types .hint'))).to.contain('2 types chosen');
    button(el, 'Add the meeting')!.click();
    await waitUntil(() => location.hash === '#/meetings' && said(el).includes(`Added: “${name}”.`), 'added');
    await waitUntil(() => $$(el, '.card h3').some((h) => text(h) === name), 'listed');
    const card = $$(el, '.card').find((c) => text(c.querySelector('h3')) === name)!;
    expect(text(card)).to.contain('Tuesday, Thursday · 19:00 to 20:00 (America/New_York)');
    expect(text(card)).to.contain('In person and online · 12 Harbor St, Portland, ME 04101, USA');

    const feed = (await (await fetch('/api/meetings')).json()) as Array<Record<string, unknown>>;
    const served = feed.find((m) => m.name === name)!;
    expect(served).to.deep.include({ day: [2, 4], time: '19:00', end_time: '20:00', timezone: 'America/New_York', attendance_option: 'hybrid' });
    expect(served.types).to.have.members(['D', 'O']);
    await findInTheFinder(name);

    link(el, name, card)!.click();
    await waitUntil(() => heading(el) === `Edit: ${name}`, 'the meeting opens');
    await expect(el).to.be.accessible();
    expect($<HTMLInputElement>(el, 'input[name="types"][value="D"]')!.checked).to.equal(true);
    type($(el, '#meeting-notes'), 'Newcomers welcome.');
    button(el, 'Save the meeting')!.click();
    await waitUntil(() => said(el).includes(`Saved: “${name}”.`), 'saved');

    link(el, name)!.click();
    await waitUntil(() => heading(el) === `Edit: ${name}`, 'open again');
    button(el, 'Remove this meeting')!.click();
    await waitUntil(() => button(el, 'Yes, remove it'), 'asks first');
    expect(text($(el, '#remove-question'))).to.contain(`Remove “${name}” from the meeting feed?`);
    button(el, 'Yes, remove it')!.click();
    await waitUntil(() => said(el).includes(`Removed: “${name}”.`), 'removed');
    const after = (await (await fetch('/api/meetings')).json()) as Array<Record<string, unknown>>;
    expect(after.some((m) => m.name === name)).to.equal(false);
  });
});
