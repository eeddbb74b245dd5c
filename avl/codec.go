package avl

import (
	"encoding/binary"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/ethereum/go-ethereum/common"
)

// Layout of PROTOCOL §2.
const (
	// KeyPrefix is the first byte of every ledger key; it leaves room for
	// other kinds of entries in the tree without a format change.
	KeyPrefix = 0x01
	// KeyLen is the length of an encoded ledger key: prefix ‖ owner ‖ token.
	KeyLen = 1 + common.AddressLength + common.AddressLength
	// LeafLen is the length of an encoded leaf: balance ‖ nonce ‖ spent.
	LeafLen = 32 + 8 + 32
)

// EncodeKey returns the 41-byte ledger key 0x01 ‖ owner ‖ token.
func EncodeKey(owner, token common.Address) []byte {
	k := make([]byte, KeyLen)
	k[0] = KeyPrefix
	copy(k[1:21], owner[:])
	copy(k[21:], token[:])
	return k
}

// DecodeKey parses a ledger key; anything but exactly 41 bytes starting with
// 0x01 is an EINVALID error.
func DecodeKey(b []byte) (owner, token common.Address, err error) {
	if len(b) != KeyLen {
		return owner, token, plasma.Errorf(plasma.EINVALID, "ledger key is %d bytes, want %d", len(b), KeyLen)
	}
	if b[0] != KeyPrefix {
		return owner, token, plasma.Errorf(plasma.EINVALID, "ledger key prefix is 0x%02x, want 0x%02x", b[0], KeyPrefix)
	}
	copy(owner[:], b[1:21])
	copy(token[:], b[21:])
	return owner, token, nil
}

// EncodeLeaf returns the 72-byte value balance[32] ‖ nonce[8] ‖ spent[32],
// big-endian. It does not check the nonce bound; Ledger.Set does.
func EncodeLeaf(l *plasma.Leaf) []byte {
	v := make([]byte, LeafLen)
	l.Balance.PutUint256(v[0:32])
	binary.BigEndian.PutUint64(v[32:40], l.Nonce)
	l.Spent.PutUint256(v[40:72])
	return v
}

// DecodeLeaf parses a leaf value; a wrong length or a nonce ≥ 2^63 is an
// EINVALID error.
func DecodeLeaf(b []byte) (plasma.Leaf, error) {
	var l plasma.Leaf
	if len(b) != LeafLen {
		return l, plasma.Errorf(plasma.EINVALID, "ledger leaf is %d bytes, want %d", len(b), LeafLen)
	}
	l.Nonce = binary.BigEndian.Uint64(b[32:40])
	if l.Nonce >= plasma.MaxNonce {
		return plasma.Leaf{}, plasma.Errorf(plasma.EINVALID, "ledger leaf nonce %d is not below 2^63", l.Nonce)
	}
	l.Balance.SetBytes32(b[0:32])
	l.Spent.SetBytes32(b[40:72])
	return l, nil
}
