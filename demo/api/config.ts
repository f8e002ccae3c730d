/**
 * The reference server's settings, from environment variables only. The README lists them with their defaults.
 */
export interface ServerConfig {
  port: number;
  host: string;
  /** PGlite's data directory; ignored when databaseUrl is set. */
  dataDir: string;
  databaseUrl?: string;
  /**
   * Deprecated: a shared bearer token for the staff endpoints, for scripts; it acts as an admin and its writes are
   * audited as the token's. Off unless STAFF_TOKEN is set. People use staff accounts.
   */
  staffToken?: string;
  /** Origins allowed to call the API from a browser (the public endpoints). */
  corsOrigins: string[];
  /** Origins besides the API's own allowed to make staff writes with the session cookie (and credentialed CORS). */
  staffOrigins: string[];
  /** A staff session ends after this long without a request ... */
  sessionIdleMinutes: number;
  /** ... and this long after sign-in, whatever is done. */
  sessionMaxHours: number;
  /** Mark the session cookie Secure always; otherwise only when the request came over https. */
  cookieSecure: boolean;
  /** scrypt's cost for new password hashes, log2 of N (17: OWASP's 128 MiB). */
  passwordCost: number;
  /** Failed sign-ins allowed before the back-off begins: per account (e-mail), and per client address. */
  signInFreeFailuresPerAccount: number;
  signInFreeFailuresPerClient: number;
  /** Largest request body, in bytes. */
  bodyLimitBytes: number;
  /** Writes (POST, PATCH, DELETE) allowed per client per window. */
  rateLimitWrites: number;
  rateLimitWindowSeconds: number;
  /** Take the client address from X-Forwarded-For, and the scheme from X-Forwarded-Proto (only behind a proxy you trust). */
  trustProxy: boolean;
  logLevel: 'info' | 'error' | 'silent';
  /** Seed an empty database with the demo center's fictional data (demo staff accounts included). */
  seed: boolean;
  mail: MailConfig;
}

export interface MailConfig {
  /** The center's mail server, e.g. `smtps://user:pass@mail.center.example`. Unset: messages are held for staff to read. */
  smtpUrl?: string;
  /** The From line. Its name must be as discreet as the subjects. */
  from: string;
  /** Offer visitors e-mail about their RSVPs (and "e-mail me my link"). On by default when SMTP_URL is set. */
  emailUpdates: boolean;
  /** Subjects may name events by their real title (the center opted in); else the calendar title or "Community event". */
  realTitles: boolean;
  /**
   * The API's address as visitors reach it, e.g. `https://center.example/api`: unsubscribe links point there, and pages on
   * its origin may receive e-mailed links. Unset: the address the server listens on (filled in at start).
   */
  publicUrl?: string;
  /** Further sites whose pages e-mailed links may lead back to, besides CORS_ORIGINS and PUBLIC_URL's origin. */
  siteOrigins: string[];
  /** Days after an event ends before its RSVPs' contact data is erased. */
  rsvpRetentionDays: number;
  /** Days before sent, held and failed messages are deleted. */
  mailRetentionDays: number;
  /** Days after submission before a declined story is erased. */
  rejectedStoryRetentionDays: number;
  /** How often the sender looks for due messages (it is also woken at once when one is written). */
  pollMs: number;
  /** A message being sent is retried after this long if the sender died meanwhile. */
  leaseSeconds: number;
  /** Attempts before a message is dead (visible to staff, who can send it again). */
  maxAttempts: number;
}

const DEMO_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];
const list = (value: string | undefined) => (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: env.PORT === '0' ? 0 : integer(env.PORT, 8787), // 0: any free port (the server prints the one it got)
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || '.data/pglite',
    databaseUrl: env.DATABASE_URL || undefined,
    staffToken: env.STAFF_TOKEN?.trim() || undefined,
    corsOrigins: env.CORS_ORIGINS ? list(env.CORS_ORIGINS) : DEMO_ORIGINS,
    staffOrigins: list(env.STAFF_ORIGINS),
    sessionIdleMinutes: integer(env.SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: integer(env.SESSION_MAX_HOURS, 12),
    cookieSecure: env.COOKIE_SECURE === '1' || env.COOKIE_SECURE === 'true',
    passwordCost: Math.min(20, Math.max(14, integer(env.PASSWORD_HASH_COST, 17))),
    signInFreeFailuresPerAccount: integer(env.SIGN_IN_FREE_FAILURES, 5),
    signInFreeFailuresPerClient: integer(env.SIGN_IN_FREE_FAILURES_PER_CLIENT, 20),
    bodyLimitBytes: integer(env.BODY_LIMIT_BYTES, 64 * 1024),
    rateLimitWrites: integer(env.RATE_LIMIT_WRITES, 30),
    rateLimitWindowSeconds: integer(env.RATE_LIMIT_WINDOW_SECONDS, 60),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL === 'silent' || env.LOG_LEVEL === 'error' ? env.LOG_LEVEL : 'info',
    seed: env.SEED !== '0' && env.SEED !== 'false',
    mail: {
      smtpUrl: env.SMTP_URL?.trim() || undefined,
      from: env.MAIL_FROM?.trim() || 'Community events <no-reply@localhost>',
      emailUpdates: env.EMAIL_UPDATES ? env.EMAIL_UPDATES === '1' || env.EMAIL_UPDATES === 'true' || env.EMAIL_UPDATES === 'on' : Boolean(env.SMTP_URL?.trim()),
      realTitles: env.MAIL_REAL_TITLES === '1' || env.MAIL_REAL_TITLES === 'true',
      publicUrl: env.PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined,
      siteOrigins: list(env.SITE_ORIGINS),
      rsvpRetentionDays: integer(env.RSVP_RETENTION_DAYS, 30),
      mailRetentionDays: integer(env.MAIL_RETENTION_DAYS, 7),
      rejectedStoryRetentionDays: integer(env.STORY_RETENTION_DAYS, 30),
      pollMs: integer(env.MAIL_POLL_SECONDS, 15) * 1000,
      leaseSeconds: integer(env.MAIL_LEASE_SECONDS, 660), // longer than nodemailer's 10-minute socket timeout
      maxAttempts: integer(env.MAIL_MAX_ATTEMPTS, 8),
    },
  };
}

function integer(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
}
