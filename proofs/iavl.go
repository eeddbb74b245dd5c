package proofs

import (
	"bytes"
	"crypto/sha256"
	"fmt"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
)

// Checks of PROTOCOL §7. A rejected proof's *plasma.Error carries one of
// these as its Rule, so callers and tests can tell which check refused it.
const (
	RuleProofShape      = "proof_shape"          // an ICS23 proof that is not an IAVL proof (hash ops, separators)
	RuleProofTruncated  = "proof_truncated"      // the leaf prefix runs past the end of the proof
	RuleProofLeafPrefix = "proof_leaf_prefix"    // leaf prefix: starts with 0x00, exactly three non-negative canonical varints
	RuleProofHeader     = "proof_hdr"            // hdr: 3..11 bytes of exactly three non-negative canonical varints
	RuleProofHeight     = "proof_height"         // hdr height ≥ its step's 1-based layer
	RuleProofSide       = "proof_side"           // side ∈ {0, 1}
	RuleProofTrailing   = "proof_trailing_bytes" // bytes after the last whole step
	RuleProofKey        = "proof_key"            // non-empty key
	RuleProofValue      = "proof_value"          // non-empty value
	RuleProofRoot       = "proof_root"           // the recomputed root equals the committed one
	RuleProofEncoding   = "proof_encoding"       // the ABI encoding of a non-membership proof or a neighbour
	RuleProofKeyOrder   = "proof_key_order"      // left.key < key < right.key
	RuleProofAdjacency  = "proof_adjacency"      // the two neighbours are adjacent leaves
	RuleProofEdge       = "proof_edge"           // a lone neighbour is the largest (left) or smallest (right) leaf
	RuleProofEmptyTree  = "proof_empty_tree"     // no neighbour at all proves absence only in the empty tree
)

func proofError(rule, format string, args ...any) *plasma.Error {
	return plasma.RuleError(plasma.EINVALID, rule, format, args...)
}

// sibling separators IAVL writes before each 32-byte child hash.
const hashLenByte = 0x20

// step is one parsed step of a packed proof.
type step struct {
	hdr     []byte // zz(height) ‖ zz(size) ‖ zz(version), aliasing the proof
	height  int64
	side    byte // 0: the path's child is the left child; 1: the right one
	sibling common.Hash
}

// packed is a parsed packed existence proof that passed every structural
// check of §7 (all but the key, value and root).
type packed struct {
	leafPrefix []byte
	steps      []step
}

// readVarints reads three zig-zag varints from the front of b and returns
// them with the number of bytes they took. It accepts only what
// binary.PutVarint writes for a non-negative value: canonical encodings
// (no overlong form such as 0x80 0x00 for 0, which binary.ReadVarint and
// hence ICS23 would take) of even zig-zag codes. Rejecting overlong forms
// makes the encoding of a header unique, so a proof has one packed form.
func readVarints(b []byte) (vals [3]int64, n int, why string) {
	for k := 0; k < 3; k++ {
		var u uint64
		i := 0
		for {
			if n+i >= len(b) {
				return vals, 0, fmt.Sprintf("varint %d is truncated", k+1)
			}
			if i == 10 {
				return vals, 0, fmt.Sprintf("varint %d is longer than 10 bytes", k+1)
			}
			c := b[n+i]
			if i == 9 && c > 1 {
				return vals, 0, fmt.Sprintf("varint %d overflows 64 bits", k+1)
			}
			u |= uint64(c&0x7f) << (7 * i)
			i++
			if c < 0x80 {
				if i > 1 && c == 0 {
					return vals, 0, fmt.Sprintf("varint %d is not in its shortest form", k+1)
				}
				break
			}
		}
		if u&1 != 0 {
			return vals, 0, fmt.Sprintf("varint %d is negative", k+1)
		}
		vals[k] = int64(u >> 1)
		n += i
	}
	return vals, n, ""
}

// parsePacked parses proof = u8 L ‖ leafPrefix[L] ‖ step*, step = u8 H ‖
// hdr[H] ‖ u8 side ‖ sibling[32], making every structural check of §7.
func parsePacked(proof []byte) (*packed, error) {
	if len(proof) == 0 {
		return nil, proofError(RuleProofTruncated, "empty proof")
	}
	l := int(proof[0])
	if 1+l > len(proof) {
		return nil, proofError(RuleProofTruncated, "leaf prefix of %d bytes runs past the end of a %d-byte proof", l, len(proof))
	}
	p := &packed{leafPrefix: proof[1 : 1+l]}
	if l == 0 || p.leafPrefix[0] != 0x00 {
		return nil, proofError(RuleProofLeafPrefix, "leaf prefix does not start with 0x00 (height 0)")
	}
	if _, n, why := readVarints(p.leafPrefix); why != "" {
		return nil, proofError(RuleProofLeafPrefix, "leaf prefix: %s", why)
	} else if n != l {
		return nil, proofError(RuleProofLeafPrefix, "leaf prefix has %d bytes after its three varints", l-n)
	}
	off := 1 + l
	for layer := int64(1); off < len(proof); layer++ {
		h := int(proof[off])
		if h < 3 || h > 11 {
			return nil, proofError(RuleProofHeader, "step %d: hdr is %d bytes, want 3 to 11", layer, h)
		}
		if off+1+h+1+32 > len(proof) {
			return nil, proofError(RuleProofTrailing, "%d trailing bytes after step %d do not form a step", len(proof)-off, layer-1)
		}
		hdr := proof[off+1 : off+1+h]
		vals, n, why := readVarints(hdr)
		if why != "" {
			return nil, proofError(RuleProofHeader, "step %d: hdr: %s", layer, why)
		}
		if n != h {
			return nil, proofError(RuleProofHeader, "step %d: hdr has %d bytes after its three varints", layer, h-n)
		}
		if vals[0] < layer {
			return nil, proofError(RuleProofHeight, "step %d: height %d is below the layer %d", layer, vals[0], layer)
		}
		side := proof[off+1+h]
		if side > 1 {
			return nil, proofError(RuleProofSide, "step %d: side is %d, want 0 or 1", layer, side)
		}
		s := step{hdr: hdr, height: vals[0], side: side}
		copy(s.sibling[:], proof[off+1+h+1:])
		p.steps = append(p.steps, s)
		off += 1 + h + 1 + 32
	}
	return p, nil
}

// root recomputes the IAVL root of key, value along p.
func (p *packed) root(key, value []byte) common.Hash {
	vh := sha256.Sum256(value)
	var lenBuf [10]byte
	n := putUvarint(lenBuf[:], uint64(len(key)))
	h := sha256.New()
	h.Write(p.leafPrefix)
	h.Write(lenBuf[:n])
	h.Write(key)
	h.Write([]byte{hashLenByte})
	h.Write(vh[:])
	var node common.Hash
	h.Sum(node[:0])
	for _, s := range p.steps {
		h.Reset()
		h.Write(s.hdr)
		h.Write([]byte{hashLenByte})
		if s.side == 0 {
			h.Write(node[:])
			h.Write([]byte{hashLenByte})
			h.Write(s.sibling[:])
		} else {
			h.Write(s.sibling[:])
			h.Write([]byte{hashLenByte})
			h.Write(node[:])
		}
		h.Sum(node[:0])
	}
	return node
}

func putUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

func checkKeyValue(key, value []byte) error {
	if len(key) == 0 {
		return proofError(RuleProofKey, "empty key")
	}
	if len(value) == 0 {
		return proofError(RuleProofValue, "empty value")
	}
	return nil
}

func verifyPacked(root common.Hash, key, value, proof []byte) (*packed, error) {
	if err := checkKeyValue(key, value); err != nil {
		return nil, err
	}
	p, err := parsePacked(proof)
	if err != nil {
		return nil, err
	}
	if got := p.root(key, value); got != root {
		return nil, proofError(RuleProofRoot, "proof computes root %s, want %s", got.Hex(), root.Hex())
	}
	return p, nil
}

// VerifyPacked checks that packed proves key ↦ value under root, making
// every check of PROTOCOL §7 the contract makes. The error names the check
// that failed (its Rule is one of the RuleProof* constants).
func VerifyPacked(root common.Hash, key, value, packed []byte) error {
	_, err := verifyPacked(root, key, value, packed)
	return err
}

// PackExistence converts an IAVL existence proof (iavl's
// GetMembershipProof) to the packed form. It refuses any proof that is not
// IAVL-shaped or that fails a structural check of §7.
func PackExistence(p *ics23.ExistenceProof) ([]byte, error) {
	if p == nil || p.Leaf == nil {
		return nil, proofError(RuleProofShape, "existence proof has no leaf op")
	}
	if err := checkKeyValue(p.Key, p.Value); err != nil {
		return nil, err
	}
	lf := p.Leaf
	if lf.Hash != ics23.HashOp_SHA256 || lf.PrehashKey != ics23.HashOp_NO_HASH ||
		lf.PrehashValue != ics23.HashOp_SHA256 || lf.Length != ics23.LengthOp_VAR_PROTO {
		return nil, proofError(RuleProofShape, "leaf op is not IAVL's (hash %v, prehash key %v, prehash value %v, length %v)",
			lf.Hash, lf.PrehashKey, lf.PrehashValue, lf.Length)
	}
	if len(lf.Prefix) > 255 {
		return nil, proofError(RuleProofLeafPrefix, "leaf prefix is %d bytes", len(lf.Prefix))
	}
	out := make([]byte, 0, 1+len(lf.Prefix)+len(p.Path)*(1+11+1+32))
	out = append(out, byte(len(lf.Prefix)))
	out = append(out, lf.Prefix...)
	for i, op := range p.Path {
		layer := i + 1
		if op == nil || op.Hash != ics23.HashOp_SHA256 {
			return nil, proofError(RuleProofShape, "step %d: inner op does not hash with SHA-256", layer)
		}
		_, n, why := readVarints(op.Prefix)
		if why != "" {
			return nil, proofError(RuleProofHeader, "step %d: hdr: %s", layer, why)
		}
		if n < 3 || n > 11 {
			return nil, proofError(RuleProofHeader, "step %d: hdr is %d bytes, want 3 to 11", layer, n)
		}
		hdr, rest := op.Prefix[:n], op.Prefix[n:]
		var side byte
		var sibling []byte
		switch {
		case len(rest) == 1 && rest[0] == hashLenByte && len(op.Suffix) == 33 && op.Suffix[0] == hashLenByte:
			side, sibling = 0, op.Suffix[1:]
		case len(rest) == 34 && rest[0] == hashLenByte && rest[33] == hashLenByte && len(op.Suffix) == 0:
			side, sibling = 1, rest[1:33]
		default:
			return nil, proofError(RuleProofShape, "step %d: not an IAVL inner node (hdr ‖ 0x20 ‖ left ‖ 0x20 ‖ right)", layer)
		}
		out = append(out, byte(n))
		out = append(out, hdr...)
		out = append(out, side)
		out = append(out, sibling...)
	}
	if _, err := parsePacked(out); err != nil {
		return nil, err
	}
	return out, nil
}

// UnpackExistence converts a packed proof of key ↦ value back to the ICS23
// form iavl produces. It makes the structural checks of VerifyPacked (all
// but the root), so PackExistence(UnpackExistence(k, v, b)) == b.
func UnpackExistence(key, value, packedProof []byte) (*ics23.ExistenceProof, error) {
	if err := checkKeyValue(key, value); err != nil {
		return nil, err
	}
	p, err := parsePacked(packedProof)
	if err != nil {
		return nil, err
	}
	return p.existence(key, value), nil
}

func (p *packed) existence(key, value []byte) *ics23.ExistenceProof {
	ep := &ics23.ExistenceProof{
		Key:   bytes.Clone(key),
		Value: bytes.Clone(value),
		Leaf: &ics23.LeafOp{
			Hash:         ics23.HashOp_SHA256,
			PrehashKey:   ics23.HashOp_NO_HASH,
			PrehashValue: ics23.HashOp_SHA256,
			Length:       ics23.LengthOp_VAR_PROTO,
			Prefix:       bytes.Clone(p.leafPrefix),
		},
		Path: make([]*ics23.InnerOp, 0, len(p.steps)),
	}
	for _, s := range p.steps {
		op := &ics23.InnerOp{Hash: ics23.HashOp_SHA256}
		op.Prefix = append(op.Prefix, s.hdr...)
		op.Prefix = append(op.Prefix, hashLenByte)
		if s.side == 0 {
			op.Suffix = append([]byte{hashLenByte}, s.sibling[:]...)
		} else {
			op.Prefix = append(op.Prefix, s.sibling[:]...)
			op.Prefix = append(op.Prefix, hashLenByte)
		}
		ep.Path = append(ep.Path, op)
	}
	return ep
}
