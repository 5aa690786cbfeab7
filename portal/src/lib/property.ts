// A property's owners as the chain's `Share` and `Owner` come through polkadot-api.

export type Owner = { type: 'Citizen'; value: `0x${string}` } | { type: 'Agency'; value: number };
export type Share = { owner: Owner; ppm: number };
