/** Words a default e-mail subject, sender name or preview must never contain (issue 18), in English and Spanish. */
export const SENSITIVE_TERMS = [
  'recovery', 'addiction', 'addict', 'sober', 'sobriety', 'treatment', 'rehab', 'alcohol', 'drug', 'narcotic', 'relapse',
  'detox', 'recuperación', 'adicción', 'adicto', 'sobrio', 'sobriedad', 'tratamiento', 'rehabilitación', 'droga', 'recaída',
];

export const sensitiveIn = (text: string) => SENSITIVE_TERMS.filter((word) => text.toLowerCase().includes(word));
