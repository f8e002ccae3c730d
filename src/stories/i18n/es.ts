import type { NamespaceMessages } from '../../core/i18n/messages.js';

// Spanish for `<recovery-stories>` (neutral Latin American Spanish, "usted").
const stories: NamespaceMessages<'stories'> = {
  'stories.none': 'Todavía no hay historias aquí. Vuelva pronto.',
  'stories.notFound': 'Esta historia ya no se comparte aquí.',
  'stories.years': { one: '{count} año en recuperación', other: '{count} años en recuperación' },
  'stories.firstYear': 'En su primer año de recuperación',
  'stories.published': 'Compartida el {date}',
  'stories.readMore': 'Leer más',
  'stories.readLess': 'Mostrar menos',
  'stories.warning': 'Aviso de contenido: {warning}',
  'stories.readAnyway': 'Leer esta historia',
  'stories.disclosure': 'De nuestro equipo: {note}',
  'stories.more': 'Más historias',
  'stories.count': { one: 'Se muestra {count} historia.', other: 'Se muestran {count} historias.' },
  'stories.share': 'Compartir',
  'stories.shareName': 'Compartir: {title}',
  'stories.tell': 'Comparta su historia',
  'stories.skip': 'Saltar al final de la lista',
  'stories.end': 'Fin de la lista de historias',
};

export default stories;
