/**
 * Theme tokens. A page styles every widget through a few global `--recovery-*` custom properties. The
 * element paints no panel of its own: its text sits on the page, so the scheme follows the page's own
 * `color-scheme` (which follows the visitor's system on a page that declares `light dark`), or
 * `theme="light|dark"` on the provider or the element. A page's own token value wins in both schemes (set
 * it inside your own dark-mode selector to vary it). The values live in one table so that the contrast
 * test reads the very colours the CSS uses.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export type ThemeChoice = 'light' | 'dark' | 'auto';

export const COLOR_TOKENS = [
  'text',
  'muted',
  'surface',
  'surface-alt',
  'border',
  'accent',
  'on-accent',
  'danger',
  'success',
] as const;

export type ColorToken = (typeof COLOR_TOKENS)[number];

export const palettes: Record<'light' | 'dark', Record<ColorToken, string>> = {
  light: {
    text: '#1d232b',
    muted: '#545d68',
    surface: '#ffffff',
    'surface-alt': '#f3f5f7',
    border: '#747d88',
    accent: '#0b5cad',
    'on-accent': '#ffffff',
    danger: '#b3261e',
    success: '#17703a',
  },
  dark: {
    text: '#e8edf2',
    muted: '#a7b0ba',
    surface: '#14191f',
    'surface-alt': '#1e252d',
    border: '#7d8792',
    accent: '#79b8ff',
    'on-accent': '#0d1117',
    danger: '#ff9b92',
    success: '#6fd48e',
  },
};

/** Foreground/background pairs that carry text, each held to WCAG AA's 4.5:1. */
export const TEXT_PAIRS: ReadonlyArray<[ColorToken, ColorToken]> = [
  ['text', 'surface'],
  ['text', 'surface-alt'],
  ['muted', 'surface'],
  ['muted', 'surface-alt'],
  ['accent', 'surface'],
  ['accent', 'surface-alt'],
  ['on-accent', 'accent'],
  ['danger', 'surface'],
  ['danger', 'surface-alt'],
  ['success', 'surface'],
  ['success', 'surface-alt'],
];

/**
 * The root is transparent, so its text, links and field borders also sit on the page. Each scheme's colours
 * are held (4.5:1 for text, 3:1 for borders) on any page background as light as `light` or lighter, and as
 * dark as `dark` or darker: white, #f5efe6 beige and most site colours on one side, near-black on the other.
 */
export const PAGE_LIMITS: Record<'light' | 'dark', string> = { light: '#e0e0e0', dark: '#383838' };

/** Pairs for component boundaries (input borders), held to WCAG's 3:1 for non-text contrast. */
export const UI_PAIRS: ReadonlyArray<[ColorToken, ColorToken]> = [
  ['border', 'surface'],
  ['border', 'surface-alt'],
];

// light-dark() picks by the root's used color-scheme: the page's, or the one `theme` sets.
const declare = (value: (token: ColorToken) => string) =>
  COLOR_TOKENS.map((token) => `--_${token}:var(--recovery-color-${token},${value(token)});`).join('');
const declarations = declare((token) => `light-dark(${palettes.light[token]},${palettes.dark[token]})`);
// Safari before 17.5 (an iPhone 8 or X stops at iOS 16), Chrome before 123 and Firefox before 120 have no
// light-dark(): every colour above would be invalid there, and fields would lose their borders. They get the
// light palette, and the dark one where the page or the provider says theme="dark".
const fallback = `@supports not (color:light-dark(#000,#fff)){.root{${declare((token) => palettes.light[token])}}[data-theme=dark]{${declare((token) => palettes.dark[token])}}}`;

/**
 * Shared styles for every element. Elements render their content inside `<div class="root" data-theme>`
 * (see `RecoveryElement`), so the page's DOM is never touched to carry the theme.
 */
export const themeStyles: CSSResult = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    ${unsafeCSS(declarations)}
    --_radius: var(--recovery-radius, 0.5rem);
    --_card: var(--recovery-card, 0);
    color: var(--_text);
    font-family: var(--recovery-font-family, inherit);
    line-height: 1.5;
    background: color-mix(in srgb, var(--_surface) calc(var(--_card) * 100%), transparent);
    border: calc(var(--_card) * 1px) solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_card) * 1.25rem);
  }
  [data-theme='light'] {
    color-scheme: light;
  }
  [data-theme='dark'] {
    color-scheme: dark;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  ${unsafeCSS(fallback)}
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
