package httpapi

import (
	"encoding/json"
	"strings"
	"testing"

	plasma "github.com/avlplasma/avlplasma"
)

// FuzzDecodeTransfer feeds arbitrary bodies to the transfer decoder: it
// must never panic, must fail only with an EINVALID error naming a field,
// and whatever it accepts must survive a round trip through the API's own
// JSON spelling unchanged.
func FuzzDecodeTransfer(f *testing.F) {
	t0 := sampleTransfer(4)
	f.Add(transferBody(nil))
	f.Add(transferBody(map[string]string{"amount": quote("115792089237316195423570985008687907853269984665640564039457584007913129639935")}))
	f.Add(transferBody(map[string]string{"nonce": quote("18446744073709551615"), "fee": quote("0")}))
	f.Add(transferBody(map[string]string{"to": quote(strings.ToLower(t0.To.Hex()))}))
	f.Add(transferBody(map[string]string{"memo": `"x"`}))
	f.Add(transferBody(nil, "signature"))
	f.Add(transferBody(map[string]string{"nonce": "4"}))
	f.Add(transferBody(map[string]string{"amount": quote("01")}))
	f.Add(`{"from":"0x","from":"0x"}`)
	f.Add(`{}`)
	f.Add(`[]`)
	f.Add(`null`)
	f.Add(``)
	f.Add(`{"from":`)
	f.Add(transferBody(nil) + ` {}`)
	f.Fuzz(func(t *testing.T, body string) {
		tr, err := DecodeTransfer([]byte(body))
		if err != nil {
			if plasma.ErrorCode(err) != plasma.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			msg := plasma.ErrorMessage(err)
			field, _, ok := strings.Cut(msg, ": ")
			if !ok || (field != "body" && !isTransferField(field)) {
				t.Fatalf("message %q does not start with a field", msg)
			}
			return
		}
		if len(tr.Signature) != signatureLength {
			t.Fatalf("accepted a %d-byte signature", len(tr.Signature))
		}
		out, err := json.Marshal(encodeTransfer(tr, nil))
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeTransfer(out)
		if err != nil {
			t.Fatalf("own encoding %s refused: %v", out, err)
		}
		if again.From != tr.From || again.To != tr.To || again.Token != tr.Token || again.Amount != tr.Amount ||
			again.Nonce != tr.Nonce || again.Fee != tr.Fee || again.Spent != tr.Spent || again.Deadline != tr.Deadline ||
			string(again.Signature) != string(tr.Signature) {
			t.Fatalf("round trip changed the transfer: %+v → %+v", tr, again)
		}
	})
}
