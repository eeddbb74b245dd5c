package proofs

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math/rand"
	"testing"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"
)

// rawStep is a step of a packed proof, unchecked.
type rawStep struct {
	hdr     []byte
	side    byte
	sibling []byte
}

func splitPacked(p []byte) (prefix []byte, steps []rawStep) {
	prefix = bytes.Clone(p[1 : 1+int(p[0])])
	for _, off := range stepOffsets(p) {
		h := int(p[off])
		steps = append(steps, rawStep{bytes.Clone(p[off+1 : off+1+h]), p[off+1+h], bytes.Clone(p[off+2+h : off+2+h+32])})
	}
	return prefix, steps
}

func joinPacked(prefix []byte, steps []rawStep) []byte {
	out := append([]byte{byte(len(prefix))}, prefix...)
	for _, s := range steps {
		out = append(out, byte(len(s.hdr)))
		out = append(out, s.hdr...)
		out = append(out, s.side)
		out = append(out, s.sibling...)
	}
	return out
}

// rawICS23 converts a packed proof to ICS23 without any check, so ICS23's
// own verdict on a forgery can be asked for.
func rawICS23(key, value []byte, p []byte) *ics23.ExistenceProof {
	prefix, steps := splitPacked(p)
	ep := &ics23.ExistenceProof{Key: key, Value: value, Leaf: &ics23.LeafOp{
		Hash: ics23.HashOp_SHA256, PrehashValue: ics23.HashOp_SHA256, Length: ics23.LengthOp_VAR_PROTO, Prefix: prefix}}
	for _, s := range steps {
		op := &ics23.InnerOp{Hash: ics23.HashOp_SHA256, Prefix: concat(s.hdr, []byte{0x20})}
		if s.side == 0 {
			op.Suffix = concat([]byte{0x20}, s.sibling)
		} else {
			op.Prefix = concat(op.Prefix, s.sibling, []byte{0x20})
		}
		ep.Path = append(ep.Path, op)
	}
	return ep
}

func zz(v int64) []byte {
	var b [10]byte
	n := putUvarint(b[:], uint64(v<<1)^uint64(v>>63))
	return b[:n]
}

// A real proof with at least five steps and steps on both sides.
func forgeryBase(t *testing.T) (tt *testTree, key, value, packed []byte) {
	tt = buildTree(t, 300, 42)
	for _, k := range tt.keys[100:] {
		p := tt.packed(t, k)
		_, steps := splitPacked(p)
		sides := map[byte]bool{}
		for _, s := range steps {
			sides[s.side] = true
		}
		if len(steps) >= 5 && len(sides) == 2 {
			return tt, k, tt.vals[string(k)], p
		}
	}
	t.Fatal("no suitable proof")
	return
}

// TestForgeryPerCheck: one forged proof per check of PROTOCOL §7. Each is
// verified against the root it computes itself (naiveRoot), so the named
// check alone stands between it and acceptance; where ICS23 can express
// the forgery, ICS23 rejects it too.
func TestForgeryPerCheck(t *testing.T) {
	_, key, value, packed := forgeryBase(t)
	lp, steps := splitPacked(packed)
	if lp[0] != 0 || len(lp) != 3 {
		t.Fatalf("unexpected leaf prefix %x", lp)
	}
	withPrefix := func(p []byte) []byte { return joinPacked(p, steps) }
	withStep := func(i int, f func(s *rawStep)) []byte {
		ss := make([]rawStep, len(steps))
		for j := range steps {
			ss[j] = rawStep{bytes.Clone(steps[j].hdr), steps[j].side, bytes.Clone(steps[j].sibling)}
		}
		f(&ss[i])
		return joinPacked(lp, ss)
	}
	hdrOf := func(h, s, v []byte) []byte { return concat(h, s, v) }
	vals := func(hdr []byte) [3]int64 { v, _, why := readVarints(hdr); _ = why; return v }
	h2 := vals(steps[2].hdr) // step 3's height, size, version
	cases := []struct {
		name       string
		key, value []byte
		proof      []byte
		rule       string
		icsRejects bool // ICS23 (IavlSpec) rejects it as well
	}{
		{"leaf prefix starts with 0x02", key, value, withPrefix(concat([]byte{0x02}, lp[1:])), RuleProofLeafPrefix, true},
		{"leaf prefix empty", key, value, withPrefix(nil), RuleProofLeafPrefix, true},
		{"leaf prefix of two varints", key, value, withPrefix(lp[:2]), RuleProofLeafPrefix, true},
		{"leaf prefix of four varints", key, value, withPrefix(concat(lp, []byte{0x00})), RuleProofLeafPrefix, true},
		{"leaf prefix with negative size", key, value, withPrefix(concat([]byte{0}, zz(-1), lp[2:])), RuleProofLeafPrefix, true},
		{"leaf prefix with negative version", key, value, withPrefix(concat(lp[:2], zz(-5))), RuleProofLeafPrefix, true},
		{"leaf prefix with overlong varint", key, value, withPrefix(concat(lp[:1], []byte{lp[1] | 0x80, 0x00}, lp[2:])), RuleProofLeafPrefix, false},
		{"leaf prefix with truncated varint", key, value, withPrefix(concat(lp[:2], []byte{0x80})), RuleProofLeafPrefix, true},
		{"leaf prefix with overflowing varint", key, value, withPrefix(concat(lp[:2], bytes.Repeat([]byte{0xfe}, 9), []byte{0x02})), RuleProofLeafPrefix, true},
		{"hdr of 2 bytes", key, value, withStep(0, func(s *rawStep) { s.hdr = s.hdr[:2] }), RuleProofHeader, true},
		{"hdr of 12 bytes", key, value, withStep(2, func(s *rawStep) { s.hdr = hdrOf(zz(h2[0]), zz(1<<60), zz(8000)) }), RuleProofHeader, false},
		{"hdr of four varints", key, value, withStep(1, func(s *rawStep) { s.hdr = concat(s.hdr, []byte{0x00}) }), RuleProofHeader, true},
		{"hdr of two varints", key, value, withStep(2, func(s *rawStep) { s.hdr = hdrOf(zz(h2[0]), zz(h2[1]|64), nil) }), RuleProofHeader, true},
		{"hdr with negative height", key, value, withStep(2, func(s *rawStep) { s.hdr = hdrOf(zz(-h2[0]), zz(h2[1]), zz(h2[2])) }), RuleProofHeader, true},
		{"hdr with negative size", key, value, withStep(2, func(s *rawStep) { s.hdr = hdrOf(zz(h2[0]), zz(-h2[1]), zz(h2[2])) }), RuleProofHeader, true},
		{"hdr with negative version", key, value, withStep(2, func(s *rawStep) { s.hdr = hdrOf(zz(h2[0]), zz(h2[1]), zz(-1)) }), RuleProofHeader, true},
		{"hdr with overlong varint", key, value, withStep(2, func(s *rawStep) {
			s.hdr = hdrOf([]byte{zz(h2[0])[0] | 0x80, 0x00}, zz(h2[1]), zz(h2[2]))
		}), RuleProofHeader, false},
		{"height 0 at layer 1", key, value, withStep(0, func(s *rawStep) { v := vals(s.hdr); s.hdr = hdrOf(zz(0), zz(v[1]), zz(v[2])) }), RuleProofHeight, true},
		{"height below layer 3", key, value, withStep(2, func(s *rawStep) { s.hdr = hdrOf(zz(2), zz(h2[1]), zz(h2[2])) }), RuleProofHeight, true},
		{"side 2", key, value, withStep(1, func(s *rawStep) { s.side = 2 }), RuleProofSide, false},
		{"side 255", key, value, withStep(3, func(s *rawStep) { s.side = 255 }), RuleProofSide, false},
		{"trailing byte", key, value, concat(packed, []byte{0x03}), RuleProofTrailing, false},
		{"trailing partial step", key, value, concat(packed, []byte{0x03, 0x02, 0x02, 0x02, 0x00}, make([]byte, 31)), RuleProofTrailing, false},
		{"empty key", nil, value, packed, RuleProofKey, true},
		{"empty value", key, nil, packed, RuleProofValue, true},
	}
	for _, c := range cases {
		root, ok := naiveRoot(c.key, c.value, c.proof)
		if !ok {
			root = common.Hash{1}
		}
		wantRule(t, c.name, VerifyPacked(root, c.key, c.value, c.proof), c.rule)
		if _, err := UnpackExistence(c.key, c.value, c.proof); err == nil {
			t.Fatalf("%s: unpacked", c.name)
		}
		if c.icsRejects && ok && icsMember(root, rawICS23(c.key, c.value, c.proof), c.key, c.value) {
			t.Fatalf("%s: ICS23 accepts it", c.name)
		}
	}
	// Truncation and a root that does not match.
	wantRule(t, "empty proof", VerifyPacked(common.Hash{}, key, value, nil), RuleProofTruncated)
	wantRule(t, "leaf prefix past the end", VerifyPacked(common.Hash{}, key, value, []byte{5, 0, 2}), RuleProofTruncated)
	tampered := withStep(2, func(s *rawStep) { s.sibling[7] ^= 1 })
	root, _ := naiveRoot(key, value, packed)
	wantRule(t, "tampered sibling", VerifyPacked(root, key, value, tampered), RuleProofRoot)
	// Every way of appending 1..36 bytes is rejected.
	for n := 1; n <= 36; n++ {
		for _, b := range []byte{0, 3, 7, 11, 12} {
			ext := concat(packed, bytes.Repeat([]byte{b}, n))
			if r, ok := naiveRoot(key, value, ext); ok && VerifyPacked(r, key, value, ext) == nil {
				t.Fatalf("%d appended bytes %#x accepted", n, b)
			}
			if VerifyPacked(root, key, value, ext) == nil {
				t.Fatalf("%d appended bytes %#x accepted against the real root", n, b)
			}
		}
	}
}

// TestForgeryInnerNodeAsLeaf is the 2022 forged-IAVL-proof attack: an
// inner node's preimage hdr ‖ 0x20 ‖ left ‖ 0x20 ‖ right is presented as
// a leaf, with the hdr as leaf prefix, key = left (32 bytes, so its length
// byte is the 0x20 separator) and value = the preimage of right (so its
// prehash is right). A naive path recomputation reaches the real root; the
// leaf-prefix check stops it.
func TestForgeryInnerNodeAsLeaf(t *testing.T) {
	tt := buildTree(t, 300, 7)
	forged := 0
	for _, k := range tt.keys {
		v := tt.vals[string(k)]
		p := tt.packed(t, k)
		lp, steps := splitPacked(p)
		// Replay the path, keeping each node's preimage.
		var lenBuf [10]byte
		n := putUvarint(lenBuf[:], uint64(len(k)))
		vh := sha256.Sum256(v)
		pre := concat(lp, lenBuf[:n], k, []byte{0x20}, vh[:])
		for j, s := range steps {
			child := sha256.Sum256(pre)
			if s.side == 1 {
				// node j = sha256(hdr ‖ 0x20 ‖ sibling ‖ 0x20 ‖ child)
				fkey, fval := s.sibling, pre
				fproof := joinPacked(s.hdr, steps[j+1:])
				root, ok := naiveRoot(fkey, fval, fproof)
				if !ok || root != tt.root {
					t.Fatalf("forgery does not reach the root")
				}
				wantRule(t, "inner node as leaf", VerifyPacked(tt.root, fkey, fval, fproof), RuleProofLeafPrefix)
				if icsMember(tt.root, rawICS23(fkey, fval, fproof), fkey, fval) {
					t.Fatal("ICS23 accepts the forgery")
				}
				// Also with a well-formed leaf prefix in front, the hdr
				// cannot pass: the hash changes.
				forged++
			}
			if s.side == 0 {
				pre = concat(s.hdr, []byte{0x20}, child[:], []byte{0x20}, s.sibling)
			} else {
				pre = concat(s.hdr, []byte{0x20}, s.sibling, []byte{0x20}, child[:])
			}
		}
		if forged >= 20 {
			break
		}
	}
	if forged == 0 {
		t.Fatal("no forgery attempted")
	}
}

// TestForgeryLeafAsInnerNode is the converse: a real leaf whose key is 32
// bytes (0x20 ‖ key ‖ 0x20 ‖ sha256(value) looks like 0x20 ‖ left ‖ 0x20 ‖
// right) is presented as an inner node above a fake leaf whose hash is that
// key. Its leaf prefix 00 02 zz(version) would be a hdr of height 0; the
// height check stops it.
func TestForgeryLeafAsInnerNode(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	fkey, fval := ledgerKey(r), []byte("a balance nobody ever had")
	fprefix := []byte{0x00, 0x02, 0x02}
	fh := sha256.Sum256(fval)
	fleaf := sha256.Sum256(concat(fprefix, []byte{41}, fkey, []byte{0x20}, fh[:]))

	tt := buildTree(t, 50, 10)
	realValue := []byte("value of the 32-byte key")
	tt.set(t, fleaf[:], realValue)
	tt.keys = append(tt.keys, fleaf[:])
	if _, _, err := tt.mt.SaveVersion(); err != nil {
		t.Fatal(err)
	}
	tt.snapshot(t)
	real := tt.packed(t, fleaf[:])
	if err := VerifyPacked(tt.root, fleaf[:], realValue, real); err != nil {
		t.Fatal(err)
	}
	rlp, steps := splitPacked(real)
	if len(rlp) != 3 {
		t.Fatalf("leaf prefix %x", rlp)
	}
	rv := sha256.Sum256(realValue)
	forged := joinPacked(fprefix, append([]rawStep{{hdr: rlp, side: 0, sibling: rv[:]}}, steps...))
	if root, ok := naiveRoot(fkey, fval, forged); !ok || root != tt.root {
		t.Fatal("forgery does not reach the root")
	}
	wantRule(t, "leaf as inner node", VerifyPacked(tt.root, fkey, fval, forged), RuleProofHeight)
	if icsMember(tt.root, rawICS23(fkey, fval, forged), fkey, fval) {
		t.Fatal("ICS23 accepts the forgery")
	}
}

// TestRandomMutations: no single-byte change of a real proof verifies,
// and every mutated proof that passes the structural checks (so verifies
// against the root it computes) passes ICS23 after UnpackExistence.
func TestRandomMutations(t *testing.T) {
	tt := buildTree(t, 300, 11)
	r := rand.New(rand.NewSource(12))
	structural := 0
	for ki := 0; ki < len(tt.keys); ki += 37 {
		k := tt.keys[ki]
		v := tt.vals[string(k)]
		p := tt.packed(t, k)
		for pos := 0; pos < len(p); pos++ {
			for try := 0; try < 3; try++ {
				m := bytes.Clone(p)
				m[pos] ^= byte(1 + r.Intn(255))
				if VerifyPacked(tt.root, k, v, m) == nil {
					t.Fatalf("mutation at %d verifies", pos)
				}
				root, ok := naiveRoot(k, v, m)
				err := VerifyPacked(root, k, v, m)
				ep, uerr := UnpackExistence(k, v, m)
				if (err == nil) != (uerr == nil) && ok {
					t.Fatalf("mutation at %d: verify %v, unpack %v", pos, err, uerr)
				}
				if err == nil {
					structural++
					if !icsMember(root, ep, k, v) {
						t.Fatalf("mutation at %d: accepted by VerifyPacked, rejected by ICS23", pos)
					}
				}
			}
		}
		// Truncations and insertions.
		for cut := 0; cut < len(p); cut++ {
			if VerifyPacked(tt.root, k, v, p[:cut]) == nil {
				t.Fatalf("truncation to %d verifies", cut)
			}
			ins := concat(p[:cut], []byte{byte(r.Intn(256))}, p[cut:])
			if VerifyPacked(tt.root, k, v, ins) == nil {
				t.Fatalf("insertion at %d verifies", cut)
			}
		}
	}
	if structural < 100 {
		t.Fatalf("only %d structurally valid mutations", structural)
	}
}

func nb(t *testing.T, tt *testTree, i int) []byte { return tt.neighbour(t, i) }

// TestForgeryAbsentSkipsKey: a pair of real neighbours that skips a key
// in between is refused, wherever the skip lies, as ICS23 refuses it.
func TestForgeryAbsentSkipsKey(t *testing.T) {
	tt := buildTree(t, 60, 13)
	nbs := make([][]byte, len(tt.keys))
	for i := range tt.keys {
		nbs[i] = nb(t, tt, i)
	}
	checked := 0
	for i := 0; i < len(tt.keys); i++ {
		for j := i + 1; j < len(tt.keys); j++ {
			q := between(tt.keys[i], tt.keys[i+1])
			if q == nil {
				continue
			}
			err := VerifyAbsentPacked(tt.root, q, nbs[i], nbs[j])
			np, uerr := UnpackNonExistence(q, nbs[i], nbs[j])
			if uerr != nil {
				t.Fatal(uerr)
			}
			ics := icsNonMember(tt.root, np, q)
			if j == i+1 {
				if err != nil || !ics {
					t.Fatalf("true neighbours %d,%d refused: %v (ics23 %v)", i, j, err, ics)
				}
				continue
			}
			wantRule(t, fmt.Sprintf("pair %d,%d skipping %d keys", i, j, j-i-1), err, RuleProofAdjacency)
			if ics {
				t.Fatalf("ICS23 accepts pair %d,%d", i, j)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d pairs", checked)
	}
}

func TestForgeryAbsentChecks(t *testing.T) {
	tt := buildTree(t, 40, 14)
	last := len(tt.keys) - 1
	q := between(tt.keys[5], tt.keys[6])
	if q == nil {
		t.Fatal("no room between keys")
	}
	if err := VerifyAbsentPacked(tt.root, q, nb(t, tt, 5), nb(t, tt, 6)); err != nil {
		t.Fatal(err)
	}
	// Order: a present key between its own neighbours, swapped neighbours.
	wantRule(t, "key equals left", VerifyAbsentPacked(tt.root, tt.keys[5], nb(t, tt, 5), nb(t, tt, 6)), RuleProofKeyOrder)
	wantRule(t, "key equals right", VerifyAbsentPacked(tt.root, tt.keys[6], nb(t, tt, 5), nb(t, tt, 6)), RuleProofKeyOrder)
	wantRule(t, "swapped neighbours", VerifyAbsentPacked(tt.root, q, nb(t, tt, 6), nb(t, tt, 5)), RuleProofKeyOrder)
	wantRule(t, "key below left", VerifyAbsentPacked(tt.root, tt.keys[2], nb(t, tt, 5), nb(t, tt, 6)), RuleProofKeyOrder)
	wantRule(t, "key above right", VerifyAbsentPacked(tt.root, tt.keys[9], nb(t, tt, 5), nb(t, tt, 6)), RuleProofKeyOrder)

	// Edges: a lone neighbour must be the first (right) or last (left) leaf.
	below, above := []byte{0x00}, bytes.Repeat([]byte{0xff}, 42)
	if err := VerifyAbsentPacked(tt.root, below, nil, nb(t, tt, 0)); err != nil {
		t.Fatal(err)
	}
	if err := VerifyAbsentPacked(tt.root, above, nb(t, tt, last), nil); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{1, 2, 20, last} {
		wantRule(t, "lone right not the smallest", VerifyAbsentPacked(tt.root, below, nil, nb(t, tt, i)), RuleProofEdge)
		if np, _ := UnpackNonExistence(below, nil, nb(t, tt, i)); icsNonMember(tt.root, np, below) {
			t.Fatal("ICS23 accepts a lone right neighbour that is not the smallest")
		}
	}
	for _, i := range []int{0, 20, last - 2, last - 1} {
		wantRule(t, "lone left not the largest", VerifyAbsentPacked(tt.root, above, nb(t, tt, i), nil), RuleProofEdge)
	}
	// A key inside the tree with one neighbour dropped.
	wantRule(t, "dropped right neighbour", VerifyAbsentPacked(tt.root, q, nb(t, tt, 5), nil), RuleProofEdge)
	wantRule(t, "dropped left neighbour", VerifyAbsentPacked(tt.root, q, nil, nb(t, tt, 6)), RuleProofEdge)

	// A neighbour proven against another version of the tree.
	oldRight := nb(t, tt, 6)
	tt.set(t, tt.keys[30], []byte("changed"))
	if _, _, err := tt.mt.SaveVersion(); err != nil {
		t.Fatal(err)
	}
	tt.snapshot(t)
	wantRule(t, "neighbour from an older root", VerifyAbsentPacked(tt.root, q, nb(t, tt, 5), oldRight), RuleProofRoot)

	// A neighbour whose proof is forged fails by that proof's check.
	k, v, p, err := DecodeNeighbour(nb(t, tt, 5))
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(p)
	bad[1] = 0x02
	wantRule(t, "forged neighbour proof", VerifyAbsentPacked(tt.root, q, EncodeNeighbour(k, v, bad), nb(t, tt, 6)), RuleProofLeafPrefix)
	wantRule(t, "neighbour with empty value", VerifyAbsentPacked(tt.root, q, EncodeNeighbour(k, nil, p), nb(t, tt, 6)), RuleProofValue)
	wantRule(t, "neighbour of the wrong value", VerifyAbsentPacked(tt.root, q, EncodeNeighbour(k, []byte("x"), p), nb(t, tt, 6)), RuleProofRoot)
}

// TestAbsentEncoding: only the canonical ABI encoding is taken.
func TestAbsentEncoding(t *testing.T) {
	tt := buildTree(t, 20, 15)
	q := between(tt.keys[3], tt.keys[4])
	left, right := nb(t, tt, 3), nb(t, tt, 4)
	enc := EncodeAbsent(left, right)
	l, r, err := DecodeAbsent(enc)
	if err != nil || !bytes.Equal(l, left) || !bytes.Equal(r, right) {
		t.Fatal("round trip", err)
	}
	k, v, p, err := DecodeNeighbour(left)
	if err != nil || !bytes.Equal(EncodeNeighbour(k, v, p), left) {
		t.Fatal("neighbour round trip", err)
	}
	flip := func(b []byte, i int) []byte { m := bytes.Clone(b); m[i] ^= 1; return m }
	mutants := map[string][]byte{
		"trailing word":   concat(enc, make([]byte, 32)),
		"trailing byte":   concat(enc, []byte{0}),
		"truncated":       enc[:len(enc)-1],
		"moved offset":    func() []byte { m := bytes.Clone(enc); m[31] += 32; return m }(),
		"longer length":   func() []byte { m := bytes.Clone(enc); m[95]++; return m }(),
		"huge offset":     func() []byte { m := bytes.Clone(enc); m[0] = 0xff; return m }(),
		"empty":           {},
		"one word":        make([]byte, 32),
		"aliased offsets": func() []byte { m := bytes.Clone(enc); copy(m[32:64], m[0:32]); return m }(),
	}
	for name, m := range mutants {
		_, _, err := DecodeAbsent(m)
		wantRule(t, name, err, RuleProofEncoding)
	}
	// Inside a neighbour: head of three offsets, then the 41-byte key
	// padded to 64 bytes.
	keyPad := 3*32 + 32 + 41
	nmutants := map[string][]byte{
		"trailing word":  concat(left, make([]byte, 32)),
		"dirty padding":  flip(left, keyPad),
		"moved offset":   func() []byte { m := bytes.Clone(left); m[31] += 32; return m }(),
		"truncated":      left[:len(left)-32],
		"shorter length": flip(left, 127),
	}
	for name, m := range nmutants {
		_, _, _, err := DecodeNeighbour(m)
		wantRule(t, name+" neighbour", err, RuleProofEncoding)
		wantRule(t, name+" neighbour in a proof", VerifyAbsentPacked(tt.root, q, m, right), RuleProofEncoding)
	}
}

// TestCheckAdjacent exercises each adjacency rule on synthetic paths,
// including shapes no pair of ordered real leaves produces.
func TestCheckAdjacent(t *testing.T) {
	st := func(side byte, sib byte, height int64) step {
		return step{hdr: concat(zz(height), zz(2), zz(1)), height: height, side: side, sibling: common.Hash{sib}}
	}
	common := []step{st(0, 9, 5), st(1, 8, 6)}
	cases := []struct {
		name string
		l, r []step
		ok   bool
	}{
		{"siblings", append([]step{st(0, 1, 1)}, common...), append([]step{st(1, 2, 1)}, common...), true},
		{"cousins", append([]step{st(1, 3, 1), st(0, 1, 2)}, common...), append([]step{st(0, 4, 1), st(1, 2, 2)}, common...), true},
		{"identical paths", common, common, false},
		{"left path ends early", common, append([]step{st(1, 2, 1)}, common...), false},
		{"right path ends early", append([]step{st(0, 1, 1)}, common...), common, false},
		{"parting sides swapped", append([]step{st(1, 1, 1)}, common...), append([]step{st(0, 2, 1)}, common...), false},
		{"parting both left", append([]step{st(0, 1, 1)}, common...), append([]step{st(0, 2, 1)}, common...), false},
		{"left not rightmost below", append([]step{st(0, 3, 1), st(0, 1, 2)}, common...), append([]step{st(1, 2, 2)}, common...), false},
		{"right not leftmost below", append([]step{st(0, 1, 2)}, common...), append([]step{st(1, 4, 1), st(1, 2, 2)}, common...), false},
	}
	for _, c := range cases {
		err := checkAdjacent(c.l, c.r)
		if c.ok {
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			continue
		}
		wantRule(t, c.name, err, RuleProofAdjacency)
	}
}
