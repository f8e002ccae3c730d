// The demo page's settings bar drives <recovery-provider>, so every widget on the page follows it, and the
// page's own words follow the language too (a real site would have a page per language; this one swaps them).
import '../src/define.js';

type Lang = 'en' | 'es';

const COPY: Record<Lang, Record<string, string>> = {
  en: {
    title: 'Alumni · Harbor Light Recovery Center',
    settings: 'Display settings',
    language: 'Language',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    heading: 'Alumni community',
    lead:
      'Finishing treatment is a beginning. Our alumni meet every week, share dinners and game nights, mark milestones ' +
      'together, and tell their stories for the people who come next.',
    meetings: 'Find a meeting',
    events: 'Alumni events',
    milestones: 'Milestones',
    stories: 'Alumni stories',
    call: 'Need to talk to someone now? Call or text',
    lifeline: '(Suicide & Crisis Lifeline), or call the SAMHSA National Helpline, free and confidential, 24/7:',
    fictional: 'Harbor Light Recovery Center is fictional: this page demonstrates recovery-widgets. Its center API is described at',
  },
  es: {
    title: 'Exalumnos · Harbor Light Recovery Center',
    settings: 'Opciones de la página',
    language: 'Idioma',
    theme: 'Tema',
    system: 'Sistema',
    light: 'Claro',
    dark: 'Oscuro',
    heading: 'Comunidad de exalumnos',
    lead:
      'Terminar el tratamiento es un comienzo. Nuestros exalumnos se reúnen cada semana, comparten cenas y noches de ' +
      'juegos, celebran juntos cada logro y cuentan sus historias para quienes vienen después.',
    meetings: 'Encuentre una reunión',
    events: 'Eventos para exalumnos',
    milestones: 'Logros',
    stories: 'Historias de exalumnos',
    call: '¿Necesita hablar con alguien ahora? Llame o escriba al',
    lifeline:
      '(Línea de Prevención del Suicidio y Crisis), o llame a la Línea Nacional de Ayuda de SAMHSA, gratuita y ' +
      'confidencial, las 24 horas:',
    fictional: 'Harbor Light Recovery Center es ficticio: esta página muestra recovery-widgets. Su API se describe en',
  },
};

const provider = document.querySelector('recovery-provider')!;
const form = document.querySelector<HTMLFormElement>('form.controls')!;

/** The page's own words in `lang`: set as text, never as HTML. */
function translatePage(lang: Lang): void {
  const copy = COPY[lang];
  document.title = copy.title!;
  for (const node of document.querySelectorAll<HTMLElement>('[data-copy]')) node.textContent = copy[node.dataset.copy!] ?? '';
  for (const node of document.querySelectorAll<HTMLElement>('[data-copy-label]')) node.setAttribute('aria-label', copy[node.dataset.copyLabel!] ?? '');
}

form.addEventListener('change', () => {
  const lang = (form.elements.namedItem('lang') as HTMLSelectElement).value === 'es' ? 'es' : 'en';
  const theme = (form.elements.namedItem('theme') as HTMLSelectElement).value as 'auto' | 'light' | 'dark';
  document.documentElement.lang = lang;
  translatePage(lang);
  provider.lang = lang;
  provider.theme = theme;
  document.documentElement.dataset.theme = theme;
});
