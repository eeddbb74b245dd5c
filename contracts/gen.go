package contracts

// Compile every contract under src/ into artifacts/, then bind every artifact
// into bindings/ (bindings.go, registry.go). `make check-generated` re-runs both and fails
// when the committed output differs.
//go:generate node build.js
//go:generate go run ./internal/gen -artifacts artifacts -out bindings -pkg bindings
