// Package apiserver answers the REST API (package httpapi) from a running
// operator: the sequencer for everything off-chain (transfers, blocks,
// accounts, proofs) and L1 for what only the contract knows (frozen, exits,
// deposits, commit transactions).
//
// It promises:
//   - proofs are served only for committed blocks whose ledger version is
//     still kept, with the header, committedAt and the ready-to-send
//     startExit calldata that the contract accepts for them;
//   - transfers reach the sequencer with their signature normalised (v
//     27/28, low-s), so a high-s or malformed signature is refused with rule
//     "signature" before anything is written;
//   - exits and deposits come from PlasmaChain's logs, read incrementally
//     from the deployment block and cached; a reorged-out log stays in the
//     cache until restart (the lists are informative, the contract decides).
//
// It imports both operator and httpapi so that neither imports the other.
package apiserver
