// Package contracts holds the Solidity sources of AVL Plasma (src/), their
// pinned build, the generated Go bindings (bindings/), and the Go code that
// deploys and measures them.
//
// Sources:
//
//   - src/PlasmaChain.sol: the L1 contract (PROTOCOL §4–§9).
//   - src/IAVLVerifier.sol: a library checking packed IAVL membership and
//     non-membership proofs (PROTOCOL §7) with every check ICS23 makes for
//     IavlSpec; malformed input makes it return false, never revert. It
//     agrees with package proofs (VerifyPacked, VerifyAbsentPacked) on every
//     input the tests try, and whatever it accepts ICS23 accepts.
//   - src/IAVLVerifierHarness.sol: the library as external functions (with
//     batch and gas-measuring variants) for tests and measurements.
//   - src/TestERC20.sol and other Test* contracts: tokens and receivers for
//     tests and dev chains only.
//
// Build pipeline (all outputs are committed and must be reproducible):
//
//   - package.json / package-lock.json pin solc (solcjs) and
//     @openzeppelin/contracts; scripts/deps.sh runs `npm ci` here.
//   - build.js compiles every .sol file under src/ (recursively) in one solc
//     standard-JSON run with the settings at its top (evmVersion cancun,
//     optimizer 200 runs, viaIR off, no metadata hash) and writes
//     artifacts/<Name>.json ({abi, bin, deployedBin, sourceName}) for every
//     contract with a non-empty ABI (libraries with only internal functions
//     have none); compile errors print as file:line and fail the build;
//     artifacts of removed contracts are deleted.
//   - internal/gen binds every artifact with abigen v2 into
//     bindings/bindings.go (package bindings; one file, so structs shared
//     between contracts are declared once) and lists them in
//     bindings/registry.go (bindings.All, which internal/siml1 uses to
//     decode custom errors by name).
//
// Regenerate with `go generate ./contracts/...` (or `make generate`);
// `make check-generated` fails when the committed outputs differ from a fresh
// generation, new or deleted files included. To add a contract, put its .sol
// file under src/ and regenerate: no list needs editing. Contract names must
// be unique across files, and abigen v2 names multi-value return structs
// after the method alone (<Method>Output), so two contracts must not both
// have a multi-value method of the same name.
package contracts
