// Who signs: accounts from a browser extension (Polkadot.js, Talisman, SubWallet — the
// injected-extension standard through polkadot-api's pjs-signer) and, on a `dev` or `local`
// chain only, the well-known development accounts (marked as such: their keys are public).

import type { PolkadotSigner } from 'polkadot-api';
import { connectInjectedExtension, getInjectedExtensions } from 'polkadot-api/pjs-signer';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { sr25519CreateDerive } from '@polkadot-labs/hdkd';
import { DEV_PHRASE, entropyToMiniSecret, mnemonicToEntropy, ss58Address } from '@polkadot-labs/hdkd-helpers';
import { chain } from './chain.svelte';

export type Account = {
  name: string;
  address: string;
  signer: PolkadotSigner;
  /** `dev`: a well-known development key; otherwise the extension's name. */
  source: string;
};

const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

function devAccounts(): Account[] {
  const derive = sr25519CreateDerive(entropyToMiniSecret(mnemonicToEntropy(DEV_PHRASE)));
  return DEV_NAMES.map((name) => {
    const pair = derive(`//${name}`);
    return {
      name,
      address: ss58Address(pair.publicKey),
      signer: getPolkadotSigner(pair.publicKey, 'Sr25519', pair.sign),
      source: 'dev',
    };
  });
}

class Accounts {
  extensionAccounts = $state<Account[]>([]);
  extensions = $state<string[]>([]);
  selected = $state<string | null>(localStorage.getItem('civitas.account'));

  /** Every account on offer: the extensions', then (development chains only) the dev keys. */
  get all(): Account[] {
    return chain.development ? [...this.extensionAccounts, ...devAccounts()] : this.extensionAccounts;
  }

  get current(): Account | null {
    return this.all.find((account) => account.address === this.selected) ?? null;
  }

  select(address: string | null) {
    this.selected = address;
    if (address) localStorage.setItem('civitas.account', address);
    else localStorage.removeItem('civitas.account');
  }

  /** Ask every injected extension for its accounts (each asks its user once). */
  async connectExtensions() {
    this.extensions = getInjectedExtensions();
    const found: Account[] = [];
    for (const name of this.extensions) {
      try {
        const extension = await connectInjectedExtension(name);
        for (const account of extension.getAccounts()) {
          if (account.type && account.type !== 'sr25519' && account.type !== 'ed25519') continue;
          found.push({ name: account.name ?? account.address, address: account.address, signer: account.polkadotSigner, source: name });
        }
      } catch {
        // The user declined this extension: its accounts are not offered.
      }
    }
    this.extensionAccounts = found;
  }
}

export const accounts = new Accounts();
