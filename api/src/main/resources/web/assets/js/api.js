// The API of the contract: JSON over fetch, each request bounded in time and retried while the stores
// are not ready (503 with Retry-After).

const TIMEOUT_MS = 15000;
const MAX_NOT_READY_RETRIES = 10;

/** A failed API call; `status` is the HTTP status, 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** `path?params` with only the parameters that have a value. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** GETs JSON; `signal` cancels it (a newer request replacing it). */
export async function getJson(path, params = {}, signal = undefined) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetchBounded(url(path, params), signal);
    if (response.status === 503 && attempt < MAX_NOT_READY_RETRIES) {
      const seconds = Math.min(Number(response.headers.get("Retry-After")) || 1, 10);
      await delay(seconds * 1000, signal);
      continue;
    }
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      try {
        message = (await response.json()).error || message;
      } catch {
        // not JSON: keep the status line
      }
      throw new ApiError(message, response.status);
    }
    return response.json();
  }
}

async function fetchBounded(target, signal) {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await fetch(target, { signal: combined, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal && signal.aborted) {
      throw error;
    }
    throw new ApiError(timeout.aborted ? `no answer from ${target} in ${TIMEOUT_MS / 1000} s` : error.message, 0);
  }
}

function delay(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/** Whether an error only says that a request was cancelled on purpose. */
export function isAbort(error) {
  return error && error.name === "AbortError";
}
