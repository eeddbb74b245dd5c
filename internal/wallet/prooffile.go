package wallet

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/avlplasma/avlplasma/contracts/bindings"
)

// HeaderJSON is a block header as the API spells it (PROTOCOL §4, §10).
type HeaderJSON struct {
	Number    string      `json:"number"`
	StateRoot common.Hash `json:"stateRoot"`
	TxRoot    common.Hash `json:"txRoot"`
	OpsCursor string      `json:"opsCursor"`
	OpsHash   common.Hash `json:"opsHash"`
	Timestamp string      `json:"timestamp"`
}

// Binding decodes the header into the contract's form; errors name the
// field.
func (j *HeaderJSON) Binding() (h bindings.PlasmaChainHeader, err error) {
	if h.Number, err = parseU64("header.number", j.Number); err != nil {
		return h, err
	}
	if h.OpsCursor, err = parseU64("header.opsCursor", j.OpsCursor); err != nil {
		return h, err
	}
	if h.Timestamp, err = parseU64("header.timestamp", j.Timestamp); err != nil {
		return h, err
	}
	h.StateRoot, h.TxRoot, h.OpsHash = j.StateRoot, j.TxRoot, j.OpsHash
	return h, nil
}

// ProofFile is the saved answer of GET /v1/proofs/{owner}/{token}: what a
// user keeps to exit without the operator.
type ProofFile struct {
	Owner             common.Address `json:"owner"`
	Token             common.Address `json:"token"`
	Block             string         `json:"block"`
	Header            HeaderJSON     `json:"header"`
	CommittedAt       string         `json:"committedAt"`
	Exists            bool           `json:"exists"`
	Balance           string         `json:"balance"`
	Nonce             string         `json:"nonce"`
	Spent             string         `json:"spent"`
	Proof             hexutil.Bytes  `json:"proof"`
	StartExitCalldata hexutil.Bytes  `json:"startExitCalldata"`
	// Contract is added by the wallet when it saves the file, so an exit
	// needs nothing from the operator (the API's answer lacks it).
	Contract common.Address `json:"contract"`
}

// AnnotateProof adds the PlasmaChain address to the API's proof JSON,
// keeping every field the operator sent.
func AnnotateProof(raw []byte, contract common.Address) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("proof: %w", err)
	}
	c, _ := json.Marshal(contract)
	m["contract"] = c
	return json.MarshalIndent(m, "", "  ")
}

// ParseProofFile decodes a saved proof.
func ParseProofFile(b []byte) (*ProofFile, error) {
	var p ProofFile
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("proof file: %w", err)
	}
	if p.Owner == (common.Address{}) || len(p.Proof) == 0 {
		return nil, fmt.Errorf("proof file: no owner or proof: is it the JSON `plasma proof` saved?")
	}
	return &p, nil
}

func parseU64(name, s string) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s %q: not a uint64", name, s)
	}
	return v, nil
}

func parseBig(name, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, fmt.Errorf("%s %q: not a uint256", name, s)
	}
	return v, nil
}

// ExitArgs are the arguments of startExit taken from the file.
type ExitArgs struct {
	Header      bindings.PlasmaChainHeader
	CommittedAt uint64
	Token       common.Address
	Leaf        bindings.PlasmaChainLeaf
	Proof       []byte
}

// ExitArgs decodes the header, leaf and proof fields into startExit's
// arguments.
func (p *ProofFile) ExitArgs() (*ExitArgs, error) {
	a := &ExitArgs{Token: p.Token, Proof: p.Proof}
	var err error
	if a.Header, err = p.Header.Binding(); err != nil {
		return nil, err
	}
	if a.CommittedAt, err = parseU64("committedAt", p.CommittedAt); err != nil {
		return nil, err
	}
	if a.Leaf.Balance, err = parseBig("balance", p.Balance); err != nil {
		return nil, err
	}
	if a.Leaf.Nonce, err = parseU64("nonce", p.Nonce); err != nil {
		return nil, err
	}
	if a.Leaf.Spent, err = parseBig("spent", p.Spent); err != nil {
		return nil, err
	}
	return a, nil
}

// Calldata is the startExit call built from the file's fields.
func (a *ExitArgs) Calldata() []byte {
	return bindings.NewPlasmaChain().PackStartExit(a.Header, a.CommittedAt, a.Token, a.Leaf, a.Proof)
}
