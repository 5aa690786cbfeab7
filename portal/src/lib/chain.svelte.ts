// The portal's one connection to a Civitas node (polkadot-api over its WebSocket), the typed
// API from the descriptors `papi` generated from the chain's own metadata, and the heads the
// views follow: the finalized block (what the portal shows as settled) and the best block
// (shown as pending).

import { createClient, getTypedCodecs, type PolkadotClient, type TypedApi } from 'polkadot-api';
import { getWsProvider } from 'polkadot-api/ws';
import { civitas } from '@polkadot-api/descriptors';

export type Api = TypedApi<typeof civitas>;

/** The node: `?node=ws://…` on the page's address, else the build's default, else a local node. */
export function nodeUrl(): string {
  const named = new URLSearchParams(location.search).get('node');
  return named ?? (import.meta.env.VITE_CIVITAS_NODE || 'ws://127.0.0.1:9944');
}

/** The chain types on which the well-known development accounts may sign. */
const DEVELOPMENT_CHAINS = new Set(['Development', 'Local']);

class Chain {
  readonly url = nodeUrl();
  readonly client: PolkadotClient = createClient(getWsProvider(this.url));
  readonly api: Api = this.client.getTypedApi(civitas);
  name = $state('');
  /** `Development`, `Local` or `Live` (the node's `system_chainType`). */
  chainType = $state('');
  finalized = $state<number | null>(null);
  finalizedHash = $state<string | null>(null);
  best = $state<number | null>(null);
  bestHash = $state<string | null>(null);
  error = $state<string | null>(null);
  /** The finalized block's timestamp (ms), and the slot duration: to date other blocks. */
  finalizedTime = $state<number | null>(null);
  slotMs = $state(6_000);
  /** Agency id → name, as of the finalized block. */
  agencies = $state<Map<number, string>>(new Map());
  /**
   * Agency id → the offence (an equivocation) that keeps its authority out of the authority
   * set until the council restores it, as of the finalized block.
   */
  offences = $state<Map<number, { kind: string; session: number; reportedAt: number }>>(new Map());

  constructor() {
    this.client.finalizedBlock$.subscribe({
      next: (block) => {
        this.finalized = block.number;
        this.finalizedHash = block.hash;
        this.error = null;
        this.api.query.Timestamp.Now.getValue({ at: block.hash })
          .then((now) => (this.finalizedTime = Number(now)))
          .catch(() => {});
        this.api.apis.AgenciesApi.agencies(0, 1_000, { at: block.hash })
          .then((list) => {
            this.agencies = new Map(list.map((agency) => [agency.id, text(agency.name)]));
            this.offences = new Map(list.flatMap((agency) => (agency.authority_offence
              ? [[agency.id, {
                kind: hexText(agency.authority_offence.kind),
                session: agency.authority_offence.session,
                reportedAt: agency.authority_offence.reported_at,
              }] as const]
              : [])));
          })
          .catch((error) => console.error('reading the agencies', error));
      },
      error: (error) => (this.error = String(error)),
    });
    this.client.bestBlocks$.subscribe({
      next: (blocks) => {
        this.best = blocks[0]?.number ?? null;
        this.bestHash = blocks[0]?.hash ?? null;
      },
      error: () => {},
    });
    this.api.apis.AuraApi.slot_duration().then((ms) => (this.slotMs = Number(ms))).catch(() => {});
    this.client.getChainSpecData().then((spec) => (this.name = spec.name)).catch(() => {});
    this.client._request<string>('system_chainType', [])
      .then((type) => (this.chainType = typeof type === 'string' ? type : Object.keys(type)[0]))
      .catch(() => (this.chainType = 'Live'));
  }

  private typedCodecs: ReturnType<typeof getTypedCodecs<typeof civitas>> | null = null;

  /** The codecs of the chain's types (from the descriptors): to encode and decode by hand. */
  codecs() {
    this.typedCodecs ??= getTypedCodecs(civitas);
    return this.typedCodecs;
  }

  /** Whether the development signer may be offered: only on a `dev` or `local` chain. */
  get development(): boolean {
    return DEVELOPMENT_CHAINS.has(this.chainType);
  }

  /** About when block `number` was made: the finalized block's time, less a slot a block. */
  timeOf(number: number): number | null {
    if (this.finalizedTime === null || this.finalized === null) return null;
    return this.finalizedTime - (this.finalized - number) * this.slotMs;
  }

  /** An agency's name, or its number if unknown. */
  agencyName(id: number): string {
    return this.agencies.get(id) ?? `#${id}`;
  }

  /** Blocks the best head is ahead of the finalized one (shown as pending). */
  get pendingBlocks(): number {
    return this.best !== null && this.finalized !== null ? this.best - this.finalized : 0;
  }
}

export const chain = new Chain();

/** Fixed-size bytes that the metadata gives as hex (an offence's kind) as ASCII text. */
export function hexText(hex: string): string {
  return (hex.slice(2).match(/../g) ?? []).map((byte) => String.fromCharCode(parseInt(byte, 16))).join('');
}

/** Bytes on chain (names, titles) as text. */
export function text(bytes: Uint8Array | { asText(): string }): string {
  if (bytes instanceof Uint8Array) return new TextDecoder().decode(bytes);
  return bytes.asText();
}
