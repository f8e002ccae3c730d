import type { NamespaceMessages } from '../../core/i18n/messages.js';

// Spanish for `<recovery-milestone>` (neutral Latin American Spanish, "usted").
const milestone: NamespaceMessages<'milestone'> = {
  'milestone.days': { one: 'día', other: 'días' },
  'milestone.hours': { one: 'hora', other: 'horas' },
  'milestone.h': { one: '{count} hora', other: '{count} horas' },
  'milestone.d': { one: '{count} día', other: '{count} días' },
  'milestone.m': { one: '{count} mes', other: '{count} meses' },
  'milestone.y': { one: '{count} año', other: '{count} años' },
  'milestone.welcome': 'Bienvenida',
  'milestone.since': 'Desde el {date}',
  'milestone.notBegun': 'El día 1 empieza mañana. Usted puede lograrlo.',
  'milestone.next': 'Próximo: {label}, el {date}',
  'milestone.toGo': { one: 'Falta {count} día', other: 'Faltan {count} días' },
  'milestone.progressTo': 'Avance hacia {label}',
  'milestone.reached': 'Logros alcanzados',
  'milestone.earlier': { one: 'y {count} anterior', other: 'y {count} anteriores' },
  'milestone.allReached': 'Alcanzó todos los logros de esta lista.',
  'milestone.today': 'Hoy cumple {label}. ¡Felicitaciones!',
  'milestone.todayWelcome': 'Bienvenida. Hoy es el día 1, y cuenta.',
  'milestone.keytag': '{label}, llavero {colour}',
  'milestone.keytag.white': 'blanco',
  'milestone.keytag.orange': 'naranja',
  'milestone.keytag.green': 'verde',
  'milestone.keytag.red': 'rojo',
  'milestone.keytag.blue': 'azul',
  'milestone.keytag.yellow': 'amarillo',
  'milestone.keytag.glow': 'que brilla en la oscuridad',
  'milestone.keytag.gray': 'gris',
  'milestone.keytag.black': 'negro',
  'milestone.error.format': 'Escriba la fecha como año-mes-día, por ejemplo 2024-03-15.',
  'milestone.error.impossible': 'La fecha {date} no existe. Revise el día y el mes.',
  'milestone.error.future': 'Esa fecha está en el futuro. Elija hoy o una fecha anterior.',
  'milestone.share': 'Compartir',
};

export default milestone;
