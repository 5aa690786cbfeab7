// The citizen's commitment, computed in the browser: blake2-256 of the id number's UTF-8
// bytes followed by the salt's. The id number is never sent anywhere.

import { blake2b256 } from '@polkadot-labs/hdkd-helpers';

/** Bytes as `0x…` hex. */
export const hex = (bytes: Uint8Array): `0x${string}` => `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;

/** blake2-256 of a text's UTF-8 bytes: a written reason's or justification's hash. */
export const textHash = (words: string) => hex(blake2b256(new TextEncoder().encode(words)));

/** The salt as bytes: `0x…` hex, or else the text's UTF-8 bytes. */
export function saltBytes(salt: string): Uint8Array {
  const trimmed = salt.trim();
  if (/^0x([0-9a-fA-F]{2})*$/.test(trimmed)) {
    return Uint8Array.from(trimmed.slice(2).match(/../g) ?? [], (pair) => parseInt(pair, 16));
  }
  return new TextEncoder().encode(trimmed);
}

export function commitment(idNumber: string, salt: string): `0x${string}` {
  const id = new TextEncoder().encode(idNumber.trim());
  const salted = saltBytes(salt);
  const joined = new Uint8Array(id.length + salted.length);
  joined.set(id);
  joined.set(salted, id.length);
  return hex(blake2b256(joined));
}

/** blake2-256 of a file's bytes, as hex: a document's hash, computed in the browser. */
export async function fileHash(file: File): Promise<`0x${string}`> {
  return hex(blake2b256(new Uint8Array(await file.arrayBuffer())));
}
