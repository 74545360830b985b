// deflate-raw through the browser's CompressionStream, with a cap on what inflating may produce, so
// that a small forged link cannot unpack to gigabytes.

import { LinkError } from "./bytes.ts";

function streamOf(data: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      // A copy: the stream then owns a plain ArrayBuffer, as the compression streams require.
      controller.enqueue(Uint8Array.from(data));
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new LinkError("the link's model unpacks to more than it says");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function deflate(data: Uint8Array): Promise<Uint8Array> {
  return collect(streamOf(data).pipeThrough(new CompressionStream("deflate-raw")), Number.MAX_SAFE_INTEGER);
}

/** The inflated bytes, which must be exactly `length` long. */
export async function inflate(data: Uint8Array, length: number): Promise<Uint8Array> {
  if (typeof DecompressionStream !== "function") throw new LinkError("this browser cannot unpack a model from a link");
  let out: Uint8Array;
  try {
    out = await collect(streamOf(data).pipeThrough(new DecompressionStream("deflate-raw")), length);
  } catch (e) {
    if (e instanceof LinkError) throw e;
    throw new LinkError("the link's model is damaged");
  }
  if (out.length !== length) throw new LinkError("the link's model is cut short");
  return out;
}
