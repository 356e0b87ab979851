// A download that succeeds or fails whole. An error response's body is dropped at once: left
// unread, the request stays open in the browser until the page closes (a page that asked for a
// unit the site does not have never reached network idle).
export async function fetchOk(url: string | URL, init?: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  if (!res.ok) {
    void res.body?.cancel().catch(() => {});
    throw new Error(`${String(url)}: HTTP ${res.status}`);
  }
  return res;
}
