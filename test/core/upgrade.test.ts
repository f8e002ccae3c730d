// Data before definition: a framework may render the tags before the define module has run (React renders,
// then a lazy import registers the element). What it set then must still show once the element is defined,
// and data it could only set as an attribute must not vanish without a word.
import { expect, waitUntil } from '@open-wc/testing';
import { ssrEvents, ssrMeetings, ssrStories } from '../ssr/data.js';

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const placed: Element[] = [];
const place = <E extends Element>(el: E): E => (document.body.append(el), placed.push(el), el);
afterEach(() => placed.splice(0).forEach((el) => el.remove()));

describe('properties set before the element is defined', () => {
  it('meetings, events and stories show what was set before their define module ran', async () => {
    // Nothing has registered these tags yet: this file imports no define module until below.
    expect(customElements.get('recovery-meetings')).to.equal(undefined);
    const meetings = place(document.createElement('recovery-meetings'));
    meetings.meetings = ssrMeetings;
    meetings.lang = 'es';
    meetings.distanceUnit = 'km';
    const events = place(document.createElement('recovery-events'));
    events.events = ssrEvents();
    events.timeout = 5000;
    const stories = place(document.createElement('recovery-stories'));
    stories.stories = ssrStories;
    stories.layout = 'list';
    const milestone = place(document.createElement('recovery-milestone'));
    milestone.since = '2020-01-01';
    milestone.timeZone = 'UTC';

    await import('../../src/define.js');
    await Promise.all([meetings, events, stories, milestone].map((el) => el.updateComplete));
    await waitUntil(() => shadowText(meetings).includes('Morning Light'), 'meetings set before definition show');
    // With their places and kinds, whose reader (a chunk of its own) arrives after the first render.
    await waitUntil(() => shadowText(meetings).includes('1 Harbor Road') && shadowText(meetings).includes('En persona'), 'and their details');
    expect(meetings.lang).to.equal('es');
    expect(meetings.distanceUnit).to.equal('km');
    await waitUntil(() => shadowText(events).includes('Alumni dinner'), 'events set before definition show');
    expect(events.timeout).to.equal(5000);
    await waitUntil(() => shadowText(stories).includes('A year of Tuesdays'), 'stories set before definition show');
    expect(stories.layout).to.equal('list');
    await waitUntil(() => /\d{4}/.test(shadowText(milestone)), 'the milestone counts from the date set before definition');
    expect(milestone.since).to.equal('2020-01-01');
    expect(shadowText(meetings)).not.to.include('Cargando');
  });
});

describe('data given as an attribute', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => (console.warn = warn));

  it('says once, in the console, that the list is ignored and what to do instead', async () => {
    await import('../../src/define.js');
    // What React 19 writes when the tag was not defined at its first render: the array as a string.
    const attributed = (tag: string, name: string, value: string) => {
      const el = document.createElement(tag);
      el.setAttribute(name, value);
      return place(el);
    };
    attributed('recovery-meetings', 'meetings', '[object Object],[object Object]');
    attributed('recovery-meetings', 'meetings', '[object Object]');
    await waitUntil(() => warnings.length > 0, 'a warning');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const about = warnings.filter((args) => String(args[0]).includes('meetings'));
    expect(about).to.have.length(1);
    const message = String(about[0]![0]);
    expect(message).to.include('<recovery-meetings>');
    expect(message).to.include('"meetings" attribute');
    expect(message).to.include('property');
    expect(message).to.include('define');
  });

  it('says so for events and stories too, and not for an element with no such attribute', async () => {
    await import('../../src/define.js');
    const attributed = (tag: string, name: string, value: string) => {
      const el = document.createElement(tag);
      el.setAttribute(name, value);
      return place(el);
    };
    attributed('recovery-events', 'events', '[object Object]');
    attributed('recovery-stories', 'stories', '[{"id":"a"}]');
    attributed('recovery-milestone', 'since', '2020-01-01');
    await waitUntil(() => warnings.length >= 2, 'two warnings');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const messages = warnings.map((args) => String(args[0]));
    expect(messages.filter((m) => m.includes('<recovery-events>') && m.includes('"events" attribute'))).to.have.length(1);
    expect(messages.filter((m) => m.includes('<recovery-stories>') && m.includes('"stories" attribute'))).to.have.length(1);
    expect(messages.filter((m) => m.includes('recovery-milestone'))).to.have.length(0);
  });
});

describe('two copies of recovery-widgets on one page', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => (console.warn = warn));

  it('a tag defined by another version first: the console names both versions, once', async () => {
    const { defineElement } = await import('../../src/core/define-element.js');
    const { VERSION } = await import('../../src/core/version.js');
    const { RecoveryMeetings } = await import('../../src/meetings/meetings.js');
    const tag = `copy-meetings-${Date.now()}`;
    class OlderCopy extends HTMLElement {
      static version = '0.0.1';
    }
    defineElement(tag, OlderCopy);
    defineElement(tag, class extends RecoveryMeetings {});
    defineElement(tag, class extends RecoveryMeetings {});
    await waitUntil(() => warnings.length > 0, 'a warning');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get(tag)).to.equal(OlderCopy);
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]![0]);
    expect(message).to.include(`<${tag}>`);
    expect(message).to.include('0.0.1');
    expect(message).to.include(VERSION);
  });

  it('two copies of the same version share the tag without a word', async () => {
    const { defineElement } = await import('../../src/core/define-element.js');
    const { RecoveryStories } = await import('../../src/stories/stories.js');
    const tag = `copy-stories-${Date.now()}`;
    const First = class extends RecoveryStories {};
    defineElement(tag, First);
    defineElement(tag, class extends RecoveryStories {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(0);
  });
});
