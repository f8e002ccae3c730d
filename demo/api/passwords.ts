/**
 * Password hashes: scrypt from node:crypto, a memory-hard function (RFC 7914) with nothing to install. (argon2id
 * would need a package with a native build or prebuilt binaries; npm 11 here blocks install scripts, and scrypt at
 * OWASP's parameters is as good a defence.) The default cost is OWASP's: N = 2^17, r = 8, p = 1, i.e. 128 MiB
 * and about a third of a second per hash. The stored form carries its parameters, so a later, higher cost applies
 * to new hashes and old ones still verify: `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url).
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when `password` matches `stored`. A malformed `stored` never matches. */
  verify(stored: string, password: string): Promise<boolean>;
  /** A hash of nothing anyone knows, to verify against when there is no account: the same work, the same time. */
  readonly dummy: Promise<string>;
}

const KEY_LENGTH = 32;
/** At most this many hashes at once: each takes 128 MiB at the default cost. */
const AT_ONCE = 2;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r * p }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `logN`: the cost, log2 of scrypt's N (17 by default; tests use less to run fast). */
export function scryptHasher(logN = 17): PasswordHasher {
  let running = 0;
  const waiting: Array<() => void> = [];
  const limited = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };

  const hash = async (password: string) => {
    const salt = randomBytes(16);
    const key = await limited(() => derive(password, salt, logN, 8, 1));
    return ['scrypt', logN, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
  };

  const verify = async (stored: string, password: string) => {
    const [kind, logNText, rText, pText, saltText, keyText, ...rest] = stored.split('$');
    const [storedLogN, r, p] = [Number(logNText), Number(rText), Number(pText)];
    const sane = kind === 'scrypt' && rest.length === 0 && storedLogN >= 10 && storedLogN <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 4;
    if (!sane || !saltText || !keyText) return false;
    const expected = Buffer.from(keyText, 'base64url');
    const key = await limited(() => derive(password, Buffer.from(saltText, 'base64url'), storedLogN, r, p));
    return expected.length === key.length && timingSafeEqual(expected, key);
  };

  let dummy: Promise<string> | undefined;
  return {
    hash,
    verify,
    get dummy() {
      return (dummy ??= hash(randomBytes(32).toString('base64url')));
    },
  };
}
