import { render, type TemplateResult } from 'lit';

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
