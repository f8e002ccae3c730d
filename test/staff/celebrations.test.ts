/**
 * Celebrations in the staff console, against the real reference API, and on `<recovery-milestone celebrations>`.
 * Other tests count this month's seeded celebrations: this one adds its own on the month's last day (after theirs)
 * and removes it again at once.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/milestone/milestone.define.js';
import type { RecoveryMilestone } from '../../src/milestone/milestone.js';
import { daysInMonth, todayIn } from '../../src/core/time.js';
import { mountLoaded } from '../support/mount.js';
import { $, $$, button, consoleAs, heading, root, said, text, tick, type } from './support.js';

const pad = (n: number) => String(n).padStart(2, '0');

async function celebratedOnTheSite(): Promise<string[]> {
  const { el } = await mountLoaded<RecoveryMilestone>(
    html`<recovery-milestone api="/api" celebrations since="2020-01-01"></recovery-milestone>`,
    'recovery-milestone',
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="celebrations"] li'), 'the celebrations');
  return [...el.shadowRoot!.querySelectorAll('[part~="celebrations"] li')].map(text);
}

describe('staff console: celebrations', () => {
  it('adds a celebration only with consent, shows it on the site, changes it, and removes it after asking', async () => {
    const { year, month } = todayIn();
    const last = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
    const name = `Sam ${Math.random().toString(36).slice(2, 6).toUpperCase()}.`;
    const el = await consoleAs('coordinator', '#/celebrations');
    expect(heading(el)).to.equal('Celebrations');
    expect(text($(el, '.callout'))).to.contain('Their consent is required');
    await expect(el).to.be.accessible();

    type($(el, '#celebration-displayName'), name);
    type($(el, '#celebration-count'), '2');
    type($(el, '#celebration-unit'), 'years');
    type($(el, '#celebration-date'), last);
    button(el, 'Add the celebration')!.click();
    await el.updateComplete;
    expect(text($(el, '#celebration-agreed-error'))).to.equal('Please confirm that this person asked to be celebrated.');
    expect(root(el).activeElement?.getAttribute('name')).to.equal('agreed');
    await expect(el).to.be.accessible();

    tick($(el, 'input[name="agreed"]'));
    button(el, 'Add the celebration')!.click();
    await waitUntil(() => said(el).includes(`Added: ${name}.`), 'added');
    await waitUntil(() => $$(el, '.card h4').some((h) => text(h) === name), 'listed');
    const card = $$(el, '.card').find((c) => text(c.querySelector('h4')) === name)!;
    expect(text(card)).to.contain('2 years');
    try {
      expect((await celebratedOnTheSite()).some((item) => item.startsWith(`${name} 2 years`))).to.equal(true);

      button(el, `Edit ${name}`)!.click();
      await waitUntil(() => root(el).activeElement?.id === 'celebration-displayName', 'the form in place');
      type($(el, '#celebration-count'), '3');
      button(el, 'Save the change')!.click();
      await waitUntil(() => said(el).includes(`Saved: ${name}.`), 'saved');
      await waitUntil(() => text($$(el, '.card').find((c) => text(c.querySelector('h4')) === name)).includes('3 years'), 'changed');
    } finally {
      button(el, `Remove ${name}`)!.click();
      await waitUntil(() => button(el, 'Yes, remove it'), 'asks first');
      expect(text($(el, '.confirm p'))).to.equal(`Remove the celebration of ${name}? It leaves the center’s pages at once.`);
      button(el, 'Yes, remove it')!.click();
      await waitUntil(() => said(el).includes(`Removed: ${name}.`), 'removed');
    }
    expect($$(el, '.card h4').map(text)).not.to.include(name);
    expect((await celebratedOnTheSite()).some((item) => item.startsWith(name))).to.equal(false);
  });

  it('moves between months by the address', async () => {
    const el = await consoleAs('coordinator', '#/celebrations?month=1999-02');
    expect(text($(el, '#month-heading'))).to.equal('Celebrations in February 1999');
    expect(text($(el, '[role="status"].muted'))).to.equal('No celebrations in February 1999.');
    expect($(el, 'a.button[href="#/celebrations?month=1999-03"]')).to.exist;
  });
});
