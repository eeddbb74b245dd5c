package proofs

import (
	"bytes"
	"errors"
	"fmt"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
)

var (
	bytesType, _  = abi.NewType("bytes", "", nil)
	neighbourArgs = abi.Arguments{{Name: "key", Type: bytesType}, {Name: "value", Type: bytesType}, {Name: "proof", Type: bytesType}}
	absentArgs    = abi.Arguments{{Name: "left", Type: bytesType}, {Name: "right", Type: bytesType}}
)

func packBytes(args abi.Arguments, vals ...[]byte) []byte {
	in := make([]any, len(vals))
	for i, v := range vals {
		if v == nil {
			v = []byte{}
		}
		in[i] = v
	}
	out, err := args.Pack(in...)
	if err != nil {
		panic("proofs: abi packing of bytes failed: " + err.Error()) // cannot happen for []byte arguments
	}
	return out
}

// unpackBytes decodes abi.encode(bytes, …) strictly: only the canonical
// encoding (the one abi.encode writes) is taken, so each value has exactly
// one encoding.
func unpackBytes(args abi.Arguments, b []byte, what string) ([][]byte, error) {
	vals, err := args.Unpack(b)
	if err != nil {
		return nil, proofError(RuleProofEncoding, "%s: %v", what, err)
	}
	out := make([][]byte, len(vals))
	for i, v := range vals {
		bs, ok := v.([]byte)
		if !ok {
			return nil, proofError(RuleProofEncoding, "%s: field %d is not bytes", what, i)
		}
		out[i] = bs
	}
	if !bytes.Equal(packBytes(args, out...), b) {
		return nil, proofError(RuleProofEncoding, "%s: not the canonical abi encoding", what)
	}
	return out, nil
}

// EncodeNeighbour is a neighbour of a non-membership proof as it travels:
// abi.encode(bytes key, bytes value, bytes proof), proof packed.
func EncodeNeighbour(key, value, packedProof []byte) []byte {
	return packBytes(neighbourArgs, key, value, packedProof)
}

// DecodeNeighbour reverses EncodeNeighbour.
func DecodeNeighbour(b []byte) (key, value, packedProof []byte, err error) {
	v, err := unpackBytes(neighbourArgs, b, "neighbour")
	if err != nil {
		return nil, nil, nil, err
	}
	return v[0], v[1], v[2], nil
}

// EncodeAbsent is a whole non-membership proof: abi.encode(bytes left,
// bytes right), each an EncodeNeighbour or empty at an edge.
func EncodeAbsent(left, right []byte) []byte {
	return packBytes(absentArgs, left, right)
}

// DecodeAbsent reverses EncodeAbsent; it takes only the canonical encoding.
func DecodeAbsent(b []byte) (left, right []byte, err error) {
	v, err := unpackBytes(absentArgs, b, "absent proof")
	if err != nil {
		return nil, nil, err
	}
	return v[0], v[1], nil
}

// PackNonExistence converts an IAVL non-existence proof (iavl's
// GetNonMembershipProof) to its two encoded neighbours; a missing neighbour
// is empty. A proof with no neighbour at all (the empty tree) gives two
// empty neighbours.
func PackNonExistence(p *ics23.NonExistenceProof) (left, right []byte, err error) {
	if p == nil {
		return nil, nil, proofError(RuleProofShape, "no non-existence proof")
	}
	enc := func(ep *ics23.ExistenceProof, side string) ([]byte, error) {
		if ep == nil {
			return []byte{}, nil
		}
		pk, err := PackExistence(ep)
		if err != nil {
			return nil, withContext(err, side+" neighbour")
		}
		return EncodeNeighbour(ep.Key, ep.Value, pk), nil
	}
	if left, err = enc(p.Left, "left"); err != nil {
		return nil, nil, err
	}
	if right, err = enc(p.Right, "right"); err != nil {
		return nil, nil, err
	}
	return left, right, nil
}

// PackCommitment converts what avl's Prove returns to the proof the
// contract takes: an existence proof packed, a non-existence proof as
// EncodeAbsent(left, right).
func PackCommitment(p *ics23.CommitmentProof) ([]byte, error) {
	switch {
	case p == nil:
		return nil, proofError(RuleProofShape, "no proof")
	case p.GetExist() != nil:
		return PackExistence(p.GetExist())
	case p.GetNonexist() != nil:
		left, right, err := PackNonExistence(p.GetNonexist())
		if err != nil {
			return nil, err
		}
		return EncodeAbsent(left, right), nil
	}
	return nil, proofError(RuleProofShape, "neither an existence nor a non-existence proof")
}

func withContext(err error, ctx string) error {
	var pe *plasma.Error
	if errors.As(err, &pe) {
		c := *pe
		c.Message = ctx + ": " + pe.Message
		return &c
	}
	return fmt.Errorf("%s: %w", ctx, err)
}

// neighbour decodes and verifies one encoded neighbour against root.
func neighbour(root common.Hash, enc []byte, side string) (key []byte, p *packed, err error) {
	k, v, pr, err := DecodeNeighbour(enc)
	if err != nil {
		return nil, nil, withContext(err, side+" neighbour")
	}
	p, err = verifyPacked(root, k, v, pr)
	if err != nil {
		return nil, nil, withContext(err, side+" neighbour")
	}
	return k, p, nil
}

// VerifyAbsentPacked checks that key is absent from the tree of root, as
// PROTOCOL §7 says: left and right are the encoded neighbours (empty at an
// edge), each a valid membership proof against root, left.key < key <
// right.key, and the two are adjacent leaves (or the lone one is the
// largest or smallest leaf). With no neighbour at all it holds only for the
// empty tree's root, sha256(""). The error names the failed check.
func VerifyAbsentPacked(root common.Hash, key, left, right []byte) error {
	if len(left) == 0 && len(right) == 0 {
		if root != emptyRoot {
			return proofError(RuleProofEmptyTree, "no neighbour given, but the root is not the empty tree's")
		}
		return nil
	}
	var lp, rp *packed
	if len(left) > 0 {
		lk, p, err := neighbour(root, left, "left")
		if err != nil {
			return err
		}
		if bytes.Compare(lk, key) >= 0 {
			return proofError(RuleProofKeyOrder, "left neighbour's key is not below the key")
		}
		lp = p
	}
	if len(right) > 0 {
		rk, p, err := neighbour(root, right, "right")
		if err != nil {
			return err
		}
		if bytes.Compare(key, rk) >= 0 {
			return proofError(RuleProofKeyOrder, "right neighbour's key is not above the key")
		}
		rp = p
	}
	switch {
	case lp == nil:
		if !allSides(rp.steps, 0) {
			return proofError(RuleProofEdge, "left neighbour missing, but the right one is not the smallest leaf")
		}
	case rp == nil:
		if !allSides(lp.steps, 1) {
			return proofError(RuleProofEdge, "right neighbour missing, but the left one is not the largest leaf")
		}
	default:
		return checkAdjacent(lp.steps, rp.steps)
	}
	return nil
}

func allSides(steps []step, side byte) bool {
	for _, s := range steps {
		if s.side != side {
			return false
		}
	}
	return true
}

func sameStep(a, b *step) bool {
	return a.side == b.side && a.sibling == b.sibling && bytes.Equal(a.hdr, b.hdr)
}

// checkAdjacent checks that two paths (leaf → root) lead to neighbouring
// leaves: they share every step above the node where they part; there the
// left path's child is the left child and the right path's the right one;
// below it the left path goes only right (side 1) and the right path only
// left (side 0). ICS23's IsLeftNeighbor, without its panics on paths that
// never part.
func checkAdjacent(l, r []step) error {
	i, j := len(l)-1, len(r)-1
	for i >= 0 && j >= 0 && sameStep(&l[i], &r[j]) {
		i--
		j--
	}
	if i < 0 || j < 0 {
		return proofError(RuleProofAdjacency, "the neighbours' paths do not part")
	}
	if l[i].side != 0 || r[j].side != 1 {
		return proofError(RuleProofAdjacency, "where the paths part, the left path is not the left child and the right path the right child")
	}
	if !allSides(l[:i], 1) {
		return proofError(RuleProofAdjacency, "the left neighbour is not the largest leaf below the node where the paths part")
	}
	if !allSides(r[:j], 0) {
		return proofError(RuleProofAdjacency, "the right neighbour is not the smallest leaf below the node where the paths part")
	}
	return nil
}

// UnpackNonExistence converts a packed non-membership proof of key back to
// the ICS23 form. It checks the encodings and the structure of each
// neighbour's proof, not the root, order or adjacency.
func UnpackNonExistence(key, left, right []byte) (*ics23.NonExistenceProof, error) {
	np := &ics23.NonExistenceProof{Key: bytes.Clone(key)}
	un := func(enc []byte, side string) (*ics23.ExistenceProof, error) {
		if len(enc) == 0 {
			return nil, nil
		}
		k, v, pr, err := DecodeNeighbour(enc)
		if err != nil {
			return nil, withContext(err, side+" neighbour")
		}
		ep, err := UnpackExistence(k, v, pr)
		if err != nil {
			return nil, withContext(err, side+" neighbour")
		}
		return ep, nil
	}
	var err error
	if np.Left, err = un(left, "left"); err != nil {
		return nil, err
	}
	if np.Right, err = un(right, "right"); err != nil {
		return nil, err
	}
	return np, nil
}
