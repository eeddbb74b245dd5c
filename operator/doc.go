// Package operator runs the operator's side of AVL Plasma: the sequencer
// that orders transfers and L1 operations into blocks, its accept log and
// block store, and (in later files) the root publisher and L1 follower.
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
package operator
