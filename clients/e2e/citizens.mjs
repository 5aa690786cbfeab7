// What agencies compute off chain about people and documents: only these hashes reach the chain.

import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

/** A citizen's id as a registrar computes it: blake2_256(id number ++ salt), as hex. */
export function commitment(idNumber, salt) {
  return u8aToHex(blake2AsU8a(u8aConcat(stringToU8a(idNumber), salt), 256));
}

/** blake2_256 of a text, as hex: a document's, a claim's or a reason's hash. */
export function hashOf(text) {
  return u8aToHex(blake2AsU8a(stringToU8a(text), 256));
}
