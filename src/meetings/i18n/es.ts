import type { NamespaceMessages } from '../../core/i18n/messages.js';

// Spanish for `<recovery-meetings>` (neutral Latin American Spanish, "usted").
const meetings: NamespaceMessages<'meetings'> = {
  'meetings.filters': 'Buscar una reunión',
  'meetings.search': 'Buscar',
  'meetings.searchHint': 'Nombre, lugar, grupo o notas. Use "comillas" para una frase exacta.',
  'meetings.day': 'Día',
  'meetings.upcoming': 'Próximas',
  'meetings.moreFilters': 'Filtros',
  'meetings.inPerson': 'En persona',
  'meetings.online': 'En línea',
  'meetings.hybrid': 'En persona y en línea',
  'meetings.inactive': 'Sin reunirse por ahora',
  'meetings.nearMe': 'Cerca de mí',
  'meetings.clear': 'Quitar filtros',
  'meetings.count': { one: '{count} reunión', other: '{count} reuniones' },
  'meetings.none': 'Ninguna reunión coincide. Pruebe con menos filtros u otra búsqueda.',
  'meetings.noneListed': 'Todavía no hay reuniones en esta lista.',
  'meetings.skipList': 'Saltar al final de la lista',
  'meetings.listEnd': 'Fin de la lista',
  'meetings.localTimes': 'Horarios en su zona horaria ({zone}); debajo, la hora local de cada reunión.',
  'meetings.today': 'Hoy',
  'meetings.tomorrow': 'Mañana',
  'meetings.inProgress': 'En curso',
  'meetings.byAppointment': 'Con cita previa',
  'meetings.distance': 'a {distance}',
  'meetings.sourceFailed': 'Una lista de reuniones no se pudo cargar ({source}). Se muestran las demás.',
  'meetings.typeLegend': 'Tipos de reunión',
  'meetings.showMore': { one: 'Mostrar {count} reunión más', other: 'Mostrar {count} reuniones más' },
};

export default meetings;
