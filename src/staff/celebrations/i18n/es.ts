import type { NamespaceMessages } from '../../../core/i18n/messages.js';

// Spanish for the console's celebrations section (neutral Latin American Spanish, "usted").
const staffCelebrations: NamespaceMessages<'staffCelebrations'> = {
  'staffCelebrations.consent':
    'Agregue solo a exalumnos que pidieron ser celebrados, con el nombre que eligieron (un nombre de pila, iniciales o un apodo). Se requiere su consentimiento; quítelos cuando lo pidan.',
  'staffCelebrations.month': 'Mes',
  'staffCelebrations.previous': 'Mes anterior',
  'staffCelebrations.next': 'Mes siguiente',
  'staffCelebrations.none': 'No hay celebraciones en {month}.',
  'staffCelebrations.listHeading': 'Celebraciones de {month}',
  'staffCelebrations.addHeading': 'Agregar una celebración',
  'staffCelebrations.editHeading': 'Cambiar la celebración de {name}',
  'staffCelebrations.name': 'Nombre, como lo eligió',
  'staffCelebrations.nameHint': 'Se muestra en las páginas del centro. Nunca un nombre completo, salvo que lo haya pedido.',
  'staffCelebrations.count': 'Tiempo en recuperación',
  'staffCelebrations.unit': 'Unidad',
  'staffCelebrations.unit.days': 'días',
  'staffCelebrations.unit.months': 'meses',
  'staffCelebrations.unit.years': 'años',
  'staffCelebrations.date': 'Día de la celebración',
  'staffCelebrations.agreed': 'Esta persona pidió ser celebrada con este nombre',
  'staffCelebrations.agreeFirst': 'Confirme que esta persona pidió ser celebrada.',
  'staffCelebrations.add': 'Agregar la celebración',
  'staffCelebrations.save': 'Guardar el cambio',
  'staffCelebrations.added': 'Se agregó: {name}.',
  'staffCelebrations.saved': 'Se guardó: {name}.',
  'staffCelebrations.removeName': 'Quitar a {name}',
  'staffCelebrations.editName': 'Editar a {name}',
  'staffCelebrations.removeConfirm': '¿Quitar la celebración de {name}? Desaparece de las páginas del centro de inmediato.',
  'staffCelebrations.removeYes': 'Sí, quitarla',
  'staffCelebrations.keep': 'No, dejarla',
  'staffCelebrations.removed': 'Se quitó: {name}.',
  'staffCelebrations.span.days': { one: '{count} día', other: '{count} días' },
  'staffCelebrations.span.months': { one: '{count} mes', other: '{count} meses' },
  'staffCelebrations.span.years': { one: '{count} año', other: '{count} años' },
};

export default staffCelebrations;
