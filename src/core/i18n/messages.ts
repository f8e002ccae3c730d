import type * as english from './en.js';

/** A UI string, or its plural forms chosen by `Intl.PluralRules` (`other` is required). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** Groups of strings: `core` for the shared views, one per element. */
export type Namespace = keyof typeof english;

/** One namespace, complete: every key of the English reference. */
export type NamespaceMessages<N extends Namespace> = Record<keyof (typeof english)[N], Message>;

/** A whole language file (`import * as fr from './fr.js'`): every namespace, complete. */
export type Catalog = { [N in Namespace]: NamespaceMessages<N> };

export type MessageKey = { [N in Namespace]: keyof (typeof english)[N] }[Namespace];

/** Strings of any namespaces, flat, as `registerMessages` takes them. */
export type Messages = Record<MessageKey, Message>;

export type MessageParams = Record<string, string | number>;
