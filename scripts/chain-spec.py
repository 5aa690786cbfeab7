#!/usr/bin/env python3
"""Build a Civitas chain spec for a list of agencies.

    scripts/chain-spec.py build agencies.json [--raw] > civitas.json
    scripts/chain-spec.py example N > agencies.json

`build` reads an agencies file and writes a chain spec whose genesis holds those agencies,
their admins on the Agency Council, their nodes as the authority set (with their Aura and
GRANDPA keys as session keys) and no sudo key. With --raw the spec is converted to the raw
form that production nodes should be started from (`civitas-node export-chain-spec --raw`).

The agencies file (JSON):

    {
      "name": "Civitas",                 chain name (optional)
      "id": "civitas",                   chain id: names the database directory (optional)
      "chainType": "Live",               Live | Local | Development (optional; see below)
      "bootNodes": ["/dns/.../p2p/12D3..."],   more boot nodes (optional)
      "sessionLength": 200,              blocks per session (optional; default 200, ten
                                            minutes of 3-second blocks; at least 20):
                                            authority-set changes take effect at session
                                            boundaries
      "endowed": {"5F...": "1000000000000"},   balances at genesis, in planck (10^12 planck
                                            is one unit); without it no account holds
                                            anything, so nobody can pay for a call that
                                            is not an agency's free work (optional)
      "agencies": [
        {
          "name": "Municipal Health Commission",
          "roles": ["HEALTH", "DISEASE_CONTROL"],   role names, or their bits as a number
          "district": null,                 a district number, or null for the whole city
          "admin": "5...",                  the admin account (SS58)
          "aura": "5...",                   the node's Aura key (sr25519, SS58); also the
                                            node's validator account
          "grandpa": "5...",                the node's GRANDPA key (ed25519, SS58)
          "nodeId": "12D3KooW...",          the node's libp2p peer id: with the other
                                            agencies' nodes, the only peers nodes accept
                                            (or "nodeIds": [...], up to 4 nodes)
          "operators": ["5..."],            operator accounts (optional)
          "addresses": ["/dns/node.health.example/tcp/30333/p2p/12D3KooW..."]
                                            where the agency's nodes listen (optional):
                                            each ends with one of its node ids; every
                                            agency's addresses become the spec's boot nodes
        }
      ]
    }

Every node is started with the spec's boot nodes as its first addresses to dial, so a spec
that lists every agency's nodes (through their `addresses`) leaves no node dependent on one
other: losing any node, the rest still know where the others are.

`chainType` changes how a node treats the network and what tools offer: a node of a `Live`
chain (the default) neither discovers peers on its local network nor accepts private
addresses learnt from others (`--discover-local` and `--allow-private-ip` turn those on), so
on a closed network list every node's address as above; the portal offers its development
signer only on `Development` and `Local` chains; `system_chainType` answers with it. Use
`Live` for every real deployment.

`example N` writes such a file for N agencies whose keys all derive from the development
seed phrase of Substrate (`bottom drive obey lake curtain smoke basket hold race lonely fit
walk`) with the paths //CivitasAgency<i>//admin, //CivitasAgency<i>//aura (sr25519),
//CivitasAgency<i>//grandpa (ed25519); node i's node key is the SHA-256 of
"CivitasAgency<i>", and it listens on 127.0.0.1, port 30332 + i; each admin holds 1,000
units. Everyone knows these keys: for tests and demos only.

The binary is $CIVITAS_NODE, by default $CARGO_TARGET_DIR/release/civitas-node.
"""

import hashlib
import json
import os
import subprocess
import sys
import tempfile

# The bits of primitives/src/agencies.rs `Roles`, by name. The runtime checks every role
# value at genesis and refuses unknown bits, so a mismatch cannot slip through silently.
ROLES = {
    "CIVIL_AFFAIRS": 1 << 0,
    "PUBLIC_SECURITY": 1 << 1,
    "HEALTH": 1 << 2,
    "DISEASE_CONTROL": 1 << 3,
    "LAND_REGISTRY": 1 << 4,
    "HOUSING": 1 << 5,
    "TAX": 1 << 6,
    "COURT": 1 << 7,
    "FINANCE": 1 << 8,
    "TRANSPORT": 1 << 9,
    "DATA_BUREAU": 1 << 10,
}
DEV_PHRASE = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"


def node_binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/civitas-target"))
    return os.environ.get("CIVITAS_NODE", os.path.join(target, "release", "civitas-node"))


def node(*args):
    done = subprocess.run([node_binary(), *args], capture_output=True, text=True)
    if done.returncode != 0:
        fail(f"civitas-node {args[0]} failed: {done.stderr.strip()[-2000:]}")
    return done.stdout


def fail(message):
    sys.exit(f"chain-spec.py: {message}")


def role_bits(roles, agency):
    if isinstance(roles, int):
        return roles
    bits = 0
    for role in roles:
        if role not in ROLES:
            fail(f"agency {agency!r}: unknown role {role!r} (known: {', '.join(ROLES)})")
        bits |= ROLES[role]
    return bits


BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# The bytes before the ed25519 public key in a peer id: identity multihash of a protobuf
# `PublicKey { type: Ed25519, data: <32 bytes> }`.
PEER_ID_PREFIX = bytes.fromhex("002408011220")


def node_id(peer_id, agency):
    """The 32-byte node id pallet-agencies stores for a `12D3KooW...` peer id."""
    number = 0
    for char in peer_id:
        if char not in BASE58:
            fail(f"agency {agency!r}: {peer_id!r} is not a peer id (not base58)")
        number = number * 58 + BASE58.index(char)
    raw = number.to_bytes(38, "big") if number < 1 << (8 * 38) else b""
    if len(raw) != 38 or not raw.startswith(PEER_ID_PREFIX):
        fail(f"agency {agency!r}: {peer_id!r} is not the peer id of an ed25519 node key")
    return list(raw[len(PEER_ID_PREFIX):])


def node_ids(agency):
    ids = agency.get("nodeIds", [agency["nodeId"]] if agency.get("nodeId") else [])
    return [node_id(peer_id, agency["name"]) for peer_id in ids]


def build(path, raw):
    with open(path) as file:
        config = json.load(file)
    agencies = config.get("agencies") or fail(f"{path}: no agencies")
    for key in ("name", "roles", "admin", "aura", "grandpa"):
        for agency in agencies:
            if key not in agency:
                fail(f"agency {agency.get('name', '?')!r} has no {key!r}")
    for key in ("admin", "aura", "grandpa"):
        values = [agency[key] for agency in agencies if agency.get(key)]
        if len(values) != len(set(values)):
            fail(f"two agencies share a {key!r}")
    peers = [bytes(peer) for agency in agencies for peer in node_ids(agency)]
    if len(peers) != len(set(peers)):
        fail("two agencies share a node id")
    boot_nodes = list(config.get("bootNodes", []))
    for agency in agencies:
        own = {agency.get("nodeId")} | set(agency.get("nodeIds", []))
        for address in agency.get("addresses", []):
            if "/p2p/" not in address or address.rsplit("/p2p/", 1)[1] not in own:
                fail(f"agency {agency['name']!r}: the address {address!r} does not end with /p2p/ and one of its node ids")
            if address not in boot_nodes:
                boot_nodes.append(address)

    spec = json.loads(node("export-chain-spec", "--chain", "local"))
    spec["name"] = config.get("name", "Civitas")
    spec["id"] = config.get("id", "civitas")
    spec["protocolId"] = spec["id"].replace("_", "-")
    spec["chainType"] = config.get("chainType", "Live")
    spec["bootNodes"] = boot_nodes
    patch = spec["genesis"]["runtimeGenesis"]["patch"]
    session_length = config.get("sessionLength")
    if session_length is not None and (not isinstance(session_length, int) or session_length < 20):
        fail(f"{path}: sessionLength must be a whole number of blocks, at least 20")
    patch["agencies"] = {"sessionLength": session_length, "agencies": [
        {
            "name": agency["name"],
            "roles": role_bits(agency["roles"], agency["name"]),
            "admin": agency["admin"],
            "district": agency.get("district"),
            "authority": agency["aura"],
            "operators": agency.get("operators", []),
            "nodes": node_ids(agency),
        }
        for agency in agencies
    ]}
    patch["session"] = {"keys": [
        [agency["aura"], agency["aura"], {"aura": agency["aura"], "grandpa": agency["grandpa"]}]
        for agency in agencies
    ]}
    patch["balances"] = {"balances": [[account, int(amount)] for account, amount in config.get("endowed", {}).items()]}
    patch["sudo"] = {"key": None}

    if not raw:
        return spec
    with tempfile.NamedTemporaryFile("w", suffix=".json") as plain:
        json.dump(spec, plain)
        plain.flush()
        return json.loads(node("export-chain-spec", "--chain", plain.name, "--raw"))


def public(scheme, suri, field):
    return json.loads(node("key", "inspect", "--scheme", scheme, "--output-type", "json", suri))[field]


def example(count):
    role_sets = [["HEALTH", "DISEASE_CONTROL"], ["LAND_REGISTRY", "HOUSING"], ["TRANSPORT"],
                 ["CIVIL_AFFAIRS"], ["PUBLIC_SECURITY"], ["TAX"], ["COURT"], ["FINANCE"],
                 ["DATA_BUREAU"]]
    agencies = []
    with tempfile.NamedTemporaryFile("w") as key_file:
        for i in range(1, count + 1):
            path = f"{DEV_PHRASE}//CivitasAgency{i}"
            key_file.seek(0)
            key_file.truncate()
            key_file.write(hashlib.sha256(f"CivitasAgency{i}".encode()).hexdigest())
            key_file.flush()
            agencies.append({
                "name": f"Agency {i}",
                "roles": role_sets[(i - 1) % len(role_sets)],
                "district": None if i <= len(role_sets) else (i % 16) + 1,
                "admin": public("sr25519", f"{path}//admin", "ss58Address"),
                "aura": public("sr25519", f"{path}//aura", "ss58Address"),
                "grandpa": public("ed25519", f"{path}//grandpa", "ss58PublicKey"),
                "nodeId": node("key", "inspect-node-key", "--file", key_file.name).strip(),
                "operators": [],
            })
            agencies[-1]["addresses"] = [f"/ip4/127.0.0.1/tcp/{30332 + i}/p2p/{agencies[-1]['nodeId']}"]
    return {"name": f"Civitas example ({count} agencies)", "id": f"civitas_example_{count}",
            "chainType": "Local",
            "endowed": {agency["admin"]: str(1_000 * 10**12) for agency in agencies},
            "agencies": agencies}


def main(argv):
    if len(argv) >= 2 and argv[0] == "build":
        result = build(argv[1], "--raw" in argv[2:])
    elif len(argv) == 2 and argv[0] == "example" and argv[1].isdigit() and 0 < int(argv[1]) <= 256:
        result = example(int(argv[1]))
    else:
        sys.exit(__doc__)
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
