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
// payload = type ‖ body. A crash can leave a torn record at the tail (a
// partial write, or pages persisted out of order); recovery stops at the first
// record whose length or checksum does not hold, truncates there and deletes
// any later segment. That loses nothing acknowledged: an acknowledgement waits
// for the fsync of its whole batch, batches are written in order, and the
// first failed write or fsync makes the log refuse everything after it.
//
// Segments: the log is a sequence of files accept-<seq>.log. The sequencer
// rotates to a new segment when it cuts a block and counts, per segment, the
// transfers recorded there that are not yet resolved (sealed in a stored
// block, or dropped and recorded as such in the block store). A segment that
// is not the current one and has no unresolved record is deleted; the
// deletion goes through the committer, after every earlier write is durable,
// and the directory is fsynced after it so deletions persist in order.

const (
	recordHeaderLen  = 8
	maxRecordPayload = 4096
	segmentPrefix    = "accept-"
	segmentSuffix    = ".log"
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
)

func transferRecord(t *plasma.Transfer) []byte {
	return appendTransfer(append(make([]byte, 0, 1+transferLen), recTransfer), t)
}

func opRecord(op *plasma.Op) []byte {
	return appendOp(append(make([]byte, 0, 1+opLen), recOp), op)
}

func resetRecord() []byte { return []byte{recReset} }

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
	case recReset:
		if len(p) != 1 {
			err = decodeErr("reset record of %d bytes", len(p))
		}
	default:
		err = decodeErr("unknown accept-log record type %d", p[0])
	}
	return r, err
}

type segment struct {
	seq     uint64
	path    string
	refs    int  // unresolved records here; guarded by acceptLog.mu
	hasData bool // guarded by acceptLog.mu

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
	data   []byte
	remove *segment
}

// acceptLog is an append-only, group-committed, segmented log.
type acceptLog struct {
	dir string
	log zerolog.Logger

	mu      sync.Mutex
	queue   []logWrite
	batch   *logBatch
	cur     *segment
	nextSeq uint64
	segs    map[uint64]*segment
	err     error // sticky
	closed  bool
	started bool

	kick    chan struct{}
	stopped chan struct{}
}

// replayed is a record found in the log at open.
type replayed struct {
	seg *segment
	logRecord
}

// openAcceptLog opens (creating) the log in dir, recovers a torn tail, and
// returns every intact transfer record in log order. The committer is not
// running until start.
func openAcceptLog(dir string, log zerolog.Logger) (*acceptLog, []replayed, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
	}
	l := &acceptLog{
		dir:     dir,
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
		off := 0
		for off < len(data) {
			p, n, err := decodeRecord(data[off:])
			if err == nil {
				var r logRecord
				if r, err = decodeLogRecord(p); err == nil {
					recs = append(recs, replayed{seg: seg, logRecord: r})
					off += n
					continue
				}
			}
			break
		}
		if off < len(data) {
			log.Warn().Str("segment", seg.path).Int("offset", off).Int("size", len(data)).
				Msg("accept log: torn tail truncated")
			if err := truncateSync(seg.path, int64(off)); err != nil {
				return nil, nil, err
			}
			for _, later := range seqs[i+1:] {
				log.Warn().Str("segment", l.segPath(later)).Msg("accept log: segment after a torn record deleted")
				if err := os.Remove(l.segPath(later)); err != nil {
					return nil, nil, err
				}
			}
			break
		}
	}
	l.cur = l.newSegmentLocked()
	return l, recs, nil
}

func listSegments(dir string) ([]uint64, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var seqs []uint64
	for _, e := range ents {
		name := e.Name()
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

func truncateSync(path string, size int64) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if err := f.Truncate(size); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
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
	seg := l.cur
	if n := len(l.queue); n > 0 && l.queue[n-1].seg == seg {
		l.queue[n-1].data = encodeRecord(l.queue[n-1].data, payload)
	} else {
		l.queue = append(l.queue, logWrite{seg: seg, data: encodeRecord(make([]byte, 0, 64<<10), payload)})
	}
	seg.refs += refs
	seg.hasData = true
	b := l.batch
	select {
	case l.kick <- struct{}{}:
	default:
	}
	return seg, b, nil
}

// ref counts one more unresolved record in seg (a record replayed at open).
func (l *acceptLog) ref(seg *segment) {
	l.mu.Lock()
	seg.refs++
	l.mu.Unlock()
}

// rotate starts a new current segment, unless the current one is still empty.
func (l *acceptLog) rotate() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.cur.hasData {
		return
	}
	old := l.cur
	l.cur = l.newSegmentLocked()
	l.maybeRemoveLocked(old)
}

// release marks one transfer of each listed segment resolved and deletes
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
// transfer (after the records replayed at open are resolved or re-counted).
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
	select {
	case l.kick <- struct{}{}:
	default:
	}
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
	select {
	case l.kick <- struct{}{}:
	default:
	}
	l.mu.Unlock()
	if empty {
		return nil
	}
	return b.wait(ctx)
}

// run is the committer: it takes everything queued, writes it, fsyncs each
// file written (and the directory when a file was created), then completes
// the batch — one fsync per file for however many records arrived meanwhile.
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
		}
		if closed {
			l.mu.Lock()
			pending := len(l.queue) > 0
			l.mu.Unlock()
			if !pending {
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
	created := false
	for _, w := range q {
		if w.remove != nil {
			continue
		}
		seg := w.seg
		if seg.f == nil {
			f, err := os.OpenFile(seg.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
			if err != nil {
				return err
			}
			seg.f = f
			created = true
		}
		if _, err := seg.f.Write(w.data); err != nil {
			return err
		}
		if len(touched) == 0 || touched[len(touched)-1] != seg {
			touched = append(touched, seg)
		}
	}
	for _, seg := range touched {
		if err := seg.f.Sync(); err != nil {
			return err
		}
	}
	if created {
		if err := syncDir(l.dir); err != nil {
			return err
		}
	}
	removed := false
	for _, w := range q {
		if seg := w.remove; seg != nil && !seg.removed {
			removed = true
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
	if removed {
		return syncDir(l.dir)
	}
	return nil
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
