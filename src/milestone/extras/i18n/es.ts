import type { NamespaceMessages } from '../../../core/i18n/messages.js';

// Spanish for `<recovery-milestone>`: personal entry, sharing and the celebrations list (loaded with them) (neutral Latin American Spanish, "usted").
const milestoneExtras: NamespaceMessages<'milestoneExtras'> = {
  'milestone.intro': 'Cada día cuenta. Escriba su fecha para ver su tiempo y el próximo logro.',
  'milestone.yourDate': 'Su fecha',
  'milestone.meaning': 'Esta fecha es',
  'milestone.meaningFirst': 'mi primer día',
  'milestone.meaningLast': 'el último día que consumí',
  'milestone.remember': 'Recordar en este dispositivo',
  'milestone.privacy': 'Su fecha se queda en este navegador y nunca se envía a ninguna parte.',
  'milestone.show': 'Ver mi tiempo',
  'milestone.change': 'Cambiar mi fecha',
  'milestone.forget': 'Olvidar mi fecha',
  'milestone.forgotten': 'Su fecha se borró de este dispositivo.',
  'milestone.updated': 'Su fecha está actualizada. Cada día cuenta.',
  'milestone.error.missing': 'Escriba su fecha, por favor.',
  'milestone.dayOne': 'el día 1',
  'milestone.shareText': 'Texto para compartir',
  'milestone.shareDefault': 'Hoy celebro {label}.',
  'milestone.shareImage': 'Compartir imagen',
  'milestone.preview': 'La imagen para compartir: {label}. {text}',
  'milestone.showKeytag': 'Mostrar el color de mi llavero (dice a qué comunidad pertenezco)',
  'milestone.downloaded': 'La imagen se guardó en sus descargas.',
  'milestone.shared': 'Compartido.',
  'milestone.celebrations': 'Celebraciones de este mes',
  'milestone.noCelebrations': 'Todavía no hay celebraciones para este mes.',
};

export default milestoneExtras;
