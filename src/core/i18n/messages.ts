import type { core } from './en.js';

/** A UI string, or its plural forms chosen by `Intl.PluralRules` (`other` is required). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/**
 * Every namespace of strings, by name, with its English. Core declares `core` here; each element's
 * `i18n/en.ts` adds its own namespace by declaration merging (`declare module`), so core never imports an
 * element, and a key an element misspells, or a language file that lacks one, is a type error.
 */
export interface Namespaces {
  core: typeof core;
}

export type Namespace = keyof Namespaces;

/** One namespace, complete: every key of its English. The type of each language file (`i18n/es.ts`). */
export type NamespaceMessages<N extends Namespace> = Record<keyof Namespaces[N], Message>;

/** A whole language, every namespace complete, for `registerLanguage`. */
export type Catalog = { [N in Namespace]: NamespaceMessages<N> };

export type MessageKey = { [N in Namespace]: keyof Namespaces[N] }[Namespace];

/** Strings of any namespaces, flat, as `registerMessages` takes them. */
export type Messages = Record<MessageKey, Message>;

export type MessageParams = Record<string, string | number>;
