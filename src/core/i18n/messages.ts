import type { en } from './en.js';

/** A UI string, or its plural forms chosen by `Intl.PluralRules` (`other` is required). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export type MessageKey = keyof typeof en;

/** A complete catalog: every key of the English reference. */
export type Messages = Record<MessageKey, Message>;

export type MessageParams = Record<string, string | number>;
