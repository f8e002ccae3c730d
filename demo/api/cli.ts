/**
 * `npm run api -- create-admin`: creates a staff admin account, the first one or another (e.g. when the only admin
 * has lost their password). Reads ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD, and asks for any that is not set
 * (the password without showing it). Uses the same database settings as the server (DATABASE_URL or DATA_DIR).
 */
import { createInterface } from 'node:readline/promises';
import { AccountInputSchema } from '../../src/core/api/accounts.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db.js';
import { createAccount } from './accounts.js';
import { scryptHasher } from './passwords.js';
import { Problem } from './problems.js';

async function ask(question: string, { hidden = false } = {}): Promise<string> {
  if (!process.stdin.isTTY) throw new Error(`${question.replace(/: $/, '')} is needed: set it in the environment (see the README).`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing of what is typed: readline writes through _writeToOutput.
    const output = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WritableStream };
    let prompted = false;
    output._writeToOutput = (text: string) => {
      if (!prompted) output.output.write(text);
      prompted = true;
    };
  }
  try {
    return await rl.question(question);
  } finally {
    if (hidden) process.stdout.write('\n');
    rl.close();
  }
}

export async function createAdmin(db: Database, config: ServerConfig, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const email = env.ADMIN_EMAIL || (await ask('E-mail: '));
  const displayName = env.ADMIN_NAME || (await ask('Name shown to other staff: '));
  let password = env.ADMIN_PASSWORD;
  if (!password) {
    password = await ask('Password (12 characters or more): ', { hidden: true });
    if ((await ask('The same password again: ', { hidden: true })) !== password) throw new Error('The two passwords differ.');
  }
  const input = AccountInputSchema.safeParse({ email, displayName, role: 'admin', password });
  if (!input.success) {
    throw new Error(input.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  try {
    const account = await createAccount(db, scryptHasher(config.passwordCost), input.data, { mustChangePassword: false });
    console.log(`Created the admin ${account.email}. Sign in to the staff console with it.`);
  } catch (error) {
    if (error instanceof Problem) throw new Error(error.message);
    throw error;
  }
}
