// A GET to an outside register (PDOK's Locatieserver, the KvK API) from inside a request: one
// deadline for the headers and the body, so that a service which stalls halfway also ends there,
// and every way it can fail told apart. What a failure says is safe to log: never the URL (it holds
// what was looked up) and never a header (it may hold a key).

export type RemoteText =
  { ok: true; status: number; body: string } | { ok: false; reason: 'timeout' | 'network'; error: { name: string; code?: string } };

export async function getText(url: string, options: { headers: Record<string, string>; timeoutMs: number }): Promise<RemoteText> {
  try {
    const response = await fetch(url, { headers: options.headers, signal: AbortSignal.timeout(options.timeoutMs) });
    return { ok: true, status: response.status, body: await response.text() };
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    // undici's "fetch failed" hides the reason in its cause (ECONNREFUSED, ENOTFOUND, a TLS code).
    const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    return {
      ok: false,
      reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network',
      error: { name, ...(typeof code === 'string' ? { code } : {}) },
    };
  }
}

/** The body as JSON, or undefined when it is none (an HTML error page, half an answer). */
export function jsonOf(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
