/**
 * Raw HTTP for what PnPjs never sends: chosen Host headers, huge or broken bodies, odd request lines.
 */
import { request } from "node:http";
import { connect } from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request on a fresh connection (so a connection the server closes never affects the next test). */
export function rawRequest(port: number, options: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

export interface StreamedAnswer extends RawAnswer {
  /** Bytes written before the answer came (the rest was never sent). */
  sent: number;
}

/**
 * Streams `total` bytes of `fill` in 1 MB chunks (one buffer reused, never the whole body in memory) and
 * stops writing as soon as the server answers. With `contentLength: false` the body goes chunked.
 */
export function streamingRequest(
  port: number,
  options: {
    path: string;
    headers?: Record<string, string>;
    total: number;
    contentLength?: boolean;
    /**
     * Wait this long after the first chunk, as a client streaming from a slower source would: a server that
     * answers from the headers alone is heard before the socket it closes refuses more bytes (EPIPE).
     */
    pauseAfterFirstChunkMs?: number;
  },
): Promise<StreamedAnswer> {
  const chunk = Buffer.alloc(1024 * 1024, "[");
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = { ...options.headers };
    if (options.contentLength !== false) headers["content-length"] = String(options.total);
    const req = request(
      { host: "127.0.0.1", port, method: "POST", path: options.path, headers, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (data: Buffer) => chunks.push(data));
        res.on("end", () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            sent,
          });
          req.destroy();
        });
      },
    );
    // Once the server has answered and closed, writing on fails (EPIPE/ECONNRESET): that is expected.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = (): void => {
      while (!answered && sent < options.total) {
        const size = Math.min(chunk.length, options.total - sent);
        sent += size;
        const flushed = req.write(size === chunk.length ? chunk : chunk.subarray(0, size));
        if (sent === size && options.pauseAfterFirstChunkMs !== undefined) {
          setTimeout(pump, options.pauseAfterFirstChunkMs);
          return;
        }
        if (!flushed) {
          req.once("drain", pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

/** Writes raw bytes on a socket and returns everything the server sends back until it closes or 2 s pass. */
export function rawExchange(port: number, bytes: Buffer | string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const finish = (): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const timer = setTimeout(finish, 2000);
    socket.on("data", (data: Buffer) => {
      chunks.push(data);
      // One full answer is enough: headers plus a body of Content-Length bytes.
      const text = Buffer.concat(chunks).toString("latin1");
      const head = text.indexOf("\r\n\r\n");
      const length = /content-length:\s*(\d+)/i.exec(text.slice(0, head))?.[1];
      if (head >= 0 && length !== undefined && text.length >= head + 4 + Number(length)) finish();
    });
    socket.on("end", finish);
    socket.on("error", (error) => (chunks.length > 0 ? finish() : reject(error)));
    socket.write(bytes);
  });
}

/** SharePoint's error body, from either metadata flavour; throws when the body is not one. */
export function spError(body: string): { code: string; message: string } {
  const parsed = JSON.parse(body) as Record<string, { code?: unknown; message?: { value?: unknown } }>;
  const error = parsed["odata.error"] ?? parsed["error"];
  if (typeof error?.code !== "string" || typeof error.message?.value !== "string")
    throw new Error(`not a SharePoint error body: ${body.slice(0, 200)}`);
  return { code: error.code, message: error.message.value };
}
