// Package operator runs the operator's side of AVL Plasma: the sequencer
// that orders transfers and L1 operations into blocks, its accept log and
// block store, the root publisher and the L1 follower, and the Service that
// runs them together.
//
// # What the sequencer promises
//
// A transfer whose Submit returned its hash is durable: it survives a kill -9
// and is in the next block sealed after a restart, unless an L1 operation
// that lands first (a lock, a debit) or the passing of its deadline makes it
// invalid, in which case it is dropped (status "dropped") and never sealed.
// A refused transfer changes nothing, and its error names the rule
// (plasma.Rule*). Every sealed block obeys the validity rules of PROTOCOL
// §3–§5 as plasma.CheckTransfer and plasma.ApplyOp state them; its state root
// is what any replay of its contents gives (plasma.TransferTouches).
//
// # Ordering contracts
//
// Where order is safety, it is written down here; the code follows it.
//
// Accept (Submit):
//
//  1. verify the signature and the policy (fee, deadline margin) — outside
//     the lock, so many submissions verify at once on all cores;
//  2. under the lock: check the validity rules against the working state
//     (the accepting overlay over the block being saved over the latest
//     stored version), append the record to the accept log's queue, apply
//     the transfer to the overlay — all or nothing;
//  3. the log's committer writes every queued record and syncs once for
//     the whole group (group commit) — fdatasync into segment files that were
//     zero-filled and synced ahead of use, so that a sync never waits for a
//     filesystem journal commit (and the ledger's large writes behind it);
//  4. only then does Submit return the hash (the acknowledgement).
//
// A transfer can be sealed into a block before its record's fsync: the
// block's own fsynced write then makes it durable, and Submit still waits
// for its batch. If a log write or fsync fails, the log refuses every later
// record and the sequencer halts (a restart rebuilds the state from disk).
//
// Seal (one sealer goroutine; blocks are saved one at a time, while Submit
// keeps accepting into the next block):
//
//  1. cut, under the lock: timestamp = max(newest L1 time, previous block's
//     timestamp); the block's L1 operations (consecutive, from the previous
//     block's opsCursor, hash-chained) are applied first, then its transfers
//     are re-checked against the state after them, at the block's timestamp;
//     a transfer that fails is dropped; the next block starts on top; the
//     accept log rotates to a new segment;
//  2. apply: each leaf the block touched is written to the ledger once, with
//     its final value, in first-touch order (plasma.TransferTouches);
//  3. save the ledger version N (fsynced; version N = state after block N);
//  4. store block N in one fsynced batch: header, operations, transfers with
//     signatures, transfer index, dropped transfers, lock counts if they
//     changed, new owner→token entries, and the "latest" marker;
//  5. notify (Sealed): the publisher may now commit block N;
//  6. release the accept-log records of the block's transfers (sealed or
//     dropped) and operations; a full segment with none left is deleted.
//
// Nothing reaches L1 before step 4: the publisher reads only stored blocks.
//
// Restart (NewSequencer):
//
//  1. open the ledger at its latest saved version and the block store at its
//     latest stored block; a saved version without a stored block (a crash
//     between seal steps 3 and 4) is rewound — that block was never
//     published, and is sealed again;
//  2. restore the lock counts and the ops cursor/hash of the latest block,
//     and the dropped transfers whose deadline has not passed;
//  3. read the accept log up to its end (a torn record, or a segment without
//     its seal record; later segments are deleted), skip what precedes the
//     last reset record, every transfer the block store resolved (sealed or
//     dropped) and every operation below the ops cursor, and re-apply the
//     rest — operations and transfers, in log order — to a fresh overlay:
//     the same order, so the same working state; the deadline window is
//     re-checked when the block is cut;
//  4. the L1 follower re-delivers operations from NextOpIndex().
//
// Re-seal (Reseal, PROTOCOL §4): when stored blocks after the last committed
// one can no longer be committed in time, the sequencer (1) appends to the
// accept log a reset record and then, in their new order, every operation
// (the discarded blocks', then the queued ones) and every transfer (the
// discarded blocks', then the pending ones), and syncs; (2) deletes the
// blocks from the store; (3) rewinds the ledger to the committed version;
// (4) rebuilds the working state from the rewritten order. The next cuts
// seal them afresh with new timestamps; expired ones are dropped. A crash
// between any two steps leaves either the old blocks (the rewritten records
// are resolved or below the ops cursor, and skipped) or the rewound state
// with every record after the reset.
//
// # Publisher (commits to L1)
//
// One goroutine; each step, woken by a sealed block or the poll:
//
//  1. read the L1 head and the contract's lastBlock — L1, never memory, says
//     what is committed;
//  2. move the markers to L1 (syncMarkers): committed = lastBlock, lowered
//     after an L1 reorg, raised after a restart that lost a receipt (the
//     committedAt of each block comes from its BlockCommitted event);
//     finalized = lastBlock as read `confirmations` blocks below the head;
//  3. read the headers lastBlock+1 … (at most MaxCommitBatch) from the
//     block store — stored blocks only (sequencer seal step 4); if the first
//     can no longer land in any later L1 block (timestamp + maxSealLag below
//     the head's time; L1 time only grows), re-seal from lastBlock and stop;
//  4. write the published marker (fsynced), then send commitBlocks (l1.go:
//     dry run, send, wait for the receipt, replace with higher fees at the
//     same nonce when not mined in time);
//  5. only after the receipt, and only if it holds the BlockCommitted event
//     of the last header, write the committed marker with the L1 timestamp
//     (fsynced). Finalized follows in a later step's syncMarkers (at once
//     when confirmations is 0).
//
// Nothing is committed twice or skipped: every batch starts at L1's
// lastBlock+1 and the contract takes only the next number, so a duplicate
// (a commit that landed while its receipt was lost, a previous run's
// transaction still pending) reverts — its dry run refuses it, or it is
// mined reverted — and the next step re-reads lastBlock. The L1 sender
// signs at the operator's latest mined nonce, so a transaction a crashed
// run left pending is replaced rather than queued behind; sends of the
// publisher and the follower are serialised, so they never race on a nonce.
// A re-seal happens only after step 3 shows that no pending commit of the
// old block can land, so L1 never holds a block the store replaced.
//
// Restart: the markers are read from the block store, then the first step
// corrects them from L1 (steps 1–2) before sending anything.
//
// # Follower (L1 → ledger)
//
// One goroutine; each step:
//
//  1. read the L1 head (its timestamp is the sequencer's clock) and process
//     the blocks after the cursor up to head − confirmations, in ranges of
//     at most maxLogRange: never an event less than `confirmations` deep,
//     so a reorg shallower than that changes nothing the follower used;
//  2. per range: check each OperationAppended's opsHash against the hash
//     chain of the events before it (from operation 0, or from the first
//     one read after a restart; the contract checks the sequencer's own
//     chain at every commit), skip those below NextOpIndex (already
//     applied), hand the rest to
//     Sequencer.ApplyOps in index order (appended to the accept log, which
//     the sequencer's restart replays); remember ExitStarted and
//     ProofRequested events;
//  3. then save the cursor (last L1 block processed, and NextOpIndex)
//     with write, fsync, rename and a directory fsync;
//  4. challenge, answer and finalize: each re-reads the contract (open
//     exit, spent floor, request status, queue head) and dry-runs before
//     sending, so repeating an action after a restart or a lost receipt is
//     harmless; an exit or request leaves the follower's memory only when
//     the contract shows it closed or answered.
//
// ApplyOps returns only once its operations are in the accept log on
// disk, so a saved cursor never runs ahead of the operations the sequencer
// recovers. Restart still trusts the cursor only if the recovered
// NextOpIndex is at least the one saved with it (a datadir restored from an
// older copy, say); otherwise the follower reads again from the deployment
// block. Either way every operation reaches the sequencer
// exactly once, in order (replayed ones are skipped by index). The exits
// and requests the follower remembers live in memory: the first sync after
// a restart recalls every ExitStarted and ProofRequested up to the cursor
// before reading on, so none started before a crash goes unchallenged or
// unanswered. The Service completes the first sync before the publisher
// starts, so no block is committed without the confirmed operations L1
// already has.
//
// The newest-spend index used for challenges covers only blocks whose
// commit is `confirmations` deep (the finalized marker): a shallower L1
// reorg can undo a commit, and the block may then be re-sealed with other
// contents, so a merely committed block is not evidence the follower keeps.
// A challenge re-reads its block and checks the indexed transfer is still
// there before sending; if not, the index is rebuilt. The index lives in
// memory and is rebuilt from block 1 after a restart.
//
// # Metrics
//
// With ServiceConfig.Registerer set, the service registers (metrics.go):
// plasma_sequencer_* — transfers accepted, sealed and dropped, blocks,
// leaf writes and seconds spent in each seal phase, latest block, pending
// transfers, next operation — read from the sequencer's own counters at
// scrape time; plasma_publisher_* — published, committed and finalized
// block, commit transactions, blocks per commit, re-seals, heartbeats,
// errors; plasma_follower_* — L1 head and processed block, operations
// applied, exits and proof requests seen, challenges, answers, finalize
// calls, errors by stage, time of the last sync; plasma_l1_* — every
// transaction sent, by method and result, fee bumps, gas used and wei paid.
//
// # Choices
//
//   - A resubmitted transfer (same digest) that is accepted or sealed gets
//     its hash back (idempotent: a client retrying after a timeout is told
//     it succeeded); one that was dropped is refused with ECONFLICT, so that
//     a restart can never revive a transfer the user was told was dropped.
//   - Locks are replay state: lock counts from L1 operations, stored with
//     each block that changes them.
//   - Block timestamps come from the Clock (newest L1 block), never the
//     operator's own clock.
//   - Reads of the latest stored version go through a leaf cache (leafcache.go:
//     a map of plain arrays, which the garbage collector does not scan,
//     bounded by SequencerConfig.LeafCacheSize) instead of walking the tree:
//     the sender's leaf is read before taking the lock, and the sealer reads
//     the recipients' old values from it. It holds only values of the current
//     base: the sealer replaces the leaves it wrote while it installs the new
//     base and bumps the base generation, under the cache's lock; a read that
//     missed is added only if the generation it was read under is still
//     current; a rewind empties it. One `plasmad bench` at 1,000,000
//     accounts: CPU per transfer 474 µs without, 293 µs with it, and the
//     accept path's read at the p99 from seconds to 0.1 ms.
package operator
