// A plain static server for this folder, with the center API under /api on the same origin (forwarded to
// RECOVERY_API), the way a center's own site serves its pages and its API. No dependencies.
//   RECOVERY_API=http://127.0.0.1:8787 PORT=8080 npm start   (then open http://127.0.0.1:8080/)
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};

/** The site: files under `root`, and `/api/...` forwarded to `api`. */
export function createSite({ root = fileURLToPath(new URL('.', import.meta.url)), api = 'http://127.0.0.1:8787' } = {}) {
  const base = resolve(root);
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    try {
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return await forward(req, res, api + url.pathname.slice(4) + url.search);
      const path = decodeURIComponent(url.pathname);
      const file = resolve(base, '.' + (path.endsWith('/') ? path + 'index.html' : path));
      if (file !== base && !file.startsWith(base + sep)) return res.writeHead(404).end();
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch (error) {
      if (error?.code === 'ENOENT' || error?.code === 'EISDIR') return res.writeHead(404).end('Not found');
      res.writeHead(502).end(String(error?.message ?? error));
    }
  });
}

async function forward(req, res, target) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = { ...req.headers };
  delete headers.host;
  delete headers.connection;
  const answer = await fetch(target, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
  const out = Object.fromEntries(answer.headers);
  // fetch has already decoded the body; and the connection's own headers are this server's to set.
  for (const name of ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']) delete out[name];
  res.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT || 8080);
  createSite({ api: process.env.RECOVERY_API || undefined }).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
