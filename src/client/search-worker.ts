// Web worker for large indexes: keeps typing responsive while shards are searched.
import { loadEngine } from './search-engine.ts';

type Engine = Awaited<ReturnType<typeof loadEngine>>;
let engine: Promise<Engine> | undefined;
let lastQuery: { id: number; q: string; limit: number } | undefined;

const answer = async () => {
  if (!lastQuery || !engine) return;
  const { id, q, limit } = lastQuery;
  const e = await engine;
  postMessage({ type: 'hits', id, results: e.query(q, limit) });
};

self.onmessage = (event: MessageEvent) => {
  const msg = event.data as { type: 'init'; manifest: string } | { type: 'query'; id: number; q: string; limit: number };
  if (msg.type === 'init') {
    engine = loadEngine(msg.manifest, () => void answer());
    engine.then(
      (e) => e.loading.then(() => postMessage({ type: 'ready' })),
      (err) => postMessage({ type: 'error', message: String(err) }),
    );
    engine.then((e) => e.loading).catch((err) => postMessage({ type: 'error', message: String(err) }));
  } else {
    lastQuery = msg;
    void answer();
  }
};
