// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IAVLVerifier} from "./IAVLVerifier.sol";

/// @title PlasmaChain: the L1 contract of AVL Plasma (PROTOCOL.md §4–§9).
/// @notice Holds the funds, records block commitments, keeps the L1
/// operations queue and runs the exit game. Not upgradeable.
/// @dev Storage is packed for gas. One slot of global counters, read and
/// written once per transaction. One hash per block (header and
/// committedAt; callers pass them back). The operations queue keeps its
/// running hash and append times in rings over the last opsRing operations
/// (commits only need cursors in that window; reused slots are cheap
/// writes). Per leaf: slot 0 (open exit id, nonce, cursor, deposit count,
/// flags; written by deposits too), slot 1 (the exit's proven balance and
/// spent, 128 bits each, else kept wide; reserved non-zero by the first
/// deposit), slot 2 (exited nonce, debit count), and prefix sums of its
/// deposits and debits (opIndex << 216 | cumulative amount) for O(log n)
/// pending sums. One slot per queued exit in a per-token binary heap whose
/// entries are exitId << 160 | owner, with exitId = exitableAt − deployTime
/// (32 bits) ‖ block (32) ‖ sequence (32): ordering entries by value orders
/// exits by (exitableAt, block, exitId) as §6 asks, and a replaced exit's
/// entry is a tombstone because its id no longer matches the leaf's.
contract PlasmaChain is ReentrancyGuard {
    using SafeERC20 for IERC20;

    // ───────────────────────────── ABI types ─────────────────────────────

    struct Header {
        uint64 number;
        bytes32 stateRoot;
        bytes32 txRoot;
        uint64 opsCursor;
        bytes32 opsHash;
        uint64 timestamp;
    }

    struct Transfer {
        address from;
        address to;
        address token;
        uint256 amount;
        uint64 nonce;
        uint256 fee;
        uint256 spent;
        uint64 deadline;
    }

    struct Leaf {
        uint256 balance;
        uint64 nonce;
        uint256 spent;
    }

    /// Every deployment parameter (PROTOCOL §4, §6, §8).
    struct Config {
        address operator;
        uint64 challengePeriod;
        uint256 exitBond;
        uint256 challengeReward;
        uint256 minRequestBond;
        uint64 answerGas;
        uint64 responseWindow;
        uint64 requestMaxAge;
        uint64 maxCommitGap;
        uint64 opsTimeout;
        uint64 maxSealLag;
        uint64 opsRing;
    }

    // ───────────────────────────── constants ─────────────────────────────

    address internal constant ETH = address(0);
    uint64 internal constant MAX_NONCE = uint64(1) << 63;
    /// Longest challenge period the 32-bit relative times allow with room to spare.
    uint64 internal constant MAX_PERIOD = 365 days;

    uint8 internal constant OP_DEPOSIT = 1;
    uint8 internal constant OP_UNLOCK_DEBIT = 2;
    uint8 internal constant OP_LOCK = 3;

    uint8 public constant FREEZE_COMMIT_GAP = 1;
    uint8 public constant FREEZE_OPS_TIMEOUT = 2;
    uint8 public constant FREEZE_REQUEST = 3;

    uint8 internal constant REQ_OPEN = 1;
    uint8 internal constant REQ_ANSWERED = 2;
    uint8 internal constant REQ_RECLAIMED = 3;

    uint8 internal constant FLAG_EXECUTOR_BOND = 1; // the bond was paid by an executor (startExitFor)
    uint8 internal constant FLAG_WIDE = 2; // proven amounts do not fit 128 bits: kept in _wide

    uint256 internal constant CUM_BITS = 216;
    uint256 internal constant CUM_MASK = (uint256(1) << CUM_BITS) - 1;
    uint256 internal constant FLOOR_WIDE = type(uint144).max;
    uint256 internal constant HEAP_MARK = uint256(1) << 255; // keeps the size slot non-zero
    uint256 internal constant U32 = 0xffffffff;


    bytes32 internal constant EMPTY_ROOT = sha256("");
    bytes32 internal constant TRANSFER_TYPEHASH = keccak256(
        "Transfer(address from,address to,address token,uint256 amount,uint64 nonce,uint256 fee,uint256 spent,uint64 deadline)"
    );
    /// EIP-712 domain: name "AVL Plasma", version "1", chainId, this contract.
    /// Kept here rather than through OpenZeppelin's EIP712 (whose ERC-5267
    /// view does not fit the code size limit); same separator.
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("AVL Plasma");
    bytes32 internal constant VERSION_HASH = keccak256("1");
    bytes32 internal constant AUTH_TYPEHASH =
        keccak256("ExitAuthorization(address owner,address token,address executor,uint64 deadline)");

    // ───────────────────────────── parameters ────────────────────────────

    address public immutable operator;
    uint64 public immutable challengePeriod;
    uint256 public immutable exitBond;
    uint256 public immutable challengeReward;
    uint256 public immutable minRequestBond;
    uint64 public immutable answerGas;
    uint64 public immutable responseWindow;
    uint64 public immutable requestMaxAge;
    uint64 public immutable maxCommitGap;
    uint64 public immutable opsTimeout;
    uint64 public immutable maxSealLag;
    /// Operations whose hash and time the contract keeps (a power of two):
    /// far more than can be appended between an operator's sealing and its
    /// commit.
    uint256 public immutable opsRing;
    bytes32 internal immutable _cachedSeparator;
    uint256 internal immutable _cachedChainId;
    /// Deployment time; op times and exitableAt are stored relative to it in 32 bits.
    uint64 public immutable deployTime;

    // ───────────────────────────── storage ───────────────────────────────

    /// Global counters, one slot: read and written once per transaction.
    /// Widths: 2^40 operations would take over 10^16 gas; blocks and exits
    /// are capped at 2^32 with an explicit revert (136 years of one block a
    /// second); times are 40-bit seconds.
    struct Global {
        uint40 opsCount;
        uint32 lastBlock;
        uint40 committedCursor;
        uint40 lastCommittedAt;
        uint40 lastTimestamp;
        uint32 exitSeq;
        bool frozen;
    }

    /// Per (owner, token). Slot 0 is written by deposits too, so a
    /// depositor's first exit finds it warm-priced (non-zero).
    struct LeafState {
        // slot 0
        uint96 openExitId; // 0: no open exit
        uint64 exitNonce;
        uint40 exitCursor;
        uint48 depCount;
        uint8 flags;
        // slot 1
        uint128 exitBalance;
        uint128 exitSpent;
        // slot 2
        uint64 exitedNonce;
        uint48 debCount;
        uint144 floor; // spentFloor, or FLOOR_WIDE: kept in _wideFloor
    }

    struct Request {
        address requester;
        uint40 deadline;
        uint32 blockNumber;
        uint8 status;
        address owner;
        uint96 bond;
        address token;
        bytes32 stateRoot;
    }

    Global internal _g;
    uint256 public requestCount;

    /// keccak256(abi.encode(header, committedAt)) per block number.
    mapping(uint256 => bytes32) public blockHashes;
    /// Ring of the running ops hash: position i % opsRing holds the hash
    /// after the first i operations, for the last opsRing of them (commits
    /// only ever need a cursor in that window). Reusing slots makes every
    /// append a non-zero-to-non-zero write once the ring has gone round (or
    /// its slots were reserved with reserveOps).
    mapping(uint256 => bytes32) internal _opsRing;
    /// Append times (seconds since deployTime), eight 32-bit fields per slot,
    /// a ring over the same window.
    mapping(uint256 => uint256) internal _opTimes;

    mapping(address => uint256) public liabilities;
    mapping(address => mapping(address => uint256)) public withdrawable;
    mapping(address => mapping(address => uint256)) internal _wideFloor;

    mapping(address => mapping(address => LeafState)) internal _leaves;
    /// Prefix sums of a leaf's deposits and debits: entry = opIndex << 216 | cumulative amount.
    mapping(address => mapping(address => mapping(uint256 => uint256))) internal _deposits;
    mapping(address => mapping(address => mapping(uint256 => uint256))) internal _debits;
    mapping(address => mapping(address => uint256[2])) internal _wide;
    mapping(address => mapping(address => address)) internal _challenger;
    mapping(address => mapping(address => address)) internal _bondPayer;

    mapping(address => uint256) internal _heapMeta;
    mapping(address => mapping(uint256 => uint256)) internal _heap;

    mapping(bytes32 => bool) public usedAuthorizations;
    mapping(uint256 => Request) public requests;
    /// keccak256(abi.encode(owner, token, blockNumber)) → open request id.
    mapping(bytes32 => uint256) public openRequest;

    // ───────────────────────────── events ────────────────────────────────

    event OperationAppended(
        uint64 indexed index,
        uint8 kind,
        address indexed owner,
        address indexed token,
        uint256 amount,
        uint64 nonce,
        bytes32 opsHash
    );
    event Deposited(address indexed owner, address indexed token, uint256 amount, uint64 opIndex);
    event BlockCommitted(
        uint64 indexed number,
        bytes32 stateRoot,
        bytes32 txRoot,
        uint64 opsCursor,
        bytes32 opsHash,
        uint64 timestamp,
        uint64 committedAt
    );
    event ExitStarted(
        uint256 indexed exitId,
        address indexed owner,
        address indexed token,
        uint64 blockNumber,
        Leaf leaf,
        uint256 amount,
        uint64 exitableAt,
        address bondPayer
    );
    event ExitReplaced(uint256 indexed oldExitId, uint256 indexed newExitId, address indexed owner, address token);
    event ExitChallenged(
        uint256 indexed exitId,
        address indexed challenger,
        bytes32 transferHash,
        uint64 spendBlock,
        uint256 spentFloor
    );
    event ExitFinalized(uint256 indexed exitId, address indexed owner, address indexed token, uint256 paid, uint64 nonce);
    event ProofRequested(
        uint256 indexed requestId,
        address indexed owner,
        address indexed token,
        uint64 blockNumber,
        address requester,
        uint256 bond,
        uint64 deadline
    );
    event ProofAnswered(
        uint256 indexed requestId,
        address indexed owner,
        address indexed token,
        uint64 blockNumber,
        uint256 balance,
        uint64 nonce,
        uint256 spent,
        bytes proof
    );
    event RequestBondReclaimed(uint256 indexed requestId, address indexed requester, uint256 bond);
    event Frozen(uint8 reason, uint256 id);
    event Withdrawn(address indexed owner, address indexed token, uint256 amount);

    // ───────────────────────────── errors ────────────────────────────────

    error InvalidConfig(string field);
    error ChainFrozen();
    error NotOperator();
    error ZeroAmount();
    error TokenHasNoCode();
    error NothingReceived();
    error DepositTooLarge();
    error NoHeaders();
    error NonConsecutive(uint64 expected, uint64 got);
    error CursorBackwards();
    error CursorBeyondOps();
    error OpsHashMismatch();
    error TimestampBackwards();
    error TimestampAhead();
    error TimestampTooOld();
    error OpUncovered(uint256 index);
    error TooManyBlocks();
    error HeaderMismatch();
    error NonceTooLarge();
    error NonceExited();
    error InvalidProof();
    error ExitAmountZero();
    error WrongBond();
    error ExitAlreadyOpen();
    error TooManyExits();
    error AuthorizationExpired();
    error AuthorizationUsed();
    error BadSignature();
    error ExitNotOpen();
    error ExitMatured();
    error SpendNotLater();
    error TransferExpired();
    error SpentNotAbove();
    error NotIncluded();
    error NothingToWithdraw();
    error WithdrawFailed();
    error RequestBondTooLow(uint256 required);
    error BlockTooOld();
    error RequestAlreadyOpen();
    error UnknownRequest();
    error RequestAnswered();
    error RequestNotOpen();
    error NotFrozen();
    error BadFreezeReason();
    error FreezeNotDue();
    error LengthMismatch();
    error OutOfWindow();

    // ───────────────────────────── construction ──────────────────────────

    constructor(Config memory c) {
        if (c.operator == address(0)) revert InvalidConfig("operator");
        if (c.challengePeriod == 0 || c.challengePeriod > MAX_PERIOD) revert InvalidConfig("challengePeriod");
        if (c.challengeReward > c.exitBond) revert InvalidConfig("challengeReward");
        if (c.minRequestBond == 0) revert InvalidConfig("minRequestBond");
        if (c.answerGas == 0) revert InvalidConfig("answerGas");
        if (c.responseWindow == 0 || c.responseWindow > c.challengePeriod / 2) revert InvalidConfig("responseWindow");
        if (c.opsTimeout == 0 || c.opsTimeout > c.challengePeriod / 2) revert InvalidConfig("opsTimeout");
        if (c.maxSealLag == 0 || c.maxSealLag > c.challengePeriod) revert InvalidConfig("maxSealLag");
        if (c.maxCommitGap == 0 || c.maxCommitGap > c.requestMaxAge) revert InvalidConfig("maxCommitGap");
        if (c.requestMaxAge > 4 * uint256(c.challengePeriod)) revert InvalidConfig("requestMaxAge");
        if (c.opsRing < 8 || c.opsRing > 1 << 32 || c.opsRing & (c.opsRing - 1) != 0) revert InvalidConfig("opsRing");

        operator = c.operator;
        challengePeriod = c.challengePeriod;
        exitBond = c.exitBond;
        challengeReward = c.challengeReward;
        minRequestBond = c.minRequestBond;
        answerGas = c.answerGas;
        responseWindow = c.responseWindow;
        requestMaxAge = c.requestMaxAge;
        maxCommitGap = c.maxCommitGap;
        opsTimeout = c.opsTimeout;
        maxSealLag = c.maxSealLag;
        opsRing = c.opsRing;
        uint64 now_ = uint64(block.timestamp);
        deployTime = now_;
        _cachedChainId = block.chainid;
        _cachedSeparator = _buildSeparator();

        // Block 0: the empty tree, committed at deployment.
        Header memory h = Header(0, EMPTY_ROOT, bytes32(0), 0, bytes32(0), now_);
        blockHashes[0] = keccak256(abi.encode(h, now_));
        _g = Global(0, 0, 0, uint40(now_), uint40(now_), 0, false);
        emit BlockCommitted(0, EMPTY_ROOT, bytes32(0), 0, bytes32(0), now_, now_);
    }

    // ───────────────────────────── views ─────────────────────────────────

    function lastBlock() external view returns (uint64) {
        return _g.lastBlock;
    }

    function opsCount() external view returns (uint64) {
        return _g.opsCount;
    }

    function frozen() external view returns (bool) {
        return _g.frozen;
    }

    /// opsCursor of the newest committed block.
    function committedCursor() external view returns (uint64) {
        return _g.committedCursor;
    }

    /// L1 time of the newest commit and timestamp of the newest block.
    function lastCommit() external view returns (uint64 committedAt, uint64 timestamp) {
        return (_g.lastCommittedAt, _g.lastTimestamp);
    }

    /// The highest spent ever proven on L1 by a challenge (§6).
    function spentFloor(address owner, address token) external view returns (uint256) {
        return _floor(_leaves[owner][token], owner, token);
    }

    function _floor(LeafState storage ls, address owner, address token) internal view returns (uint256) {
        uint256 f = ls.floor;
        return f == FLOOR_WIDE ? _wideFloor[owner][token] : f;
    }

    function _setFloor(LeafState storage ls, address owner, address token, uint256 v) internal {
        if (v >= FLOOR_WIDE) {
            ls.floor = uint144(FLOOR_WIDE);
            _wideFloor[owner][token] = v;
        } else {
            ls.floor = uint144(v);
        }
    }

    function exitedNonce(address owner, address token) external view returns (uint64) {
        return _leaves[owner][token].exitedNonce;
    }

    /// Running ops hash after the first `index` operations, for index in
    /// the window (opsCount − opsRing, opsCount].
    function opsHashAt(uint256 index) external view returns (bytes32) {
        uint256 n = _g.opsCount;
        if (index > n || index + opsRing <= n) revert OutOfWindow();
        return index == 0 ? bytes32(0) : _opsRing[index & (opsRing - 1)];
    }

    /// Time operation `index` was appended, for index in the window
    /// [opsCount − opsRing, opsCount).
    function opTime(uint256 index) external view returns (uint64) {
        uint256 n = _g.opsCount;
        if (index >= n || index + opsRing < n) revert OutOfWindow();
        return _opTime(index);
    }

    function _opTime(uint256 index) internal view returns (uint64) {
        return deployTime + uint64((_opTimes[(index >> 3) & (opsRing / 8 - 1)] >> ((index & 7) * 32)) & U32);
    }

    /// Makes the next `count` ring positions non-zero ahead of use, so that
    /// operations appended there pay the non-zero write price even before
    /// the ring has gone round once. Anyone may pay for it; it changes no
    /// state that matters.
    function reserveOps(uint256 count) external {
        uint256 first = uint256(_g.opsCount) + 1;
        if (count > opsRing) count = opsRing;
        for (uint256 i = first; i < first + count; ++i) {
            uint256 pos = i & (opsRing - 1);
            if (_opsRing[pos] == 0) _opsRing[pos] = bytes32(uint256(1));
            // The time of operation i − 1; a placeholder bit, every field is
            // written before it is read.
            uint256 t = ((i - 1) >> 3) & (opsRing / 8 - 1);
            if (_opTimes[t] == 0) _opTimes[t] = 1 << 255;
        }
    }

    /// The bond requestProof asks for now.
    function requestBond() public view returns (uint256) {
        uint256 b = 2 * uint256(answerGas) * block.basefee;
        return b > minRequestBond ? b : minRequestBond;
    }

    /// exitableAt of an exit, decoded from its id.
    function exitableAtOf(uint256 exitId) public view returns (uint64) {
        return deployTime + uint64(exitId >> 64);
    }

    /// The open exit of (owner, token), if any, and what it would pay if finalized now.
    function openExit(address owner, address token)
        external
        view
        returns (
            uint256 exitId,
            uint64 nonce,
            uint64 opsCursor,
            uint256 balance,
            uint256 spent,
            uint256 amount,
            address bondPayer,
            address challenger
        )
    {
        LeafState storage ls = _leaves[owner][token];
        exitId = ls.openExitId;
        if (exitId == 0) return (0, 0, 0, 0, 0, 0, address(0), address(0));
        nonce = ls.exitNonce;
        opsCursor = ls.exitCursor;
        (balance, spent) = _provenAmounts(ls, owner, token);
        amount = _exitAmount(owner, token, ls, opsCursor, balance, spent);
        bondPayer = ls.flags & FLAG_EXECUTOR_BOND != 0 ? _bondPayer[owner][token] : owner;
        challenger = _challenger[owner][token];
    }

    /// Number of entries (open exits and tombstones) in a token's exit queue.
    function queueLength(address token) external view returns (uint256) {
        return _heapMeta[token] & ~HEAP_MARK;
    }

    /// The head of a token's exit queue (exitId 0 when empty).
    function queueHead(address token) external view returns (uint256 exitId, address owner) {
        if (_heapMeta[token] & ~HEAP_MARK == 0) return (0, address(0));
        uint256 top = _heap[token][1];
        return (top >> 160, address(uint160(top)));
    }

    function _buildSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    /// The separator of the chain this runs on (recomputed after a fork
    /// changes the chain id, so signatures never replay across it).
    function _domainSeparator() internal view returns (bytes32) {
        return block.chainid == _cachedChainId ? _cachedSeparator : _buildSeparator();
    }

    function _hashTypedDataV4(bytes32 structHash) internal view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(_domainSeparator(), structHash);
    }

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator();
    }

    function transferDigest(Transfer calldata t) external view returns (bytes32) {
        return _hashTypedDataV4(_transferStructHash(t));
    }

    function exitAuthorizationDigest(address owner, address token, address executor, uint64 deadline)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(AUTH_TYPEHASH, owner, token, executor, deadline)));
    }

    // ───────────────────────────── §5 deposits ───────────────────────────

    function deposit() external payable {
        _deposit(msg.sender, ETH, msg.value);
    }

    /// Credits what arrived (balance difference), so fee-on-transfer tokens
    /// cannot credit more than the contract holds.
    function depositToken(address token, uint256 amount) external nonReentrant {
        if (_g.frozen) revert ChainFrozen();
        if (amount == 0) revert ZeroAmount();
        if (token.code.length == 0) revert TokenHasNoCode();
        IERC20 t = IERC20(token);
        uint256 before = t.balanceOf(address(this));
        t.safeTransferFrom(msg.sender, address(this), amount);
        uint256 afterBal = t.balanceOf(address(this));
        if (afterBal <= before) revert NothingReceived();
        _deposit(msg.sender, token, afterBal - before);
    }

    function _deposit(address owner, address token, uint256 amount) internal {
        if (_g.frozen) revert ChainFrozen();
        if (amount == 0) revert ZeroAmount();
        liabilities[token] += amount;
        uint64 index = _appendOp(OP_DEPOSIT, owner, token, amount, 0);
        LeafState storage ls = _leaves[owner][token];
        uint256 n = ls.depCount;
        // A leaf's first deposit reserves its exit-amounts slot (a non-zero
        // placeholder read only while an exit is open), so the exit, the
        // time-critical transaction, writes it at the non-zero price.
        if (n == 0 && ls.openExitId == 0 && ls.exitSpent == 0 && ls.exitBalance == 0) ls.exitSpent = 1;
        uint256 cum = amount;
        if (n != 0) cum += _deposits[owner][token][n - 1] & CUM_MASK;
        if (cum > CUM_MASK) revert DepositTooLarge();
        _deposits[owner][token][n] = (uint256(index) << CUM_BITS) | cum;
        ls.depCount = uint48(n + 1);
        emit Deposited(owner, token, amount, index);
    }

    /// Appends to the operations queue: hash chain, time, event. Never reverts
    /// (the counters cannot reach their widths: see Global).
    function _appendOp(uint8 kind, address owner, address token, uint256 amount, uint64 nonce)
        internal
        returns (uint64 index)
    {
        index = _g.opsCount;
        bytes32 prev = index == 0 ? bytes32(0) : _opsRing[index & (opsRing - 1)];
        bytes32 h = keccak256(abi.encode(prev, kind, owner, token, amount, nonce));
        _opsRing[(index + 1) & (opsRing - 1)] = h;
        uint256 rel = block.timestamp - deployTime;
        if (rel > U32) rel = U32;
        uint256 t = (index >> 3) & (opsRing / 8 - 1);
        uint256 shift = (index & 7) * 32;
        _opTimes[t] = (_opTimes[t] & ~(U32 << shift)) | (rel << shift);
        _g.opsCount = uint40(index + 1);
        emit OperationAppended(index, kind, owner, token, amount, nonce, h);
    }

    // ───────────────────────────── §4 commits ────────────────────────────

    function commitBlocks(Header[] calldata headers) external {
        if (msg.sender != operator) revert NotOperator();
        // The global slot by hand (Global's layout, low bits first): the
        // hottest path reads and writes it once without unpacking it all.
        uint256 w;
        assembly ("memory-safe") {
            w := sload(_g.slot)
        }
        if ((w >> 224) & 0xff != 0) revert ChainFrozen();
        uint256 n = headers.length;
        if (n == 0) revert NoHeaders();
        uint64 now_ = uint64(block.timestamp);
        uint256 opsCount_ = w & 0xffffffffff;
        uint256 lastBlock_ = (w >> 40) & U32;
        uint256 cursor_ = (w >> 72) & 0xffffffffff;
        uint256 ts_ = (w >> 152) & 0xffffffffff;
        // Cursors and op times only grow, so if the first header covers every
        // operation older than opsTimeout, so do the others.
        uint256 c0 = headers[0].opsCursor;
        if (c0 + opsRing <= opsCount_) revert OutOfWindow();
        if (c0 < opsCount_ && uint256(_opTime(c0)) + opsTimeout < now_) revert OpUncovered(c0);
        bytes32 committedTopic = BlockCommitted.selector;
        for (uint256 i = 0; i < n; ++i) {
            Header calldata h = headers[i];
            uint64 expected = uint64(lastBlock_) + 1;
            if (h.number != expected) revert NonConsecutive(expected, h.number);
            if (expected > U32) revert TooManyBlocks();
            uint64 cursor = h.opsCursor;
            if (cursor < cursor_) revert CursorBackwards();
            if (cursor > opsCount_) revert CursorBeyondOps();
            if (h.opsHash != (cursor == 0 ? bytes32(0) : _opsRing[cursor & (opsRing - 1)])) revert OpsHashMismatch();
            uint64 ts = h.timestamp;
            if (ts < ts_) revert TimestampBackwards();
            if (ts > now_) revert TimestampAhead();
            if (uint256(ts) + maxSealLag < now_) revert TimestampTooOld();
            blockHashes[expected] = _headerHash(h, now_);
            // emit BlockCommitted(expected, stateRoot, txRoot, cursor, opsHash, ts, now_):
            // the five words after `number` as they sit in calldata (each
            // range-checked above), then committedAt.
            assembly ("memory-safe") {
                let m := mload(0x40)
                calldatacopy(m, add(h, 0x20), 0xa0)
                mstore(add(m, 0xa0), now_)
                log2(m, 0xc0, committedTopic, expected)
            }
            lastBlock_ = expected;
            cursor_ = cursor;
            ts_ = ts;
        }
        // Keep opsCount, exitSeq and frozen; set lastBlock, committedCursor,
        // lastCommittedAt and lastTimestamp (bits 40..192).
        w = (w & ~(((uint256(1) << 152) - 1) << 40)) | (lastBlock_ << 40) | (cursor_ << 72)
            | (uint256(now_) << 112) | (ts_ << 152);
        assembly ("memory-safe") {
            sstore(_g.slot, w)
        }
    }

    function _checkHeader(Header calldata h, uint64 committedAt) internal view {
        if (blockHashes[h.number] != _headerHash(h, committedAt)) revert HeaderMismatch();
    }

    /// keccak256(abi.encode(h, committedAt)): Header is static, so its ABI
    /// encoding is its six words as they sit in calldata. commitBlocks reads
    /// (so range-checks) every field before hashing; a header passed back
    /// with dirty high bits hashes unlike every stored one and fails.
    function _headerHash(Header calldata h, uint64 committedAt) internal pure returns (bytes32 r) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, h, 0xc0)
            mstore(add(m, 0xc0), committedAt)
            r := keccak256(m, 0xe0)
        }
    }

    // ───────────────────────────── §6 exits ──────────────────────────────

    function startExit(Header calldata header, uint64 committedAt, address token, Leaf calldata leaf, bytes calldata proof)
        external
        payable
    {
        if (leaf.nonce >= MAX_NONCE) revert NonceTooLarge();
        _checkHeader(header, committedAt);
        _verifyLeaf(header.stateRoot, msg.sender, token, leaf, proof);
        _startExit(msg.sender, msg.sender, header, committedAt, token, leaf);
    }

    function startExitFor(
        address owner,
        Header calldata header,
        uint64 committedAt,
        address token,
        Leaf calldata leaf,
        bytes calldata proof,
        uint64 authDeadline,
        bytes calldata authSignature
    ) external payable {
        if (leaf.nonce >= MAX_NONCE) revert NonceTooLarge();
        _useAuthorization(owner, token, authDeadline, authSignature);
        _checkHeader(header, committedAt);
        _verifyLeaf(header.stateRoot, owner, token, leaf, proof);
        _startExit(owner, msg.sender, header, committedAt, token, leaf);
    }

    function _useAuthorization(address owner, address token, uint64 deadline, bytes calldata sig) internal {
        if (block.timestamp > deadline) revert AuthorizationExpired();
        bytes32 digest = exitAuthorizationDigest(owner, token, msg.sender, deadline);
        if (usedAuthorizations[digest]) revert AuthorizationUsed();
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig);
        if (err != ECDSA.RecoverError.NoError || signer != owner) revert BadSignature();
        usedAuthorizations[digest] = true;
    }

    /// payer == owner: the owner's own exit, which may replace an open one.
    function _startExit(
        address owner,
        address payer,
        Header calldata header,
        uint64 committedAt,
        address token,
        Leaf calldata leaf
    ) internal {
        uint64 nonce = leaf.nonce;
        LeafState storage ls = _leaves[owner][token];
        if (nonce < ls.exitedNonce) revert NonceExited();
        uint256 oldId = ls.openExitId;
        if (oldId != 0) {
            if (payer != owner) revert ExitAlreadyOpen();
            if (msg.value != 0) revert WrongBond(); // the open exit's bond moves over
        } else if (msg.value != exitBond) {
            revert WrongBond();
        }
        uint256 amount = _exitAmount(owner, token, ls, header.opsCursor, leaf.balance, leaf.spent);
        if (amount == 0) revert ExitAmountZero();

        uint256 id;
        {
            uint256 ea = uint256(committedAt) + 2 * uint256(challengePeriod);
            uint256 late = block.timestamp + challengePeriod;
            if (late > ea) ea = late;
            uint256 seq = uint256(_g.exitSeq) + 1;
            if (seq > U32 || ea - deployTime > U32) revert TooManyExits();
            _g.exitSeq = uint32(seq);
            id = ((ea - deployTime) << 64) | (uint256(header.number) << 32) | seq;
        }

        uint8 flags = ls.flags & FLAG_EXECUTOR_BOND;
        if (oldId != 0) {
            _appendOp(OP_UNLOCK_DEBIT, owner, token, 0, ls.exitNonce);
            emit ExitReplaced(oldId, id, owner, token);
        } else if (payer != owner) {
            flags = FLAG_EXECUTOR_BOND;
            _bondPayer[owner][token] = payer;
        }
        if (leaf.balance >> 128 != 0 || leaf.spent >> 128 != 0) {
            flags |= FLAG_WIDE;
            _wide[owner][token] = [leaf.balance, leaf.spent];
        } else {
            uint256 amounts = leaf.balance | (leaf.spent << 128); // exitBalance, exitSpent
            assembly ("memory-safe") {
                sstore(add(ls.slot, 1), amounts)
            }
        }
        // Slot 0 in one write: openExitId, exitNonce, exitCursor, the
        // deposit count kept, flags (LeafState's layout, low bits first).
        uint256 cursor = header.opsCursor;
        assembly ("memory-safe") {
            let keep := and(sload(ls.slot), shl(200, 0xffffffffffff))
            sstore(ls.slot, or(or(or(id, shl(96, nonce)), or(shl(160, cursor), keep)), shl(248, flags)))
        }

        _heapPush(token, (id << 160) | uint160(owner));
        _appendOp(OP_LOCK, owner, token, 0, nonce);
        _emitExitStarted(id, owner, token, header.number, leaf, amount, flags);
    }

    function _emitExitStarted(
        uint256 id,
        address owner,
        address token,
        uint64 blockNumber,
        Leaf calldata leaf,
        uint256 amount,
        uint8 flags
    ) internal {
        address payer = flags & FLAG_EXECUTOR_BOND != 0 ? _bondPayer[owner][token] : owner;
        emit ExitStarted(
            id, owner, token, blockNumber, leaf, amount, exitableAtOf(id), payer
        );
    }

    /// Membership of the 72-byte leaf value, or — for a zero leaf whose proof
    /// does not start like a packed membership proof — non-membership.
    function _verifyLeaf(bytes32 root, address owner, address token, Leaf calldata leaf, bytes calldata proof)
        internal
        pure
    {
        bytes memory key = abi.encodePacked(uint8(1), owner, token);
        bool ok;
        if (leaf.balance == 0 && leaf.nonce == 0 && leaf.spent == 0 && (proof.length == 0 || proof[0] == 0)) {
            ok = IAVLVerifier.verifyAbsentEncoded(root, key, proof);
        } else {
            ok = IAVLVerifier.verify(root, key, abi.encodePacked(leaf.balance, leaf.nonce, leaf.spent), proof);
        }
        if (!ok) revert InvalidProof();
    }

    /// balance + pendingDeposits − pendingDebits − max(0, spentFloor − spent),
    /// saturating at 0; pending = this leaf's operations with index ≥ cursor.
    function _exitAmount(
        address owner,
        address token,
        LeafState storage ls,
        uint256 cursor,
        uint256 balance,
        uint256 spent
    ) internal view returns (uint256) {
        uint256 plus = _satAdd(balance, _pending(_deposits[owner][token], ls.depCount, cursor));
        uint256 floor = _floor(ls, owner, token);
        uint256 minus = _pending(_debits[owner][token], ls.debCount, cursor);
        if (floor > spent) minus = _satAdd(minus, floor - spent);
        return plus > minus ? plus - minus : 0;
    }

    /// Sum of the entries with opIndex ≥ cursor, by binary search over the prefix sums.
    function _pending(mapping(uint256 => uint256) storage arr, uint256 count, uint256 cursor)
        internal
        view
        returns (uint256)
    {
        if (count == 0) return 0;
        uint256 last = arr[count - 1];
        if ((last >> CUM_BITS) < cursor) return 0;
        uint256 lo = 0;
        uint256 hi = count - 1; // arr[hi] has opIndex ≥ cursor
        while (lo < hi) {
            uint256 mid = (lo + hi) >> 1;
            if ((arr[mid] >> CUM_BITS) < cursor) lo = mid + 1;
            else hi = mid;
        }
        uint256 before = lo == 0 ? 0 : arr[lo - 1] & CUM_MASK;
        return (last & CUM_MASK) - before;
    }

    function _provenAmounts(LeafState storage ls, address owner, address token)
        internal
        view
        returns (uint256 balance, uint256 spent)
    {
        if (ls.flags & FLAG_WIDE != 0) {
            uint256[2] storage w = _wide[owner][token];
            return (w[0], w[1]);
        }
        return (ls.exitBalance, ls.exitSpent);
    }

    function challengeExit(
        uint256 exitId,
        Transfer calldata t,
        bytes calldata signature,
        Header calldata spendHeader,
        uint64 committedAt,
        bytes32[] calldata txProof
    ) external {
        _checkChallengedExit(exitId, t);
        if (spendHeader.number <= (exitId >> 32) & U32) revert SpendNotLater();
        if (spendHeader.timestamp > t.deadline) revert TransferExpired();
        _checkHeader(spendHeader, committedAt);
        (bytes32 sh, bytes32 digest) = _checkSpendSignature(t, signature);
        if (!MerkleProof.verifyCalldata(txProof, spendHeader.txRoot, keccak256(abi.encodePacked(sh)))) {
            revert NotIncluded();
        }
        _setFloor(_leaves[t.from][t.token], t.from, t.token, t.spent);
        _challenger[t.from][t.token] = msg.sender;
        emit ExitChallenged(exitId, msg.sender, digest, spendHeader.number, t.spent);
    }

    /// The exit is the open exit of the transfer's (from, token), not matured,
    /// and the transfer's spent is above both the floor and the proven spent.
    function _checkChallengedExit(uint256 exitId, Transfer calldata t) internal view {
        address owner = t.from;
        address token = t.token;
        LeafState storage ls = _leaves[owner][token];
        if (exitId == 0 || ls.openExitId != exitId) revert ExitNotOpen();
        if (block.timestamp >= exitableAtOf(exitId)) revert ExitMatured();
        (, uint256 provenSpent) = _provenAmounts(ls, owner, token);
        if (t.spent <= _floor(ls, owner, token) || t.spent <= provenSpent) revert SpentNotAbove();
    }

    function _checkSpendSignature(Transfer calldata t, bytes calldata signature)
        internal
        view
        returns (bytes32 sh, bytes32 digest)
    {
        sh = _transferStructHash(t);
        digest = _hashTypedDataV4(sh);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || signer != t.from) revert BadSignature();
    }

    function _transferStructHash(Transfer calldata t) internal pure returns (bytes32) {
        return keccak256(abi.encode(TRANSFER_TYPEHASH, t));
    }

    /// Pays out up to `max` matured exits of `token`, head first. Never calls
    /// out and never reverts inside the loop. Returns the entries popped.
    function finalizeExits(address token, uint256 max) external returns (uint256 done) {
        uint256 size = _heapMeta[token] & ~HEAP_MARK;
        uint256 now_ = block.timestamp;
        while (done < max && size != 0) {
            uint256 top = _heap[token][1];
            uint256 id = top >> 160;
            if (exitableAtOf(id) > now_) break;
            size = _heapPop(token, size);
            _finalizeOne(address(uint160(top)), token, id);
            unchecked {
                ++done;
            }
        }
        if (done != 0) _heapMeta[token] = HEAP_MARK | size;
    }

    function _finalizeOne(address owner, address token, uint256 id) internal {
        LeafState storage ls = _leaves[owner][token];
        if (ls.openExitId != id) return; // tombstone of a replaced exit: its unlock was appended already
        (uint256 balance, uint256 spent) = _provenAmounts(ls, owner, token);
        uint256 amount = _exitAmount(owner, token, ls, ls.exitCursor, balance, spent);
        uint256 liab = liabilities[token];
        uint256 paid = amount < liab ? amount : liab;
        if (paid != 0) {
            liabilities[token] = liab - paid;
            withdrawable[owner][token] = _satAdd(withdrawable[owner][token], paid);
        }

        _settleBond(owner, token, ls.flags);

        uint64 nonce = ls.exitNonce;
        if (nonce > ls.exitedNonce) ls.exitedNonce = nonce;
        ls.openExitId = 0;
        ls.flags = 0;
        uint64 index = _appendOp(OP_UNLOCK_DEBIT, owner, token, paid, nonce);
        if (paid != 0) _recordDebit(ls, owner, token, index, paid);
        emit ExitFinalized(id, owner, token, paid, nonce);
    }

    /// The bond's challengeReward to the challenger who set the highest floor
    /// (the last one: the floor only rises), the rest to whoever paid it.
    function _settleBond(address owner, address token, uint8 flags) internal {
        uint256 rest = exitBond;
        address ch = _challenger[owner][token];
        if (ch != address(0)) {
            rest -= challengeReward;
            withdrawable[ch][ETH] = _satAdd(withdrawable[ch][ETH], challengeReward);
            delete _challenger[owner][token];
        }
        address payer = owner;
        if (flags & FLAG_EXECUTOR_BOND != 0) {
            payer = _bondPayer[owner][token];
            delete _bondPayer[owner][token];
        }
        if (rest != 0) withdrawable[payer][ETH] = _satAdd(withdrawable[payer][ETH], rest);
    }

    function _recordDebit(LeafState storage ls, address owner, address token, uint64 index, uint256 paid) internal {
        uint256 n = ls.debCount;
        uint256 cum = n == 0 ? paid : _satAdd(_debits[owner][token][n - 1] & CUM_MASK, paid);
        if (cum > CUM_MASK) cum = CUM_MASK;
        _debits[owner][token][n] = (uint256(index) << CUM_BITS) | cum;
        ls.debCount = uint48(n + 1);
    }

    function withdraw(address token) external nonReentrant {
        uint256 amount = withdrawable[msg.sender][token];
        if (amount == 0) revert NothingToWithdraw();
        withdrawable[msg.sender][token] = 0;
        emit Withdrawn(msg.sender, token, amount);
        if (token == ETH) {
            (bool ok,) = msg.sender.call{value: amount}("");
            if (!ok) revert WithdrawFailed();
        } else {
            IERC20(token).safeTransfer(msg.sender, amount);
        }
    }

    // ───────────────────────────── heap ──────────────────────────────────

    /// Popped slots are left dirty, so a later push into them costs a
    /// non-zero-to-non-zero write.
    function _heapPush(address token, uint256 x) internal {
        uint256 i = (_heapMeta[token] & ~HEAP_MARK) + 1;
        _heapMeta[token] = HEAP_MARK | i;
        mapping(uint256 => uint256) storage h = _heap[token];
        while (i > 1) {
            uint256 p = i >> 1;
            uint256 pv = h[p];
            if (pv <= x) break;
            h[i] = pv;
            i = p;
        }
        h[i] = x;
    }

    /// Removes the head; returns the new size (the caller stores it).
    function _heapPop(address token, uint256 size) internal returns (uint256) {
        mapping(uint256 => uint256) storage h = _heap[token];
        uint256 last = h[size];
        --size;
        if (size == 0) return 0;
        uint256 i = 1;
        while (true) {
            uint256 c = i << 1;
            if (c > size) break;
            uint256 cv = h[c];
            if (c < size) {
                uint256 cv2 = h[c + 1];
                if (cv2 < cv) {
                    c++;
                    cv = cv2;
                }
            }
            if (last <= cv) break;
            h[i] = cv;
            i = c;
        }
        h[i] = last;
        return size;
    }

    // ───────────────────────────── §8 requests and freezing ──────────────

    function requestProof(address owner, address token, Header calldata header, uint64 committedAt)
        external
        payable
        returns (uint256 id)
    {
        if (_g.frozen) revert ChainFrozen();
        _checkHeader(header, committedAt);
        if (block.timestamp > uint256(committedAt) + requestMaxAge) revert BlockTooOld();
        uint256 bond = requestBond();
        if (msg.value < bond || msg.value > type(uint96).max) revert RequestBondTooLow(bond);
        bytes32 k = keccak256(abi.encode(owner, token, header.number));
        if (openRequest[k] != 0) revert RequestAlreadyOpen();
        id = ++requestCount;
        openRequest[k] = id;
        uint64 deadline = uint64(block.timestamp) + responseWindow;
        requests[id] = Request(
            msg.sender, uint40(deadline), uint32(header.number), REQ_OPEN, owner, uint96(msg.value), token, header.stateRoot
        );
        emit ProofRequested(id, owner, token, header.number, msg.sender, msg.value, deadline);
    }

    /// Answers a request with the leaf at exactly the requested block. Anyone
    /// may answer (also late, also while frozen); the operator keeps the bond.
    function answerProof(uint256 requestId, Leaf calldata leaf, bytes calldata proof) public {
        Request storage r = requests[requestId];
        uint8 status = r.status;
        if (status == 0) revert UnknownRequest();
        if (status == REQ_ANSWERED) revert RequestAnswered();
        address owner = r.owner;
        address token = r.token;
        _verifyLeaf(r.stateRoot, owner, token, leaf, proof);
        r.status = REQ_ANSWERED;
        if (status == REQ_OPEN) {
            delete openRequest[keccak256(abi.encode(owner, token, uint64(r.blockNumber)))];
            withdrawable[operator][ETH] += r.bond;
        }
        emit ProofAnswered(requestId, owner, token, r.blockNumber, leaf.balance, leaf.nonce, leaf.spent, proof);
    }

    function answerProofs(uint256[] calldata requestIds, Leaf[] calldata leaves, bytes[] calldata proofs) external {
        if (requestIds.length != leaves.length || requestIds.length != proofs.length) revert LengthMismatch();
        for (uint256 i = 0; i < requestIds.length; ++i) {
            answerProof(requestIds[i], leaves[i], proofs[i]);
        }
    }

    /// After a freeze, an unanswered request's bond goes back to its requester.
    function reclaimRequestBond(uint256 requestId) external {
        if (!_g.frozen) revert NotFrozen();
        Request storage r = requests[requestId];
        if (r.status != REQ_OPEN) revert RequestNotOpen();
        r.status = REQ_RECLAIMED;
        delete openRequest[keccak256(abi.encode(r.owner, r.token, uint64(r.blockNumber)))];
        address requester = r.requester;
        uint256 bond = r.bond;
        withdrawable[requester][ETH] += bond;
        emit RequestBondReclaimed(requestId, requester, bond);
    }

    /// Freezes the chain when one trigger of §8 holds, named by `id` so the
    /// check is O(1): FREEZE_COMMIT_GAP (id = a token with liabilities),
    /// FREEZE_OPS_TIMEOUT (id = an uncovered operation index),
    /// FREEZE_REQUEST (id = an unanswered request past its deadline).
    function freeze(uint8 reason, uint256 id) external {
        Global memory g = _g;
        if (g.frozen) revert ChainFrozen();
        uint256 now_ = block.timestamp;
        if (reason == FREEZE_COMMIT_GAP) {
            if (id >> 160 != 0 || liabilities[address(uint160(id))] == 0) revert FreezeNotDue();
            if (now_ <= uint256(g.lastCommittedAt) + maxCommitGap) revert FreezeNotDue();
        } else if (reason == FREEZE_OPS_TIMEOUT) {
            if (id < g.committedCursor || id >= g.opsCount || id + opsRing < g.opsCount) revert FreezeNotDue();
            if (now_ <= uint256(_opTime(id)) + opsTimeout) revert FreezeNotDue();
        } else if (reason == FREEZE_REQUEST) {
            Request storage r = requests[id];
            if (r.status != REQ_OPEN || now_ <= r.deadline) revert FreezeNotDue();
        } else {
            revert BadFreezeReason();
        }
        _g.frozen = true;
        emit Frozen(reason, id);
    }

    // ───────────────────────────── math ──────────────────────────────────

    function _satAdd(uint256 a, uint256 b) internal pure returns (uint256) {
        unchecked {
            uint256 c = a + b;
            return c < a ? type(uint256).max : c;
        }
    }
}
