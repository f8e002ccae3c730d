import type { NamespaceMessages } from '../../../core/i18n/messages.js';

// Spanish for "Email me my link" (neutral Latin American Spanish, "usted").
const link: NamespaceMessages<'link'> = {
  'link.heading': 'Enviarme mi enlace por correo',
  'link.intro': 'Si pidió correos al confirmar su asistencia, podemos enviarle un enlace nuevo para cambiar o cancelar su confirmación.',
  'link.event': 'Evento',
  'link.choose': 'Elija el evento…',
  'link.email': 'El correo electrónico que dio',
  'link.required': 'Obligatorio',
  'link.send': 'Enviarme mi enlace',
  'link.sending': 'Enviando…',
  'link.sent': 'Si esa dirección tiene una confirmación para ese evento, le enviamos un enlace nuevo. Puede tardar unos minutos.',
  'link.error.event': 'Elija el evento, por favor.',
  'link.error.email': 'Escriba un correo electrónico, como nombre@ejemplo.org.',
  'link.failed': 'Puede que su solicitud no nos haya llegado. Todo lo que escribió sigue aquí.',
  'link.wait': {
    one: 'Hubo muchos intentos en poco tiempo. Espere {count} segundo y vuelva a intentarlo.',
    other: 'Hubo muchos intentos en poco tiempo. Espere {count} segundos y vuelva a intentarlo.',
  },
  'link.gone': 'Este evento ya no aparece en la lista. Puede que haya terminado o cambiado.',
};

export default link;
