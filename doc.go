// Package plasma holds the domain types every part of AVL Plasma shares:
// ledger leaves, signed transfers, L1 operations, block headers and blocks,
// and the error type with codes. It imports nothing of the project's own.
//
// The normative description of what these types mean is PROTOCOL.md; field
// names follow it.
package plasma
