// The staff console page's one script: the console, in Spanish when the browser prefers it (staff can switch).
import '../../src/staff/staff.define.js';

const preferred = navigator.languages.find((lang) => /^(en|es)\b/i.test(lang));
if (preferred) document.documentElement.lang = preferred.slice(0, 2).toLowerCase();
