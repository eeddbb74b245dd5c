// Package siml1 is an in-process L1 for tests and the dev daemon: go-ethereum's
// simulated backend (a real EVM and JSON-RPC client, chain ID 1337) with the
// ten well-known dev accounts funded.
//
// It promises:
//   - DevKeys are the first ten accounts of the mnemonic "test test test test
//     test test test test test test test junk" (m/44'/60'/0'/0/i), each
//     funded with DevBalance at genesis.
//   - Without options the chain runs every fork go-ethereum v1.17 knows (the
//     rules of `geth --dev`, including the next fork's state-gas metering);
//     Osaka() switches that fork off so gas matches today's mainnet.
//   - Blocks appear only when asked (Commit, AdjustTime, Transact, Mine,
//     Deploy, or MineEvery); time moves with the wall clock or AdjustTime and
//     never backwards.
//   - Reverts come back as *RevertError with the custom error decoded by name
//     from every contract in contracts/bindings (plus WithABIs), or the
//     require reason / panic.
//
// New(t) ties the chain's life to a test; Open() is the same for non-test code.
package siml1
