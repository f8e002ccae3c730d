// Story-local stand-ins for a server, so every state shows the same way in Storybook, in its static build
// and in the story tests, without a network. Only requests to these paths are answered here.

export interface FakeServer {
  /** How many requests reached the fake path. */
  calls: number;
}

/**
 * A story `beforeEach` that answers `fetch` for `path` with `respond`, and restores the real `fetch` afterwards.
 */
export function fakeServer(path: string, respond: (signal: AbortSignal | undefined) => Response | Promise<Response>, server: FakeServer) {
  return () => {
    const realFetch = globalThis.fetch;
    server.calls = 0;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const href = input instanceof Request ? input.url : String(input);
      if (new URL(href, document.baseURI).pathname !== path) return realFetch(input, init);
      server.calls++;
      return Promise.resolve(respond(init?.signal ?? undefined));
    };
    return () => {
      globalThis.fetch = realFetch;
    };
  };
}

/** Never answers; gives up only when the request is aborted (the client's own timeout does that after 10 s). */
export function hang(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted', 'AbortError')), {
      once: true,
    });
  });
}

/** What a misconfigured server often sends: its HTML home page, with a 200. */
export function htmlPage(): Promise<Response> {
  return Promise.resolve(new Response('<!doctype html><html><head><title>Welcome</title></head><body>Welcome!</body></html>', {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  }));
}

