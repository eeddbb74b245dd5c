// Package proofs holds the proof formats of AVL Plasma and their
// verification in Go: EIP-712 hashing and signatures of transfers and exit
// authorizations, the packed IAVL proofs the contract verifies, the txRoot
// Merkle tree, and the L1 operations and header hashes. It does no I/O;
// every function is pure and safe for concurrent use.
//
// # What it promises
//
//   - TransferDigest, ExitAuthorizationDigest and the struct hashes equal
//     what go-ethereum's apitypes, ethers v6 (testdata/eip712) and the
//     contract compute for the same domain and message.
//   - RecoverSigner and VerifyTransferSignature accept only 65-byte
//     signatures with r, s in [1, n), s ≤ n/2 (low-s) and v 27/28 (v 0/1
//     is mapped to 27/28 by NormalizeSignature; VerifyTransferSignature,
//     the block validity rule, wants 27/28 as sealed). Errors are
//     *plasma.Error with rule "signature".
//   - VerifyPacked makes every check PROTOCOL §7 lists, and every packed
//     proof it accepts also passes ics23.VerifyMembership(ics23.IavlSpec, …)
//     after UnpackExistence. VerifyAbsentPacked likewise accepts only what
//     ics23.VerifyNonMembership accepts, plus the empty tree (root
//     sha256(""), no neighbour), which ICS23 cannot express. Rejections are
//     *plasma.Error whose Rule (RuleProof*) names the failed check.
//   - TxRoot, TxProof and VerifyTxProof match OpenZeppelin's MerkleProof.
//   - Domain.TypedData is an eth_signTypedData_v4 payload (integers as
//     decimal strings); Domain.Wallet is the bare domain object for the
//     API's /v1/info and ethers' signTypedData(domain, types, value), which
//     wants the types without EIP712Domain.
//
// # Packed IAVL proofs (PROTOCOL §7)
//
// An existence proof of key ↦ value travels as
//
//	proof = u8 L ‖ leafPrefix[L] ‖ step*                 steps leaf → root
//	step  = u8 H ‖ hdr[H] ‖ u8 side ‖ sibling[32]        hdr = zz(height) ‖ zz(size) ‖ zz(version)
//	leaf  = sha256(leafPrefix ‖ uv(len key) ‖ key ‖ 0x20 ‖ sha256(value))
//	side 0 (child left):  node = sha256(hdr ‖ 0x20 ‖ child ‖ 0x20 ‖ sibling)
//	side 1 (child right): node = sha256(hdr ‖ 0x20 ‖ sibling ‖ 0x20 ‖ child)
//
// and is accepted only if: the leaf prefix starts with 0x00 and is exactly
// three non-negative zig-zag varints; each hdr is 3 to 11 bytes of exactly
// three non-negative varints with height ≥ the step's 1-based layer; each
// side is 0 or 1; no bytes follow the last step; key and value are
// non-empty; and the recomputed root is the committed one. Varints must be
// in their shortest form (stricter than ICS23, which takes overlong ones),
// so each proof has exactly one packed form. The leaf prefix starting with
// height 0 and every hdr with height ≥ 1 keep leaves and inner nodes apart:
// an inner node's preimage cannot pose as a leaf, nor a leaf's as an inner
// node.
//
// A non-membership proof of key is abi.encode(bytes left, bytes right),
// each neighbour abi.encode(bytes key, bytes value, bytes proof) with proof
// packed as above, or empty bytes when the key lies beyond the tree's first
// (left) or last (right) leaf. Both neighbours verify against the same
// root, left.key < key < right.key, and they are adjacent: their paths
// share every step above the node where they part, there the left path is
// the left child and the right path the right child, and below it the left
// path has only side-1 steps and the right path only side-0 steps; a lone
// neighbour has only side-1 steps (left, the largest key) or only side-0
// steps (right, the smallest key). Both empty proves absence only from the
// empty tree. The decoders take only the canonical ABI encoding.
//
// # txRoot and hash chains (PROTOCOL §4, §5)
//
// A transfer's txRoot leaf is keccak256(structHash) (abi.encodePacked of
// one bytes32); levels hash sorted pairs; an odd last node is carried up
// unchanged; the empty block's root is 0x0. NextOpsHash and HeaderHash are
// keccak256 of the abi.encode of their fields, 32-byte words each.
package proofs
