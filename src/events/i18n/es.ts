import type { NamespaceMessages } from '../../core/i18n/messages.js';

// Spanish for `<recovery-events>`: the list and the event cards (neutral Latin American Spanish, "usted").
const events: NamespaceMessages<'events'> = {
  'events.none': 'Por ahora no hay eventos próximos. Vuelva a consultar pronto.',
  'events.notFound': 'Este evento ya no aparece en la lista. Puede que haya terminado o cambiado.',
  'events.skip': 'Saltar al final de la lista',
  'events.end': 'Fin de la lista de eventos',
  'events.online': 'En línea',
  'events.substanceFree': 'Libre de sustancias',
  'events.cancelled': 'Cancelado',
  'events.yourTime': '{time} en su hora',
  'events.spotsLeft': { one: 'Queda {count} lugar', other: 'Quedan {count} lugares' },
  'events.spotsChanged': { one: '{title}: queda {count} lugar', other: '{title}: quedan {count} lugares' },
  'events.full': 'Completo',
  'events.fullWaitlist': 'Completo, lista de espera abierta',
  'events.rsvpClosed': 'Las confirmaciones están cerradas',
  'events.rsvp': 'Confirmar asistencia',
  'events.joinWaitlist': 'Unirse a la lista de espera',
  'events.hideForm': 'Cerrar el formulario',
  'events.invite': 'Invitar a alguien',
  'events.inviteName': 'Invitar a alguien: {title}',
  'events.neutralTitle': 'Evento comunitario',
  'events.lostLink': '¿Perdió el enlace de su confirmación?',
};

export default events;
