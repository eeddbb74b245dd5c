package avl

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func TestKeyLayout(t *testing.T) {
	owner := common.HexToAddress("0x1111111111111111111111111111111111111111")
	token := common.HexToAddress("0x2222222222222222222222222222222222222222")
	k := EncodeKey(owner, token)
	want := append(append([]byte{0x01}, owner[:]...), token[:]...)
	if !bytes.Equal(k, want) || len(k) != 41 {
		t.Fatalf("EncodeKey = %x, want %x", k, want)
	}
	o, tk, err := DecodeKey(k)
	if err != nil || o != owner || tk != token {
		t.Fatalf("DecodeKey = %v %v %v", o, tk, err)
	}
	for _, bad := range []struct {
		b    []byte
		want string
	}{
		{nil, "0 bytes"},
		{k[:40], "40 bytes"},
		{append(append([]byte{}, k...), 0), "42 bytes"},
		{append([]byte{0x02}, k[1:]...), "prefix is 0x02"},
	} {
		_, _, err := DecodeKey(bad.b)
		if err == nil || !strings.Contains(err.Error(), bad.want) || plasma.ErrorCode(err) != plasma.EINVALID {
			t.Errorf("DecodeKey(%x) error %v, want EINVALID mentioning %q", bad.b, err, bad.want)
		}
	}
}

func TestLeafLayout(t *testing.T) {
	var l plasma.Leaf
	l.Balance.SetUint64(0x0102)
	l.Nonce = 0x0304
	l.Spent.Lsh(uint256.NewInt(1), 255) // top bit: uses all 32 bytes
	v := EncodeLeaf(&l)
	want := make([]byte, 72)
	want[30], want[31] = 0x01, 0x02
	want[38], want[39] = 0x03, 0x04
	want[40] = 0x80
	if !bytes.Equal(v, want) {
		t.Fatalf("EncodeLeaf = %x, want %x", v, want)
	}
	got, err := DecodeLeaf(v)
	if err != nil || got != l {
		t.Fatalf("DecodeLeaf = %+v, %v; want %+v", got, err, l)
	}

	maxNonce := make([]byte, 72)
	binary.BigEndian.PutUint64(maxNonce[32:40], plasma.MaxNonce-1)
	if got, err := DecodeLeaf(maxNonce); err != nil || got.Nonce != plasma.MaxNonce-1 {
		t.Fatalf("nonce 2^63-1: %v %v", got, err)
	}
	tooBig := bytes.Clone(maxNonce)
	binary.BigEndian.PutUint64(tooBig[32:40], plasma.MaxNonce)
	for _, bad := range []struct {
		b    []byte
		want string
	}{
		{nil, "0 bytes"},
		{v[:71], "71 bytes"},
		{append(bytes.Clone(v), 0), "73 bytes"},
		{tooBig, "not below 2^63"},
	} {
		_, err := DecodeLeaf(bad.b)
		if err == nil || !strings.Contains(err.Error(), bad.want) || plasma.ErrorCode(err) != plasma.EINVALID {
			t.Errorf("DecodeLeaf(%x) error %v, want EINVALID mentioning %q", bad.b, err, bad.want)
		}
	}
}

func FuzzDecodeKey(f *testing.F) {
	f.Add(EncodeKey(common.Address{1}, common.Address{2}))
	f.Add(EncodeKey(common.Address{}, common.Address{}))
	f.Add([]byte{})
	f.Add([]byte{0x01})
	f.Add(append([]byte{0x00}, make([]byte, 40)...))
	f.Add(make([]byte, 42))
	f.Fuzz(func(t *testing.T, b []byte) {
		owner, token, err := DecodeKey(b)
		valid := len(b) == KeyLen && b[0] == KeyPrefix
		if (err == nil) != valid {
			t.Fatalf("DecodeKey(%x): err %v, valid %v", b, err, valid)
		}
		if err == nil && !bytes.Equal(EncodeKey(owner, token), b) {
			t.Fatalf("DecodeKey(%x) does not round-trip", b)
		}
	})
}

func FuzzDecodeLeaf(f *testing.F) {
	var l plasma.Leaf
	l.Balance.SetAllOne()
	l.Nonce = plasma.MaxNonce - 1
	l.Spent.SetUint64(7)
	f.Add(EncodeLeaf(&l))
	f.Add(make([]byte, 72))
	f.Add(make([]byte, 71))
	f.Add([]byte{})
	over := make([]byte, 72)
	over[32] = 0x80
	f.Add(over)
	f.Fuzz(func(t *testing.T, b []byte) {
		leaf, err := DecodeLeaf(b)
		valid := len(b) == LeafLen && binary.BigEndian.Uint64(b[32:40]) < plasma.MaxNonce
		if (err == nil) != valid {
			t.Fatalf("DecodeLeaf(%x): err %v, valid %v", b, err, valid)
		}
		if err == nil && !bytes.Equal(EncodeLeaf(&leaf), b) {
			t.Fatalf("DecodeLeaf(%x) does not round-trip", b)
		}
	})
}
