// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAVLVerifier} from "./IAVLVerifier.sol";

/// @notice Exposes IAVLVerifier for tests and gas measurements. Sending a
/// transaction to verify or verifyAbsentEncoded measures the whole cost a
/// caller pays (intrinsic and calldata gas included).
contract IAVLVerifierHarness {
    function verify(bytes32 root, bytes memory key, bytes memory value, bytes memory proof)
        external
        pure
        returns (bool)
    {
        return IAVLVerifier.verify(root, key, value, proof);
    }

    function verifyAbsent(bytes32 root, bytes memory key, bytes memory left, bytes memory right)
        external
        pure
        returns (bool)
    {
        return IAVLVerifier.verifyAbsent(root, key, left, right);
    }

    function verifyAbsentEncoded(bytes32 root, bytes memory key, bytes memory proof) external pure returns (bool) {
        return IAVLVerifier.verifyAbsentEncoded(root, key, proof);
    }

    /// @notice verify and the gas it took (after calldata decoding).
    function verifyGas(bytes32 root, bytes memory key, bytes memory value, bytes memory proof)
        external
        view
        returns (bool ok, uint256 gasUsed)
    {
        uint256 g = gasleft();
        ok = IAVLVerifier.verify(root, key, value, proof);
        gasUsed = g - gasleft();
    }

    /// @notice verifyAbsent and the gas it took (after calldata decoding).
    function verifyAbsentGas(bytes32 root, bytes memory key, bytes memory left, bytes memory right)
        external
        view
        returns (bool ok, uint256 gasUsed)
    {
        uint256 g = gasleft();
        ok = IAVLVerifier.verifyAbsent(root, key, left, right);
        gasUsed = g - gasleft();
    }

    /// @notice verify over many inputs in one call (for tests that try many
    /// tampered proofs).
    function verifyBatch(
        bytes32[] calldata roots,
        bytes[] calldata keys,
        bytes[] calldata values,
        bytes[] calldata proofs
    ) external pure returns (bool[] memory out) {
        out = new bool[](roots.length);
        for (uint256 i = 0; i < roots.length; ++i) {
            out[i] = IAVLVerifier.verify(roots[i], keys[i], values[i], proofs[i]);
        }
    }

    /// @notice verifyAbsent over many inputs in one call.
    function verifyAbsentBatch(
        bytes32[] calldata roots,
        bytes[] calldata keys,
        bytes[] calldata lefts,
        bytes[] calldata rights
    ) external pure returns (bool[] memory out) {
        out = new bool[](roots.length);
        for (uint256 i = 0; i < roots.length; ++i) {
            out[i] = IAVLVerifier.verifyAbsent(roots[i], keys[i], lefts[i], rights[i]);
        }
    }
}
