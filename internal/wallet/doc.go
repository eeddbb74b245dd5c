// Package wallet is the logic behind the plasma wallet CLI: a client of the
// operator's REST API (PROTOCOL §10), keystore handling, and the L1 calls a
// user makes on PlasmaChain (deposit, startExit, finalizeExits, withdraw).
//
// It promises that a saved proof file alone is enough to start an exit: the
// startExit call is built from the file's header, leaf and proof fields and
// needs only an L1 node, never the operator. Every L1 transaction is sent
// with the gas estimate padded by contracts.GasWithMargin, and waits for its
// receipt; a revert is reported with the contract's custom error name.
package wallet
