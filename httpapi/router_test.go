package httpapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/proofs"
)

func TestInfo(t *testing.T) {
	ta := newTestAPI(t, Options{})
	rec := ta.do(http.MethodGet, "/v1/info", "")
	require.Equal(t, http.StatusOK, rec.Code)
	require.JSONEq(t, `{
		"chainId": "31337",
		"contract": "`+contract.Hex()+`",
		"operator": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		"domain": {"name": "AVL Plasma", "version": "1", "chainId": 31337,
			"verifyingContract": "`+contract.Hex()+`"},
		"types": {
			"EIP712Domain": [{"name":"name","type":"string"},{"name":"version","type":"string"},
				{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
			"Transfer": [{"name":"from","type":"address"},{"name":"to","type":"address"},
				{"name":"token","type":"address"},{"name":"amount","type":"uint256"},
				{"name":"nonce","type":"uint64"},{"name":"fee","type":"uint256"},
				{"name":"spent","type":"uint256"},{"name":"deadline","type":"uint64"}],
			"ExitAuthorization": [{"name":"owner","type":"address"},{"name":"token","type":"address"},
				{"name":"executor","type":"address"},{"name":"deadline","type":"uint64"}]
		},
		"latestBlock": "44", "committedBlock": "43", "finalizedBlock": "42",
		"frozen": false, "minFee": "21000", "minDeadlineMargin": "3600", "maxDeadlineHorizon": "2592000"
	}`, rec.Body.String())
}

// A chain id JavaScript cannot hold exactly goes out as a string.
func TestInfoHugeChainID(t *testing.T) {
	ta := newTestAPI(t, Options{})
	ta.b.info.ChainID, _ = new(bigInt).SetString("9007199254740992", 10)
	rec := ta.do(http.MethodGet, "/v1/info", "")
	require.Equal(t, http.StatusOK, rec.Code)
	m := body(t, rec)
	require.Equal(t, "9007199254740992", m["domain"].(map[string]any)["chainId"])
	require.Equal(t, "9007199254740992", m["chainId"])
}

// The typed-data definitions the API hands to wallets must encode to the
// type strings the contract and package proofs hash.
func TestEIP712TypesMatchProofs(t *testing.T) {
	types := apitypes.Types{}
	for name, fields := range eip712Types {
		for _, f := range fields {
			types[name] = append(types[name], apitypes.Type{Name: f.Name, Type: f.Type})
		}
	}
	td := apitypes.TypedData{Types: types}
	require.Equal(t, proofs.TransferType, string(td.EncodeType("Transfer")))
	require.Equal(t, proofs.ExitAuthorizationType, string(td.EncodeType("ExitAuthorization")))
	require.Equal(t, "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)",
		string(td.EncodeType("EIP712Domain")))
}

// transferBody is a valid POST /v1/transfers body with members replaced by
// raw JSON values, members dropped, or extra members added.
func transferBody(override map[string]string, drop ...string) string {
	t := sampleTransfer(4)
	j := encodeTransfer(&t, nil)
	fields := map[string]string{
		"from": quote(j.From), "to": quote(j.To), "token": quote(j.Token), "amount": quote(j.Amount),
		"nonce": quote(j.Nonce), "fee": quote(j.Fee), "spent": quote(j.Spent), "deadline": quote(j.Deadline),
		"signature": quote(j.Signature),
	}
	for k, v := range override {
		fields[k] = v
	}
	var parts []string
	for _, k := range transferFields {
		if v, ok := fields[k]; ok && !contains(drop, k) {
			parts = append(parts, fmt.Sprintf("%q:%s", k, v))
		}
		delete(fields, k)
	}
	for k, v := range fields { // unknown extras
		parts = append(parts, fmt.Sprintf("%q:%s", k, v))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func contains(l []string, s string) bool {
	for _, e := range l {
		if e == s {
			return true
		}
	}
	return false
}

func quote(s string) string { return `"` + s + `"` }

func TestSubmitTransfer(t *testing.T) {
	ta := newTestAPI(t, Options{})
	want := sampleTransfer(4)
	j := encodeTransfer(&want, nil)
	// Lower-case addresses are accepted as well as checksummed ones.
	rec := ta.do(http.MethodPost, "/v1/transfers", transferBody(map[string]string{"to": quote(strings.ToLower(j.To))}))
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.JSONEq(t, `{"hash":"`+common.BytesToHash(want.Signature[:32]).Hex()+`","status":"accepted"}`, rec.Body.String())
	require.Len(t, ta.b.submitted, 1)
	require.Equal(t, want, ta.b.submitted[0])
	// The request log names the request but never carries the body.
	require.Contains(t, ta.logText(), `"path":"/v1/transfers"`)
	require.Contains(t, ta.logText(), `"status":200`)
	require.NotContains(t, ta.logText(), j.Signature[2:20])
}

func TestSubmitTransferRejects(t *testing.T) {
	ta := newTestAPI(t, Options{})
	// Flip the case of one letter of a checksummed address.
	badChecksum := []byte(alice.Hex())
	for i := 2; i < len(badChecksum); i++ {
		if c := badChecksum[i]; c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			badChecksum[i] ^= 0x20
			break
		}
	}
	max256 := "115792089237316195423570985008687907853269984665640564039457584007913129639935"
	over256 := "115792089237316195423570985008687907853269984665640564039457584007913129639936"
	for _, c := range []struct {
		name, body, prefix string
	}{
		{"empty body", "", "body: empty"},
		{"malformed", `{"from":`, "body: malformed JSON"},
		{"not an object", `[1,2]`, "body: must be a JSON object"},
		{"string document", `"x"`, "body: must be a JSON object"},
		{"trailing data", transferBody(nil) + `{}`, "body: unexpected data after the JSON object"},
		{"unknown field", transferBody(map[string]string{"memo": `"hi"`}), `body: unknown field "memo"`},
		{"duplicate field", strings.Replace(transferBody(nil), `{`, `{"nonce":"1",`, 1), "nonce: given more than once"},
		{"missing from", transferBody(nil, "from"), "from: required"},
		{"missing signature", transferBody(nil, "signature"), "signature: required"},
		{"null amount", transferBody(map[string]string{"amount": "null"}), "amount: required"},
		{"numeric nonce", transferBody(map[string]string{"nonce": "4"}), "nonce: must be a string"},
		{"object fee", transferBody(map[string]string{"fee": "{}"}), "fee: must be a string"},
		{"short address", transferBody(map[string]string{"from": quote("0x1234")}), "from: must be 0x followed by 40 hex digits"},
		{"no 0x", transferBody(map[string]string{"to": quote(strings.Repeat("ab", 20) + "00")}), "to: must be 0x followed by 40 hex digits"},
		{"0X prefix", transferBody(map[string]string{"to": quote("0X" + strings.Repeat("ab", 20))}), "to: must be 0x followed by 40 hex digits"},
		{"bad hex", transferBody(map[string]string{"token": quote("0x" + strings.Repeat("zz", 20))}), "token: must be 0x followed by 40 hex digits"},
		{"bad checksum", transferBody(map[string]string{"from": quote(string(badChecksum))}), "from: bad EIP-55 checksum"},
		{"plus sign", transferBody(map[string]string{"amount": quote("+1")}), "amount: must be a decimal string"},
		{"minus sign", transferBody(map[string]string{"amount": quote("-1")}), "amount: must be a decimal string"},
		{"leading zero", transferBody(map[string]string{"fee": quote("01")}), "fee: must be a decimal string"},
		{"hex number", transferBody(map[string]string{"fee": quote("0x10")}), "fee: must be a decimal string"},
		{"space", transferBody(map[string]string{"spent": quote(" 1")}), "spent: must be a decimal string"},
		{"empty decimal", transferBody(map[string]string{"spent": quote("")}), "spent: must be a decimal string"},
		{"exponent", transferBody(map[string]string{"spent": quote("1e18")}), "spent: must be a decimal string"},
		{"uint256 overflow", transferBody(map[string]string{"amount": quote(over256)}), "amount: exceeds 2^256-1"},
		{"uint256 way over", transferBody(map[string]string{"amount": quote(max256 + "0")}), "amount: exceeds 2^256-1"},
		{"uint64 overflow", transferBody(map[string]string{"nonce": quote("18446744073709551616")}), "nonce: exceeds 2^64-1"},
		{"uint64 way over", transferBody(map[string]string{"deadline": quote("1000000000000000000000")}), "deadline: exceeds 2^64-1"},
		{"short signature", transferBody(map[string]string{"signature": quote("0x" + strings.Repeat("ab", 64))}), "signature: must be 0x followed by 130 hex digits"},
		{"long signature", transferBody(map[string]string{"signature": quote("0x" + strings.Repeat("ab", 66))}), "signature: must be 0x followed by 130 hex digits"},
		{"odd signature", transferBody(map[string]string{"signature": quote("0x" + strings.Repeat("ab", 64) + "abc")}), "signature: must be 0x followed by 130 hex digits"},
		{"invalid utf-8", "{\"from\xff\":1}", "body: not valid UTF-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := ta.do(http.MethodPost, "/v1/transfers", c.body)
			msg := errorOf(t, rec, http.StatusBadRequest, plasma.EINVALID)
			require.True(t, strings.HasPrefix(msg, c.prefix), "message %q, want prefix %q", msg, c.prefix)
		})
	}
	require.Empty(t, ta.b.submitted, "nothing invalid reaches the backend")

	// The extremes of each range are accepted.
	rec := ta.do(http.MethodPost, "/v1/transfers", transferBody(map[string]string{
		"amount": quote(max256), "fee": quote("0"), "nonce": quote("18446744073709551615"),
		"from": quote(strings.ToUpper(alice.Hex()[2:])), // no prefix: still refused below
	}))
	errorOf(t, rec, http.StatusBadRequest, plasma.EINVALID)
	rec = ta.do(http.MethodPost, "/v1/transfers", transferBody(map[string]string{
		"amount": quote(max256), "fee": quote("0"), "nonce": quote("18446744073709551615"),
		"from": quote("0x" + strings.ToUpper(alice.Hex()[2:])),
	}))
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.Equal(t, alice, ta.b.submitted[0].From)
	require.Equal(t, "18446744073709551615", fmtU64(ta.b.submitted[0].Nonce))
	require.Equal(t, max256, ta.b.submitted[0].Amount.Dec())
}

func TestSubmitTransferBodyLimit(t *testing.T) {
	ta := newTestAPI(t, Options{})
	big := transferBody(map[string]string{"pad": quote(strings.Repeat("x", DefaultMaxBodyBytes))})
	msg := errorOf(t, ta.do(http.MethodPost, "/v1/transfers", big), http.StatusRequestEntityTooLarge, plasma.EINVALID)
	require.Equal(t, "body: larger than 65536 bytes", msg)

	small := newTestAPI(t, Options{MaxBodyBytes: 100})
	errorOf(t, small.do(http.MethodPost, "/v1/transfers", transferBody(nil)), http.StatusRequestEntityTooLarge, plasma.EINVALID)
}

func TestErrorMapping(t *testing.T) {
	for _, c := range []struct {
		err     error
		status  int
		code    string
		message string
		rule    string
	}{
		{plasma.RuleError(plasma.EINVALID, plasma.RuleNonce, "nonce 4, leaf nonce 3"), 400, plasma.EINVALID, "nonce: nonce 4, leaf nonce 3", "nonce"},
		{plasma.RuleError(plasma.ECONFLICT, plasma.RuleLocked, "locked: an exit is open"), 409, plasma.ECONFLICT, "locked: an exit is open", "locked"},
		{fmt.Errorf("wrapped: %w", plasma.Errorf(plasma.ENOTFOUND, "no such thing")), 404, plasma.ENOTFOUND, "no such thing", ""},
		{plasma.Errorf(plasma.EUNAVAILABLE, "frozen"), 503, plasma.EUNAVAILABLE, "frozen", ""},
		{plasma.Errorf(plasma.EINTERNAL, "disk /var/secret failed"), 500, plasma.EINTERNAL, "internal error", ""},
		{errors.New("leveldb: corrupted at /var/secret"), 500, plasma.EINTERNAL, "internal error", ""},
		{plasma.Errorf("EWEIRD", "strange"), 500, plasma.EINTERNAL, "internal error", ""},
	} {
		t.Run(c.err.Error(), func(t *testing.T) {
			ta := newTestAPI(t, Options{})
			ta.b.err = c.err
			for _, target := range []string{"/v1/info", "/v1/blocks/1", "/v1/accounts/" + alice.Hex()} {
				rec := ta.do(http.MethodGet, target, "")
				require.Equal(t, c.message, errorOf(t, rec, c.status, c.code))
				m := body(t, rec)
				if c.rule != "" {
					require.Equal(t, c.rule, m["rule"])
				} else {
					require.NotContains(t, m, "rule")
				}
			}
			rec := ta.do(http.MethodPost, "/v1/transfers", transferBody(nil))
			require.Equal(t, c.message, errorOf(t, rec, c.status, c.code))
			if strings.Contains(c.err.Error(), "secret") {
				require.NotContains(t, rec.Body.String(), "secret")
				require.Contains(t, ta.logText(), `"err":"`, "the detail is logged")
				require.Contains(t, ta.logText(), "secret", "the detail is logged")
			}
		})
	}
}

func TestNotFoundAndMethodNotAllowed(t *testing.T) {
	ta := newTestAPI(t, Options{})
	require.Equal(t, "no such route", errorOf(t, ta.do(http.MethodGet, "/v1/nothing", ""), 404, plasma.ENOTFOUND))
	errorOf(t, ta.do(http.MethodGet, "/", ""), 404, plasma.ENOTFOUND)
	errorOf(t, ta.do(http.MethodGet, "/v1/blocks/1/transfers", ""), 404, plasma.ENOTFOUND)
	errorOf(t, ta.do(http.MethodGet, "/v1/info/", ""), 404, plasma.ENOTFOUND)
	errorOf(t, ta.do(http.MethodGet, "/v1//info", ""), 404, plasma.ENOTFOUND)
	errorOf(t, ta.do(http.MethodGet, "/v1/blocks/../info", ""), 404, plasma.ENOTFOUND)

	rec := ta.do(http.MethodPost, "/v1/info", "{}")
	require.Equal(t, "method: POST not allowed", errorOf(t, rec, 405, plasma.EINVALID))
	require.Equal(t, "GET", rec.Header().Get("Allow"))
	rec = ta.do(http.MethodGet, "/v1/transfers", "")
	errorOf(t, rec, 405, plasma.EINVALID)
	require.Equal(t, "POST", rec.Header().Get("Allow"))
	rec = ta.do(http.MethodDelete, "/v1/transfers/0xabc", "")
	errorOf(t, rec, 405, plasma.EINVALID)
	require.Equal(t, "GET", rec.Header().Get("Allow"))
}

func TestTransferStatus(t *testing.T) {
	ta := newTestAPI(t, Options{})
	h := ta.b.blocks[1].Hashes[0]
	rec := ta.do(http.MethodGet, "/v1/transfers/"+h.Hex(), "")
	require.Equal(t, http.StatusOK, rec.Code)
	require.JSONEq(t, `{"hash":"`+h.Hex()+`","status":"committed","block":"1","index":"0"}`, rec.Body.String())

	pending := common.HexToHash("0xabc")
	rec = ta.do(http.MethodGet, "/v1/transfers/"+strings.ToUpper(pending.Hex()[2:]), "")
	require.Equal(t, "hash: must be 0x followed by 64 hex digits", errorOf(t, rec, 400, plasma.EINVALID))
	rec = ta.do(http.MethodGet, "/v1/transfers/0x"+strings.ToUpper(pending.Hex()[2:]), "")
	require.JSONEq(t, `{"hash":"`+pending.Hex()+`","status":"accepted","block":null,"index":null}`, rec.Body.String())

	errorOf(t, ta.do(http.MethodGet, "/v1/transfers/0x1234", ""), 400, plasma.EINVALID)
	errorOf(t, ta.do(http.MethodGet, "/v1/transfers/"+common.HexToHash("0xdead").Hex(), ""), 404, plasma.ENOTFOUND)
}

func TestAccount(t *testing.T) {
	ta := newTestAPI(t, Options{})
	ta.b.accounts[alice] = Account{Owner: alice, Block: 44, Balances: []Balance{
		{Token: plasma.ETH, Leaf: plasma.Leaf{Balance: u256("10"), Nonce: 2, Spent: u256("3")}},
		{Token: token, Leaf: plasma.Leaf{Balance: u256("115792089237316195423570985008687907853269984665640564039457584007913129639935")}},
	}}
	rec := ta.do(http.MethodGet, "/v1/accounts/"+strings.ToLower(alice.Hex()), "")
	require.Equal(t, http.StatusOK, rec.Code)
	require.JSONEq(t, `{"owner":"`+alice.Hex()+`","block":"44","balances":[
		{"token":"0x0000000000000000000000000000000000000000","balance":"10","nonce":"2","spent":"3"},
		{"token":"`+token.Hex()+`","balance":"115792089237316195423570985008687907853269984665640564039457584007913129639935","nonce":"0","spent":"0"}]}`,
		rec.Body.String())

	// No leaves: an empty list, never null.
	rec = ta.do(http.MethodGet, "/v1/accounts/"+bob.Hex(), "")
	require.JSONEq(t, `{"owner":"`+bob.Hex()+`","block":"44","balances":[]}`, rec.Body.String())

	for _, bad := range []string{"0x1234", "bob", alice.Hex() + "00", "0x" + strings.Repeat("g", 40)} {
		require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/accounts/"+bad, ""), 400, plasma.EINVALID), "owner: "))
	}
}

func TestProof(t *testing.T) {
	ta := newTestAPI(t, Options{})
	rec := ta.do(http.MethodGet, "/v1/proofs/"+alice.Hex()+"/0x0000000000000000000000000000000000000000", "")
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.Nil(t, ta.b.lastProofBlock, "no block: the backend picks the newest committed")
	h := ta.b.blocks[43].Block.Header
	require.JSONEq(t, `{
		"owner":"`+alice.Hex()+`","token":"0x0000000000000000000000000000000000000000","block":"43",
		"header":{"number":"43","stateRoot":"`+h.StateRoot.Hex()+`","txRoot":"`+h.TxRoot.Hex()+`",
			"opsCursor":"43","opsHash":"`+h.OpsHash.Hex()+`","timestamp":"1700000043"},
		"committedAt":"1700000143",
		"key":"0x01`+strings.ToLower(alice.Hex()[2:])+`0000000000000000000000000000000000000000",
		"exists":true,"value":"0x`+strings.Repeat("ab", 72)+`",
		"balance":"10","nonce":"2","spent":"3",
		"proof":"0x0102","ics23":"0x0a0b","startExitCalldata":"0xdeadbeef"}`, rec.Body.String())

	rec = ta.do(http.MethodGet, "/v1/proofs/"+bob.Hex()+"/"+plasma.ETH.Hex()+"?block=43", "")
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.Equal(t, uint64(43), *ta.b.lastProofBlock)
	m := body(t, rec)
	require.Equal(t, false, m["exists"])
	require.Equal(t, "0x", m["value"])
	require.Equal(t, "0", m["balance"])

	errorOf(t, ta.do(http.MethodGet, "/v1/proofs/"+bob.Hex()+"/"+plasma.ETH.Hex()+"?block=7", ""), 404, plasma.ENOTFOUND)
	require.Equal(t, "block: "+decimalProblem, errorOf(t, ta.do(http.MethodGet, "/v1/proofs/"+bob.Hex()+"/"+plasma.ETH.Hex()+"?block=-1", ""), 400, plasma.EINVALID))
	require.Equal(t, "block: given more than once", errorOf(t, ta.do(http.MethodGet, "/v1/proofs/"+bob.Hex()+"/"+plasma.ETH.Hex()+"?block=1&block=2", ""), 400, plasma.EINVALID))
	require.Equal(t, "query: malformed", errorOf(t, ta.do(http.MethodGet, "/v1/proofs/"+bob.Hex()+"/"+plasma.ETH.Hex()+"?block=%zz", ""), 400, plasma.EINVALID))
	require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/proofs/"+bob.Hex()+"/eth", ""), 400, plasma.EINVALID), "token: "))
	require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/proofs/0x00/"+plasma.ETH.Hex(), ""), 400, plasma.EINVALID), "owner: "))
}

func TestBlock(t *testing.T) {
	ta := newTestAPI(t, Options{})
	b := &ta.b.blocks[2]
	sig := fmtBytes(b.Block.Transfers[0].Signature)
	rec := ta.do(http.MethodGet, "/v1/blocks/2", "")
	require.Equal(t, http.StatusOK, rec.Code)
	require.JSONEq(t, `{
		"number":"2","status":"committed",
		"header":{"number":"2","stateRoot":"`+b.Block.StateRoot.Hex()+`","txRoot":"`+b.Block.TxRoot.Hex()+`",
			"opsCursor":"2","opsHash":"`+b.Block.OpsHash.Hex()+`","timestamp":"1700000002"},
		"committedAt":"1700000102","commitTx":"`+b.CommitTx.Hex()+`","commitL1Block":"502",
		"ops":[{"index":"1","kind":"1","kindName":"deposit","owner":"`+alice.Hex()+`",
			"token":"0x0000000000000000000000000000000000000000","amount":"5","nonce":"0"}],
		"transfers":[
			{"hash":"`+b.Hashes[0].Hex()+`","from":"`+alice.Hex()+`","to":"`+bob.Hex()+`",
			 "token":"0x0000000000000000000000000000000000000000","amount":"1000000000000000000","nonce":"0",
			 "fee":"21000","spent":"1000000000000021000","deadline":"1700003600","signature":"`+sig+`"},
			{"hash":"`+b.Hashes[1].Hex()+`","from":"`+alice.Hex()+`","to":"`+bob.Hex()+`",
			 "token":"0x0000000000000000000000000000000000000000","amount":"1000000000000000000","nonce":"1",
			 "fee":"21000","spent":"1000000000000021000","deadline":"1700003600","signature":"`+fmtBytes(b.Block.Transfers[1].Signature)+`"}]
	}`, rec.Body.String())
	// The newest block is sealed only: its L1 fields are null, its lists empty arrays.
	rec = ta.do(http.MethodGet, "/v1/blocks/44", "")
	m := body(t, rec)
	require.Equal(t, "sealed", m["status"])
	require.Nil(t, m["committedAt"])
	require.Nil(t, m["commitTx"])
	require.Nil(t, m["commitL1Block"])
	rec = ta.do(http.MethodGet, "/v1/blocks/0", "")
	require.Contains(t, rec.Body.String(), `"ops":[],"transfers":[]`)

	errorOf(t, ta.do(http.MethodGet, "/v1/blocks/45", ""), 404, plasma.ENOTFOUND)
	for _, bad := range []string{"-1", "01", "abc", "1.0", "18446744073709551616", "0x1"} {
		require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/blocks/"+bad, ""), 400, plasma.EINVALID), "n: "), bad)
	}

	// A backend breaking the Hashes contract is a bug: 500, not bad JSON.
	ta.b.blocks[2].Hashes = ta.b.blocks[2].Hashes[:1]
	errorOf(t, ta.do(http.MethodGet, "/v1/blocks/2", ""), 500, plasma.EINTERNAL)
}

func TestTransferProof(t *testing.T) {
	ta := newTestAPI(t, Options{})
	b := &ta.b.blocks[5]
	rec := ta.do(http.MethodGet, "/v1/blocks/5/transfers/1/proof", "")
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	m := body(t, rec)
	require.Equal(t, sorted("block", "index", "header", "committedAt", "transfer", "leaf", "proof"), keys(m))
	require.Equal(t, "5", m["block"])
	require.Equal(t, "1", m["index"])
	require.Equal(t, "1700000100", m["committedAt"])
	require.Equal(t, b.Hashes[1].Hex(), m["transfer"].(map[string]any)["hash"])
	require.Equal(t, "1", m["transfer"].(map[string]any)["nonce"])
	require.Equal(t, common.HexToHash("0x1eaf").Hex(), m["leaf"])
	require.Equal(t, []any{common.HexToHash("0x01").Hex(), common.HexToHash("0x02").Hex()}, m["proof"])

	errorOf(t, ta.do(http.MethodGet, "/v1/blocks/5/transfers/2/proof", ""), 404, plasma.ENOTFOUND)
	require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/blocks/5/transfers/x/proof", ""), 400, plasma.EINVALID), "i: "))
	require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/blocks/y/transfers/0/proof", ""), 400, plasma.EINVALID), "n: "))
}

// numbers extracts one member of each element of a page's list.
func numbers(t *testing.T, m map[string]any, list, member string) []string {
	t.Helper()
	var out []string
	for _, e := range m[list].([]any) {
		out = append(out, e.(map[string]any)[member].(string))
	}
	return out
}

func seq(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, fmt.Sprint(i))
	}
	return out
}

func TestBlocksPagination(t *testing.T) {
	ta := newTestAPI(t, Options{})
	m := body(t, ta.do(http.MethodGet, "/v1/blocks", ""))
	require.Equal(t, seq(0, 20), numbers(t, m, "blocks", "number"))
	require.Equal(t, "20", m["next"])

	// Following next visits every block once.
	var all []string
	next := "0"
	for pages := 0; next != ""; pages++ {
		require.Less(t, pages, 10)
		m := body(t, ta.do(http.MethodGet, "/v1/blocks?limit=7&from="+next, ""))
		all = append(all, numbers(t, m, "blocks", "number")...)
		next, _ = m["next"].(string)
	}
	require.Equal(t, seq(0, 45), all)

	m = body(t, ta.do(http.MethodGet, "/v1/blocks?from=40&limit=5", ""))
	require.Equal(t, seq(40, 45), numbers(t, m, "blocks", "number"))
	require.Nil(t, m["next"], "the page ending at the latest block is the last")
	m = body(t, ta.do(http.MethodGet, "/v1/blocks?from=45", ""))
	require.Equal(t, []any{}, m["blocks"])
	require.Nil(t, m["next"])
	m = body(t, ta.do(http.MethodGet, "/v1/blocks?from=&limit=", ""))
	require.Len(t, m["blocks"], 20, "empty values count as absent")
	m = body(t, ta.do(http.MethodGet, "/v1/blocks?limit=1000", ""))
	require.Len(t, m["blocks"], 45, "a limit above the maximum is clamped")

	capped := newTestAPI(t, Options{MaxPageLimit: 10})
	m = body(t, capped.do(http.MethodGet, "/v1/blocks?limit=1000", ""))
	require.Len(t, m["blocks"], 10)
	require.Equal(t, "10", m["next"])

	require.Equal(t, "limit: must be at least 1", errorOf(t, ta.do(http.MethodGet, "/v1/blocks?limit=0", ""), 400, plasma.EINVALID))
	require.Equal(t, "limit: "+decimalProblem, errorOf(t, ta.do(http.MethodGet, "/v1/blocks?limit=-5", ""), 400, plasma.EINVALID))
	require.Equal(t, "from: "+decimalProblem, errorOf(t, ta.do(http.MethodGet, "/v1/blocks?from=abc", ""), 400, plasma.EINVALID))
	require.Equal(t, "from: exceeds 2^64-1", errorOf(t, ta.do(http.MethodGet, "/v1/blocks?from=99999999999999999999", ""), 400, plasma.EINVALID))
	require.Equal(t, "from: given more than once", errorOf(t, ta.do(http.MethodGet, "/v1/blocks?from=1&from=2", ""), 400, plasma.EINVALID))
}

func TestExits(t *testing.T) {
	ta := newTestAPI(t, Options{})
	m := body(t, ta.do(http.MethodGet, "/v1/exits", ""))
	require.Equal(t, seq(0, 20), numbers(t, m, "exits", "id"))
	require.Equal(t, "20", m["next"])
	first := m["exits"].([]any)[1].(map[string]any)
	require.Equal(t, map[string]any{
		"id": "1", "owner": bob.Hex(), "token": token.Hex(), "amount": "7", "nonce": "3", "block": "2",
		"exitableAt": "1700100000", "position": "0", "status": "open",
	}, first)
	require.Nil(t, m["exits"].([]any)[0].(map[string]any)["position"])

	// Filtered pages skip gaps: next is the id of the first exit of the next page.
	m = body(t, ta.do(http.MethodGet, "/v1/exits?status=open&token="+strings.ToLower(token.Hex())+"&limit=4", ""))
	require.Equal(t, []string{"1", "3", "5", "7"}, numbers(t, m, "exits", "id"))
	require.Equal(t, "9", m["next"])
	require.Equal(t, ExitOpen, ta.b.lastExits.Status)
	require.Equal(t, token, *ta.b.lastExits.Token)
	require.Nil(t, ta.b.lastExits.Owner)
	m = body(t, ta.do(http.MethodGet, "/v1/exits?status=open&from=25", ""))
	require.Equal(t, []string{"25", "27", "29"}, numbers(t, m, "exits", "id"))
	require.Nil(t, m["next"])
	m = body(t, ta.do(http.MethodGet, "/v1/exits?owner="+alice.Hex()+"&status=replaced", ""))
	require.Equal(t, []any{}, m["exits"])

	require.Equal(t, "status: must be one of open, finalized, replaced", errorOf(t, ta.do(http.MethodGet, "/v1/exits?status=closed", ""), 400, plasma.EINVALID))
	require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/exits?token=eth", ""), 400, plasma.EINVALID), "token: "))
	require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/exits?owner=0x12", ""), 400, plasma.EINVALID), "owner: "))
	errorOf(t, ta.do(http.MethodGet, "/v1/exits?from=x", ""), 400, plasma.EINVALID)
}

func TestDeposits(t *testing.T) {
	ta := newTestAPI(t, Options{})
	m := body(t, ta.do(http.MethodGet, "/v1/deposits?owner="+alice.Hex()+"&limit=4", ""))
	require.Equal(t, seq(0, 4), numbers(t, m, "deposits", "index"))
	require.Equal(t, "4", m["next"])
	require.Equal(t, alice, *ta.b.lastDeposits.Owner)
	require.Equal(t, 5, ta.b.lastDeposits.Limit, "one more than the page, to know whether another follows")
	require.Equal(t, map[string]any{
		"index": "0", "owner": alice.Hex(), "token": plasma.ETH.Hex(), "amount": "5", "status": "credited",
		"block": "1", "l1Tx": common.BigToHash(bigOf(9000)).Hex(), "l1Block": "400",
	}, m["deposits"].([]any)[0])
	m = body(t, ta.do(http.MethodGet, "/v1/deposits?from=4", ""))
	require.Equal(t, map[string]any{
		"index": "4", "owner": alice.Hex(), "token": plasma.ETH.Hex(), "amount": "5", "status": "pending",
		"block": nil, "l1Tx": nil, "l1Block": nil,
	}, m["deposits"].([]any)[0])
	require.Nil(t, m["next"])
	m = body(t, ta.do(http.MethodGet, "/v1/deposits?token="+token.Hex(), ""))
	require.Equal(t, []any{}, m["deposits"])
	require.True(t, strings.HasPrefix(errorOf(t, ta.do(http.MethodGet, "/v1/deposits?owner=x", ""), 400, plasma.EINVALID), "owner: "))
}

func TestHealthAndReady(t *testing.T) {
	ta := newTestAPI(t, Options{})
	rec := ta.do(http.MethodGet, "/healthz", "")
	require.JSONEq(t, `{"status":"ok"}`, rec.Body.String())
	rec = ta.do(http.MethodGet, "/readyz", "")
	require.JSONEq(t, `{"status":"ready"}`, rec.Body.String())

	ta.b.readyErr = plasma.Errorf(plasma.EUNAVAILABLE, "syncing L1: 12 blocks behind")
	require.Equal(t, "syncing L1: 12 blocks behind", errorOf(t, ta.do(http.MethodGet, "/readyz", ""), 503, plasma.EUNAVAILABLE))
	ta.b.readyErr = errors.New("leveldb closed")
	require.Equal(t, "internal error", errorOf(t, ta.do(http.MethodGet, "/readyz", ""), 503, plasma.EUNAVAILABLE))
	ta.b.readyErr = plasma.Errorf(plasma.ECONFLICT, "frozen")
	require.Equal(t, "frozen", errorOf(t, ta.do(http.MethodGet, "/readyz", ""), 503, plasma.EUNAVAILABLE))
	// Liveness does not ask the backend.
	require.Equal(t, http.StatusOK, ta.do(http.MethodGet, "/healthz", "").Code)
}

func TestPanicRecovery(t *testing.T) {
	reg := prometheus.NewRegistry()
	ta := newTestAPI(t, Options{Registerer: reg})
	ta.b.panicking = true
	require.Equal(t, "internal error", errorOf(t, ta.do(http.MethodGet, "/v1/blocks/3", ""), 500, plasma.EINTERNAL))
	require.Contains(t, ta.logText(), "backend exploded")
	require.Equal(t, 1.0, requestCount(t, reg, "/v1/blocks/{n}", "500"))
	// The server keeps serving.
	ta.b.panicking = false
	require.Equal(t, http.StatusOK, ta.do(http.MethodGet, "/v1/blocks/3", "").Code)
}

// family gathers one metric family from reg.
func family(t *testing.T, reg *prometheus.Registry, name string) *dto.MetricFamily {
	t.Helper()
	mfs, err := reg.Gather()
	require.NoError(t, err)
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf
		}
	}
	t.Fatalf("no metric %s", name)
	return nil
}

func seriesCount(t *testing.T, reg *prometheus.Registry, name string) int {
	return len(family(t, reg, name).GetMetric())
}

// requestCount is http_requests_total{route,code}.
func requestCount(t *testing.T, reg *prometheus.Registry, route, code string) float64 {
	t.Helper()
	for _, m := range family(t, reg, "http_requests_total").GetMetric() {
		labels := map[string]string{}
		for _, l := range m.GetLabel() {
			labels[l.GetName()] = l.GetValue()
		}
		if labels["route"] == route && labels["code"] == code {
			return m.GetCounter().GetValue()
		}
	}
	return 0
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	ta := newTestAPI(t, Options{Registerer: reg})
	ta.do(http.MethodGet, "/v1/blocks/1", "")
	ta.do(http.MethodGet, "/v1/blocks/2", "")
	ta.do(http.MethodGet, "/v1/blocks/99", "")
	ta.do(http.MethodGet, "/no/such/route/"+strings.Repeat("x", 50), "")
	ta.do(http.MethodPost, "/v1/info", "")
	ta.do(http.MethodOptions, "/v1/transfers", "", "Origin", "https://wallet.example", "Access-Control-Request-Method", "POST")

	require.Equal(t, 2.0, requestCount(t, reg, "/v1/blocks/{n}", "200"))
	require.Equal(t, 1.0, requestCount(t, reg, "/v1/blocks/{n}", "404"))
	require.Equal(t, 1.0, requestCount(t, reg, routeUnmatched, "404"))
	require.Equal(t, 1.0, requestCount(t, reg, routeUnmatched, "405"))
	require.Equal(t, 1.0, requestCount(t, reg, routePreflight, "204"))
	require.Equal(t, 5, seriesCount(t, reg, "http_requests_total"), "one series per route and code")
	require.Equal(t, 3, seriesCount(t, reg, "http_request_duration_seconds"), "one series per route")

	// Two routers may share a registry.
	require.NotPanics(t, func() { NewRouter(ta.b, Options{Registerer: reg}) })
	names, err := reg.Gather()
	require.NoError(t, err)
	var got []string
	for _, mf := range names {
		got = append(got, mf.GetName())
	}
	require.Equal(t, []string{"http_request_duration_seconds", "http_requests_total"}, got)
}

func TestCORS(t *testing.T) {
	open := newTestAPI(t, Options{})
	rec := open.do(http.MethodOptions, "/v1/transfers", "", "Origin", "https://wallet.example", "Access-Control-Request-Method", "POST",
		"Access-Control-Request-Headers", "content-type")
	require.Equal(t, http.StatusNoContent, rec.Code)
	require.Equal(t, "*", rec.Header().Get("Access-Control-Allow-Origin"))
	require.Contains(t, rec.Header().Get("Access-Control-Allow-Methods"), "POST")
	require.Equal(t, "Content-Type", rec.Header().Get("Access-Control-Allow-Headers"))
	require.Empty(t, rec.Header().Get("Access-Control-Allow-Credentials"))
	rec = open.do(http.MethodGet, "/v1/info", "", "Origin", "https://dashboard.example")
	require.Equal(t, http.StatusOK, rec.Code)
	require.Equal(t, "*", rec.Header().Get("Access-Control-Allow-Origin"))
	// Without an Origin nothing CORS is added, and a bare OPTIONS is a 405.
	rec = open.do(http.MethodOptions, "/v1/info", "")
	require.Equal(t, http.StatusMethodNotAllowed, rec.Code)
	require.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))

	closed := newTestAPI(t, Options{CORSOrigins: []string{"https://dashboard.example"}})
	rec = closed.do(http.MethodGet, "/v1/info", "", "Origin", "https://dashboard.example")
	require.Equal(t, "https://dashboard.example", rec.Header().Get("Access-Control-Allow-Origin"))
	require.Equal(t, "Origin", rec.Header().Get("Vary"))
	rec = closed.do(http.MethodGet, "/v1/info", "", "Origin", "https://evil.example")
	require.Equal(t, http.StatusOK, rec.Code)
	require.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))
	rec = closed.do(http.MethodOptions, "/v1/transfers", "", "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
	require.NotEqual(t, http.StatusNoContent, rec.Code)
	require.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))
}

func TestRequestTimeout(t *testing.T) {
	ta := newTestAPI(t, Options{RequestTimeout: 50 * time.Millisecond})
	ta.b.block = make(chan struct{})
	defer close(ta.b.block)
	start := time.Now()
	require.Equal(t, "request timed out", errorOf(t, ta.do(http.MethodGet, "/v1/info", ""), 503, plasma.EUNAVAILABLE))
	require.Less(t, time.Since(start), 5*time.Second)
}

// NewServer serves the router over a real socket with its limits set.
func TestNewServer(t *testing.T) {
	b := newMemBackend()
	b.fixture(5)
	cfg := ServerConfig{Addr: "127.0.0.1:0"}
	require.NoError(t, cfg.Check())
	require.Error(t, (&ServerConfig{}).Check())
	require.Error(t, (&ServerConfig{Addr: ":1", ReadTimeout: -1}).Check())
	srv := NewServer(cfg, NewRouter(b, Options{Log: zerolog.New(zerolog.NewTestWriter(t))}), zerolog.New(zerolog.NewTestWriter(t)))
	require.Equal(t, 5*time.Second, srv.ReadHeaderTimeout)
	require.Equal(t, 15*time.Second, srv.ReadTimeout)
	require.Equal(t, 30*time.Second, srv.WriteTimeout)
	require.Equal(t, 120*time.Second, srv.IdleTimeout)
	require.Equal(t, 32<<10, srv.MaxHeaderBytes)

	l, err := net.Listen("tcp", cfg.Addr)
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	resp, err := http.Get("http://" + l.Addr().String() + "/v1/blocks/4")
	require.NoError(t, err)
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.NoError(t, resp.Body.Close())
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Contains(t, string(raw), `"number":"4"`)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	require.NoError(t, srv.Shutdown(ctx))
	require.ErrorIs(t, <-done, http.ErrServerClosed)
}
