package proofs

import (
	"bytes"
	"crypto/sha256"
	"math/rand"
	"sort"
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/iavl"
	idb "github.com/cosmos/iavl/db"
	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"
)

// testTree is a real IAVL tree (in memory: this package does no I/O, and
// the ledger's own tests cover the disk) with its keys in order.
type testTree struct {
	mt   *iavl.MutableTree
	tree *iavl.ImmutableTree
	root common.Hash
	keys [][]byte
	vals map[string][]byte
}

// ledgerKey mimics the ledger's 41-byte keys 0x01 ‖ owner ‖ token.
func ledgerKey(r *rand.Rand) []byte {
	k := make([]byte, 41)
	k[0] = 0x01
	r.Read(k[1:])
	return k
}

func ledgerValue(r *rand.Rand) []byte {
	v := make([]byte, 72)
	r.Read(v)
	return v
}

// buildTree inserts n keys over several saved versions, rewriting some
// values on the way, so leaves and inner nodes carry different versions.
func buildTree(t testing.TB, n int, seed int64) *testTree {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	mt := iavl.NewMutableTree(idb.NewWrapper(dbm.NewMemDB()), 0, true, iavl.NewNopLogger())
	tt := &testTree{mt: mt, vals: map[string][]byte{}}
	batches := 1 + n/40
	for b := 0; b < batches; b++ {
		for i := b * n / batches; i < (b+1)*n/batches; i++ {
			k := ledgerKey(r)
			tt.keys = append(tt.keys, k)
		}
		for _, k := range tt.keys[b*n/batches:] {
			tt.set(t, k, ledgerValue(r))
		}
		for i := 0; i < len(tt.keys)/5; i++ { // updates of older leaves
			tt.set(t, tt.keys[r.Intn(len(tt.keys))], ledgerValue(r))
		}
		if _, _, err := mt.SaveVersion(); err != nil {
			t.Fatal(err)
		}
	}
	if n == 0 {
		if _, _, err := mt.SaveVersion(); err != nil {
			t.Fatal(err)
		}
	}
	sort.Slice(tt.keys, func(i, j int) bool { return bytes.Compare(tt.keys[i], tt.keys[j]) < 0 })
	tt.snapshot(t)
	return tt
}

func (tt *testTree) set(t testing.TB, k, v []byte) {
	if _, err := tt.mt.Set(k, v); err != nil {
		t.Fatal(err)
	}
	tt.vals[string(k)] = v
}

func (tt *testTree) snapshot(t testing.TB) {
	t.Helper()
	im, err := tt.mt.GetImmutable(tt.mt.Version())
	if err != nil {
		t.Fatal(err)
	}
	tt.tree = im
	tt.root = common.BytesToHash(im.Hash())
}

func (tt *testTree) exist(t testing.TB, key []byte) *ics23.ExistenceProof {
	t.Helper()
	cp, err := tt.tree.GetMembershipProof(key)
	if err != nil {
		t.Fatal(err)
	}
	return cp.GetExist()
}

func (tt *testTree) packed(t testing.TB, key []byte) []byte {
	t.Helper()
	p, err := PackExistence(tt.exist(t, key))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (tt *testTree) neighbour(t testing.TB, i int) []byte {
	k := tt.keys[i]
	return EncodeNeighbour(k, tt.vals[string(k)], tt.packed(t, k))
}

// between returns a key strictly between a and b (a < b, both 41 bytes
// with room below b), or nil.
func between(a, b []byte) []byte {
	c := append(bytes.Clone(a), 0x00) // a ‖ 0x00 is the successor of a
	if bytes.Compare(c, b) < 0 {
		return c
	}
	return nil
}

// naiveRoot recomputes the root a packed proof describes without any of
// the §7 checks: what a naive verifier (the 2022 exploits) would accept.
// Forgery tests use it as the committed root, so that the only thing
// standing between the forgery and acceptance is the check under test.
func naiveRoot(key, value, proof []byte) (common.Hash, bool) {
	if len(proof) == 0 || 1+int(proof[0]) > len(proof) {
		return common.Hash{}, false
	}
	l := int(proof[0])
	vh := sha256.Sum256(value)
	var lenBuf [10]byte
	n := putUvarint(lenBuf[:], uint64(len(key)))
	node := sha256.Sum256(concat(proof[1:1+l], lenBuf[:n], key, []byte{0x20}, vh[:]))
	off := 1 + l
	for off < len(proof) {
		h := int(proof[off])
		if off+1+h+1+32 > len(proof) {
			return common.Hash{}, false
		}
		hdr, side, sib := proof[off+1:off+1+h], proof[off+1+h], proof[off+2+h:off+2+h+32]
		if side == 0 {
			node = sha256.Sum256(concat(hdr, []byte{0x20}, node[:], []byte{0x20}, sib))
		} else {
			node = sha256.Sum256(concat(hdr, []byte{0x20}, sib, []byte{0x20}, node[:]))
		}
		off += 1 + h + 1 + 32
	}
	return node, true
}

func concat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// stepOffsets returns the offset of each step of a well-formed packed proof.
func stepOffsets(proof []byte) []int {
	var offs []int
	for off := 1 + int(proof[0]); off < len(proof); off += 1 + int(proof[off]) + 1 + 32 {
		offs = append(offs, off)
	}
	return offs
}

func icsMember(root common.Hash, ep *ics23.ExistenceProof, key, value []byte) bool {
	return ics23.VerifyMembership(ics23.IavlSpec, root[:], &ics23.CommitmentProof{Proof: &ics23.CommitmentProof_Exist{Exist: ep}}, key, value)
}

func icsNonMember(root common.Hash, np *ics23.NonExistenceProof, key []byte) (ok bool) {
	defer func() {
		if recover() != nil { // ics23 v0.10 panics on some malformed pairs
			ok = false
		}
	}()
	return ics23.VerifyNonMembership(ics23.IavlSpec, root[:], &ics23.CommitmentProof{Proof: &ics23.CommitmentProof_Nonexist{Nonexist: np}}, key)
}
