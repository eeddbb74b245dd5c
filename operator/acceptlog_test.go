package operator

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
)

func sampleTransfer(i uint64) plasma.Transfer {
	t := plasma.Transfer{
		From:     common.BigToAddress(common.Big1),
		To:       common.BigToAddress(common.Big2),
		Token:    testToken,
		Amount:   u(i + 1),
		Nonce:    i,
		Fee:      u(3),
		Spent:    u(i + 4),
		Deadline: testNow + i,
	}
	t.Signature = bytes.Repeat([]byte{byte(i)}, 65)
	t.Signature[64] = 27
	return t
}

const testSegSize = 16 << 10

func openLog(t *testing.T, dir string) (*acceptLog, []replayed) {
	t.Helper()
	l, recs, err := openAcceptLog(dir, testSegSize, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	l.start()
	t.Cleanup(func() { l.close() })
	return l, recs
}

func appendWait(t *testing.T, l *acceptLog, payload []byte) *segment {
	t.Helper()
	seg, b, err := l.append(payload)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	return seg
}

// Many concurrent appends share fsyncs and come back in order.
func TestAcceptLogGroupCommit(t *testing.T) {
	dir := t.TempDir()
	l, _ := openLog(t, dir)
	var mu sync.Mutex // the sequencer's lock orders appends
	var wg sync.WaitGroup
	batches := map[*logBatch]bool{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				tx := sampleTransfer(uint64(g*50 + i))
				mu.Lock()
				_, b, err := l.append(transferRecord(&tx))
				batches[b] = true
				mu.Unlock()
				if err != nil {
					t.Error(err)
					return
				}
				if err := b.wait(context.Background()); err != nil {
					t.Error(err)
				}
			}
		}(g)
	}
	wg.Wait()
	l.mu.Lock()
	recycled := len(l.free)
	l.mu.Unlock()
	if recycled == 0 {
		t.Error("no write buffer came back for reuse")
	}
	l.close()
	if len(batches) >= 400 {
		t.Errorf("%d fsync batches for 400 records: no grouping", len(batches))
	}
	_, recs := openLog(t, dir)
	if len(recs) != 400 {
		t.Fatalf("%d records after reopen, want 400", len(recs))
	}
	seen := map[uint64]bool{}
	for _, r := range recs {
		if r.kind != recTransfer || seen[r.t.Nonce] {
			t.Fatalf("bad or repeated record %+v", r)
		}
		seen[r.t.Nonce] = true
	}
}

// A torn tail — a partly written last record, or garbage after the last
// whole one — ends the log at reopen: earlier records survive, later
// segments are deleted, the segment is sealed there (so a second reopen
// reads the same), and appends continue in a new segment.
func TestAcceptLogTornTail(t *testing.T) {
	recLen := recordHeaderLen + 1 + transferLen
	for _, tc := range []struct {
		name string
		want int
		tear func(data []byte, last int)
	}{
		{"half a record", 4, func(d []byte, last int) { clear(d[last+recLen/2 : last+recLen]) }},
		{"header only", 4, func(d []byte, last int) { clear(d[last+5 : last+recLen]) }},
		{"flipped byte", 4, func(d []byte, last int) { d[last+recLen-3] ^= 0x40 }},
		{"nothing after", 5, func(d []byte, last int) {}},
		{"garbage after", 5, func(d []byte, last int) { copy(d[last+recLen:], []byte{0, 0, 0, 9, 1, 2, 3, 4, 5, 6}) }},
		{"huge length after", 5, func(d []byte, last int) { copy(d[last+recLen:], []byte{0xff, 0xff, 0xff, 0xff}) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			l, _ := openLog(t, dir)
			var seg *segment
			for i := 0; i < 5; i++ {
				tx := sampleTransfer(uint64(i))
				seg = appendWait(t, l, transferRecord(&tx))
			}
			l.close()
			data, err := os.ReadFile(seg.path)
			if err != nil {
				t.Fatal(err)
			}
			if len(data) != testSegSize {
				t.Fatalf("segment of %d bytes, want it preallocated to %d", len(data), testSegSize)
			}
			tc.tear(data, 4*recLen)
			if err := os.WriteFile(seg.path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			// A later segment (written after the end of the log) goes.
			later := filepath.Join(dir, "accept-9999999999999999.log")
			tx := sampleTransfer(55)
			if err := os.WriteFile(later, encodeRecord(nil, transferRecord(&tx)), 0o644); err != nil {
				t.Fatal(err)
			}
			l2, recs := openLog(t, dir)
			if len(recs) != tc.want {
				t.Fatalf("%d records survive, want %d", len(recs), tc.want)
			}
			if _, err := os.Stat(later); !os.IsNotExist(err) {
				t.Fatalf("segment after the end of the log survives: %v", err)
			}
			tx = sampleTransfer(77)
			appendWait(t, l2, transferRecord(&tx))
			l2.close()
			_, recs = openLog(t, dir)
			if len(recs) != tc.want+1 || recs[tc.want].t.Nonce != 77 {
				t.Fatalf("after appending and reopening: %d records", len(recs))
			}
		})
	}
}

// Records fill segments and move on through seals; a segment whose seal is
// missing ends the log there.
func TestAcceptLogRotation(t *testing.T) {
	dir := t.TempDir()
	l, _ := openLog(t, dir)
	var segs []*segment
	for i := 0; i < 200; i++ {
		tx := sampleTransfer(uint64(i))
		seg := appendWait(t, l, transferRecord(&tx))
		if len(segs) == 0 || segs[len(segs)-1] != seg {
			segs = append(segs, seg)
		}
	}
	l.close()
	if len(segs) < 3 {
		t.Fatalf("200 records in %d segments of %d bytes", len(segs), testSegSize)
	}
	_, recs := openLog(t, dir)
	if len(recs) != 200 {
		t.Fatalf("%d records after reopen", len(recs))
	}
	for i, r := range recs {
		if r.t.Nonce != uint64(i) {
			t.Fatalf("record %d is %d", i, r.t.Nonce)
		}
	}
	// Lose the second segment's seal: the log ends there.
	data, _ := os.ReadFile(segs[1].path)
	n := 0
	for off := 0; ; off += recordHeaderLen + 1 + transferLen {
		if p, _, err := decodeRecord(data[off:]); err != nil || p[0] == recSeal {
			clear(data[off : off+sealLen])
			break
		}
		n++
	}
	os.WriteFile(segs[1].path, data, 0o644)
	_, recs = openLog(t, dir)
	first := 0
	for _, r := range recs {
		if r.seg.seq == segs[0].seq {
			first++
		}
	}
	if len(recs) != first+n {
		t.Fatalf("%d records, want %d (the first two segments)", len(recs), first+n)
	}
	if _, err := os.Stat(segs[2].path); !os.IsNotExist(err) {
		t.Fatal("segment after an unsealed one survives")
	}
}

// A segment is deleted once every record in it is released, never while it
// is the current one.
func TestAcceptLogSegments(t *testing.T) {
	dir := t.TempDir()
	l, _ := openLog(t, dir)
	tx := sampleTransfer(1)
	first := appendWait(t, l, transferRecord(&tx))
	var inFirst []*segment
	seg := first
	for seg == first {
		inFirst = append(inFirst, seg)
		seg = appendWait(t, l, transferRecord(&tx))
	}
	l.release(inFirst[1:])
	if err := l.sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(first.path); err != nil {
		t.Fatalf("segment with a live record deleted: %v", err)
	}
	l.release(inFirst[:1])
	appendWait(t, l, transferRecord(&tx)) // the deletion is queued before this
	if _, err := os.Stat(first.path); !os.IsNotExist(err) {
		t.Fatalf("released segment still there: %v", err)
	}
	l.release([]*segment{seg, seg}) // the current segment stays
	l.close()
	if _, err := os.Stat(seg.path); err != nil {
		t.Fatalf("current segment deleted: %v", err)
	}
}

func TestRecordCodecs(t *testing.T) {
	tx := sampleTransfer(5)
	r, err := decodeLogRecord(transferRecord(&tx))
	if err != nil || r.kind != recTransfer || testDomain.TransferDigest(&r.t) != testDomain.TransferDigest(&tx) || !bytes.Equal(r.t.Signature, tx.Signature) {
		t.Fatalf("transfer round trip: %+v %v", r, err)
	}
	op := plasma.Op{Index: 9, Kind: plasma.OpUnlockDebit, Owner: testOperator, Token: testToken, Amount: u(77), Nonce: 4}
	r, err = decodeLogRecord(opRecord(&op))
	if err != nil || r.kind != recOp || r.op != op {
		t.Fatalf("op round trip: %+v %v", r, err)
	}
	blk := &plasma.Block{Header: plasma.Header{Number: 3, StateRoot: common.Hash{1}, TxRoot: common.Hash{2}, OpsCursor: 10, OpsHash: common.Hash{3}, Timestamp: 99},
		Ops: []plasma.Op{op, op}, Transfers: []plasma.Transfer{tx, sampleTransfer(6)}}
	got, err := decodeBlock(encodeBlock(blk))
	if err != nil || got.Header != blk.Header || len(got.Ops) != 2 || got.Ops[1] != op || len(got.Transfers) != 2 || got.Transfers[1].Nonce != 6 {
		t.Fatalf("block round trip: %+v %v", got, err)
	}
	locks := map[plasma.AccountKey]uint32{{Owner: testOperator}: 2, {Owner: testToken, Token: testToken}: 1}
	back, err := decodeLocks(encodeLocks(sortedLockKeys(locks), locks))
	if err != nil || len(back) != 2 || back[plasma.AccountKey{Owner: testOperator}] != 2 {
		t.Fatalf("locks round trip: %v %v", back, err)
	}
}

// FuzzAcceptLogRecord: the record framing and payload decoders never panic,
// accept only whole intact records, and re-encode what they accept exactly.
func FuzzAcceptLogRecord(f *testing.F) {
	tx := sampleTransfer(3)
	op := plasma.Op{Index: 1, Kind: plasma.OpDeposit, Owner: testOperator, Amount: u(5)}
	f.Add(encodeRecord(nil, transferRecord(&tx)))
	f.Add(encodeRecord(nil, opRecord(&op)))
	f.Add(encodeRecord(nil, resetRecord()))
	f.Add(encodeRecord(nil, sealRecord()))
	f.Add(encodeRecord(encodeRecord(nil, resetRecord()), opRecord(&op)))
	f.Add([]byte{0, 0, 0, 1, 0, 0, 0, 0, 3})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		for off := 0; off < len(b); {
			p, n, err := decodeRecord(b[off:])
			if err != nil {
				return
			}
			if n != recordHeaderLen+len(p) || !bytes.Equal(encodeRecord(nil, p), b[off:off+n]) {
				t.Fatalf("record at %d does not re-encode", off)
			}
			r, err := decodeLogRecord(p)
			if err == nil {
				var again []byte
				switch r.kind {
				case recTransfer:
					again = transferRecord(&r.t)
				case recOp:
					again = opRecord(&r.op)
				case recReset:
					again = resetRecord()
				case recSeal:
					again = sealRecord()
				}
				if !bytes.Equal(again, p) {
					t.Fatalf("payload does not re-encode: %x vs %x", again, p)
				}
			}
			off += n
		}
	})
}

// FuzzDecodeBlock: the block decoder never panics and what it accepts
// re-encodes to the same bytes.
func FuzzDecodeBlock(f *testing.F) {
	tx := sampleTransfer(3)
	op := plasma.Op{Index: 1, Kind: plasma.OpLock, Owner: testOperator}
	f.Add(encodeBlock(&plasma.Block{Header: plasma.Header{Number: 1}}))
	f.Add(encodeBlock(&plasma.Block{Header: plasma.Header{Number: 2}, Ops: []plasma.Op{op}, Transfers: []plasma.Transfer{tx}}))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		blk, err := decodeBlock(b)
		if err != nil {
			return
		}
		if !bytes.Equal(encodeBlock(blk), b) {
			t.Fatal("block does not re-encode")
		}
	})
}
