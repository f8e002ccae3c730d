// The demo page's settings bar drives <recovery-provider>, so every widget on the page follows it.
import '../src/define.js';

const provider = document.querySelector('recovery-provider')!;
const form = document.querySelector<HTMLFormElement>('form.controls')!;

form.addEventListener('change', () => {
  const lang = (form.elements.namedItem('lang') as HTMLSelectElement).value;
  const theme = (form.elements.namedItem('theme') as HTMLSelectElement).value as 'auto' | 'light' | 'dark';
  document.documentElement.lang = lang;
  provider.lang = lang;
  provider.theme = theme;
  document.documentElement.dataset.theme = theme;
});
