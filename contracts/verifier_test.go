package contracts_test

// Tests of IAVLVerifier.sol on a real EVM (the simulated backend), checked
// against Go's reference (package proofs) and ICS23 itself: the ICS23 IAVL
// vectors, proofs of a real IAVL tree on goleveldb, one forgery per check of
// PROTOCOL §7, and random mutations.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand"
	"sort"
	"testing"

	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/iavl"
	idb "github.com/cosmos/iavl/db"
	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/contracts/bindings"
	"github.com/avlplasma/avlplasma/internal/ics23test"
	"github.com/avlplasma/avlplasma/internal/siml1"
	"github.com/avlplasma/avlplasma/proofs"
)

// verifier is a deployed IAVLVerifierHarness.
type verifier struct {
	t    testing.TB
	l1   *siml1.Chain
	addr common.Address
	h    *bindings.IAVLVerifierHarness
}

func newVerifier(t testing.TB) *verifier {
	t.Helper()
	l1 := siml1.New(t, siml1.Osaka())
	addr, _, err := l1.Deploy(context.Background(), l1.Keys[0], &bindings.IAVLVerifierHarnessMetaData, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &verifier{t: t, l1: l1, addr: addr, h: bindings.NewIAVLVerifierHarness()}
}

func (v *verifier) call(data []byte) []byte {
	v.t.Helper()
	out, err := v.l1.Call(context.Background(), v.l1.Addrs[0], v.addr, data)
	if err != nil {
		v.t.Fatal(err)
	}
	return out
}

// member is one membership check; absent one non-membership check.
type member struct {
	name              string
	root              common.Hash
	key, value, proof []byte
}

type absent struct {
	name             string
	root             common.Hash
	key, left, right []byte
}

// The batch size keeps an eth_call far below the per-transaction gas cap.
const verifierBatch = 64

func (v *verifier) members(cs []member) []bool {
	v.t.Helper()
	var out []bool
	for lo := 0; lo < len(cs); lo += verifierBatch {
		hi := min(lo+verifierBatch, len(cs))
		var roots [][32]byte
		var keys, values, prs [][]byte
		for _, c := range cs[lo:hi] {
			roots = append(roots, c.root)
			keys, values, prs = append(keys, c.key), append(values, c.value), append(prs, c.proof)
		}
		res, err := v.h.UnpackVerifyBatch(v.call(v.h.PackVerifyBatch(roots, keys, values, prs)))
		if err != nil {
			v.t.Fatal(err)
		}
		out = append(out, res...)
	}
	return out
}

func (v *verifier) absents(cs []absent) []bool {
	v.t.Helper()
	var out []bool
	for lo := 0; lo < len(cs); lo += verifierBatch {
		hi := min(lo+verifierBatch, len(cs))
		var roots [][32]byte
		var keys, lefts, rights [][]byte
		for _, c := range cs[lo:hi] {
			roots = append(roots, c.root)
			keys, lefts, rights = append(keys, c.key), append(lefts, c.left), append(rights, c.right)
		}
		res, err := v.h.UnpackVerifyAbsentBatch(v.call(v.h.PackVerifyAbsentBatch(roots, keys, lefts, rights)))
		if err != nil {
			v.t.Fatal(err)
		}
		out = append(out, res...)
	}
	return out
}

// wantMembers checks every case on-chain and against proofs.VerifyPacked:
// both must say want; an accepted proof must also pass ICS23's own
// verification after conversion.
func (v *verifier) wantMembers(cs []member, want bool) {
	v.t.Helper()
	for i, got := range v.members(cs) {
		c := cs[i]
		goErr := proofs.VerifyPacked(c.root, c.key, c.value, c.proof)
		if got != want || (goErr == nil) != want {
			v.t.Errorf("%s: contract %v, Go %v, want %v", c.name, got, goErr, want)
			continue
		}
		if got {
			ep, err := proofs.UnpackExistence(c.key, c.value, c.proof)
			if err != nil || !ics23.VerifyMembership(ics23.IavlSpec, c.root[:], existCP(ep), c.key, c.value) {
				v.t.Errorf("%s: accepted on-chain but ICS23 rejects it (%v)", c.name, err)
			}
		}
	}
}

func (v *verifier) wantAbsents(cs []absent, want bool) {
	v.t.Helper()
	for i, got := range v.absents(cs) {
		c := cs[i]
		goErr := proofs.VerifyAbsentPacked(c.root, c.key, c.left, c.right)
		if got != want || (goErr == nil) != want {
			v.t.Errorf("%s: contract %v, Go %v, want %v", c.name, got, goErr, want)
			continue
		}
		if got && (len(c.left) > 0 || len(c.right) > 0) {
			np, err := proofs.UnpackNonExistence(c.key, c.left, c.right)
			if err != nil || !icsAbsent(c.root, np, c.key) {
				v.t.Errorf("%s: accepted on-chain but ICS23 rejects it (%v)", c.name, err)
			}
		}
	}
}

func existCP(ep *ics23.ExistenceProof) *ics23.CommitmentProof {
	return &ics23.CommitmentProof{Proof: &ics23.CommitmentProof_Exist{Exist: ep}}
}

func icsAbsent(root common.Hash, np *ics23.NonExistenceProof, key []byte) (ok bool) {
	defer func() {
		if recover() != nil { // ics23 v0.10 panics on some malformed pairs
			ok = false
		}
	}()
	return ics23.VerifyNonMembership(ics23.IavlSpec, root[:],
		&ics23.CommitmentProof{Proof: &ics23.CommitmentProof_Nonexist{Nonexist: np}}, key)
}

// vtree is a real IAVL tree on goleveldb, keys and values in the ledger's
// format (PROTOCOL §2), sorted keys alongside.
type vtree struct {
	tree *iavl.ImmutableTree
	root common.Hash
	keys [][]byte
	vals map[string][]byte
}

func ledgerKey(r *rand.Rand, tokens []common.Address) []byte {
	k := make([]byte, 41)
	k[0] = 0x01
	r.Read(k[1:21])
	copy(k[21:], tokens[r.Intn(len(tokens))][:])
	return k
}

func ledgerValue(r *rand.Rand) []byte {
	v := make([]byte, 72)
	binary.BigEndian.PutUint64(v[24:32], uint64(r.Int63()))    // balance
	binary.BigEndian.PutUint64(v[32:40], uint64(r.Intn(1000))) // nonce
	binary.BigEndian.PutUint64(v[64:72], uint64(r.Int63()))    // spent
	return v
}

// buildVTree writes n leaves over several versions (updating some), so that
// leaves and inner nodes carry different versions and sizes.
func buildVTree(t testing.TB, n int, seed int64) *vtree {
	t.Helper()
	db, err := dbm.NewGoLevelDB("iavl", t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	mt := iavl.NewMutableTree(idb.NewWrapper(db), 1000, true, iavl.NewNopLogger())
	r := rand.New(rand.NewSource(seed))
	tokens := []common.Address{plasma.ETH, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	vt := &vtree{vals: map[string][]byte{}}
	set := func(k, v []byte) {
		if _, err := mt.Set(k, v); err != nil {
			t.Fatal(err)
		}
		vt.vals[string(k)] = v
	}
	for len(vt.keys) < n || mt.Version() == 0 {
		for i := 0; i < 1+n/5 && len(vt.keys) < n; i++ {
			k := ledgerKey(r, tokens)
			vt.keys = append(vt.keys, k)
			set(k, ledgerValue(r))
		}
		for i := 0; i < len(vt.keys)/10; i++ {
			set(vt.keys[r.Intn(len(vt.keys))], ledgerValue(r))
		}
		if _, _, err := mt.SaveVersion(); err != nil {
			t.Fatal(err)
		}
	}
	sort.Slice(vt.keys, func(i, j int) bool { return bytes.Compare(vt.keys[i], vt.keys[j]) < 0 })
	vt.tree, err = mt.GetImmutable(mt.Version())
	if err != nil {
		t.Fatal(err)
	}
	vt.root = common.BytesToHash(vt.tree.Hash())
	return vt
}

func (vt *vtree) proof(t testing.TB, key []byte) []byte {
	t.Helper()
	cp, err := vt.tree.GetMembershipProof(key)
	if err != nil {
		t.Fatal(err)
	}
	p, err := proofs.PackExistence(cp.GetExist())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (vt *vtree) member(t testing.TB, i int) member {
	k := vt.keys[i]
	return member{name: fmt.Sprintf("key %d", i), root: vt.root, key: k, value: vt.vals[string(k)], proof: vt.proof(t, k)}
}

// neighbour is leaf i as a neighbour of a non-membership proof.
func (vt *vtree) neighbour(t testing.TB, i int) []byte {
	k := vt.keys[i]
	return proofs.EncodeNeighbour(k, vt.vals[string(k)], vt.proof(t, k))
}

// absentFromTree asks IAVL itself for the non-membership proof of key.
func (vt *vtree) absentFromTree(t testing.TB, name string, key []byte) absent {
	t.Helper()
	cp, err := vt.tree.GetNonMembershipProof(key)
	if err != nil {
		t.Fatal(err)
	}
	left, right, err := proofs.PackNonExistence(cp.GetNonexist())
	if err != nil {
		t.Fatal(err)
	}
	return absent{name: name, root: vt.root, key: key, left: left, right: right}
}

// successor is the smallest key above k (k ‖ 0x00).
func successor(k []byte) []byte { return append(bytes.Clone(k), 0) }

// naiveRoot recomputes the root a packed proof describes with none of the
// §7 checks, as the verifiers broken in 2022 did. Forgeries are checked
// against it, so that only the check under test stands in their way.
func naiveRoot(key, value, proof []byte) common.Hash {
	l := int(proof[0])
	vh := sha256.Sum256(value)
	pre := append(bytes.Clone(proof[1:1+l]), binary.AppendUvarint(nil, uint64(len(key)))...)
	pre = append(append(append(pre, key...), 0x20), vh[:]...)
	node := sha256.Sum256(pre)
	for off := 1 + l; off < len(proof); {
		h := int(proof[off])
		hdr, side, sib := proof[off+1:off+1+h], proof[off+1+h], proof[off+2+h:off+34+h]
		pre := append(bytes.Clone(hdr), 0x20)
		if side == 0 {
			pre = append(append(append(pre, node[:]...), 0x20), sib...)
		} else {
			pre = append(append(append(pre, sib...), 0x20), node[:]...)
		}
		node = sha256.Sum256(pre)
		off += h + 34
	}
	return node
}

// steps splits a well-formed packed proof into its leaf prefix and steps
// (each u8 H ‖ hdr ‖ side ‖ sibling).
func steps(proof []byte) (leaf []byte, out [][]byte) {
	l := int(proof[0])
	leaf = proof[1 : 1+l]
	for off := 1 + l; off < len(proof); off += int(proof[off]) + 34 {
		out = append(out, proof[off:off+int(proof[off])+34])
	}
	return leaf, out
}

func assemble(leaf []byte, ss ...[]byte) []byte {
	out := append([]byte{byte(len(leaf))}, leaf...)
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

func zz(v int64) []byte { return binary.AppendVarint(nil, v) }

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func TestVerifierICS23Vectors(t *testing.T) {
	v := newVerifier(t)
	var good, bad []member
	for _, name := range []string{"exist_left.json", "exist_middle.json", "exist_right.json"} {
		key, value, root, cp := ics23test.Load(t, name)
		p, err := proofs.PackCommitment(cp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		good = append(good, member{name, root, key, value, p})
		wrong := bytes.Clone(value)
		wrong[len(wrong)-1] ^= 1
		bad = append(bad, member{name + " tampered value", root, key, wrong, p})
	}
	v.wantMembers(good, true)
	v.wantMembers(bad, false)

	var ga, ba []absent
	for _, name := range []string{"nonexist_left.json", "nonexist_middle.json", "nonexist_right.json"} {
		key, _, root, cp := ics23test.Load(t, name)
		left, right, err := proofs.PackNonExistence(cp.GetNonexist())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ga = append(ga, absent{name, root, key, left, right})
		wrong := root
		wrong[0] ^= 1
		ba = append(ba, absent{name + " wrong root", wrong, key, left, right})
		// The whole proof as it travels (abi.encode(left, right)).
		ok, err := v.h.UnpackVerifyAbsentEncoded(v.call(v.h.PackVerifyAbsentEncoded(root, key, proofs.EncodeAbsent(left, right))))
		if err != nil || !ok {
			t.Errorf("%s: verifyAbsentEncoded %v %v", name, ok, err)
		}
	}
	v.wantAbsents(ga, true)
	v.wantAbsents(ba, false)
}

func TestVerifierRealTree(t *testing.T) {
	v := newVerifier(t)
	vt := buildVTree(t, 500, 1)
	n := len(vt.keys)

	// Every leaf's membership proof; a wrong value or root fails.
	var good, bad []member
	maxSteps := 0
	for i := 0; i < n; i++ {
		m := vt.member(t, i)
		good = append(good, m)
		_, ss := steps(m.proof)
		maxSteps = max(maxSteps, len(ss))
		if i%25 == 0 {
			w := m
			w.name += " other leaf's value"
			w.value = vt.vals[string(vt.keys[(i+1)%n])]
			bad = append(bad, w)
			w = m
			w.name += " wrong root"
			w.root[5] ^= 0x40
			bad = append(bad, w)
			w = m
			w.name += " other key"
			w.key = vt.keys[(i+1)%n]
			bad = append(bad, w)
		}
	}
	t.Logf("%d leaves, paths up to %d steps", n, maxSteps)
	v.wantMembers(good, true)
	v.wantMembers(bad, false)

	// Non-membership below the smallest key, above the largest, and between
	// neighbours, as IAVL proves it.
	below := bytes.Clone(vt.keys[0])
	below[len(below)-1]-- // keys are random: the last byte of the smallest is not 0 in this seed
	if bytes.Compare(below, vt.keys[0]) >= 0 {
		t.Fatal("seed gives a smallest key ending in 0x00")
	}
	ga := []absent{
		vt.absentFromTree(t, "below all", below),
		vt.absentFromTree(t, "empty-prefix key", []byte{0x00}),
		vt.absentFromTree(t, "above all", successor(vt.keys[n-1])),
		vt.absentFromTree(t, "other key space", []byte{0x02}),
	}
	if len(ga[0].left) != 0 || len(ga[2].right) != 0 {
		t.Fatal("edge proofs should have one neighbour")
	}
	for i := 0; i+1 < n; i += 7 {
		ga = append(ga, vt.absentFromTree(t, fmt.Sprintf("after key %d", i), successor(vt.keys[i])))
	}
	v.wantAbsents(ga, true)

	// A present key cannot be proven absent: its neighbours skip it.
	var ba []absent
	for i := 1; i+1 < n; i += 50 {
		ba = append(ba, absent{fmt.Sprintf("present key %d", i), vt.root, vt.keys[i], vt.neighbour(t, i-1), vt.neighbour(t, i+1)})
	}
	v.wantAbsents(ba, false)
}

func TestVerifierEmptyAndTinyTrees(t *testing.T) {
	v := newVerifier(t)
	empty := buildVTree(t, 0, 2)
	if empty.root != proofs.EmptyRoot() {
		t.Fatalf("IAVL's empty root %s is not sha256(\"\")", empty.root)
	}
	key := bytes.Repeat([]byte{1}, 41)
	v.wantAbsents([]absent{{"empty tree", empty.root, key, nil, nil}}, true)

	one := buildVTree(t, 1, 3)
	two := buildVTree(t, 2, 4)
	v.wantAbsents([]absent{
		{"empty proof, non-empty tree", one.root, key, nil, nil},
		{"empty proof, zero root", common.Hash{}, key, nil, nil},
	}, false)
	v.wantMembers([]member{one.member(t, 0), two.member(t, 0), two.member(t, 1)}, true)
	v.wantAbsents([]absent{
		one.absentFromTree(t, "one leaf, below", []byte{0x01}),
		one.absentFromTree(t, "one leaf, above", successor(one.keys[0])),
		two.absentFromTree(t, "two leaves, between", successor(two.keys[0])),
		two.absentFromTree(t, "two leaves, above", successor(two.keys[1])),
	}, true)
}

// One forgery per check of §7, each against the root a naive verifier
// computes for it, so only that check stops it. Go's reference must name the
// same check.
func TestVerifierForgeries(t *testing.T) {
	v := newVerifier(t)
	vt := buildVTree(t, 300, 5)
	// A leaf whose first step has its child on the right (side 1), with at
	// least three steps.
	var base member
	for i := range vt.keys {
		m := vt.member(t, i)
		if _, ss := steps(m.proof); len(ss) >= 3 && ss[0][len(ss[0])-33] == 1 {
			base = m
			break
		}
	}
	if base.proof == nil {
		t.Fatal("no leaf with a right-child first step")
	}
	leaf, ss := steps(base.proof)
	k, val := base.key, base.value

	type forgery struct {
		name       string
		key, value []byte
		proof      []byte
		rule       string
	}
	withStep := func(i int, s []byte) [][]byte {
		out := append([][]byte{}, ss...)
		out[i] = s
		return out
	}
	// step rebuilds step i with a new hdr (and the same side and sibling).
	step := func(i int, hdr []byte) []byte {
		s := ss[i]
		return cat([]byte{byte(len(hdr))}, hdr, s[len(s)-33:])
	}
	hdrOf := func(i int) []byte { return ss[i][1 : 1+int(ss[i][0])] }
	// varints splits a hdr or leaf prefix into its three varints.
	varints := func(b []byte) [3][]byte {
		var out [3][]byte
		for j := 0; j < 3; j++ {
			_, n := binary.Varint(b)
			out[j], b = b[:n], b[n:]
		}
		return out
	}
	lv, hv := varints(leaf), varints(hdrOf(0))
	overlong := func(b []byte) []byte { // the same value, one byte longer
		c := bytes.Clone(b)
		c[len(c)-1] |= 0x80
		return append(c, 0x00)
	}
	sideTwo := bytes.Clone(ss[1])
	sideTwo[len(sideTwo)-33] = 2
	longHdr := cat(zz(5), zz(7), []byte{0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}) // 12 bytes of valid varints
	// Inner node as leaf: the first inner node (child on the right) is
	// sha256(hdr ‖ 0x20 ‖ sibling ‖ 0x20 ‖ leafHash); read as a leaf with
	// prefix hdr, key = sibling (uv(32) = 0x20) and value = the leaf's
	// preimage, it hashes to the same node, and the rest of the path is real.
	leafPre := cat(leaf, binary.AppendUvarint(nil, uint64(len(k))), k, []byte{0x20}, sha256Of(val))
	dragon := forgery{"inner node as leaf", ss[0][len(ss[0])-32:], leafPre, assemble(hdrOf(0), ss[1:]...), proofs.RuleProofLeafPrefix}

	forgeries := []forgery{
		{"leaf prefix not starting with 0x00", k, val, assemble(cat(zz(1), lv[1], lv[2]), ss...), proofs.RuleProofLeafPrefix},
		{"leaf prefix with a trailing byte", k, val, assemble(cat(leaf, []byte{0x00}), ss...), proofs.RuleProofLeafPrefix},
		{"leaf prefix with two varints", k, val, assemble(cat(lv[0], lv[1]), ss...), proofs.RuleProofLeafPrefix},
		{"empty leaf prefix", k, val, assemble(nil, ss...), proofs.RuleProofLeafPrefix},
		{"negative varint in leaf prefix", k, val, assemble(cat(lv[0], zz(-1), lv[2]), ss...), proofs.RuleProofLeafPrefix},
		{"non-canonical varint in leaf prefix", k, val, assemble(cat(lv[0], lv[1], overlong(lv[2])), ss...), proofs.RuleProofLeafPrefix},
		{"negative varint in hdr", k, val, assemble(leaf, withStep(0, step(0, cat(hv[0], zz(-3), hv[2])))...), proofs.RuleProofHeader},
		{"non-canonical varint in hdr", k, val, assemble(leaf, withStep(0, step(0, cat(hv[0], overlong(hv[1]), hv[2])))...), proofs.RuleProofHeader},
		{"hdr of 2 bytes", k, val, assemble(leaf, withStep(0, step(0, cat(hv[0], hv[1])))...), proofs.RuleProofHeader},
		{"hdr longer than 11 bytes", k, val, assemble(leaf, withStep(0, step(0, longHdr))...), proofs.RuleProofHeader},
		{"hdr with a trailing byte", k, val, assemble(leaf, withStep(0, step(0, cat(hdrOf(0), []byte{0})))...), proofs.RuleProofHeader},
		{"height 0 at layer 1", k, val, assemble(leaf, withStep(0, step(0, cat(zz(0), hv[1], hv[2])))...), proofs.RuleProofHeight},
		{"height 1 at layer 2", k, val, assemble(leaf, withStep(1, step(1, cat(zz(1), varints(hdrOf(1))[1], varints(hdrOf(1))[2])))...), proofs.RuleProofHeight},
		{"side 2", k, val, assemble(leaf, withStep(1, sideTwo)...), proofs.RuleProofSide},
		{"empty key", nil, val, base.proof, proofs.RuleProofKey},
		{"empty value", k, nil, base.proof, proofs.RuleProofValue},
		dragon,
	}
	var cs []member
	for _, f := range forgeries {
		root := base.root
		if f.name != dragon.name && len(f.key) > 0 && len(f.value) > 0 {
			root = naiveRoot(f.key, f.value, f.proof)
		}
		cs = append(cs, member{f.name, root, f.key, f.value, f.proof})
		if got := plasma.ErrorRule(proofs.VerifyPacked(root, f.key, f.value, f.proof)); got != f.rule {
			t.Errorf("%s: Go rejects by %q, want %q", f.name, got, f.rule)
		}
	}
	// The inner-node forgery is a real one: a verifier without the §7
	// checks takes it against the true root.
	if naiveRoot(dragon.key, dragon.value, dragon.proof) != base.root {
		t.Fatal("the inner-node forgery does not reach the root")
	}
	// Truncation and trailing bytes (against the true root: no naive
	// verifier computes anything for them).
	cs = append(cs,
		member{"trailing byte", base.root, k, val, cat(base.proof, []byte{0})},
		member{"trailing partial step", base.root, k, val, cat(base.proof, ss[0][:20])},
		member{"truncated by one byte", base.root, k, val, base.proof[:len(base.proof)-1]},
		member{"leaf prefix runs past the end", base.root, k, val, base.proof[:1+len(leaf)-1]},
		member{"empty proof", base.root, k, val, nil},
		member{"leaf only", naiveRoot(k, val, assemble(leaf)), k, val, assemble(leaf)}, // sanity: valid for its own root
		member{"tampered value", base.root, k, cat(val[:71], []byte{val[71] ^ 1}), base.proof},
		member{"wrong root", common.Hash(sha256Of(base.root[:])), k, val, base.proof},
	)
	res := v.members(cs)
	for i, c := range cs {
		want := c.name == "leaf only"
		if res[i] != want {
			t.Errorf("%s: contract says %v", c.name, res[i])
		}
		if goOK := proofs.VerifyPacked(c.root, c.key, c.value, c.proof) == nil; goOK != want {
			t.Errorf("%s: Go says %v", c.name, goOK)
		}
	}
	v.wantMembers([]member{base}, true)
}

func sha256Of(b []byte) []byte { h := sha256.Sum256(b); return h[:] }

func TestVerifierAbsentForgeries(t *testing.T) {
	v := newVerifier(t)
	vt := buildVTree(t, 200, 6)
	n := len(vt.keys)
	nb := func(i int) []byte { return vt.neighbour(t, i) }
	mid := n / 2
	between := successor(vt.keys[mid])
	below := []byte{0x01, 0x00}
	above := []byte{0x02}
	good := vt.absentFromTree(t, "honest", between)
	if !bytes.Equal(good.left, nb(mid)) || !bytes.Equal(good.right, nb(mid+1)) {
		t.Fatal("IAVL's neighbours are not the adjacent keys")
	}
	v.wantAbsents([]absent{good}, true)
	// Appending 32 zero bytes keeps abi.decode happy but is not canonical.
	nonCanon := cat(nb(mid), make([]byte, 32))
	badNeighbourProof := func(i int) []byte {
		k := vt.keys[i]
		p := vt.proof(t, k)
		p[len(p)-1] ^= 1
		return proofs.EncodeNeighbour(k, vt.vals[string(k)], p)
	}
	v.wantAbsents([]absent{
		{"pair that skips a key", vt.root, between, nb(mid), nb(mid + 2)},
		{"pair that skips a key, key past the skipped one", vt.root, successor(vt.keys[mid+1]), nb(mid), nb(mid + 2)},
		{"far-apart neighbours", vt.root, between, nb(mid - 5), nb(mid + 5)},
		{"swapped neighbours", vt.root, between, nb(mid + 1), nb(mid)},
		{"key not above left", vt.root, vt.keys[mid], nb(mid), nb(mid + 1)},
		{"key not below right", vt.root, vt.keys[mid+1], nb(mid), nb(mid + 1)},
		{"same neighbour twice", vt.root, between, nb(mid), nb(mid)},
		{"left missing, right not the smallest", vt.root, below, nil, nb(1)},
		{"right missing, left not the largest", vt.root, above, nb(n - 2), nil},
		{"right edge proof used in the middle", vt.root, between, nb(mid), nil},
		{"left edge proof used in the middle", vt.root, between, nil, nb(mid + 1)},
		{"neighbour with a bad proof", vt.root, between, badNeighbourProof(mid), nb(mid + 1)},
		{"non-canonical neighbour encoding", vt.root, between, nonCanon, nb(mid + 1)},
		{"neighbour that is not an encoding", vt.root, between, []byte{1, 2, 3}, nb(mid + 1)},
		{"wrong root", common.BytesToHash(sha256Of(vt.root[:])), between, nb(mid), nb(mid + 1)},
		{"empty-tree proof against a tree", vt.root, between, nil, nil},
	}, false)
	v.wantAbsents([]absent{
		{"smallest key as right edge", vt.root, below, nil, nb(0)},
		{"largest key as left edge", vt.root, above, nb(n - 1), nil},
	}, true)
}

// Random single-byte changes anywhere (proof, key, value, root, neighbour
// encodings) never verify, and Go agrees with the contract on each.
func TestVerifierMutations(t *testing.T) {
	v := newVerifier(t)
	vt := buildVTree(t, 200, 7)
	r := rand.New(rand.NewSource(8))
	flip := func(b []byte) []byte {
		c := bytes.Clone(b)
		i := r.Intn(len(c))
		c[i] ^= byte(1 + r.Intn(255))
		return c
	}
	var ms []member
	for len(ms) < 300 {
		m := vt.member(t, r.Intn(len(vt.keys)))
		switch x := r.Intn(10); {
		case x < 7:
			m.proof = flip(m.proof)
		case x == 7:
			m.key = flip(m.key)
		case x == 8:
			m.value = flip(m.value)
		default:
			m.root = common.Hash(flip(m.root[:]))
		}
		m.name = fmt.Sprintf("mutation %d", len(ms))
		ms = append(ms, m)
	}
	// Byte insertions and deletions in the proof.
	for i := 0; i < 60; i++ {
		m := vt.member(t, r.Intn(len(vt.keys)))
		at := r.Intn(len(m.proof))
		if i%2 == 0 {
			m.proof = cat(m.proof[:at], []byte{byte(r.Intn(256))}, m.proof[at:])
		} else {
			m.proof = cat(m.proof[:at], m.proof[at+1:])
		}
		m.name = fmt.Sprintf("insert/delete %d", i)
		ms = append(ms, m)
	}
	v.wantMembers(ms, false)

	var as []absent
	for len(as) < 200 {
		i := r.Intn(len(vt.keys) - 1)
		a := vt.absentFromTree(t, fmt.Sprintf("absent mutation %d", len(as)), successor(vt.keys[i]))
		switch x := r.Intn(5); {
		case x < 2:
			a.left = flip(a.left)
		case x < 4:
			a.right = flip(a.right)
		default:
			a.root = common.Hash(flip(a.root[:]))
		}
		as = append(as, a)
	}
	v.wantAbsents(as, false)
}

// Random hdrs and leaf prefixes (bytes biased to varint edge cases) put into
// a real proof and checked against the root a naive verifier computes: the
// contract and Go's reference agree on every one, and what they accept ICS23
// accepts too.
func TestVerifierHeaderDifferential(t *testing.T) {
	v := newVerifier(t)
	vt := buildVTree(t, 100, 11)
	r := rand.New(rand.NewSource(12))
	edge := []byte{0x00, 0x01, 0x02, 0x04, 0x7e, 0x7f, 0x80, 0x81, 0x82, 0xfe, 0xff}
	value := func() int64 {
		switch r.Intn(4) {
		case 0:
			return int64(r.Intn(4))
		case 1:
			return int64(1) << r.Intn(63)
		default:
			return r.Int63n(int64(1) << r.Intn(63))
		}
	}
	// three varints, then (half the time) one corruption
	varints := func(first int64) []byte {
		parts := [][]byte{zz(first), zz(value()), zz(value())}
		if r.Intn(2) == 0 {
			return cat(parts...)
		}
		k := r.Intn(3)
		switch r.Intn(6) {
		case 0: // negative
			parts[k] = zz(-1 - value()/2)
		case 1: // overlong
			c := bytes.Clone(parts[k])
			c[len(c)-1] |= 0x80
			parts[k] = append(c, 0)
		case 2: // a byte replaced
			b := cat(parts...)
			b[r.Intn(len(b))] = edge[r.Intn(len(edge))]
			return b
		case 3: // a byte inserted
			b := cat(parts...)
			i := r.Intn(len(b) + 1)
			return cat(b[:i], []byte{edge[r.Intn(len(edge))]}, b[i:])
		case 4: // a byte dropped
			b := cat(parts...)
			i := r.Intn(len(b))
			return cat(b[:i], b[i+1:])
		default: // a varint dropped
			parts[k] = nil
		}
		return cat(parts...)
	}
	var cs []member
	for len(cs) < 600 {
		m := vt.member(t, r.Intn(len(vt.keys)))
		leaf, ss := steps(m.proof)
		if len(cs)%3 == 0 {
			leaf = varints(int64(r.Intn(2))) // height 0, or 1 (a non-leaf)
		} else {
			i := r.Intn(len(ss))
			hdr := varints(int64(i + r.Intn(3))) // height at, below or above the layer i+1
			s := ss[i]
			ss = append([][]byte{}, ss...)
			ss[i] = cat([]byte{byte(len(hdr))}, hdr, s[len(s)-33:])
		}
		m.proof = assemble(leaf, ss...)
		m.root = naiveRoot(m.key, m.value, m.proof)
		m.name = fmt.Sprintf("random hdr %d: %x", len(cs), m.proof[:min(len(m.proof), 24)])
		cs = append(cs, m)
	}
	res := v.members(cs)
	accepted := 0
	for i, c := range cs {
		goErr := proofs.VerifyPacked(c.root, c.key, c.value, c.proof)
		if res[i] != (goErr == nil) {
			t.Errorf("%s: contract %v, Go %v", c.name, res[i], goErr)
		}
		if res[i] {
			accepted++
			ep, err := proofs.UnpackExistence(c.key, c.value, c.proof)
			if err != nil || !ics23.VerifyMembership(ics23.IavlSpec, c.root[:], existCP(ep), c.key, c.value) {
				t.Errorf("%s: accepted but ICS23 rejects it (%v)", c.name, err)
			}
		}
	}
	t.Logf("%d of %d random headers accepted", accepted, len(cs))
	if accepted == 0 || accepted == len(cs) {
		t.Fatal("the random headers do not exercise both outcomes")
	}
}

// synthetic builds a valid packed proof of n steps with realistic headers
// for a tree of about 2^n leaves (sizes and versions in the millions), with
// the given sides (nil: random). Its root is whatever it computes.
func synthetic(r *rand.Rand, key, value []byte, sides []byte, n int) []byte {
	version := int64(1_000_000 + r.Intn(1_000_000))
	p := assemble(cat(zz(0), zz(1), zz(version-int64(r.Intn(1000)))))
	for i := 1; i <= n; i++ {
		side := byte(r.Intn(2))
		if sides != nil {
			side = sides[i-1]
		}
		sib := make([]byte, 32)
		r.Read(sib)
		hdr := cat(zz(int64(i)), zz(int64(1)<<i+int64(r.Intn(1<<i))), zz(version))
		p = cat(p, []byte{byte(len(hdr))}, hdr, []byte{side}, sib)
	}
	return p
}

// syntheticPair builds adjacent neighbours whose paths have n steps each and
// part at layer split.
func syntheticPair(r *rand.Rand, lk, lv, rk, rv []byte, n, split int) (root common.Hash, left, right []byte) {
	version := int64(1_000_000)
	leafOf := func(k, v []byte) ([]byte, [32]byte) {
		pre := cat(zz(0), zz(1), zz(version))
		return pre, sha256.Sum256(cat(pre, binary.AppendUvarint(nil, uint64(len(k))), k, []byte{0x20}, sha256Of(v)))
	}
	hdr := func(i int) []byte { return cat(zz(int64(i)), zz(int64(1)<<i), zz(version)) }
	stepOf := func(i int, side byte, sib []byte) []byte {
		h := hdr(i)
		return cat([]byte{byte(len(h))}, h, []byte{side}, sib)
	}
	hash := func(i int, side byte, child, sib []byte) [32]byte {
		if side == 0 {
			return sha256.Sum256(cat(hdr(i), []byte{0x20}, child, []byte{0x20}, sib))
		}
		return sha256.Sum256(cat(hdr(i), []byte{0x20}, sib, []byte{0x20}, child))
	}
	rnd := func() []byte { b := make([]byte, 32); r.Read(b); return b }
	lpre, ln := leafOf(lk, lv)
	rpre, rn := leafOf(rk, rv)
	lp, rp := assemble(lpre), assemble(rpre)
	for i := 1; i < split; i++ { // left goes only right, right only left
		s := rnd()
		lp = cat(lp, stepOf(i, 1, s))
		ln = hash(i, 1, ln[:], s)
		s = rnd()
		rp = cat(rp, stepOf(i, 0, s))
		rn = hash(i, 0, rn[:], s)
	}
	lp = cat(lp, stepOf(split, 0, rn[:]))
	rp = cat(rp, stepOf(split, 1, ln[:]))
	node := hash(split, 0, ln[:], rn[:])
	for i := split + 1; i <= n; i++ {
		side, s := byte(r.Intn(2)), rnd()
		lp = cat(lp, stepOf(i, side, s))
		rp = cat(rp, stepOf(i, side, s))
		node = hash(i, side, node[:], s)
	}
	return node, proofs.EncodeNeighbour(lk, lv, lp), proofs.EncodeNeighbour(rk, rv, rp)
}

// Gas of verify and verifyAbsent at the path lengths of about 1,000 and
// 1,000,000 leaves: the library's own gas (measured inside the call) and a
// whole transaction to the harness (intrinsic and calldata gas included).
func TestVerifierGas(t *testing.T) {
	v := newVerifier(t)
	ctx := context.Background()
	r := rand.New(rand.NewSource(9))
	key := cat([]byte{1}, bytes.Repeat([]byte{0xaa}, 40))
	value := make([]byte, 72)
	r.Read(value)
	for _, n := range []int{10, 20} {
		p := synthetic(r, key, value, nil, n)
		root := naiveRoot(key, value, p)
		v.wantMembers([]member{{fmt.Sprintf("synthetic %d steps", n), root, key, value, p}}, true)
		out, err := v.h.UnpackVerifyGas(v.call(v.h.PackVerifyGas(root, key, value, p)))
		if err != nil || !out.Ok {
			t.Fatalf("verifyGas: %v %v", out.Ok, err)
		}
		rc, err := v.l1.Transact(ctx, v.l1.Keys[1], siml1.Tx{To: &v.addr, Data: v.h.PackVerify(root, key, value, p)})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("verify, %2d steps (%d proof bytes): %6d gas in the library, %6d gas as a transaction", n, len(p), out.GasUsed.Uint64(), rc.GasUsed)
		// Deterministic bounds: a regression shows here. A transaction's
		// cost is mostly calldata (its EIP-7623 floor).
		if out.GasUsed.Uint64() > 30_000 || rc.GasUsed > 75_000 {
			t.Errorf("verify at %d steps costs %d / %d gas", n, out.GasUsed, rc.GasUsed)
		}

		lk := cat([]byte{1}, bytes.Repeat([]byte{0x10}, 40))
		rk := cat([]byte{1}, bytes.Repeat([]byte{0x20}, 40))
		aroot, left, right := syntheticPair(r, lk, value, rk, value, n, n-3)
		ak := successor(lk)
		v.wantAbsents([]absent{{fmt.Sprintf("synthetic pair %d steps", n), aroot, ak, left, right}}, true)
		ag, err := v.h.UnpackVerifyAbsentGas(v.call(v.h.PackVerifyAbsentGas(aroot, ak, left, right)))
		if err != nil || !ag.Ok {
			t.Fatalf("verifyAbsentGas: %v %v", ag.Ok, err)
		}
		rc, err = v.l1.Transact(ctx, v.l1.Keys[1], siml1.Tx{To: &v.addr, Data: v.h.PackVerifyAbsentEncoded(aroot, ak, proofs.EncodeAbsent(left, right))})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("verifyAbsent, %2d steps each: %6d gas in the library, %6d gas as a transaction", n, ag.GasUsed.Uint64(), rc.GasUsed)
	}
	// A real tree of 1,000 ledger leaves.
	vt := buildVTree(t, 1000, 10)
	m := vt.member(t, 500)
	_, ss := steps(m.proof)
	out, err := v.h.UnpackVerifyGas(v.call(v.h.PackVerifyGas(m.root, m.key, m.value, m.proof)))
	if err != nil || !out.Ok {
		t.Fatal(out.Ok, err)
	}
	t.Logf("verify, real tree of 1000 leaves, %d steps: %d gas in the library", len(ss), out.GasUsed.Uint64())
}
