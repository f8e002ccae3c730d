import type { NamespaceMessages } from './messages.js';

// Spanish for the shared views: loading, errors, times (neutral Latin American Spanish, "usted").
const core: NamespaceMessages<'core'> = {
  'status.loading': 'Cargando…',
  'status.empty': 'Todavía no hay nada que mostrar.',
  'status.retry': 'Intentar de nuevo',
  'status.skipped': {
    one: '{count} registro no se pudo leer y se omitió.',
    other: '{count} registros no se pudieron leer y se omitieron.',
  },
  'error.network': 'No pudimos conectarnos. Revise su conexión a internet e intente de nuevo.',
  'error.timeout': 'Esto está tardando demasiado en cargar. Intente de nuevo.',
  'error.server': 'El servidor tuvo un problema. Intente de nuevo en un momento.',
  'error.notFound': 'No encontramos esta información. Es posible que se haya movido.',
  'error.rateLimited': {
    one: 'Hubo demasiados intentos. Espere {count} segundo e intente de nuevo.',
    other: 'Hubo demasiados intentos. Espere {count} segundos e intente de nuevo.',
  },
  'error.unreadable': 'No pudimos leer la información que recibimos.',
  'error.tooLarge': 'Esta información supera lo que esta página acepta ({size} {unit} como máximo), así que no se puede mostrar aquí.',
  'error.generic': 'Algo salió mal. Intente de nuevo.',
  'time.yourZone': 'Los horarios se muestran en su zona horaria ({zone}).',
};

export default core;
