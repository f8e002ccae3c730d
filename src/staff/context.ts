/** What the console lends each section it loads on demand: never the element itself. */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import type { StaffSession } from '../core/api/accounts.js';
import type { StaffClient } from './client.js';
import type { ConsoleArea, Route } from './route.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface ConsoleContext {
  t: Translate;
  /** The console's language, e.g. `es`. */
  lang: string;
  client: StaffClient;
  session: StaffSession;
  /** Says something in the console's polite live region (a save, a check-in). */
  announce: (message: string) => void;
  /** Goes to another view by its fragment (see route.ts); the browser's back button comes back. */
  go: (hash: string) => void;
}

/** The element: views re-render it, and focus inside it. */
export type Host = ReactiveControllerHost & HTMLElement;

/** One section of the console (stories, events, ...): shows a route, and renders what it shows. */
export interface View {
  /** Called on every navigation to this section, with the route the fragment names. */
  show(route: Route): void;
  /** The view, under the console's navigation. Its heading has id `view-heading` and `tabindex="-1"`. */
  render(): TemplateResult;
}

export type CreateView = (host: Host, context: () => ConsoleContext) => View;

/** A section module: the views it makes, by area. */
export interface SectionModule {
  views: Partial<Record<ConsoleArea, CreateView>>;
}
