package httpapi

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// invalid is the EINVALID error of a request field: "<field>: <problem>".
func invalid(field, format string, args ...any) error {
	return plasma.Errorf(plasma.EINVALID, "%s: %s", field, fmt.Sprintf(format, args...))
}

const (
	maxUint64Digits  = 20 // len("18446744073709551615")
	maxUint256Digits = 78 // len(2^256-1 in decimal)
)

// canonicalDecimal reports whether s is digits only, without sign, spaces
// or leading zeros ("0" itself is fine): the one spelling the API writes.
func canonicalDecimal(s string) bool {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

const decimalProblem = "must be a decimal string without sign, spaces or leading zeros"

// parseUint64 parses a uint64 field written as a decimal string.
func parseUint64(field, s string) (uint64, error) {
	if !canonicalDecimal(s) {
		return 0, invalid(field, decimalProblem)
	}
	if len(s) > maxUint64Digits {
		return 0, invalid(field, "exceeds 2^64-1")
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, invalid(field, "exceeds 2^64-1")
	}
	return v, nil
}

// parseUint256 parses a uint256 field written as a decimal string.
func parseUint256(field, s string) (uint256.Int, error) {
	var v uint256.Int
	if !canonicalDecimal(s) {
		return v, invalid(field, decimalProblem)
	}
	if len(s) > maxUint256Digits || v.SetFromDecimal(s) != nil {
		return v, invalid(field, "exceeds 2^256-1")
	}
	return v, nil
}

// parseHexBytes parses "0x" followed by exactly 2n hex digits (either case).
func parseHexBytes(field, s string, n int) ([]byte, error) {
	if len(s) != 2+2*n || s[0] != '0' || s[1] != 'x' {
		return nil, invalid(field, "must be 0x followed by %d hex digits", 2*n)
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, invalid(field, "must be 0x followed by %d hex digits", 2*n)
	}
	return b, nil
}

// parseAddress accepts an address in lower case, upper case or EIP-55 mixed
// case; mixed case must carry a valid checksum, so a mistyped checksummed
// address is caught rather than paid.
func parseAddress(field, s string) (common.Address, error) {
	b, err := parseHexBytes(field, s, common.AddressLength)
	if err != nil {
		return common.Address{}, err
	}
	a := common.BytesToAddress(b)
	digits := s[2:]
	hasLower, hasUpper := false, false
	for i := 0; i < len(digits); i++ {
		switch c := digits[i]; {
		case c >= 'a' && c <= 'f':
			hasLower = true
		case c >= 'A' && c <= 'F':
			hasUpper = true
		}
	}
	if hasLower && hasUpper && a.Hex() != s {
		return common.Address{}, invalid(field, "bad EIP-55 checksum")
	}
	return a, nil
}

// parseHash parses a 32-byte hash.
func parseHash(field, s string) (common.Hash, error) {
	b, err := parseHexBytes(field, s, common.HashLength)
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(b), nil
}

// Output spellings: addresses EIP-55, bytes and hashes lower-case 0x hex
// ("0x" when empty), integers decimal strings.
func fmtAddr(a common.Address) string { return a.Hex() }
func fmtHash(h common.Hash) string    { return h.Hex() }
func fmtBytes(b []byte) string        { return hexutil.Encode(b) }
func fmtU64(v uint64) string          { return strconv.FormatUint(v, 10) }
func fmtU256(v *uint256.Int) string   { return v.Dec() }

// appendHex appends b as fmtBytes spells it.
func appendHex(dst, b []byte) []byte {
	dst = append(dst, "0x"...)
	n := len(dst)
	dst = slices.Grow(dst, 2*len(b))[:n+2*len(b)]
	hex.Encode(dst[n:], b)
	return dst
}

func fmtU64Ptr(v *uint64) *string {
	if v == nil {
		return nil
	}
	s := fmtU64(*v)
	return &s
}

func fmtHashPtr(h *common.Hash) *string {
	if h == nil {
		return nil
	}
	s := fmtHash(*h)
	return &s
}

// transferFields are the members of a transfer object, in the order they are
// checked and reported.
var transferFields = []string{"from", "to", "token", "amount", "nonce", "fee", "spent", "deadline", "signature"}

// signatureLength is r ‖ s ‖ v.
const signatureLength = 65

// DecodeTransfer decodes the body of POST /v1/transfers strictly: one JSON
// object, every member of transferFields present exactly once as a string,
// no other member, nothing after the object. The error is an EINVALID
// *plasma.Error whose message starts with the offending field ("body" for
// the document as a whole). It checks the encoding only; the signature and
// the protocol rules are the backend's.
func DecodeTransfer(data []byte) (*plasma.Transfer, error) {
	if !utf8.Valid(data) {
		return nil, invalid("body", "not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if errors.Is(err, io.EOF) {
		return nil, invalid("body", "empty")
	} else if err != nil {
		return nil, invalid("body", "malformed JSON")
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, invalid("body", "must be a JSON object")
	}
	raw := make(map[string]json.RawMessage, len(transferFields))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, invalid("body", "malformed JSON")
		}
		key, ok := tok.(string)
		if !ok {
			return nil, invalid("body", "malformed JSON")
		}
		if !isTransferField(key) {
			if len(key) > 64 {
				key = key[:64] + "…"
			}
			return nil, invalid("body", "unknown field %q", key)
		}
		if _, dup := raw[key]; dup {
			return nil, invalid(key, "given more than once")
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, invalid("body", "malformed JSON")
		}
		raw[key] = v
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return nil, invalid("body", "malformed JSON")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, invalid("body", "unexpected data after the JSON object")
	}

	str := make(map[string]string, len(transferFields))
	for _, f := range transferFields {
		v, ok := raw[f]
		if !ok || string(v) == "null" {
			return nil, invalid(f, "required")
		}
		var s string
		if len(v) == 0 || v[0] != '"' || json.Unmarshal(v, &s) != nil {
			return nil, invalid(f, "must be a string")
		}
		str[f] = s
	}

	t := new(plasma.Transfer)
	if t.From, err = parseAddress("from", str["from"]); err != nil {
		return nil, err
	}
	if t.To, err = parseAddress("to", str["to"]); err != nil {
		return nil, err
	}
	if t.Token, err = parseAddress("token", str["token"]); err != nil {
		return nil, err
	}
	if t.Amount, err = parseUint256("amount", str["amount"]); err != nil {
		return nil, err
	}
	if t.Nonce, err = parseUint64("nonce", str["nonce"]); err != nil {
		return nil, err
	}
	if t.Fee, err = parseUint256("fee", str["fee"]); err != nil {
		return nil, err
	}
	if t.Spent, err = parseUint256("spent", str["spent"]); err != nil {
		return nil, err
	}
	if t.Deadline, err = parseUint64("deadline", str["deadline"]); err != nil {
		return nil, err
	}
	if t.Signature, err = parseHexBytes("signature", str["signature"], signatureLength); err != nil {
		return nil, err
	}
	return t, nil
}

func isTransferField(k string) bool {
	for _, f := range transferFields {
		if k == f {
			return true
		}
	}
	return false
}

// transferJSON is a transfer as the API writes it: the POST body plus its
// hash where one is known.
type transferJSON struct {
	Hash      string `json:"hash,omitempty"`
	From      string `json:"from"`
	To        string `json:"to"`
	Token     string `json:"token"`
	Amount    string `json:"amount"`
	Nonce     string `json:"nonce"`
	Fee       string `json:"fee"`
	Spent     string `json:"spent"`
	Deadline  string `json:"deadline"`
	Signature string `json:"signature"`
}

func encodeTransfer(t *plasma.Transfer, hash *common.Hash) transferJSON {
	j := transferJSON{
		From:      fmtAddr(t.From),
		To:        fmtAddr(t.To),
		Token:     fmtAddr(t.Token),
		Amount:    fmtU256(&t.Amount),
		Nonce:     fmtU64(t.Nonce),
		Fee:       fmtU256(&t.Fee),
		Spent:     fmtU256(&t.Spent),
		Deadline:  fmtU64(t.Deadline),
		Signature: fmtBytes(t.Signature),
	}
	if hash != nil {
		j.Hash = fmtHash(*hash)
	}
	return j
}
