// Independent EIP-712 reference for package proofs: computes domain
// separators, struct hashes, digests and signatures with ethers v6 and
// prints them as JSON (committed as vectors.json). Run once after
// `npm install` here (or with NODE_PATH pointing at an ethers 6.13.5
// install): node gen.js > vectors.json
"use strict";
const { TypedDataEncoder, Wallet, Signature } = require("ethers");

// A fixed, well-known development key (never holds value).
const KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const wallet = new Wallet(KEY);

const transferTypes = {
  Transfer: [
    { name: "from", type: "address" },
    { name: "to", type: "address" },
    { name: "token", type: "address" },
    { name: "amount", type: "uint256" },
    { name: "nonce", type: "uint64" },
    { name: "fee", type: "uint256" },
    { name: "spent", type: "uint256" },
    { name: "deadline", type: "uint64" },
  ],
};
const exitTypes = {
  ExitAuthorization: [
    { name: "owner", type: "address" },
    { name: "token", type: "address" },
    { name: "executor", type: "address" },
    { name: "deadline", type: "uint64" },
  ],
};

const MAX256 = (2n ** 256n - 1n).toString();
const MAX64 = (2n ** 64n - 1n).toString();

const domains = [
  { name: "AVL Plasma", version: "1", chainId: "1337", verifyingContract: "0x5FbDB2315678afecb367f032d93F642f64180aa3" },
  { name: "AVL Plasma", version: "1", chainId: "1", verifyingContract: "0xdeadbeef00000000000000000000000000c0ffee" },
  { name: "AVL Plasma", version: "1", chainId: "18446744073709551617", verifyingContract: "0xffffffffffffffffffffffffffffffffffffffff" },
];

const transfers = [
  { from: wallet.address, to: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", token: "0x0000000000000000000000000000000000000000",
    amount: "1000000000000000000", nonce: "0", fee: "1000", spent: "1000000000000001000", deadline: "1735689600" },
  { from: wallet.address, to: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", token: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    amount: "1", nonce: "7", fee: "0", spent: "123456789", deadline: "1" },
  { from: wallet.address, to: "0xffffffffffffffffffffffffffffffffffffffff", token: "0x1111111111111111111111111111111111111111",
    amount: MAX256, nonce: MAX64, fee: MAX256, spent: MAX256, deadline: MAX64 },
  { from: wallet.address, to: "0x0000000000000000000000000000000000000001", token: "0x0000000000000000000000000000000000000000",
    amount: "115792089237316195423570985008687907853269984665640564039457584007913129639935", nonce: "9223372036854775807",
    fee: "340282366920938463463374607431768211456", spent: "0", deadline: "4102444800" },
];

const exits = [
  { owner: wallet.address, token: "0x0000000000000000000000000000000000000000", executor: "0x90F79bf6EB2c4f870365E785982E1f101E93b906", deadline: "1735689600" },
  { owner: wallet.address, token: "0x5FbDB2315678afecb367f032d93F642f64180aa3", executor: "0x0000000000000000000000000000000000000000", deadline: MAX64 },
];

function vector(domain, types, primary, message) {
  const digest = TypedDataEncoder.hash(domain, types, message);
  const sig = wallet.signingKey.sign(digest);
  return {
    domain,
    message,
    domainSeparator: TypedDataEncoder.hashDomain(domain),
    structHash: TypedDataEncoder.from(types).hash(message),
    digest,
    signature: Signature.from(sig).serialized,
    signer: wallet.address,
  };
}

const out = { privateKey: KEY, transfers: [], exitAuthorizations: [] };
for (const d of domains) {
  for (const t of transfers) out.transfers.push(vector(d, transferTypes, "Transfer", t));
  for (const e of exits) out.exitAuthorizations.push(vector(d, exitTypes, "ExitAuthorization", e));
}
process.stdout.write(JSON.stringify(out, null, 2) + "\n");
