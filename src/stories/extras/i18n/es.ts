import type { NamespaceMessages } from '../../../core/i18n/messages.js';

// Spanish for the stories' carousel and share panel (neutral Latin American Spanish, "usted").
const storiesExtras: NamespaceMessages<'storiesExtras'> = {
  'stories.copied': 'Enlace copiado. Péguelo para compartirlo con quien quiera.',
  'stories.copyByHand': 'Copie este enlace para compartir la historia:',
  'stories.shareLinks': 'O compartir por',
  'stories.email': 'Correo electrónico',
  'stories.carousel': 'Historias de exalumnos',
  'stories.slide': 'Historia {index} de {count}',
  'stories.previous': 'Historia anterior',
  'stories.next': 'Historia siguiente',
  'stories.pause': 'Pausar las historias',
  'stories.play': 'Reproducir las historias',
};

export default storiesExtras;
