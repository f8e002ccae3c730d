// `npm start`: the demo center site, served by Vite from this repository (the elements load from src/,
// rebuilt on save), in one process. Prints the URL. PORT and HOST override the defaults (5173, localhost).
// The reference center API (demo/api) joins this process when the API issue lands.
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';

const server = await createServer({
  root: new URL('..', import.meta.url).pathname,
  appType: 'mpa',
  server: { port, host, strictPort: false },
  plugins: [
    {
      name: 'demo-home',
      configureServer(dev) {
        dev.middlewares.use((req, res, next) => {
          if (req.url !== '/') return next();
          res.writeHead(302, { Location: '/demo/' }).end();
        });
      },
    },
  ],
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://${host}:${server.config.server.port}/`;
console.log(`\n  recovery-widgets demo: ${base}demo/\n  (Ctrl+C to stop)\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
