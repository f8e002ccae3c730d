/**
 * A dial-in as people read it. Feeds give one string to dial, pauses and all ("+13025550114,,81234581#"):
 * the phone's dialer needs it whole (the one-tap `tel:` link keeps it, see `phoneHref`), a person needs the
 * number, the meeting ID and the passcode apart, to read or to type when the pauses do not work. Pure.
 */
export interface DialIn {
  /** "+1 302-555-0114"; another country's number as written, without its pauses. */
  number: string;
  /** "812 3458 1581", grouped as meeting services print it. */
  id?: string;
  passcode?: string;
}

/** 9 to 11 digits as Zoom prints them (3-3-3, 3-3-4, 3-4-4); shorter ones in fours. */
function groupId(digits: string): string {
  if (digits.length < 9) return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
  const half = Math.floor((digits.length - 3) / 2);
  return `${digits.slice(0, 3)} ${digits.slice(3, 3 + half)} ${digits.slice(3 + half)}`;
}

export function readDialIn(text: string): DialIn {
  // Pauses (`,` `;`) separate what is dialled from what is keyed in later; `#` ends each entry.
  const [first = '', ...rest] = text.replace(/^tel:/i, '').split(/[,;]+/);
  const plus = first.trim().startsWith('+');
  const digits = first.replace(/\D/g, '');
  const nanp = /^1?([2-9]\d\d)([2-9]\d\d)(\d{4})$/.exec(digits); // North American numbering
  const number = nanp && (plus ? digits.length === 11 : true) ? `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}` : first.trim();
  // Entries of a digit or two answer menus ("1#"), and a lone "#" skips a participant ID: neither is asked of people.
  const entries = rest.map((entry) => entry.replace(/\D/g, '')).filter((entry) => entry.length > 3);
  return {
    number,
    ...(entries[0] && { id: groupId(entries[0]) }),
    ...(entries.length > 1 && { passcode: entries[entries.length - 1] }),
  };
}
