import { render, type TemplateResult } from 'lit';
import { oneEvent } from '@open-wc/testing';
import type { LoadDetail, RecoveryLoadEvent } from '../../src/core/events.js';

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a fresh container in the page. open-wc's `fixture()` waits for an animation frame
 * when the root is a plain element, and a test page in a background tab (test files run in parallel) never
 * gets one; this does not wait. Containers are removed after each test.
 */
export function mount(template: TemplateResult, tag = 'div'): HTMLElement {
  const container = document.createElement(tag);
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

/**
 * Mounts an element that loads data and waits until it reports `recovery-load`: the element, and what it loaded.
 * It listens before the element exists, since a quick load may report before a later listener is attached.
 */
export async function mountLoaded<E extends HTMLElement & { updateComplete: Promise<unknown> }>(
  template: TemplateResult,
  tag: string,
): Promise<{ el: E; detail: LoadDetail }> {
  const done = oneEvent(document.body, 'recovery-load');
  const wrapper = mount(template);
  const event = (await done) as RecoveryLoadEvent;
  const el = wrapper.querySelector(tag) as E;
  await el.updateComplete;
  return { el, detail: event.detail };
}
