/**
 * A real SMTP server for the e-mail tests (the `smtp-server` package, as a mail server would speak it), whose messages
 * are parsed back with a real MIME parser (`mailparser`). A test can refuse recipients (a permanent 550 or a passing
 * 451) or act when the sender starts a message (to kill the process at that moment).
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface Received {
  to: string[];
  mail: ParsedMail;
  raw: string;
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** Resolves once `count` messages have arrived (or throws after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  /** Answer for a recipient: undefined to accept; else an SMTP code (550 permanent, 451 passing). */
  refuse: (address: string) => number | undefined;
  /** Called when a client starts a message (MAIL FROM); return false to refuse it with 421. */
  onMailFrom: () => boolean;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const waiters: Array<() => void> = [];
  const smtp: TestSmtp = {
    url: '',
    received,
    refuse: () => undefined,
    onMailFrom: () => true,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, received ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!smtp.onMailFrom()) return callback(Object.assign(new Error('Try again later'), { responseCode: 421 }));
      callback();
    },
    onRcptTo(address, _session, callback) {
      const code = smtp.refuse(address.address);
      if (code) return callback(Object.assign(new Error(code >= 500 ? 'No such mailbox' : 'Mailbox busy, try later'), { responseCode: code }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (mail) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail, raw });
            waiters.splice(0).forEach((wake) => wake());
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  smtp.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return smtp;
}
