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

func openLog(t *testing.T, dir string) (*acceptLog, []replayed) {
	t.Helper()
	l, recs, err := openAcceptLog(dir, zerolog.New(zerolog.NewTestWriter(t)))
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

// A torn tail — any prefix of the last record, or garbage after the last
// whole record — is cut off at reopen; earlier records survive, later
// segments are deleted, and appends continue after the cut.
func TestAcceptLogTornTail(t *testing.T) {
	for _, tc := range []struct {
		name string
		tear func(data []byte, lastStart int) []byte
	}{
		{"half a record", func(d []byte, last int) []byte { return d[:last+(len(d)-last)/2] }},
		{"header only", func(d []byte, last int) []byte { return d[:last+5] }},
		{"flipped byte", func(d []byte, last int) []byte { d[len(d)-3] ^= 0x40; return d }},
		{"zeros after", func(d []byte, last int) []byte { return append(d, make([]byte, 300)...) }},
		{"garbage after", func(d []byte, last int) []byte { return append(d, 0, 0, 0, 9, 1, 2, 3, 4, 5, 6) }},
		{"huge length", func(d []byte, last int) []byte { return append(d, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0) }},
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
			recLen := recordHeaderLen + 1 + transferLen
			last := len(data) - recLen
			torn := tc.tear(append([]byte(nil), data...), last)
			if err := os.WriteFile(seg.path, torn, 0o644); err != nil {
				t.Fatal(err)
			}
			// A later segment (written after the torn record) must go too.
			later := filepath.Join(dir, "accept-9999999999999999.log")
			if err := os.WriteFile(later, encodeRecord(nil, resetRecord()), 0o644); err != nil {
				t.Fatal(err)
			}
			l2, recs := openLog(t, dir)
			want := 5
			if len(torn) <= len(data) && !bytes.Equal(torn, data) {
				want = 4
			}
			if len(recs) != want {
				t.Fatalf("%d records survive, want %d", len(recs), want)
			}
			if _, err := os.Stat(later); !os.IsNotExist(err) {
				t.Fatalf("segment after the torn record survives: %v", err)
			}
			fi, _ := os.Stat(seg.path)
			if fi.Size() != int64(want*recLen) {
				t.Fatalf("segment is %d bytes after recovery, want %d", fi.Size(), want*recLen)
			}
			tx := sampleTransfer(77)
			appendWait(t, l2, transferRecord(&tx))
			l2.close()
			_, recs = openLog(t, dir)
			if len(recs) != want+1 || recs[want].t.Nonce != 77 {
				t.Fatalf("after appending: %d records", len(recs))
			}
		})
	}
}

// Segments rotate, and one is deleted once every record in it is released.
func TestAcceptLogSegments(t *testing.T) {
	dir := t.TempDir()
	l, _ := openLog(t, dir)
	tx := sampleTransfer(1)
	s1 := appendWait(t, l, transferRecord(&tx))
	s1b := appendWait(t, l, transferRecord(&tx))
	if s1 != s1b {
		t.Fatal("appends without rotation changed segment")
	}
	l.rotate()
	s2 := appendWait(t, l, transferRecord(&tx))
	if s2 == s1 {
		t.Fatal("rotate did not start a new segment")
	}
	l.rotate()
	l.rotate() // the new current segment is empty: no-op
	l.release([]*segment{s1})
	if err := l.sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s1.path); err != nil {
		t.Fatalf("segment with a live record deleted: %v", err)
	}
	l.release([]*segment{s1, s2})
	s3 := appendWait(t, l, transferRecord(&tx)) // the deletions are queued before this
	if _, err := os.Stat(s1.path); !os.IsNotExist(err) {
		t.Fatalf("released segment still there: %v", err)
	}
	if _, err := os.Stat(s2.path); !os.IsNotExist(err) {
		t.Fatalf("released segment still there: %v", err)
	}
	l.release([]*segment{s3}) // current segment: kept
	l.close()
	if _, err := os.Stat(s3.path); err != nil {
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
