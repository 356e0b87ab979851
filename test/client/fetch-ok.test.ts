import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchOk } from '../../src/client/fetch-ok.ts';

/** A response whose body reports whether it was cancelled; `more`: the rest of the body is still on its way. */
function response(status: number, text: string, more = false): { res: Response; cancelled: () => boolean } {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode(text));
      if (!more) c.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { res: new Response(body, { status }), cancelled: () => cancelled };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchOk', () => {
  it('returns a successful response with its body unread', async () => {
    const { res, cancelled } = response(200, '{"n":3}');
    vi.stubGlobal('fetch', async () => res);
    const got = await fetchOk('/targets/d/all.json');
    expect(await got.json()).toEqual({ n: 3 });
    expect(cancelled()).toBe(false);
  });

  it('rejects an error response naming the file and status, and drops its body', async () => {
    const { res, cancelled } = response(404, '<!doctype html><title>404</title>', true);
    vi.stubGlobal('fetch', async () => res);
    await expect(fetchOk('/targets/d/u/u-none.json')).rejects.toThrow('/targets/d/u/u-none.json: HTTP 404');
    expect(cancelled()).toBe(true);
  });

  it('passes a network failure on as it is', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchOk(new URL('http://127.0.0.1/search/manifest.json'))).rejects.toThrow('Failed to fetch');
  });
});
