package httpapi

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// The proof answer written directly is byte for byte what encoding/json
// writes for the documented proofJSON, whatever the field values.
func TestProofJSONMatchesEncoder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	bytesOf := func(n int) []byte {
		if n < 0 {
			return nil
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	for i := 0; i < 200; i++ {
		var p ProofInfo
		copy(p.Owner[:], bytesOf(20))
		if i%3 != 0 {
			copy(p.Token[:], bytesOf(20))
		}
		p.Header.Number, p.Header.OpsCursor, p.Header.Timestamp = rng.Uint64()>>uint(rng.IntN(64)), rng.Uint64(), rng.Uint64N(2e9)
		p.Header.StateRoot = common.BytesToHash(bytesOf(32))
		p.Header.TxRoot = common.BytesToHash(bytesOf(32))
		p.Header.OpsHash = common.BytesToHash(bytesOf(32))
		p.CommittedAt = rng.Uint64()
		p.Key = bytesOf(41)
		p.Exists = i%4 != 0
		if p.Exists {
			p.Value = bytesOf(72)
			p.Leaf.Balance = uint256.Int{rng.Uint64(), rng.Uint64() >> uint(rng.IntN(64)), 0, uint64(i % 2)}
			p.Leaf.Spent.SetUint64(rng.Uint64N(1000))
			p.Leaf.Nonce = rng.Uint64N(100)
		}
		p.Proof = bytesOf(rng.IntN(1500) - 1)
		p.ICS23 = bytesOf(rng.IntN(2000) - 1)
		p.StartExitCalldata = bytesOf(rng.IntN(2000) - 1)

		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(encodeProof(&p)))
		require.Equal(t, want.String(), string(appendProofJSON(nil, &p)))
	}
}

// The proof route answers with the headers every JSON answer carries.
func TestProofHeaders(t *testing.T) {
	ta := newTestAPI(t, Options{})
	info := ta.do(http.MethodGet, "/v1/info", "")
	proof := ta.do(http.MethodGet, "/v1/proofs/"+alice.Hex()+"/0x0000000000000000000000000000000000000000", "")
	require.Equal(t, http.StatusOK, proof.Code, proof.Body.String())
	for _, h := range []string{"Content-Type", "X-Content-Type-Options", "Cache-Control"} {
		require.NotEmpty(t, info.Header().Get(h), h)
		require.Equal(t, info.Header().Values(h), proof.Header().Values(h), h)
	}
}
