// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAVL membership and non-membership proofs in the packed form of
/// PROTOCOL §7.
/// @notice
///   proof = u8 L ‖ leafPrefix[L] ‖ step*            (steps leaf → root)
///   step  = u8 H ‖ hdr[H] ‖ u8 side ‖ sibling[32]   hdr = zz(height) ‖ zz(size) ‖ zz(version)
///   leaf  = sha256(leafPrefix ‖ uv(len key) ‖ key ‖ 0x20 ‖ sha256(value))
///   side 0: node = sha256(hdr ‖ 0x20 ‖ child ‖ 0x20 ‖ sibling)
///   side 1: node = sha256(hdr ‖ 0x20 ‖ sibling ‖ 0x20 ‖ child)
/// Every check ICS23 makes for IavlSpec that the packed form does not make
/// impossible is made here: without them an inner node can pass as a leaf.
/// Malformed input of any kind makes the functions return false, never revert.
library IAVLVerifier {
    /// @dev sha256(""): the root of the empty tree.
    bytes32 internal constant EMPTY_ROOT = 0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855;

    /// @notice Whether `proof` proves key ↦ value in the tree of `root`.
    function verify(bytes32 root, bytes memory key, bytes memory value, bytes memory proof)
        internal
        pure
        returns (bool)
    {
        (bool ok, bytes32 computed,) = _walk(key, value, proof, false);
        return ok && computed == root;
    }

    /// @notice Whether `key` is absent from the tree of `root`. `left` and
    /// `right` are the neighbours, each abi.encode(bytes key, bytes value,
    /// bytes proof) with a packed proof, or empty at an edge (both empty:
    /// the empty tree).
    function verifyAbsent(bytes32 root, bytes memory key, bytes memory left, bytes memory right)
        internal
        pure
        returns (bool)
    {
        if (left.length == 0 && right.length == 0) return root == EMPTY_ROOT;
        uint256[] memory ls;
        uint256[] memory rs;
        if (left.length != 0) {
            bytes memory lk;
            bool ok;
            (ok, lk, ls) = _neighbour(root, left);
            if (!ok || !_less(lk, key)) return false;
        }
        if (right.length != 0) {
            bytes memory rk;
            bool ok;
            (ok, rk, rs) = _neighbour(root, right);
            if (!ok || !_less(key, rk)) return false;
        }
        // At an edge the lone neighbour must be the largest (only right
        // turns) or the smallest (only left turns) leaf.
        if (right.length == 0) return _allSides(ls, 0, ls.length, 1);
        if (left.length == 0) return _allSides(rs, 0, rs.length, 0);
        return _adjacent(ls, rs);
    }

    /// @notice verifyAbsent over the whole proof as it travels:
    /// abi.encode(bytes left, bytes right) (canonical encoding only).
    function verifyAbsentEncoded(bytes32 root, bytes memory key, bytes memory proof) internal pure returns (bool) {
        (bool ok, bytes memory left, bytes memory right) = decodeAbsent(proof);
        return ok && verifyAbsent(root, key, left, right);
    }

    /// @notice Splits abi.encode(bytes left, bytes right). Only the canonical
    /// encoding (what abi.encode writes) is taken. The results alias `enc`.
    function decodeAbsent(bytes memory enc) internal pure returns (bool ok, bytes memory left, bytes memory right) {
        uint256 p0;
        uint256 p1;
        (ok, p0, p1,) = _decodeTuple(enc, 2);
        if (!ok) return (false, left, right);
        assembly ("memory-safe") {
            left := p0
            right := p1
        }
    }

    /// @notice Splits a neighbour abi.encode(bytes key, bytes value, bytes
    /// proof). Only the canonical encoding is taken. The results alias `enc`.
    function decodeNeighbour(bytes memory enc)
        internal
        pure
        returns (bool ok, bytes memory key, bytes memory value, bytes memory proof)
    {
        uint256 p0;
        uint256 p1;
        uint256 p2;
        (ok, p0, p1, p2) = _decodeTuple(enc, 3);
        if (!ok) return (false, key, value, proof);
        assembly ("memory-safe") {
            key := p0
            value := p1
            proof := p2
        }
    }

    /// @dev Decodes and verifies one neighbour; returns its key and the
    /// memory addresses of its proof's steps (leaf → root).
    function _neighbour(bytes32 root, bytes memory enc)
        private
        pure
        returns (bool ok, bytes memory key, uint256[] memory steps)
    {
        bytes memory value;
        bytes memory proof;
        (ok, key, value, proof) = decodeNeighbour(enc);
        if (!ok) return (false, key, steps);
        bytes32 computed;
        (ok, computed, steps) = _walk(key, value, proof, true);
        ok = ok && computed == root;
    }

    /// @dev Recomputes the root of key ↦ value along `proof`, making every
    /// structural check. With `record`, also returns the memory address of
    /// each step (at its H byte), for the adjacency checks.
    function _walk(bytes memory key, bytes memory value, bytes memory proof, bool record)
        private
        pure
        returns (bool ok, bytes32 node, uint256[] memory steps)
    {
        bytes memory buf;
        uint256 p;
        (ok, node, buf, p) = _leaf(key, value, proof);
        if (!ok) return (false, 0, steps);
        uint256 end;
        assembly ("memory-safe") {
            end := add(add(proof, 32), mload(proof))
        }
        uint256 stepsPtr; // 0: do not record
        if (record) {
            steps = new uint256[]((end - p) / 37); // a step is ≥ 37 bytes
            assembly ("memory-safe") {
                stepsPtr := steps
            }
        }
        uint256 scratch;
        assembly ("memory-safe") {
            scratch := add(buf, 32)
        }
        uint256 n;
        (ok, node, n) = _climb(node, scratch, p, end, stepsPtr);
        if (record) {
            assembly ("memory-safe") {
                mstore(steps, n)
            }
        }
    }

    /// @dev _climbView as a pure function. The sha256 precompile has no
    /// effects, but Solidity lets assembly call it only from a view
    /// function; the builtin sha256 is pure but copies its input and costs
    /// about twice as much per step. (forge-std's console casts the same way.)
    function _climb(bytes32 node, uint256 buf, uint256 p, uint256 end, uint256 steps)
        private
        pure
        returns (bool ok, bytes32 root, uint256 n)
    {
        function(bytes32, uint256, uint256, uint256, uint256) internal view returns (bool, bytes32, uint256) v =
            _climbView;
        function(bytes32, uint256, uint256, uint256, uint256) internal pure returns (bool, bytes32, uint256) f;
        assembly ("memory-safe") {
            f := v
        }
        return f(node, buf, p, end, steps);
    }

    /// @dev Hashes from the leaf's `node` up the steps in [p, end), checking
    /// each (layer is 1-based): hdr of 3..11 bytes, the whole step present,
    /// hdr exactly three non-negative canonical varints, height ≥ layer,
    /// side 0 or 1. `buf` is ≥ 77 bytes of scratch memory. With steps ≠ 0
    /// (a uint256[] of enough capacity) records each step's address there.
    ///
    /// The varints are checked on the hdr as one word, without a loop per
    /// byte: a byte < 0x80 ends a varint ("terminator"); there must be
    /// exactly three, the last at the hdr's last byte; each varint's first
    /// byte must be even (the zig-zag sign bit); a terminator 0x00 must be
    /// its varint's only byte (else the form is overlong). At most 9 bytes
    /// per varint fit in 11, so none can exceed 64 bits.
    function _climbView(bytes32 node, uint256 buf, uint256 p, uint256 end, uint256 steps)
        private
        view
        returns (bool ok, bytes32 root, uint256 n)
    {
        assembly ("memory-safe") {
            let hi := 0x8080808080808080808080808080808080808080808080808080808080808080
            let lo := 0x7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f
            ok := 1
            for { let layer := 1 } lt(p, end) { layer := add(layer, 1) } {
                let h := byte(0, mload(p))
                let bad := or(or(lt(h, 3), gt(h, 11)), gt(add(h, 34), sub(end, p)))
                let w := mload(add(p, 1)) // hdr in the top h bytes, then side
                let top := not(shr(mul(8, h), not(0))) // the top h bytes
                let t := and(and(not(w), hi), top) // bit 7 of each terminator
                let t2 := and(t, sub(t, 1))
                t2 := and(t2, sub(t2, 1)) // t without its two lowest bits
                bad := or(bad, or(iszero(t2), and(t2, sub(t2, 1))))
                bad := or(bad, gt(byte(sub(h, 1), w), 0x7f))
                // bit 7 of each varint's first byte
                let starts := and(or(shl(255, 1), shr(8, t)), top)
                bad := or(bad, and(w, shr(7, starts)))
                // bit 7 set where a byte's low 7 bits are not all zero
                let nonzero := and(add(and(w, lo), lo), hi)
                bad := or(bad, and(and(t, not(nonzero)), not(starts)))
                // height, the first varint (one byte unless ≥ 64)
                let u := byte(0, w)
                if gt(u, 0x7f) {
                    u := 0
                    for { let i := 0 } lt(i, 10) { i := add(i, 1) } {
                        let c := byte(i, w)
                        u := or(u, shl(mul(7, i), and(c, 0x7f)))
                        if lt(c, 0x80) { break }
                    }
                }
                bad := or(bad, lt(shr(1, u), layer))
                let side := byte(h, w)
                bad := or(bad, gt(side, 1))
                if bad {
                    ok := 0
                    break
                }
                n := add(n, 1)
                if steps { mstore(add(steps, shl(5, n)), p) }
                // hdr ‖ 0x20 ‖ left ‖ 0x20 ‖ right; the rest of the hdr word
                // is overwritten or lies beyond the length
                mstore(buf, w)
                let q := add(buf, h)
                let sibling := mload(add(p, add(h, 2)))
                mstore8(q, 0x20)
                switch side
                case 0 {
                    mstore(add(q, 1), node)
                    mstore(add(q, 34), sibling)
                }
                default {
                    mstore(add(q, 1), sibling)
                    mstore(add(q, 34), node)
                }
                mstore8(add(q, 33), 0x20)
                if iszero(staticcall(gas(), 2, buf, add(h, 66), 0x00, 0x20)) { revert(0, 0) }
                node := mload(0x00)
                p := add(p, add(h, 34))
            }
            root := node
        }
    }

    /// @dev Checks the leaf part of a proof and hashes the leaf. Returns the
    /// preimage buffer (sized for every later step) and the address of the
    /// first step.
    function _leaf(bytes memory key, bytes memory value, bytes memory proof)
        private
        pure
        returns (bool ok, bytes32 node, bytes memory buf, uint256 p)
    {
        if (key.length == 0 || value.length == 0 || proof.length == 0) return (false, 0, buf, 0);
        uint256 l; // leaf prefix length
        {
            uint256 first; // its first byte
            assembly ("memory-safe") {
                p := add(proof, 33)
                l := byte(0, mload(add(proof, 32)))
                first := byte(0, mload(p))
            }
            // The leaf prefix: present, starting with 0x00 (height 0),
            // exactly three non-negative canonical varints.
            if (l == 0 || l > proof.length - 1 || first != 0) return (false, 0, buf, 0);
            (, uint256 q) = _varints(p, p + l);
            if (q != p + l) return (false, 0, buf, 0);
        }

        // One buffer for every preimage: the leaf's is at most
        // 30 + 10 + klen + 33 bytes (l ≤ 30 after the varint check), an
        // inner node's at most 11 + 66.
        buf = new bytes(key.length + 96);
        bytes32 vh = sha256(value);
        assembly ("memory-safe") {
            let klen := mload(key)
            let d := add(buf, 32)
            mcopy(d, p, l)
            let w := add(d, l)
            // uv(len key)
            let x := klen
            for {} gt(x, 0x7f) { x := shr(7, x) } {
                mstore8(w, or(and(x, 0x7f), 0x80))
                w := add(w, 1)
            }
            mstore8(w, x)
            w := add(w, 1)
            mcopy(w, add(key, 32), klen)
            w := add(w, klen)
            mstore8(w, 0x20)
            mstore(add(w, 1), vh)
            mstore(buf, sub(add(w, 33), d))
        }
        node = sha256(buf);
        return (true, node, buf, p + l);
    }

    /// @dev Reads three zig-zag varints from [p, end): each canonical (no
    /// overlong form), at most 10 bytes, within 64 bits, and non-negative
    /// (an even zig-zag code). Returns the first value and the address after
    /// the third, or q = 0 when any check fails.
    function _varints(uint256 p, uint256 end) private pure returns (uint256 first, uint256 q) {
        assembly ("memory-safe") {
            q := p
            for { let k := 0 } lt(k, 3) { k := add(k, 1) } {
                let u := 0
                let i := 0
                for {} 1 {} {
                    if iszero(lt(q, end)) {
                        q := 0
                        break
                    }
                    let c := byte(0, mload(q))
                    q := add(q, 1)
                    // The tenth byte may carry only bit 63.
                    if and(eq(i, 9), gt(c, 1)) {
                        q := 0
                        break
                    }
                    u := or(u, shl(mul(7, i), and(c, 0x7f)))
                    i := add(i, 1)
                    if lt(c, 0x80) {
                        // A final 0x00 after other bytes is an overlong form.
                        if and(gt(i, 1), iszero(c)) { q := 0 }
                        // Odd zig-zag codes are negative.
                        if and(u, 1) { q := 0 }
                        break
                    }
                }
                if iszero(q) { break }
                if iszero(k) { first := shr(1, u) }
            }
        }
    }

    /// @dev Whether steps[from:to] all have the given side (steps hold
    /// the address of each step's H byte; the side follows the hdr).
    function _allSides(uint256[] memory steps, uint256 from, uint256 to, uint256 side) private pure returns (bool all) {
        assembly ("memory-safe") {
            all := 1
            for { let i := from } lt(i, to) { i := add(i, 1) } {
                let st := mload(add(steps, shl(5, add(i, 1))))
                if iszero(eq(byte(0, mload(add(st, add(1, byte(0, mload(st)))))), side)) {
                    all := 0
                    break
                }
            }
        }
    }

    /// @dev The two paths lead to neighbouring leaves: they share every step
    /// above the node where they part (byte-for-byte: same hdr, side and
    /// sibling); there the left path's child is on the left and the right
    /// path's on the right; below it the left path turns only right and the
    /// right path only left.
    function _adjacent(uint256[] memory ls, uint256[] memory rs) private pure returns (bool) {
        uint256 i = ls.length;
        uint256 j = rs.length;
        assembly ("memory-safe") {
            for {} and(gt(i, 0), gt(j, 0)) {} {
                let a := mload(add(ls, shl(5, i)))
                let b := mload(add(rs, shl(5, j)))
                // a step is 37..45 bytes: compare the first word and the rest
                let shift := mul(8, sub(30, byte(0, mload(a)))) // 64 - (H + 34)
                if iszero(
                    and(eq(mload(a), mload(b)), eq(shr(shift, mload(add(a, 32))), shr(shift, mload(add(b, 32)))))
                ) { break }
                i := sub(i, 1)
                j := sub(j, 1)
            }
        }
        if (i == 0 || j == 0) return false; // the paths never part
        --i;
        --j;
        return _allSides(ls, i, i + 1, 0) && _allSides(rs, j, j + 1, 1) && _allSides(ls, 0, i, 1)
            && _allSides(rs, 0, j, 0);
    }

    /// @dev Lexicographic a < b.
    function _less(bytes memory a, bytes memory b) private pure returns (bool lt_) {
        assembly ("memory-safe") {
            let la := mload(a)
            let lb := mload(b)
            let m := la
            if lt(lb, m) { m := lb }
            lt_ := lt(la, lb)
            for { let i := 0 } lt(i, m) { i := add(i, 32) } {
                let wa := mload(add(add(a, 32), i))
                let wb := mload(add(add(b, 32), i))
                let r := sub(m, i)
                if lt(r, 32) {
                    let shift := mul(8, sub(32, r))
                    wa := shr(shift, wa)
                    wb := shr(shift, wb)
                }
                if iszero(eq(wa, wb)) {
                    lt_ := lt(wa, wb)
                    break
                }
            }
        }
    }

    /// @dev Checks that `enc` is exactly abi.encode(bytes, …) with n ≤ 3
    /// fields (offsets in order, no gaps, zero padding, nothing after) and
    /// returns the memory address of each field's length word.
    function _decodeTuple(bytes memory enc, uint256 n)
        private
        pure
        returns (bool ok, uint256 p0, uint256 p1, uint256 p2)
    {
        assembly ("memory-safe") {
            let len := mload(enc)
            let base := add(enc, 32)
            let expect := mul(n, 32) // where the next field must start
            ok := iszero(lt(len, expect))
            for { let i := 0 } and(ok, lt(i, n)) { i := add(i, 1) } {
                let off := mload(add(base, mul(i, 32)))
                // also rules out an offset too large to add to
                if iszero(eq(off, expect)) {
                    ok := 0
                    break
                }
                if gt(add(off, 32), len) {
                    ok := 0
                    break
                }
                let room := sub(len, add(off, 32))
                let l := mload(add(base, off))
                if gt(l, room) {
                    ok := 0
                    break
                }
                let padded := and(add(l, 31), not(31))
                if gt(padded, room) {
                    ok := 0
                    break
                }
                let rem := and(l, 31)
                if rem {
                    if shl(mul(8, rem), mload(add(add(base, off), padded))) {
                        ok := 0
                        break
                    }
                }
                switch i
                case 0 { p0 := add(base, off) }
                case 1 { p1 := add(base, off) }
                default { p2 := add(base, off) }
                expect := add(add(off, 32), padded)
            }
            if iszero(eq(expect, len)) { ok := 0 }
        }
    }
}
