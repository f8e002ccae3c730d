// BMLT root servers for the browser tests, on web-test-runner's own loopback server (koa middleware), serving
// the fixtures of test/fixtures/bmlt/ the way a real server answers:
//   /__bmlt/<kind>/main_server/client_interface/<json|tsml>/?switcher=...
// Kinds: `new` (4.0 and later: the tsml switcher answers), `old` (before 4.0: tsml answers 422 with the
// server's own message, the JSON switcher answers), `big` (old, 2,000 meetings), `bare` (old, and GetFormats
// and GetServiceBodies fail), `down` (500 everywhere). GetFormats answers in the `lang_enum` asked for
// (en or es; nothing for another language, as a server without that translation does).
// `/__bmlt/seen?kind=...` lists the query strings a kind received, so tests can check what was asked.
import { readFile } from 'node:fs/promises';

const asked = new Map(); // kind -> string[]

const fixture = async (name) => JSON.parse(await readFile(`test/fixtures/bmlt/${name}`, 'utf8'));

function json(ctx, status, body) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json');
  ctx.body = JSON.stringify(body);
}

export function bmltServer() {
  return async function bmlt(ctx, next) {
    if (!ctx.path.startsWith('/__bmlt/')) return next();
    if (ctx.path === '/__bmlt/seen') return json(ctx, 200, asked.get(String(ctx.query.kind)) ?? []);
    const match = /^\/__bmlt\/(\w+)\/main_server\/client_interface\/(json|tsml)\/?$/.exec(ctx.path);
    if (!match) return json(ctx, 404, { message: 'Not Found' });
    const [, kind, format] = match;
    asked.set(kind, [...(asked.get(kind) ?? []), `${format}?${ctx.querystring}`]);
    const switcher = ctx.query.switcher;

    if (kind === 'down') return json(ctx, 500, { message: 'Server Error' });
    if (format === 'tsml') {
      if (kind === 'new' && switcher === 'GetSearchResults') return json(ctx, 200, await fixture('tsml.json'));
      return json(ctx, 422, {
        message: 'Invalid data format or endpoint name. Valid endpoint names for the json and jsonp data formats are: GetSearchResults, GetFormats, GetServiceBodies.',
      });
    }
    if (switcher === 'GetSearchResults') return json(ctx, 200, await fixture(kind === 'big' ? 'search-2000.json' : 'search.json'));
    if (kind === 'bare') return json(ctx, 500, { message: 'Server Error' });
    if (switcher === 'GetFormats') {
      const lang = ctx.query.lang_enum ?? 'en';
      return json(ctx, 200, lang === 'en' || lang === 'es' ? await fixture(`formats-${lang}.json`) : []);
    }
    if (switcher === 'GetServiceBodies') return json(ctx, 200, await fixture('service-bodies.json'));
    return json(ctx, 422, { message: 'Invalid data format or endpoint name.' });
  };
}
