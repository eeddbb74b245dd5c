// Package avl is the ledger of AVL Plasma (PROTOCOL §2): one IAVL+ tree
// (github.com/cosmos/iavl v1.2.6 over github.com/cosmos/cosmos-db v1.1.1)
// whose version N is the state after block N and whose root hash is block
// N's stateRoot. It is the only package that imports iavl and cosmos-db, so
// it also offers Store, a plain durable key-value store on the same backend
// for the operator's block store and metadata.
//
// # Encoding
//
// EncodeKey gives 0x01 ‖ owner ‖ token (41 bytes), EncodeLeaf gives
// balance[32] ‖ nonce[8] ‖ spent[32] big-endian (72 bytes). DecodeKey and
// DecodeLeaf accept exactly those and nothing else: a wrong length, a wrong
// prefix or a nonce ≥ 2^63 is an EINVALID *plasma.Error naming the fault.
//
// # Versions
//
// Version 0 is the empty tree, root sha256("") (EmptyRoot). It is never
// written: a fresh ledger has Version() 0 and Snapshot(0) always works. Save
// writes the working state (the latest version plus every Set since) as
// Version()+1 and returns its root. Rewind(v) makes v the latest version,
// dropping every later one on disk and every unsaved Set; v is 0 or a
// retained version.
//
// # Durability and the operator's ordering
//
// When Save returns, its version is on disk, fsynced and complete: iavl's
// mid-version flushing is off (flush threshold MaxInt), so each version is
// one atomic batch of the backend, written with sync (iavl.SyncOption).
// After a crash — kill -9 or power loss — the ledger opens at the last
// version whose Save returned, or at the next one if the crash came after
// its batch reached the disk but before Save returned; never at half a
// version (TestKillDuringSave kills a saving process and checks this).
// Rewind's deletion is one synced batch too. Unsaved Sets are lost on a
// crash or Close.
//
// The operator should keep this order per block: apply the block with Set,
// Save (version N is durable), write block N to its block store with a
// Store batch (Write fsyncs), then publish. At start it compares
// Version() with the block store's newest block n: the ledger can be ahead
// by one, when the crash fell between Save and the block store write, and
// then Rewind(n) puts it back (block n+1's transfers are still in the
// accept log and are sealed again). Re-sealing from the last committed block
// (PROTOCOL §4) is Rewind(committed) followed by new Sets and Saves, so
// KeepRecent must cover the distance between the newest sealed block and
// the newest committed one.
//
// # Goroutines
//
// Ledger's methods are safe to call from any goroutine but the writer ones
// (Get, Set, Save, Rewind, WarmCache, Close) are serialised by a mutex and
// meant for one goroutine, the sequencer (or the watcher's replay).
// Version, OldestVersion and Snapshot may be called from anywhere. A
// Snapshot's methods are safe for concurrent use and run concurrently with
// Set and Save: snapshots read through their own iavl node database and
// cache, so they share no node object with the writer, whose working tree
// iavl mutates in place (TestSnapshotsDuringWrites runs readers against a
// writer that saves, prunes and rewinds, under -race). Rewind and Close
// wait for snapshot reads in progress; afterwards snapshots of dropped
// versions, and all snapshots of a closed ledger, fail. Store is safe for
// concurrent use; a Batch is not.
//
// # Pruning
//
// With KeepRecent k > 0, each Save deletes the versions older than
// latest−k (versions latest−k … latest stay; the latest is never pruned),
// except that no version at or above the oldest one an open Snapshot reads
// is pruned: a Snapshot pins its version until Close or until the garbage
// collector finds it unreachable. k = 0 keeps everything. OldestVersion
// tells the oldest retained version; Snapshot of an older one is ENOTFOUND.
// Pruning runs inside Save, after the version is durable, as one more synced
// batch. Before deleting, Save records the new oldest version durably
// (iavl tells a version exists by its root node, which a one-leaf version
// shares with later versions, so iavl's own answer can be too low after
// pruning); a crash in between leaves unused versions on disk, never a
// served version half deleted. If pruning fails, Save returns the saved
// version with an error and the ledger refuses writes until reopened or
// rewound, which drops the half-done deletions.
//
// # Proofs
//
// Snapshot.Prove returns iavl's ICS23 proofs (GetMembershipProof /
// GetNonMembershipProof), which verify with ics23.VerifyMembership /
// VerifyNonMembership under ics23.IavlSpec against the snapshot's Root. An
// absent key in the empty tree gets a non-membership proof with neither
// neighbour: it holds because the root is EmptyRoot. SizeOf measures a
// proof (ICS23 protobuf bytes, path steps, and the packed on-chain size of
// PROTOCOL §7).
//
// # Choices, by measurement
//
// Numbers come from the benchmarks in bench_test.go on the project's 2-core
// machine (AMD EPYC, 23 GB) while other builds and tests shared it (load
// 2–10), so they vary by up to 2× from run to run; comparisons were made
// under the same conditions, interleaved where it mattered. A "set" is a Get
// and a Set of a random existing leaf, as the sequencer applies a block; a
// block is 5,000 sets, one Save and pruning with KeepRecent 10; the cache
// is warm as in a long-running sequencer.
//
// Backend: pebble (cockroachdb/pebble v1.1.5), which cosmos-db v1.1.1
// compiles without any build tag (only rocksdb needs one). BenchmarkBackends
// alternates blocks between a pebble and a goleveldb ledger, so both see
// the same load; sets/s, goleveldb against pebble:
//
//	100,000 accounts:    11,794 / 13,466   9,455 / 13,337   6,925 / 10,512
//	1,000,000 accounts:   3,809 / 4,037    4,240 / 4,371
//	(2.5 M-node cache)    2,496 / 2,305    3,989 / 4,248    3,498 / 3,400    5,765 / 5,902
//
// Pebble is ahead by 15–50% at 100,000 accounts and level (±6%) at
// 1,000,000, and keeps its block cache off the Go heap. cosmos-db's pebble
// constructor fixes pebble's defaults (an 8 MB block cache, no bloom
// filters) and drops Close's error, so pebble.go opens pebble itself, in
// the same on-disk format, with a large block cache (Options.BlockCache,
// 1 GB by default, allocated as it fills) and bloom filters: a miss of
// iavl's node cache is then a lookup in memory instead of a file read and
// a snappy decode. In one `plasmad bench` at 1,000,000 accounts the
// sequencer's CPU time per transfer fell from 1,250 to 667 µs.
// goleveldb remains selectable (Backend "goleveldb"), opened with tuned
// options (64 MB block cache, 32 MB write buffer, 8 MB tables, bloom filter,
// no seek-triggered compaction): with cosmos-db's default goleveldb options
// the same run used 518 µs of CPU per set against 243 µs tuned (Save 4.0 s
// per block against 1.3 s).
//
// iavl options: SyncOption(true) (one fsync per Save costs nothing next to
// the batch itself, and a saved version must survive power loss);
// FlushThreshold MaxInt (see Durability); skipFastStorageUpgrade, since the
// fast index writes every leaf twice, would make a Rewind rebuild it over
// all leaves, and is unsafe for readers with their own node cache; no
// AsyncPruning, whose deletions land in the next Save's batch piecemeal, so
// a crash could leave a version half pruned that iavl then fails to prune
// forever.
//
// Node cache: it must hold the whole tree (about 2 nodes per leaf) plus the
// nodes of the retained recent versions, which the pruning walks. At
// 100,000 accounts a 250,000-node cache gave 3,064 (goleveldb) and 1,791
// (pebble) sets/s, a 1,000,000-node one 6,925 and 10,512. At 1,000,000
// accounts (goleveldb, CPU time per set): 1,000,000 nodes 440 µs,
// 2,500,000 307 µs, 4,000,000 243–328 µs; Go heap in use about 1.05, 2.1
// and 3.0 GB, about 700 bytes per cached node. CacheSize 0 therefore sizes
// the cache at each open to 3 nodes per leaf, between 1,000,000 and
// 4,000,000 nodes; the cache fills as nodes are read and saved, so a small
// chain uses that much memory only after many blocks. A cold cache makes
// the first blocks after a start about 40% slower; WarmCache reads the tree
// in (20–60 s at 1,000,000 accounts). GOGC=400 saved about 10% of CPU.
//
// Throughput, warm cache: 3,400–5,900 sets/s at 1,000,000 accounts and
// 10,500–13,500 at 100,000 (pebble), as the machine's load allowed. Without
// pruning (goleveldb, 1,000,000 accounts) 5,150 sets/s; raw iavl update +
// save, no Get and no pruning, 7,360. Of a block's time Save takes about
// 40% and pruning 30%. MeasureSetsPerSecond measures raw update + save
// (no Get: the sequencer knows the values it writes) on the machine at
// hand; `plasmad bench` takes its ceiling from it.
//
// Building a ledger: BulkLoad writes 1,000,000 accounts in 9–48 s (15 s in
// BenchmarkBulkLoad, goleveldb), as a perfectly balanced tree through iavl's
// importer; Set + Save of the same accounts, 100,000 per version, took
// 263 s.
//
// Proof size at 1,000,000 accounts, tree built by Set in random order:
// existence proofs have 20.3 steps on average (23 at most), 777 bytes packed
// on average and 881 at most (target ≤ 1.2 KB), 1,048 bytes as ICS23
// protobuf. A bulk-loaded tree after 20 blocks of updates: 20 steps, 764
// bytes packed, 1,033 protobuf; non-membership (both neighbours) 1,527
// bytes packed, 2,110 protobuf.
package avl
