// Package httpapi is the operator's public REST API (PROTOCOL §10) on
// gorilla/mux. It holds no business rules: every answer comes from a
// Backend, which the operator service implements; this package owns only
// HTTP — routes, strict request decoding, JSON spelling, error → status
// mapping, request logs, panic recovery, metrics, CORS and timeouts.
//
// What it promises:
//
//   - The routes and shapes of openapi.yaml, which is embedded, served at
//     /openapi.yaml, and checked against the router and the handlers' output
//     by the tests: no route undocumented, no documented route unserved.
//   - JSON conventions: uint256 and uint64 as decimal strings (digits only,
//     no sign, no leading zeros); bytes and hashes as 0x + lower-case hex
//     ("0x" when empty); addresses written in EIP-55 checksum case and
//     accepted in lower, upper or valid checksum case; optional values are
//     null, never omitted; lists are never null.
//   - POST /v1/transfers is decoded strictly (DecodeTransfer): a body of at
//     most 64 KiB (413 beyond), one JSON object, every field present once as
//     a string, no unknown field, nothing trailing; each value is range- and
//     format-checked. Its Content-Type is not inspected. Only the encoding is
//     checked here: signatures and the rules of PROTOCOL §3 are the
//     backend's.
//   - Errors are {"code","message"} (plus "rule" for a refused transfer),
//     message starting with the field or rule at fault. Codes map to
//     statuses: EINVALID 400, ENOTFOUND 404, ECONFLICT 409, EUNAVAILABLE 503,
//     anything else 500 with the generic message "internal error" — the
//     detail is logged, never sent. Unknown routes are 404 and wrong methods
//     405 (with Allow), both in the same JSON form; a request that outlives
//     Options.RequestTimeout is 503.
//   - Lists page by key: `from` (first block number, exit id or operation
//     index; default 0) and `limit` (default 20, clamped to
//     Options.MaxPageLimit, default 100); `next` is the `from` of the next
//     page, null on the last page.
//   - CORS: the configured origins, default "*"; never with credentials, as
//     the API has no cookies or sessions and a transfer carries its own
//     authority (the signature).
//   - Metrics http_requests_total{route,code} and
//     http_request_duration_seconds{route} go to the registry given in
//     Options (route is the path template, so cardinality stays bounded);
//     the caller serves that registry on its own listener.
//   - /healthz answers 200 while the process serves; /readyz answers 200
//     only when Backend.Ready says so, else 503.
package httpapi
