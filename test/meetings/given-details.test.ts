// Meetings given as a property render with their details (place, links, kind), whose reader is a chunk of its
// own. This file is the first in its page to need that chunk, so its loading can be made to fail.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { failToLoad } from '../support/failing-loader.js';
import { mount } from '../support/mount.js';
import { ssrMeetings } from '../ssr/data.js';

const text = (el: RecoveryMeetings) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

describe('<recovery-meetings> given meetings and their details', () => {
  it('when the details cannot load, shows names and times without guessing the rest, says so, and shows them on retry', async () => {
    const loads = failToLoad(RecoveryMeetings.loaders, 'details');
    const el = mount(html`<recovery-meetings .meetings=${ssrMeetings}></recovery-meetings>`).querySelector<RecoveryMeetings>('recovery-meetings')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'the failure, with a retry');
    expect(text(el)).to.include('Morning Light').and.include('7:00');
    expect(text(el), 'no way to attend guessed').not.to.include('Not meeting now');
    expect(text(el), 'no place yet').not.to.include('1 Harbor Road');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => text(el).includes('1 Harbor Road'), 'the places, after the retry');
    expect(text(el)).to.include('In person · Open');
    expect(el.shadowRoot!.querySelector('[part~="retry"]'), 'the failure gone').to.equal(null);
    expect(loads.attempts()).to.equal(2);
  });
});
