// Driving the Agency Council from a client: propose, vote, close.

import assert from 'node:assert/strict';
import { submit } from './network.mjs';

/** `proposer` puts `call` to the council (threshold 2); returns the motion's hash and index. */
export async function propose(api, call, proposer) {
  const proposed = await submit(api, api.tx.council.propose(2, call, call.method.encodedLength), proposer);
  assert.equal(proposed.error, null, 'a council member may propose');
  const [, index, hash] = proposed.events.find((e) => api.events.council.Proposed.is(e)).data;
  return { call, hash, index };
}

/** `voter` votes aye on the motion. */
export async function vote(api, { hash, index }, voter) {
  const voted = await submit(api, api.tx.council.vote(hash, index, true), voter);
  assert.equal(voted.error, null);
}

/** `closer` closes the motion; resolves with `submit`'s result. */
export async function close(api, { call, hash, index }, closer) {
  const lengthBound = call.method.encodedLength;
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call, lengthBound);
  return submit(api, api.tx.council.close(hash, index, weight, lengthBound), closer);
}

/** A whole motion: `proposer` proposes, each of `voters` votes aye, `closer` closes. */
export async function motion(api, call, proposer, voters, closer) {
  const proposal = await propose(api, call, proposer);
  for (const voter of voters) await vote(api, proposal, voter);
  return close(api, proposal, closer);
}

/** The result of the call a closed motion executed: null if it succeeded, else `section.Name`. */
export function executedError(api, closed) {
  const executed = closed.events.find((e) => api.events.council.Executed.is(e));
  assert.ok(executed, 'the motion was executed');
  const result = executed.data.result;
  if (result.isOk) return null;
  const error = result.asErr;
  if (!error.isModule) return error.toString();
  const { section, name } = api.registry.findMetaError(error.asModule);
  return `${section}.${name}`;
}
