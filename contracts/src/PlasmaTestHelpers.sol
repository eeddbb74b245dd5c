// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

// Contracts the PlasmaChain tests use to play hostile users and tokens
// (PROTOCOL §11.4, §11.13). Never deployed outside tests.

/// A user account that is a contract: forwards calls, and can refuse ETH or
/// re-enter a target once when paid.
contract TestForwarder {
    bool public refuse;
    address public reenterTarget;
    bytes public reenterData;
    bool public reentered;
    bytes public reentryResult;

    function setRefuse(bool r) external {
        refuse = r;
    }

    function setReenter(address target, bytes calldata data) external {
        reenterTarget = target;
        reenterData = data;
    }

    function exec(address to, uint256 value, bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call{value: value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        if (refuse) revert("TestForwarder: refused");
        if (reenterTarget != address(0)) {
            address t = reenterTarget;
            reenterTarget = address(0);
            (bool ok, bytes memory ret) = t.call(reenterData);
            reentered = ok;
            reentryResult = ret;
        }
    }
}

/// An ERC-20 that can misbehave: revert every transfer, re-enter a target
/// once from inside a transfer, keep a fee out of every transfer, or move
/// nothing while reporting success.
contract TestHostileToken is ERC20 {
    uint8 public constant NORMAL = 0;
    uint8 public constant REVERT = 1;
    uint8 public constant REENTER = 2;
    uint8 public constant FEE = 3;
    uint8 public constant NOOP = 4; // transfers report success and move nothing

    uint8 public mode;
    address public reenterTarget;
    bytes public reenterData;
    bool public reentered;
    bytes public reentryResult; // revert data (or return data) of the re-entrant call

    constructor() ERC20("Hostile", "HST") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setMode(uint8 m) external {
        mode = m;
    }

    function setReenter(address target, bytes calldata data) external {
        reenterTarget = target;
        reenterData = data;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) {
            if (mode == REVERT) revert("TestHostileToken: transfers disabled");
            if (mode == NOOP) return;
            if (mode == REENTER && reenterTarget != address(0)) {
                address t = reenterTarget;
                reenterTarget = address(0);
                (bool ok, bytes memory ret) = t.call(reenterData);
                reentered = ok;
                reentryResult = ret;
            }
            if (mode == FEE) {
                uint256 fee = value / 10;
                super._update(from, address(0), fee);
                value -= fee;
            }
        }
        super._update(from, to, value);
    }
}
