package operator

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// Binary encodings of what the operator writes to disk: transfers (accept
// log and blocks), L1 operations, blocks and lock sets. Fixed-width
// big-endian fields; every decoder checks lengths exactly, so a truncated or
// padded value is an error rather than a silently different value.

const (
	sigLen = 65
	// transferLen is from‖to‖token‖amount‖nonce‖fee‖spent‖deadline‖signature.
	transferLen = 20 + 20 + 20 + 32 + 8 + 32 + 32 + 8 + sigLen
	// opLen is index‖kind‖owner‖token‖amount‖nonce.
	opLen = 8 + 1 + 20 + 20 + 32 + 8
	// headerLen is number‖stateRoot‖txRoot‖opsCursor‖opsHash‖timestamp.
	headerLen = 8 + 32 + 32 + 8 + 32 + 8
	// lockLen is owner‖token‖count.
	lockLen = 20 + 20 + 4

	blockFormat = 1
)

func decodeErr(format string, args ...any) error {
	return plasma.Errorf(plasma.EINTERNAL, "decode: "+format, args...)
}

// appendTransfer appends the fixed-width encoding of t. The signature must be
// 65 bytes (the sequencer stores only normalised signatures).
func appendTransfer(b []byte, t *plasma.Transfer) []byte {
	b = append(b, t.From[:]...)
	b = append(b, t.To[:]...)
	b = append(b, t.Token[:]...)
	b = appendU256(b, &t.Amount)
	b = binary.BigEndian.AppendUint64(b, t.Nonce)
	b = appendU256(b, &t.Fee)
	b = appendU256(b, &t.Spent)
	b = binary.BigEndian.AppendUint64(b, t.Deadline)
	var sig [sigLen]byte
	copy(sig[:], t.Signature)
	return append(b, sig[:]...)
}

func appendU256(b []byte, v *uint256.Int) []byte {
	w := v.Bytes32()
	return append(b, w[:]...)
}

// decodeTransfer decodes exactly transferLen bytes.
func decodeTransfer(b []byte) (plasma.Transfer, error) {
	var t plasma.Transfer
	if len(b) != transferLen {
		return t, decodeErr("transfer is %d bytes, want %d", len(b), transferLen)
	}
	copy(t.From[:], b[0:20])
	copy(t.To[:], b[20:40])
	copy(t.Token[:], b[40:60])
	t.Amount.SetBytes32(b[60:92])
	t.Nonce = binary.BigEndian.Uint64(b[92:100])
	t.Fee.SetBytes32(b[100:132])
	t.Spent.SetBytes32(b[132:164])
	t.Deadline = binary.BigEndian.Uint64(b[164:172])
	t.Signature = append([]byte(nil), b[172:172+sigLen]...)
	return t, nil
}

func appendOp(b []byte, op *plasma.Op) []byte {
	b = binary.BigEndian.AppendUint64(b, op.Index)
	b = append(b, byte(op.Kind))
	b = append(b, op.Owner[:]...)
	b = append(b, op.Token[:]...)
	b = appendU256(b, &op.Amount)
	return binary.BigEndian.AppendUint64(b, op.Nonce)
}

func decodeOp(b []byte) (plasma.Op, error) {
	var op plasma.Op
	if len(b) != opLen {
		return op, decodeErr("operation is %d bytes, want %d", len(b), opLen)
	}
	op.Index = binary.BigEndian.Uint64(b[0:8])
	op.Kind = plasma.OpKind(b[8])
	if op.Kind < plasma.OpDeposit || op.Kind > plasma.OpLock {
		return op, decodeErr("operation kind %d", b[8])
	}
	copy(op.Owner[:], b[9:29])
	copy(op.Token[:], b[29:49])
	op.Amount.SetBytes32(b[49:81])
	op.Nonce = binary.BigEndian.Uint64(b[81:89])
	return op, nil
}

func appendHeader(b []byte, h *plasma.Header) []byte {
	b = binary.BigEndian.AppendUint64(b, h.Number)
	b = append(b, h.StateRoot[:]...)
	b = append(b, h.TxRoot[:]...)
	b = binary.BigEndian.AppendUint64(b, h.OpsCursor)
	b = append(b, h.OpsHash[:]...)
	return binary.BigEndian.AppendUint64(b, h.Timestamp)
}

func decodeHeader(b []byte) (plasma.Header, error) {
	var h plasma.Header
	if len(b) != headerLen {
		return h, decodeErr("header is %d bytes, want %d", len(b), headerLen)
	}
	h.Number = binary.BigEndian.Uint64(b[0:8])
	h.StateRoot = common.BytesToHash(b[8:40])
	h.TxRoot = common.BytesToHash(b[40:72])
	h.OpsCursor = binary.BigEndian.Uint64(b[72:80])
	h.OpsHash = common.BytesToHash(b[80:112])
	h.Timestamp = binary.BigEndian.Uint64(b[112:120])
	return h, nil
}

// encodeBlock: format byte ‖ header ‖ u32 #ops ‖ ops ‖ u32 #transfers ‖ transfers.
func encodeBlock(blk *plasma.Block) []byte {
	b := make([]byte, 0, 1+headerLen+8+len(blk.Ops)*opLen+len(blk.Transfers)*transferLen)
	b = append(b, blockFormat)
	b = appendHeader(b, &blk.Header)
	b = binary.BigEndian.AppendUint32(b, uint32(len(blk.Ops)))
	for i := range blk.Ops {
		b = appendOp(b, &blk.Ops[i])
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(blk.Transfers)))
	for i := range blk.Transfers {
		b = appendTransfer(b, &blk.Transfers[i])
	}
	return b
}

func decodeBlock(b []byte) (*plasma.Block, error) {
	if len(b) < 1+headerLen+4 || b[0] != blockFormat {
		return nil, decodeErr("block: bad format or length %d", len(b))
	}
	h, err := decodeHeader(b[1 : 1+headerLen])
	if err != nil {
		return nil, err
	}
	blk := &plasma.Block{Header: h}
	b = b[1+headerLen:]
	nops := binary.BigEndian.Uint32(b)
	b = b[4:]
	if uint64(len(b)) < uint64(nops)*opLen+4 {
		return nil, decodeErr("block %d: %d operations do not fit", h.Number, nops)
	}
	blk.Ops = make([]plasma.Op, nops)
	for i := range blk.Ops {
		if blk.Ops[i], err = decodeOp(b[:opLen]); err != nil {
			return nil, err
		}
		b = b[opLen:]
	}
	ntx := binary.BigEndian.Uint32(b)
	b = b[4:]
	if uint64(len(b)) != uint64(ntx)*transferLen {
		return nil, decodeErr("block %d: %d transfers in %d bytes", h.Number, ntx, len(b))
	}
	blk.Transfers = make([]plasma.Transfer, ntx)
	for i := range blk.Transfers {
		if blk.Transfers[i], err = decodeTransfer(b[:transferLen]); err != nil {
			return nil, err
		}
		b = b[transferLen:]
	}
	return blk, nil
}

// encodeLocks encodes a lock-count map in key order (deterministic bytes).
func encodeLocks(keys []plasma.AccountKey, locks map[plasma.AccountKey]uint32) []byte {
	b := make([]byte, 0, len(keys)*lockLen)
	for _, k := range keys {
		b = append(b, k.Owner[:]...)
		b = append(b, k.Token[:]...)
		b = binary.BigEndian.AppendUint32(b, locks[k])
	}
	return b
}

func decodeLocks(b []byte) (map[plasma.AccountKey]uint32, error) {
	if len(b)%lockLen != 0 {
		return nil, decodeErr("lock set of %d bytes", len(b))
	}
	m := make(map[plasma.AccountKey]uint32, len(b)/lockLen)
	for ; len(b) > 0; b = b[lockLen:] {
		var k plasma.AccountKey
		copy(k.Owner[:], b[0:20])
		copy(k.Token[:], b[20:40])
		n := binary.BigEndian.Uint32(b[40:44])
		if n == 0 {
			return nil, decodeErr("lock set holds a zero count")
		}
		m[k] = n
	}
	return m, nil
}

// txLocation is the value of the transfer index: where a transfer ended.
type txLocation struct {
	Dropped bool
	Block   uint64 // block that included it, or the block at whose sealing it was dropped
	Index   uint32 // position in the block (0 when dropped)
}

func (l txLocation) encode() []byte {
	b := make([]byte, 0, 13)
	if l.Dropped {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = binary.BigEndian.AppendUint64(b, l.Block)
	return binary.BigEndian.AppendUint32(b, l.Index)
}

func decodeTxLocation(b []byte) (txLocation, error) {
	if len(b) != 13 || b[0] > 1 {
		return txLocation{}, decodeErr("transfer location of %d bytes", len(b))
	}
	return txLocation{Dropped: b[0] == 1, Block: binary.BigEndian.Uint64(b[1:9]), Index: binary.BigEndian.Uint32(b[9:13])}, nil
}

func (l txLocation) String() string {
	if l.Dropped {
		return fmt.Sprintf("dropped at block %d", l.Block)
	}
	return fmt.Sprintf("block %d #%d", l.Block, l.Index)
}
