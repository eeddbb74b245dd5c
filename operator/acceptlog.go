package operator

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/rs/zerolog"

	plasma "github.com/avlplasma/avlplasma"
)

// The accept log makes an accepted transfer durable before it is acknowledged.
//
// Records: u32 length ‖ u32 CRC-32C(length ‖ payload) ‖ payload, with
// payload = type ‖ body. Recovery reads records until the first whose
// length or checksum does not hold (a torn write, or the zeros after the
// last record); nothing acknowledged lies beyond it: an acknowledgement waits
// for the sync of its whole batch, batches are written in order, and the
// first failed write or sync makes the log refuse everything after it.
//
// Segments: files accept-<seq>.log of a fixed size, created zero-filled and
// synced ahead of use; records overwrite the zeros and are made durable with
// fdatasync. No write changes a file's size or allocation, so a sync needs no
// filesystem journal commit, and does not wait for the ledger's large
// writes to reach the disk (on ext4 an fsync that commits the journal must
// flush other files' data first). When a record would not fit, the segment
// gets a seal record and the log moves to the next file. A segment that ends
// without a seal is the end of the log: later segments hold nothing
// acknowledged (their records were in the same batch as the missing seal,
// or later) and are deleted, and the segment is sealed where its records end.
//
// The sequencer counts, per segment, the records in it that are not yet
// resolved (sealed in a stored block, dropped, or superseded by a reset).
// A segment that is not the current one and has none left is deleted; a
// deletion lost in a crash is harmless, since a replay skips resolved and
// superseded records.

const (
	recordHeaderLen  = 8
	maxRecordPayload = 4096
	segmentPrefix    = "accept-"
	segmentSuffix    = ".log"
	// DefaultLogSegmentSize is the size of an accept-log segment file.
	DefaultLogSegmentSize = 32 << 20
	sealLen               = recordHeaderLen + 1
	minSegmentSize        = 2*(recordHeaderLen+maxRecordPayload) + sealLen
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// encodeRecord frames payload as a log record.
func encodeRecord(dst []byte, payload []byte) []byte {
	var hdr [recordHeaderLen]byte
	binary.BigEndian.PutUint32(hdr[0:4], uint32(len(payload)))
	crc := crc32.Update(0, crcTable, hdr[0:4])
	crc = crc32.Update(crc, crcTable, payload)
	binary.BigEndian.PutUint32(hdr[4:8], crc)
	dst = append(dst, hdr[:]...)
	return append(dst, payload...)
}

var errTorn = errors.New("torn or corrupt record")

// decodeRecord reads the record at the start of b: its payload and total
// length. errTorn for anything that is not a whole, intact record.
func decodeRecord(b []byte) (payload []byte, n int, err error) {
	if len(b) < recordHeaderLen {
		return nil, 0, errTorn
	}
	l := binary.BigEndian.Uint32(b[0:4])
	if l == 0 || l > maxRecordPayload || uint64(len(b)-recordHeaderLen) < uint64(l) {
		return nil, 0, errTorn
	}
	payload = b[recordHeaderLen : recordHeaderLen+int(l)]
	crc := crc32.Update(0, crcTable, b[0:4])
	crc = crc32.Update(crc, crcTable, payload)
	if crc != binary.BigEndian.Uint32(b[4:8]) {
		return nil, 0, errTorn
	}
	return payload, recordHeaderLen + int(l), nil
}

// Record types. The log holds, in the order the sequencer took them, the
// transfers it accepted and the L1 operations it queued (transfers accepted
// after an operation may depend on it, so a replay needs both, in order),
// and reset markers: a re-seal rewrites everything unresolved after a reset,
// and a replay ignores whatever precedes the last reset.
const (
	recTransfer = 1
	recOp       = 2
	recReset    = 3
	recSeal     = 4
)

func transferRecord(t *plasma.Transfer) []byte {
	return appendTransfer(append(make([]byte, 0, 1+transferLen), recTransfer), t)
}

func opRecord(op *plasma.Op) []byte {
	return appendOp(append(make([]byte, 0, 1+opLen), recOp), op)
}

func resetRecord() []byte { return []byte{recReset} }

func sealRecord() []byte { return []byte{recSeal} }

// logRecord is a decoded record payload.
type logRecord struct {
	kind byte
	t    plasma.Transfer // recTransfer
	op   plasma.Op       // recOp
}

func decodeLogRecord(p []byte) (logRecord, error) {
	var r logRecord
	var err error
	if len(p) == 0 {
		return r, decodeErr("empty accept-log record")
	}
	r.kind = p[0]
	switch r.kind {
	case recTransfer:
		r.t, err = decodeTransfer(p[1:])
	case recOp:
		r.op, err = decodeOp(p[1:])
	case recReset, recSeal:
		if len(p) != 1 {
			err = decodeErr("marker record of %d bytes", len(p))
		}
	default:
		err = decodeErr("unknown accept-log record type %d", p[0])
	}
	return r, err
}

type segment struct {
	seq  uint64
	path string
	refs int   // unresolved records here; guarded by acceptLog.mu
	used int64 // bytes assigned to records; guarded by acceptLog.mu

	// committer-owned
	f       *os.File
	removed bool
}

type logBatch struct {
	done chan struct{}
	err  error
}

type logWrite struct {
	seg    *segment
	off    int64
	data   []byte
	remove *segment
}

// acceptLog is an append-only, group-committed, segmented log.
type acceptLog struct {
	dir     string
	segSize int64
	log     zerolog.Logger

	mu      sync.Mutex
	queue   []logWrite
	free    [][]byte // written buffers for reuse (at most maxFreeBufs)
	batch   *logBatch
	cur     *segment
	nextSeq uint64
	segs    map[uint64]*segment
	err     error // sticky
	closed  bool
	started bool

	kick    chan struct{}
	stopped chan struct{}

	// committer-owned: the next segment file, being prepared in the background
	spareSeq uint64
	spare    chan error
}

// replayed is a record found in the log at open.
type replayed struct {
	seg *segment
	logRecord
}

// openAcceptLog opens (creating) the log in dir, recovers a torn tail, and
// returns every intact record in log order. The committer is not running
// until start.
func openAcceptLog(dir string, segSize int64, log zerolog.Logger) (*acceptLog, []replayed, error) {
	if segSize == 0 {
		segSize = DefaultLogSegmentSize
	}
	if segSize < minSegmentSize {
		return nil, nil, fmt.Errorf("accept log: segment size %d below %d", segSize, minSegmentSize)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
	}
	l := &acceptLog{
		dir:     dir,
		segSize: segSize,
		log:     log,
		batch:   &logBatch{done: make(chan struct{})},
		segs:    make(map[uint64]*segment),
		kick:    make(chan struct{}, 1),
		stopped: make(chan struct{}),
	}
	seqs, err := listSegments(dir)
	if err != nil {
		return nil, nil, err
	}
	var recs []replayed
	for i, seq := range seqs {
		seg := &segment{seq: seq, path: l.segPath(seq)}
		l.segs[seq] = seg
		l.nextSeq = seq + 1
		data, err := os.ReadFile(seg.path)
		if err != nil {
			return nil, nil, err
		}
		off, sealed := 0, false
		for off < len(data) && !sealed {
			p, n, err := decodeRecord(data[off:])
			if err != nil {
				break
			}
			r, err := decodeLogRecord(p)
			if err != nil {
				break
			}
			off += n
			if r.kind == recSeal {
				sealed = true
				continue
			}
			recs = append(recs, replayed{seg: seg, logRecord: r})
		}
		if sealed {
			continue
		}
		// The end of the log: seal the segment where its records end, so
		// that the segments written after this restart follow a sealed one.
		if err := sealAt(seg.path, int64(off)); err != nil {
			return nil, nil, err
		}
		for _, later := range seqs[i+1:] {
			log.Warn().Str("segment", l.segPath(later)).Msg("accept log: segment after the end of the log deleted")
			if err := os.Remove(l.segPath(later)); err != nil {
				return nil, nil, err
			}
		}
		break
	}
	l.cur = l.newSegmentLocked()
	return l, recs, nil
}

// sealAt writes a seal record at off and syncs the file.
func sealAt(path string, off int64) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteAt(encodeRecord(nil, sealRecord()), off)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func listSegments(dir string) ([]uint64, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var seqs []uint64
	for _, e := range ents {
		name := e.Name()
		if strings.HasSuffix(name, segmentSuffix+".tmp") {
			os.Remove(filepath.Join(dir, name)) // a preparation cut short
			continue
		}
		if !strings.HasPrefix(name, segmentPrefix) || !strings.HasSuffix(name, segmentSuffix) {
			continue
		}
		seq, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(name, segmentPrefix), segmentSuffix), 10, 64)
		if err != nil {
			continue
		}
		seqs = append(seqs, seq)
	}
	sort.Slice(seqs, func(i, j int) bool { return seqs[i] < seqs[j] })
	return seqs, nil
}

func (l *acceptLog) segPath(seq uint64) string {
	return filepath.Join(l.dir, fmt.Sprintf("%s%016d%s", segmentPrefix, seq, segmentSuffix))
}

func (l *acceptLog) newSegmentLocked() *segment {
	seg := &segment{seq: l.nextSeq, path: l.segPath(l.nextSeq)}
	l.nextSeq++
	l.segs[seg.seq] = seg
	return seg
}

func (l *acceptLog) start() {
	l.mu.Lock()
	l.started = true
	l.mu.Unlock()
	go l.run()
}

// append queues payload as a record of the current segment, counted as one
// unresolved record there, and returns the segment and the batch whose
// commit makes it durable. Records are written in the order of append calls.
func (l *acceptLog) append(payload []byte) (*segment, *logBatch, error) {
	return l.appendRef(payload, 1)
}

func (l *acceptLog) appendRef(payload []byte, refs int) (*segment, *logBatch, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err != nil {
		return nil, nil, l.err
	}
	if l.closed {
		return nil, nil, plasma.Errorf(plasma.EUNAVAILABLE, "accept log closed")
	}
	size := int64(recordHeaderLen + len(payload))
	if l.cur.used+size+sealLen > l.segSize {
		l.enqueueLocked(l.cur, sealRecord())
		old := l.cur
		l.cur = l.newSegmentLocked()
		l.maybeRemoveLocked(old)
	}
	seg := l.cur
	l.enqueueLocked(seg, payload)
	seg.refs += refs
	b := l.batch
	l.signal()
	return seg, b, nil
}

func (l *acceptLog) enqueueLocked(seg *segment, payload []byte) {
	if n := len(l.queue); n > 0 && l.queue[n-1].seg == seg {
		l.queue[n-1].data = encodeRecord(l.queue[n-1].data, payload)
	} else {
		l.queue = append(l.queue, logWrite{seg: seg, off: seg.used, data: encodeRecord(l.bufLocked(), payload)})
	}
	seg.used += int64(recordHeaderLen + len(payload))
}

// Write buffers: each group commit takes one per segment it writes and
// gives it back once written, so that the accept path does not allocate
// a fresh buffer for every fsync.
const (
	logBufSize  = 64 << 10
	maxFreeBufs = 8
	maxKeptBuf  = 1 << 20 // a buffer grown beyond this is dropped
)

func (l *acceptLog) bufLocked() []byte {
	if n := len(l.free); n > 0 {
		b := l.free[n-1]
		l.free = l.free[:n-1]
		return b[:0]
	}
	return make([]byte, 0, logBufSize)
}

// recycle gives the buffers of written entries back.
func (l *acceptLog) recycle(q []logWrite) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, w := range q {
		if w.data != nil && cap(w.data) <= maxKeptBuf && len(l.free) < maxFreeBufs {
			l.free = append(l.free, w.data)
		}
	}
}

// ref counts one more unresolved record in seg (a record replayed at open).
func (l *acceptLog) ref(seg *segment) {
	l.mu.Lock()
	seg.refs++
	l.mu.Unlock()
}

// release marks one record of each listed segment resolved and deletes
// segments left with none.
func (l *acceptLog) release(segs []*segment) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, seg := range segs {
		if seg.refs > 0 {
			seg.refs--
		}
	}
	for _, seg := range segs {
		l.maybeRemoveLocked(seg)
	}
}

// releaseIdle deletes every non-current segment holding no unresolved
// record (after the records replayed at open are resolved or re-counted).
func (l *acceptLog) releaseIdle() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, seg := range l.segs {
		l.maybeRemoveLocked(seg)
	}
}

func (l *acceptLog) maybeRemoveLocked(seg *segment) {
	if seg == l.cur || seg.refs > 0 {
		return
	}
	if _, live := l.segs[seg.seq]; !live {
		return
	}
	delete(l.segs, seg.seq)
	l.queue = append(l.queue, logWrite{remove: seg})
	l.signal()
}

// wait blocks until b is durable (nil) or failed, or ctx ends.
func (b *logBatch) wait(ctx context.Context) error {
	select {
	case <-b.done:
		return b.err
	case <-ctx.Done():
		return plasma.Errorf(plasma.EUNAVAILABLE, "waiting for the accept log: %v", ctx.Err())
	}
}

// sync makes everything appended so far durable (used by paths that append
// without a waiting submitter, e.g. re-sealing).
func (l *acceptLog) sync(ctx context.Context) error {
	l.mu.Lock()
	if l.err != nil {
		l.mu.Unlock()
		return l.err
	}
	b := l.batch
	empty := len(l.queue) == 0
	l.signal()
	l.mu.Unlock()
	if empty {
		return nil
	}
	return b.wait(ctx)
}

// run is the committer: it takes everything queued, writes it, syncs each
// file written, then completes the batch — one sync per file for however
// many records arrived meanwhile.
func (l *acceptLog) run() {
	defer close(l.stopped)
	for {
		<-l.kick
		l.mu.Lock()
		q, b, closed := l.queue, l.batch, l.closed
		if len(q) > 0 {
			l.queue = nil
			l.batch = &logBatch{done: make(chan struct{})}
		}
		l.mu.Unlock()
		if len(q) > 0 {
			err := l.commit(q)
			if err != nil {
				l.log.Error().Err(err).Msg("accept log: write failed; refusing further transfers")
				l.mu.Lock()
				l.err = plasma.Errorf(plasma.EINTERNAL, "accept log failed: %v", err)
				l.mu.Unlock()
				b.err = l.err
			}
			close(b.done)
			if err == nil {
				l.recycle(q)
			}
		}
		if closed {
			l.mu.Lock()
			pending := len(l.queue) > 0
			l.mu.Unlock()
			if !pending {
				if l.spare != nil {
					<-l.spare // let the background preparation finish
				}
				return
			}
			l.signal()
		}
	}
}

func (l *acceptLog) signal() {
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

func (l *acceptLog) commit(q []logWrite) error {
	var touched []*segment
	for _, w := range q {
		if w.remove != nil {
			continue
		}
		seg := w.seg
		if seg.f == nil {
			if err := l.open(seg); err != nil {
				return err
			}
		}
		if _, err := seg.f.WriteAt(w.data, w.off); err != nil {
			return err
		}
		if len(touched) == 0 || touched[len(touched)-1] != seg {
			touched = append(touched, seg)
		}
	}
	for _, seg := range touched {
		if err := datasync(seg.f); err != nil {
			return err
		}
	}
	for _, w := range q {
		if seg := w.remove; seg != nil && !seg.removed {
			seg.removed = true
			if seg.f != nil {
				seg.f.Close()
				seg.f = nil
			}
			if err := os.Remove(seg.path); err != nil && !errors.Is(err, os.ErrNotExist) {
				l.log.Warn().Err(err).Str("segment", seg.path).Msg("accept log: delete failed")
			}
		}
	}
	return nil
}

// open opens seg's file, zero-filled and durable in the directory — the one
// prepared in the background if it is ready, else prepared now — and starts
// preparing the next one.
func (l *acceptLog) open(seg *segment) error {
	var err error
	if l.spare != nil && l.spareSeq == seg.seq {
		err = <-l.spare
	} else {
		if l.spare != nil {
			<-l.spare
			os.Remove(l.segPath(l.spareSeq))
		}
		err = prepareSegment(l.dir, seg.path, l.segSize)
	}
	l.spare = nil
	if err != nil {
		return err
	}
	if seg.f, err = os.OpenFile(seg.path, os.O_WRONLY, 0); err != nil {
		return err
	}
	next, done := seg.seq+1, make(chan error, 1)
	l.spareSeq, l.spare = next, done
	go func() { done <- prepareSegment(l.dir, l.segPath(next), l.segSize) }()
	return nil
}

// prepareSegment creates path zero-filled to size, synced, and makes its
// name durable.
func prepareSegment(dir, path string, size int64) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	zeros := make([]byte, min(size, 1<<20))
	for off := int64(0); off < size && err == nil; off += int64(len(zeros)) {
		_, err = f.WriteAt(zeros[:min(int64(len(zeros)), size-off)], off)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err == nil {
		err = syncDir(dir)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// close flushes what is queued and stops the committer.
func (l *acceptLog) close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	started := l.started
	l.mu.Unlock()
	if !started {
		return nil
	}
	l.signal()
	<-l.stopped
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, seg := range l.segs {
		if seg.f != nil {
			seg.f.Close()
			seg.f = nil
		}
	}
	return l.err
}
