/**
 * Theme tokens. A page styles every widget through a few global `--recovery-*` custom properties; the
 * defaults below switch between light and dark by `prefers-color-scheme`, or by `theme="light|dark"` on
 * the provider or the element. A page's own token value wins in both schemes (set it inside your own
 * dark-mode selector to vary it). The values live in one table so that the contrast test reads the very
 * colours the CSS uses.
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

/** Pairs for component boundaries (input borders), held to WCAG's 3:1 for non-text contrast. */
export const UI_PAIRS: ReadonlyArray<[ColorToken, ColorToken]> = [
  ['border', 'surface'],
  ['border', 'surface-alt'],
];

function declarations(palette: Record<ColorToken, string>): string {
  return COLOR_TOKENS.map((token) => `--_${token}: var(--recovery-color-${token}, ${palette[token]});`).join('\n');
}

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
    ${unsafeCSS(declarations(palettes.light))}
    --_radius: var(--recovery-radius, 0.5rem);
    --_font: var(--recovery-font-family, inherit);
    color-scheme: light;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    line-height: 1.5;
  }
  .root[data-theme='dark'] {
    ${unsafeCSS(declarations(palettes.dark))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .root[data-theme='auto'] {
      ${unsafeCSS(declarations(palettes.dark))}
      color-scheme: dark;
    }
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
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
