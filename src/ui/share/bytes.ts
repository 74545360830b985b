// A small binary writer and a strict reader for share links: unsigned LEB128 integers, little-endian
// float64 (exact), and length-prefixed UTF-8 strings. The reader checks every length against the
// bytes that remain and throws a LinkError naming what was cut short; it never allocates by a count
// it has not checked.

/** Why a link was refused, in words for the reader. */
export class LinkError extends Error {
  override readonly name = "LinkError";
}

export class ByteWriter {
  private bytes: number[] = [];

  byte(b: number): this {
    this.bytes.push(b & 0xff);
    return this;
  }

  /** An unsigned integer below 2^32 in 1 to 5 bytes. */
  uint(n: number): this {
    let v = n >>> 0;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.bytes.push(v);
    return this;
  }

  f64(x: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x, true);
    for (let i = 0; i < 8; i++) this.bytes.push(view.getUint8(i));
    return this;
  }

  str(s: string): this {
    const utf8 = new TextEncoder().encode(s);
    this.uint(utf8.length);
    return this.raw(utf8);
  }

  raw(data: Uint8Array): this {
    for (const b of data) this.bytes.push(b);
    return this;
  }

  result(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private at = 0;
  private readonly view: DataView;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get remaining(): number {
    return this.data.length - this.at;
  }

  byte(what: string): number {
    if (this.remaining < 1) throw new LinkError(`the link is cut short (at ${what})`);
    return this.data[this.at++]!;
  }

  /** An unsigned integer of at most 5 bytes, and at most `max`. */
  uint(what: string, max: number): number {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte(what);
      v += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) {
        if (v > max) throw new LinkError(`the link's ${what} is ${v}, more than ${max}`);
        return v;
      }
    }
    throw new LinkError(`the link's ${what} is not a valid number`);
  }

  f64(what: string): number {
    if (this.remaining < 8) throw new LinkError(`the link is cut short (at ${what})`);
    const x = this.view.getFloat64(this.at, true);
    this.at += 8;
    return x;
  }

  str(what: string, maxBytes: number): string {
    const length = this.uint(`length of ${what}`, maxBytes);
    const bytes = this.raw(what, length);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new LinkError(`the link's ${what} is not valid text`);
    }
  }

  raw(what: string, length: number): Uint8Array {
    if (this.remaining < length) throw new LinkError(`the link is cut short (at ${what})`);
    const out = this.data.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as base64url without padding (safe in a URL without escaping). */
export function toBase64Url(data: Uint8Array): string {
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i]! << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const chars = data.length - i >= 3 ? 4 : data.length - i + 1;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of a base64url text; throws a LinkError on any other character or an impossible length. */
export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new LinkError("the link's weights are cut short (an impossible length)");
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of text) {
    const v = VALUES.get(c);
    if (v === undefined) throw new LinkError("the link's weights hold a character that a link never writes");
    // Only the low bits that are not yet written matter; the mask keeps the accumulator small.
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
