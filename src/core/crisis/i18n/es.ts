import type { NamespaceMessages } from '../../i18n/messages.js';

// Spanish for the crisis lines (neutral Latin American Spanish, "usted").
const crisis: NamespaceMessages<'crisis'> = {
  'crisis.prompt': '¿Necesita hablar con alguien ahora?',
  'crisis.988': 'Línea 988 (llame o escriba al 988)',
  'crisis.samhsa': 'Línea de SAMHSA (1-800-662-4357)',
};

export default crisis;
