import type { NamespaceMessages } from '../../../core/i18n/messages.js';

// Spanish for the finder's filters and distances (neutral Latin American Spanish, "usted").
const meetingRefine: NamespaceMessages<'meetingRefine'> = {
  'meetings.time': 'Hora',
  'meetings.anyTime': 'Cualquier hora',
  'meetings.morning': 'Mañana',
  'meetings.midday': 'Mediodía',
  'meetings.evening': 'Tarde',
  'meetings.night': 'Noche',
  'meetings.program': 'Programa',
  'meetings.attendance': 'Cómo asistir',
  'meetings.types': 'Tipos de reunión',
  'meetings.typesChosen': { one: 'Tipos de reunión ({count} elegido)', other: 'Tipos de reunión ({count} elegidos)' },
  'meetings.region': 'Región',
  'meetings.allRegions': 'Todas las regiones',
  'meetings.locating': 'Buscando su ubicación…',
  'meetings.locationUnavailable': 'Su ubicación no está disponible. Puede buscar por lugar o región.',
  'meetings.locationPrivacy': 'Su ubicación se queda en este dispositivo; solo se usa para ordenar por distancia.',
  'meetings.within': 'Primero las más cercanas, a menos de',
  'meetings.anyDistance': 'Cualquier distancia',
  'meetings.countNear': { one: '{count} reunión, la más cercana primero', other: '{count} reuniones, las más cercanas primero' },
  'meetings.stopNear': 'Dejar de usar mi ubicación',
};

export default meetingRefine;
