import type { NamespaceMessages } from '../../../core/i18n/messages.js';

// Spanish for the open meeting (neutral Latin American Spanish, "usted").
const meetingDetail: NamespaceMessages<'meetingDetail'> = {
  'meetings.back': 'Volver a las reuniones',
  'meetings.directions': 'Cómo llegar',
  'meetings.join': 'Unirse en línea',
  'meetings.dialIn': 'Unirse por teléfono',
  'meetings.meetingId': 'ID de reunión: {id}',
  'meetings.passcode': 'Código de acceso: {code}',
  'meetings.notes': 'Notas',
  'meetings.typesHeading': 'Sobre esta reunión',
  'meetings.addToCalendar': 'Agregar al calendario',
  'meetings.share': 'Compartir',
  'meetings.linkCopied': 'Enlace copiado.',
  'meetings.requestChange': 'Solicitar un cambio',
  'meetings.temporarilyClosed': 'El lugar está cerrado temporalmente.',
};

export default meetingDetail;
