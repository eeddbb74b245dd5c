package proofs

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/internal/ics23test"
)

func wantRule(t *testing.T, what string, err error, rule string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: accepted", what)
	}
	if got := plasma.ErrorRule(err); got != rule {
		t.Fatalf("%s: rejected by %q (%v), want %q", what, got, err, rule)
	}
	if plasma.ErrorCode(err) != plasma.EINVALID {
		t.Fatalf("%s: code %s", what, plasma.ErrorCode(err))
	}
}

// The spec's IAVL vectors are accepted, and survive the round trip.
func TestICS23ExistVectors(t *testing.T) {
	for _, name := range []string{"exist_left.json", "exist_middle.json", "exist_right.json"} {
		key, value, root, cp := ics23test.Load(t, name)
		if !ics23.VerifyMembership(ics23.IavlSpec, root[:], cp, key, value) {
			t.Fatalf("%s: ics23 itself rejects the vector", name)
		}
		packed, err := PackCommitment(cp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := VerifyPacked(root, key, value, packed); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ep, err := UnpackExistence(key, value, packed)
		if err != nil {
			t.Fatal(err)
		}
		if !icsMember(root, ep, key, value) {
			t.Fatalf("%s: unpacked proof fails ics23", name)
		}
		orig := cp.GetExist()
		if !bytes.Equal(ep.Leaf.Prefix, orig.Leaf.Prefix) || len(ep.Path) != len(orig.Path) {
			t.Fatalf("%s: unpacked proof differs from the original", name)
		}
		for i := range ep.Path {
			if !bytes.Equal(ep.Path[i].Prefix, orig.Path[i].Prefix) || !bytes.Equal(ep.Path[i].Suffix, orig.Path[i].Suffix) {
				t.Fatalf("%s: step %d differs after the round trip", name, i)
			}
		}
		wrong := bytes.Clone(value)
		wrong[0] ^= 1
		wantRule(t, name+" wrong value", VerifyPacked(root, key, wrong, packed), RuleProofRoot)
	}
}

func TestICS23NonExistVectors(t *testing.T) {
	for _, name := range []string{"nonexist_left.json", "nonexist_middle.json", "nonexist_right.json"} {
		key, _, root, cp := ics23test.Load(t, name)
		if !ics23.VerifyNonMembership(ics23.IavlSpec, root[:], cp, key) {
			t.Fatalf("%s: ics23 itself rejects the vector", name)
		}
		proof, err := PackCommitment(cp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		left, right, err := DecodeAbsent(proof)
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifyAbsentPacked(root, key, left, right); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		np, err := UnpackNonExistence(key, left, right)
		if err != nil || !icsNonMember(root, np, key) {
			t.Fatalf("%s: unpacked proof fails ics23 (%v)", name, err)
		}
		// The edge vectors have one neighbour, the middle one two.
		if strings.Contains(name, "middle") != (len(left) > 0 && len(right) > 0) {
			t.Fatalf("%s: neighbours %d/%d bytes", name, len(left), len(right))
		}
		wrong := root
		wrong[31] ^= 1
		wantRule(t, name+" wrong root", VerifyAbsentPacked(wrong, key, left, right), RuleProofRoot)
	}
}

// specCase is a case of the ICS23 spec's own unit data.
type specCase struct {
	Proof ics23.ExistenceProof
	Spec  *ics23.ProofSpec
	Err   string
	IsErr bool
}

// Every case of the spec data that must fail is refused by PackExistence
// or fails VerifyPacked against the root the proof itself computes (so the
// root match cannot be what stops it); whatever PackExistence takes passes
// ICS23's IavlSpec checks.
func TestICS23SpecData(t *testing.T) {
	refused := 0
	for _, file := range []string{"TestCheckAgainstSpecData.json", "TestExistenceProofData.json"} {
		raw, err := os.ReadFile(filepath.Join(ics23test.Dir(), file))
		if err != nil {
			t.Fatal(err)
		}
		var cases map[string]specCase
		if err := json.Unmarshal(raw, &cases); err != nil {
			t.Fatal(err)
		}
		for name, tc := range cases {
			p := tc.Proof
			mustFail := tc.Err != "" || tc.IsErr
			if tc.Spec != nil && !tc.Spec.SpecEquals(ics23.IavlSpec) {
				t.Fatalf("%s/%s: not an IAVL spec", file, name)
			}
			packed, err := PackExistence(&p)
			if err != nil {
				if mustFail {
					refused++
				}
				continue
			}
			root, err := p.Calculate()
			if err != nil {
				t.Fatalf("%s/%s: packed, but does not calculate: %v", file, name, err)
			}
			if err := p.CheckAgainstSpec(ics23.IavlSpec); err != nil {
				t.Fatalf("%s/%s: packed, but fails the IavlSpec checks: %v", file, name, err)
			}
			verr := VerifyPacked(common.BytesToHash(root), p.Key, p.Value, packed)
			if mustFail && verr == nil {
				t.Fatalf("%s/%s: expected to fail (%q), accepted", file, name, tc.Err)
			}
			if mustFail {
				refused++
			}
		}
	}
	if refused < 8 {
		t.Fatalf("only %d failing cases checked", refused)
	}
}

// The accepting cases of TestCheckAgainstSpecData have steps with a single
// child (a 4-byte prefix and no suffix) that pass ICS23's structural checks
// but that no IAVL tree produces; the packed form cannot express them.
func TestICS23SpecDataOneChildSteps(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(ics23test.Dir(), "TestCheckAgainstSpecData.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases map[string]specCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	tc := cases["accepts leaf with valid inner proofs"]
	if tc.Err != "" || len(tc.Proof.Path) != 2 || len(tc.Proof.Path[1].Suffix) != 0 || len(tc.Proof.Path[1].Prefix) != 4 {
		t.Fatalf("vector changed: %+v", tc)
	}
	_, err = PackExistence(&tc.Proof)
	wantRule(t, "one-child step", err, RuleProofShape)
	// The leaf alone is a proper IAVL leaf and packs.
	one := cases["accepts one proper leaf"].Proof
	packed, err := PackExistence(&one)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := one.Calculate()
	if err := VerifyPacked(common.BytesToHash(root), one.Key, one.Value, packed); err != nil {
		t.Fatal(err)
	}
}

func TestRealTreeMembership(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 300} {
		tt := buildTree(t, n, int64(n))
		for _, k := range tt.keys {
			v := tt.vals[string(k)]
			packed, err := PackExistence(tt.exist(t, k))
			if err != nil {
				t.Fatalf("n=%d: %v", n, err)
			}
			if err := VerifyPacked(tt.root, k, v, packed); err != nil {
				t.Fatalf("n=%d: %v", n, err)
			}
			if n == 1 && len(stepOffsets(packed)) != 0 {
				t.Fatal("one-leaf tree has steps")
			}
			back, err := UnpackExistence(k, v, packed)
			if err != nil {
				t.Fatal(err)
			}
			if !icsMember(tt.root, back, k, v) {
				t.Fatalf("n=%d: unpacked proof fails ics23", n)
			}
			again, err := PackExistence(back)
			if err != nil || !bytes.Equal(again, packed) {
				t.Fatalf("n=%d: round trip differs (%v)", n, err)
			}
			other := tt.keys[(len(tt.keys)/2+1)%len(tt.keys)]
			if !bytes.Equal(other, k) {
				wantRule(t, "other key", VerifyPacked(tt.root, other, v, packed), RuleProofRoot)
			}
			wrongRoot := tt.root
			wrongRoot[0] ^= 0x80
			wantRule(t, "other root", VerifyPacked(wrongRoot, k, v, packed), RuleProofRoot)
		}
	}
}

// TestEmptyTreeRoot: IAVL's empty tree hashes to sha256(""), and absence
// from it needs no neighbour.
func TestEmptyTree(t *testing.T) {
	tt := buildTree(t, 0, 1)
	if tt.root != EmptyRoot() {
		t.Fatalf("empty tree root %s", tt.root.Hex())
	}
	key := ledgerKey(rand.New(rand.NewSource(1)))
	if err := VerifyAbsentPacked(EmptyRoot(), key, nil, nil); err != nil {
		t.Fatal(err)
	}
	left, right, err := DecodeAbsent(EncodeAbsent(nil, nil))
	if err != nil || len(left) != 0 || len(right) != 0 {
		t.Fatalf("empty absent proof: %v", err)
	}
	proof, err := PackCommitment(&ics23.CommitmentProof{Proof: &ics23.CommitmentProof_Nonexist{Nonexist: &ics23.NonExistenceProof{Key: key}}})
	if err != nil || !bytes.Equal(proof, EncodeAbsent(nil, nil)) {
		t.Fatalf("empty tree commitment: %x, %v", proof, err)
	}
	other := buildTree(t, 3, 2)
	wantRule(t, "no neighbours, non-empty tree", VerifyAbsentPacked(other.root, key, nil, nil), RuleProofEmptyTree)
}

func TestRealTreeNonMembership(t *testing.T) {
	for _, n := range []int{1, 2, 5, 200} {
		tt := buildTree(t, n, int64(100+n))
		r := rand.New(rand.NewSource(int64(n)))
		var queries [][]byte
		queries = append(queries, []byte{0x00}, []byte{0x01}, bytes.Repeat([]byte{0xff}, 42)) // below the first, above the last
		for i := 0; i < 40; i++ {
			queries = append(queries, ledgerKey(r))
		}
		for i := 0; i+1 < len(tt.keys); i++ {
			if q := between(tt.keys[i], tt.keys[i+1]); q != nil {
				queries = append(queries, q)
			}
		}
		for _, q := range queries {
			if _, ok := tt.vals[string(q)]; ok {
				continue
			}
			cp, err := tt.tree.GetNonMembershipProof(q)
			if err != nil {
				t.Fatal(err)
			}
			proof, err := PackCommitment(cp)
			if err != nil {
				t.Fatal(err)
			}
			left, right, err := DecodeAbsent(proof)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyAbsentPacked(tt.root, q, left, right); err != nil {
				t.Fatalf("n=%d key %x: %v", n, q, err)
			}
			np, err := UnpackNonExistence(q, left, right)
			if err != nil || !icsNonMember(tt.root, np, q) {
				t.Fatalf("n=%d: unpacked proof fails ics23 (%v)", n, err)
			}
			// The proof is for q only: a present key is refused.
			for _, k := range [][]byte{tt.keys[0], tt.keys[len(tt.keys)-1]} {
				if VerifyAbsentPacked(tt.root, k, left, right) == nil {
					t.Fatalf("n=%d: absence of a present key accepted", n)
				}
			}
		}
	}
}
