// Package contracts holds the Solidity sources of AVL Plasma (src/), their
// pinned build, and the Go code that deploys and exercises them.
//
// Build pipeline (all outputs are committed and must be reproducible):
//
//   - package.json / package-lock.json pin solc (solcjs) and
//     @openzeppelin/contracts; scripts/deps.sh runs `npm ci` here.
//   - build.js compiles every .sol file under src/ (recursively) in one solc
//     standard-JSON run with the settings at its top (evmVersion, optimizer,
//     viaIR, no metadata hash) and writes artifacts/<Name>.json
//     ({abi, bin, deployedBin, sourceName}) for every contract with a
//     non-empty ABI; compile errors print as file:line and fail the build.
//   - internal/gen binds every artifact with abigen v2 into
//     bindings/bindings.go (package bindings; structs shared between
//     contracts are declared once) and lists them in bindings/registry.go
//     (bindings.All, used e.g. to decode custom errors by name).
//
// Regenerate with `go generate ./contracts/...` (or `make generate`);
// `make check-generated` fails when the committed outputs differ from a fresh
// generation. To add a contract, drop its .sol file under src/ and
// regenerate: no list needs editing. Contract names must be unique.
package contracts
