/**
 * The reference server's settings, from environment variables only. The README lists them with their defaults.
 */
import { randomBytes } from 'node:crypto';

export interface ServerConfig {
  port: number;
  host: string;
  /** PGlite's data directory; ignored when databaseUrl is set. */
  dataDir: string;
  databaseUrl?: string;
  /** Bearer token for the staff endpoints. */
  staffToken: string;
  /** True when no STAFF_TOKEN was set and one was made up for this run. */
  staffTokenGenerated: boolean;
  /** Origins allowed to call the API from a browser. */
  corsOrigins: string[];
  /** Largest request body, in bytes. */
  bodyLimitBytes: number;
  /** Writes (POST, PATCH, DELETE) allowed per client per window. */
  rateLimitWrites: number;
  rateLimitWindowSeconds: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you trust). */
  trustProxy: boolean;
  logLevel: 'info' | 'error' | 'silent';
  /** Seed an empty database with the demo center's fictional data. */
  seed: boolean;
}

const DEMO_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const staffToken = env.STAFF_TOKEN?.trim();
  return {
    port: env.PORT === '0' ? 0 : integer(env.PORT, 8787), // 0: any free port (the server prints the one it got)
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR || '.data/pglite',
    databaseUrl: env.DATABASE_URL || undefined,
    staffToken: staffToken || randomBytes(24).toString('base64url'),
    staffTokenGenerated: !staffToken,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : DEMO_ORIGINS,
    bodyLimitBytes: integer(env.BODY_LIMIT_BYTES, 64 * 1024),
    rateLimitWrites: integer(env.RATE_LIMIT_WRITES, 30),
    rateLimitWindowSeconds: integer(env.RATE_LIMIT_WINDOW_SECONDS, 60),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL === 'silent' || env.LOG_LEVEL === 'error' ? env.LOG_LEVEL : 'info',
    seed: env.SEED !== '0' && env.SEED !== 'false',
  };
}

function integer(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
}
