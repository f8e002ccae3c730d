// A real HTTP server that misbehaves on purpose, mounted under /__misbehave/ on web-test-runner's own
// loopback server (koa middleware), so browser tests exercise the HTTP client against real sockets:
// slow replies, failures that recover, truncated bodies, HTML error pages, oversized bodies.
// State (request counts, idempotency keys seen) is kept per `id` query parameter so tests never collide.

const seen = new Map(); // id -> { hits, keys: string[] }

function record(id, key) {
  const entry = seen.get(id) ?? { hits: 0, keys: [] };
  entry.hits += 1;
  if (key) entry.keys.push(key);
  seen.set(id, entry);
  return entry;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.body = JSON.stringify(body);
}

export function misbehavingServer() {
  return async function misbehave(ctx, next) {
    if (!ctx.path.startsWith('/__misbehave/')) return next();
    const route = ctx.path.slice('/__misbehave/'.length);
    const query = ctx.query;
    const id = String(query.id ?? 'anonymous');

    switch (route) {
      // How many requests an id received, and the Idempotency-Key of each.
      case 'seen':
        return json(ctx, 200, seen.get(id) ?? { hits: 0, keys: [] });

      // JSON after an optional delay.
      case 'json': {
        record(id);
        await sleep(Number(query.delay ?? 0));
        return json(ctx, 200, { ok: true, items: [1, 2, 3] });
      }

      // A list as an element would load it: valid records, invalid ones, and markup in a name.
      case 'records': {
        record(id);
        await sleep(Number(query.delay ?? 0));
        if (query.empty) return json(ctx, 200, []);
        return json(ctx, 200, [
          { id: 'a', name: 'Tuesday night group' },
          { id: 'b' },
          { id: 'c', name: '<img src=x onerror="window.pwned=1">Sunrise <b>group</b>' },
          42,
        ]);
      }

      // The center API's /meetings, for elements given `api="/__misbehave/api"`.
      case 'api/meetings': {
        record(id);
        const { readFile } = await import('node:fs/promises');
        return json(ctx, 200, JSON.parse(await readFile('test/fixtures/meeting-guide/times.json', 'utf8')));
      }

      // Fails with `status` (default 500) for the first `fail` requests of an id, then succeeds.
      case 'flaky': {
        const entry = record(id, ctx.get('Idempotency-Key'));
        if (entry.hits <= Number(query.fail ?? 1)) {
          return json(ctx, Number(query.status ?? 500), { message: 'The server had a moment.' });
        }
        return json(ctx, ctx.method === 'POST' ? 201 : 200, { ok: true, attempt: entry.hits });
      }

      // The Cookie and Referer headers this request arrived with (null when absent), any method: what the
      // HTTP client leaks about the visitor and the page.
      case 'echo-headers': {
        record(id);
        return json(ctx, 200, { method: ctx.method, cookie: ctx.get('Cookie') || null, referer: ctx.get('Referer') || null });
      }

      // A chosen status with a chosen kind of body.
      case 'status': {
        record(id, ctx.get('Idempotency-Key'));
        const status = Number(query.code ?? 400);
        if (status === 422) {
          return json(ctx, 422, { errors: [{ field: 'name', message: 'Please enter a name.' }] });
        }
        if (status === 429) return json(ctx, 429, { message: 'Too many requests.' }, { 'Retry-After': '7' });
        return json(ctx, status, { message: `Server says ${status}.` });
      }

      // A 200 whose body is an HTML page (a proxy's or a CMS's error page), or the same with an error status.
      case 'html': {
        record(id);
        ctx.status = Number(query.code ?? 200);
        ctx.set('Content-Type', 'text/html');
        ctx.body = '<!doctype html><title>Bad gateway</title><h1>Something <script>alert(1)</script> went wrong</h1>';
        return;
      }

      // Promises 10,000 bytes, sends a fragment, and hangs up.
      case 'truncated': {
        record(id);
        ctx.respond = false;
        const res = ctx.res;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '10000' });
        res.write('[{"slug":"a"},{"slug":');
        setTimeout(() => res.destroy(), 50);
        return;
      }

      // A JSON array of about `bytes` bytes, with or without a Content-Length header.
      case 'big': {
        record(id);
        const bytes = Number(query.bytes ?? 1_000_000);
        const item = '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"';
        const body = `[${Array.from({ length: Math.ceil(bytes / (item.length + 1)) }, () => item).join(',')}]`;
        ctx.set('Content-Type', 'application/json');
        if (query.chunked) {
          // Streamed without Content-Length, so only counting the bytes read can catch it.
          const { Readable } = await import('node:stream');
          ctx.body = Readable.from([body]);
        } else {
          ctx.body = body;
        }
        return;
      }

      // JSON with accents, curly quotes and an emoji, sent a few bytes at a time so that characters are split
      // between the chunks a reader gets (no Content-Length).
      case 'split-text': {
        record(id);
        const bytes = Buffer.from(JSON.stringify({ name: 'Reunión “Paso a paso” 🙂 — Tuesday', notes: 'ñ'.repeat(50) }));
        ctx.set('Content-Type', 'application/json');
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from(
          (async function* () {
            for (let at = 0; at < bytes.length; at += 7) {
              yield bytes.subarray(at, at + 7);
              await sleep(2);
            }
          })(),
        );
        return;
      }

      default:
        ctx.status = 404;
        ctx.body = 'no such misbehaviour';
    }
  };
}
