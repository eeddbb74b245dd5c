// Package ics23test loads the ICS23 test vectors of ../shared/testdata/ics23
// (the cosmos/ics23 reference data) for the Go and Solidity verifiers'
// tests.
package ics23test

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	ics23 "github.com/cosmos/ics23/go"
	"github.com/ethereum/go-ethereum/common"
)

// Dir is the directory of the vectors, found from this file's location so
// that any package's tests can use it.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "testdata", "ics23")
}

// Load reads the IAVL vector iavl/<name>: its key, value, root and
// commitment proof.
func Load(t testing.TB, name string) (key, value []byte, root common.Hash, cp *ics23.CommitmentProof) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(Dir(), "iavl", name))
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Key, Value, Root, Proof string }
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	dec := func(s string) []byte {
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return b
	}
	cp = &ics23.CommitmentProof{}
	if err := cp.Unmarshal(dec(f.Proof)); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return dec(f.Key), dec(f.Value), common.BytesToHash(dec(f.Root)), cp
}
