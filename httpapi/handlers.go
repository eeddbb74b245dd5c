package httpapi

import (
	"encoding/json"
	"math/big"
	"net/http"
	"net/url"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/mux"

	plasma "github.com/avlplasma/avlplasma"
	"github.com/avlplasma/avlplasma/proofs"
)

// ---- GET /v1/info

type infoJSON struct {
	ChainID            string                 `json:"chainId"`
	Contract           string                 `json:"contract"`
	Operator           string                 `json:"operator"`
	Domain             domainJSON             `json:"domain"`
	Types              map[string][]typeField `json:"types"`
	LatestBlock        string                 `json:"latestBlock"`
	CommittedBlock     string                 `json:"committedBlock"`
	FinalizedBlock     string                 `json:"finalizedBlock"`
	Frozen             bool                   `json:"frozen"`
	MinFee             string                 `json:"minFee"`
	MinDeadlineMargin  string                 `json:"minDeadlineMargin"`
	MaxDeadlineHorizon string                 `json:"maxDeadlineHorizon"`
}

// domainJSON is the EIP-712 domain as wallets take it: ethers'
// signTypedData(domain, …) and eth_signTypedData_v4's "domain".
type domainJSON struct {
	Name              string          `json:"name"`
	Version           string          `json:"version"`
	ChainID           json.RawMessage `json:"chainId"`
	VerifyingContract string          `json:"verifyingContract"`
}

type typeField struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// eip712Types are the typed-data definitions of PROTOCOL §3 and §6 (a test
// checks them against the type strings package proofs hashes). ethers wants
// only the primary type: signTypedData(domain, {Transfer: types.Transfer},
// value); eth_signTypedData_v4 wants EIP712Domain as well.
var eip712Types = map[string][]typeField{
	"EIP712Domain": {
		{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"},
	},
	"Transfer": {
		{"from", "address"}, {"to", "address"}, {"token", "address"}, {"amount", "uint256"},
		{"nonce", "uint64"}, {"fee", "uint256"}, {"spent", "uint256"}, {"deadline", "uint64"},
	},
	"ExitAuthorization": {
		{"owner", "address"}, {"token", "address"}, {"executor", "address"}, {"deadline", "uint64"},
	},
}

// maxSafeInteger is the largest integer a JavaScript number holds exactly.
const maxSafeInteger = 1<<53 - 1

// walletChainID writes chainId as a JSON number, which every wallet takes,
// unless JavaScript would round it; then as a decimal string (ethers takes
// both).
func walletChainID(id *big.Int) json.RawMessage {
	if id.IsInt64() && id.Int64() >= 0 && id.Int64() <= maxSafeInteger {
		return json.RawMessage(id.String())
	}
	return json.RawMessage(`"` + id.String() + `"`)
}

func (a *api) info(w http.ResponseWriter, r *http.Request) {
	in, err := a.b.Info(r.Context())
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	chainID := new(big.Int)
	if in.ChainID != nil {
		chainID.Set(in.ChainID)
	}
	a.writeJSON(w, r, http.StatusOK, infoJSON{
		ChainID:  chainID.String(),
		Contract: fmtAddr(in.Contract),
		Operator: fmtAddr(in.Operator),
		Domain: domainJSON{
			Name:              proofs.DomainName,
			Version:           proofs.DomainVersion,
			ChainID:           walletChainID(chainID),
			VerifyingContract: fmtAddr(in.Contract),
		},
		Types:              eip712Types,
		LatestBlock:        fmtU64(in.LatestBlock),
		CommittedBlock:     fmtU64(in.CommittedBlock),
		FinalizedBlock:     fmtU64(in.FinalizedBlock),
		Frozen:             in.Frozen,
		MinFee:             fmtU256(&in.MinFee),
		MinDeadlineMargin:  fmtU64(in.MinDeadlineMargin),
		MaxDeadlineHorizon: fmtU64(in.MaxDeadlineHorizon),
	})
}

// ---- POST /v1/transfers, GET /v1/transfers/{hash}

type submitJSON struct {
	Hash   string `json:"hash"`
	Status string `json:"status"`
}

func (a *api) submitTransfer(w http.ResponseWriter, r *http.Request) {
	body, err := a.readBody(w, r)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	t, err := DecodeTransfer(body)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	hash, status, err := a.b.SubmitTransfer(r.Context(), t)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	a.writeJSON(w, r, http.StatusOK, submitJSON{Hash: fmtHash(hash), Status: string(status)})
}

type transferStatusJSON struct {
	Hash   string  `json:"hash"`
	Status string  `json:"status"`
	Block  *string `json:"block"`
	Index  *string `json:"index"`
}

func (a *api) transfer(w http.ResponseWriter, r *http.Request) {
	hash, err := parseHash("hash", mux.Vars(r)["hash"])
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	ti, err := a.b.Transfer(r.Context(), hash)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	a.writeJSON(w, r, http.StatusOK, transferStatusJSON{
		Hash: fmtHash(ti.Hash), Status: string(ti.Status), Block: fmtU64Ptr(ti.Block), Index: fmtU64Ptr(ti.Index),
	})
}

// ---- GET /v1/accounts/{owner}

type accountJSON struct {
	Owner    string        `json:"owner"`
	Block    string        `json:"block"`
	Balances []balanceJSON `json:"balances"`
}

type balanceJSON struct {
	Token   string `json:"token"`
	Balance string `json:"balance"`
	Nonce   string `json:"nonce"`
	Spent   string `json:"spent"`
}

func (a *api) account(w http.ResponseWriter, r *http.Request) {
	owner, err := parseAddress("owner", mux.Vars(r)["owner"])
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	acc, err := a.b.Account(r.Context(), owner)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	out := accountJSON{Owner: fmtAddr(acc.Owner), Block: fmtU64(acc.Block), Balances: make([]balanceJSON, 0, len(acc.Balances))}
	for i := range acc.Balances {
		b := &acc.Balances[i]
		out.Balances = append(out.Balances, balanceJSON{
			Token: fmtAddr(b.Token), Balance: fmtU256(&b.Leaf.Balance), Nonce: fmtU64(b.Leaf.Nonce), Spent: fmtU256(&b.Leaf.Spent),
		})
	}
	a.writeJSON(w, r, http.StatusOK, out)
}

// ---- GET /v1/proofs/{owner}/{token}

// headerJSON is plasma.Header, field names as in the Solidity struct, so an
// ABI library can take it as the `header` tuple unchanged.
type headerJSON struct {
	Number    string `json:"number"`
	StateRoot string `json:"stateRoot"`
	TxRoot    string `json:"txRoot"`
	OpsCursor string `json:"opsCursor"`
	OpsHash   string `json:"opsHash"`
	Timestamp string `json:"timestamp"`
}

func encodeHeader(h *plasma.Header) headerJSON {
	return headerJSON{
		Number:    fmtU64(h.Number),
		StateRoot: fmtHash(h.StateRoot),
		TxRoot:    fmtHash(h.TxRoot),
		OpsCursor: fmtU64(h.OpsCursor),
		OpsHash:   fmtHash(h.OpsHash),
		Timestamp: fmtU64(h.Timestamp),
	}
}

type proofJSON struct {
	Owner             string     `json:"owner"`
	Token             string     `json:"token"`
	Block             string     `json:"block"`
	Header            headerJSON `json:"header"`
	CommittedAt       string     `json:"committedAt"`
	Key               string     `json:"key"`
	Exists            bool       `json:"exists"`
	Value             string     `json:"value"`
	Balance           string     `json:"balance"`
	Nonce             string     `json:"nonce"`
	Spent             string     `json:"spent"`
	Proof             string     `json:"proof"`
	ICS23             string     `json:"ics23"`
	StartExitCalldata string     `json:"startExitCalldata"`
}

func (a *api) proof(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	owner, err := parseAddress("owner", vars["owner"])
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	token, err := parseAddress("token", vars["token"])
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	q, err := parseQuery(r)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	var block *uint64
	if s, ok, err := queryOne(q, "block"); err != nil {
		a.writeError(w, r, err)
		return
	} else if ok {
		n, err := parseUint64("block", s)
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		block = &n
	}
	p, err := a.b.Proof(r.Context(), owner, token, block)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	// The busiest read route: written directly rather than through
	// encoding/json, byte for byte what writeJSON writes for encodeProof's
	// value (a test holds them equal).
	bp := proofBufs.Get().(*[]byte)
	buf := appendProofJSON((*bp)[:0], &p)
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	// Sized, the answer goes out in one write instead of in chunks.
	h.Set("Content-Length", strconv.Itoa(len(buf)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(buf)
	if cap(buf) <= 64<<10 {
		*bp = buf
		proofBufs.Put(bp)
	}
}

// encodeProof is the proof answer as a JSON document (proofJSON's fields
// and order are the API's).
func encodeProof(p *ProofInfo) proofJSON {
	return proofJSON{
		Owner:             fmtAddr(p.Owner),
		Token:             fmtAddr(p.Token),
		Block:             fmtU64(p.Header.Number),
		Header:            encodeHeader(&p.Header),
		CommittedAt:       fmtU64(p.CommittedAt),
		Key:               fmtBytes(p.Key),
		Exists:            p.Exists,
		Value:             fmtBytes(p.Value),
		Balance:           fmtU256(&p.Leaf.Balance),
		Nonce:             fmtU64(p.Leaf.Nonce),
		Spent:             fmtU256(&p.Leaf.Spent),
		Proof:             fmtBytes(p.Proof),
		ICS23:             fmtBytes(p.ICS23),
		StartExitCalldata: fmtBytes(p.StartExitCalldata),
	}
}

var proofBufs = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// appendProofJSON appends encodeProof(p) as writeJSON encodes it, with its
// trailing newline. Every string is hex, decimal or an address, so none
// needs escaping.
func appendProofJSON(b []byte, p *ProofInfo) []byte {
	str := func(b []byte, name, v string) []byte {
		b = append(b, `,"`...)
		b = append(b, name...)
		b = append(b, `":"`...)
		b = append(b, v...)
		return append(b, '"')
	}
	u64 := func(b []byte, name string, v uint64) []byte {
		b = append(b, `,"`...)
		b = append(b, name...)
		b = append(b, `":"`...)
		b = strconv.AppendUint(b, v, 10)
		return append(b, '"')
	}
	hexField := func(b []byte, name string, v []byte) []byte {
		b = append(b, `,"`...)
		b = append(b, name...)
		b = append(b, `":"`...)
		b = appendHex(b, v)
		return append(b, '"')
	}
	h := &p.Header
	b = append(b, `{"owner":"`...)
	b = append(b, fmtAddr(p.Owner)...)
	b = append(b, '"')
	b = str(b, "token", fmtAddr(p.Token))
	b = u64(b, "block", h.Number)
	b = append(b, `,"header":{"number":"`...)
	b = strconv.AppendUint(b, h.Number, 10)
	b = append(b, '"')
	b = hexField(b, "stateRoot", h.StateRoot[:])
	b = hexField(b, "txRoot", h.TxRoot[:])
	b = u64(b, "opsCursor", h.OpsCursor)
	b = hexField(b, "opsHash", h.OpsHash[:])
	b = u64(b, "timestamp", h.Timestamp)
	b = append(b, '}')
	b = u64(b, "committedAt", p.CommittedAt)
	b = hexField(b, "key", p.Key)
	b = strconv.AppendBool(append(b, `,"exists":`...), p.Exists)
	b = hexField(b, "value", p.Value)
	b = str(b, "balance", fmtU256(&p.Leaf.Balance))
	b = u64(b, "nonce", p.Leaf.Nonce)
	b = str(b, "spent", fmtU256(&p.Leaf.Spent))
	b = hexField(b, "proof", p.Proof)
	b = hexField(b, "ics23", p.ICS23)
	b = hexField(b, "startExitCalldata", p.StartExitCalldata)
	return append(b, "}\n"...)
}

// ---- GET /v1/blocks, /v1/blocks/{n}, /v1/blocks/{n}/transfers/{i}/proof

type opJSON struct {
	Index    string `json:"index"`
	Kind     string `json:"kind"`
	KindName string `json:"kindName"`
	Owner    string `json:"owner"`
	Token    string `json:"token"`
	Amount   string `json:"amount"`
	Nonce    string `json:"nonce"`
}

type blockJSON struct {
	Number        string         `json:"number"`
	Status        string         `json:"status"`
	Header        headerJSON     `json:"header"`
	CommittedAt   *string        `json:"committedAt"`
	CommitTx      *string        `json:"commitTx"`
	CommitL1Block *string        `json:"commitL1Block"`
	Ops           []opJSON       `json:"ops"`
	Transfers     []transferJSON `json:"transfers"`
}

type blocksJSON struct {
	Blocks []blockJSON `json:"blocks"`
	Next   *string     `json:"next"`
}

// errHashes reports a backend that broke the BlockInfo.Hashes contract.
var errHashes = plasma.Errorf(plasma.EINTERNAL, "block hashes do not match its transfers")

func encodeBlock(bi *BlockInfo) (blockJSON, error) {
	b := &bi.Block
	if len(bi.Hashes) != len(b.Transfers) {
		return blockJSON{}, errHashes
	}
	out := blockJSON{
		Number:        fmtU64(b.Number),
		Status:        string(bi.Status),
		Header:        encodeHeader(&b.Header),
		CommittedAt:   fmtU64Ptr(bi.CommittedAt),
		CommitTx:      fmtHashPtr(bi.CommitTx),
		CommitL1Block: fmtU64Ptr(bi.CommitL1Block),
		Ops:           make([]opJSON, 0, len(b.Ops)),
		Transfers:     make([]transferJSON, 0, len(b.Transfers)),
	}
	for i := range b.Ops {
		op := &b.Ops[i]
		out.Ops = append(out.Ops, opJSON{
			Index:    fmtU64(op.Index),
			Kind:     fmtU64(uint64(op.Kind)),
			KindName: op.Kind.String(),
			Owner:    fmtAddr(op.Owner),
			Token:    fmtAddr(op.Token),
			Amount:   fmtU256(&op.Amount),
			Nonce:    fmtU64(op.Nonce),
		})
	}
	for i := range b.Transfers {
		out.Transfers = append(out.Transfers, encodeTransfer(&b.Transfers[i], &bi.Hashes[i]))
	}
	return out, nil
}

func (a *api) blocks(w http.ResponseWriter, r *http.Request) {
	from, limit, err := a.page(r)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	bs, err := a.b.Blocks(r.Context(), from, limit+1)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	out := blocksJSON{Blocks: make([]blockJSON, 0, min(len(bs), limit))}
	for i := range bs {
		if i == limit {
			out.Next = ptr(fmtU64(bs[i].Block.Number))
			break
		}
		bj, err := encodeBlock(&bs[i])
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		out.Blocks = append(out.Blocks, bj)
	}
	a.writeJSON(w, r, http.StatusOK, out)
}

func (a *api) block(w http.ResponseWriter, r *http.Request) {
	n, err := parseUint64("n", mux.Vars(r)["n"])
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	bi, err := a.b.Block(r.Context(), n)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	bj, err := encodeBlock(&bi)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	a.writeJSON(w, r, http.StatusOK, bj)
}

type txProofJSON struct {
	Block       string       `json:"block"`
	Index       string       `json:"index"`
	Header      headerJSON   `json:"header"`
	CommittedAt *string      `json:"committedAt"`
	Transfer    transferJSON `json:"transfer"`
	Leaf        string       `json:"leaf"`
	Proof       []string     `json:"proof"`
}

func (a *api) transferProof(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	n, err := parseUint64("n", vars["n"])
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	i, err := parseUint64("i", vars["i"])
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	p, err := a.b.TransferProof(r.Context(), n, i)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	out := txProofJSON{
		Block:       fmtU64(p.Header.Number),
		Index:       fmtU64(p.Index),
		Header:      encodeHeader(&p.Header),
		CommittedAt: fmtU64Ptr(p.CommittedAt),
		Transfer:    encodeTransfer(&p.Transfer, &p.Hash),
		Leaf:        fmtHash(p.Leaf),
		Proof:       make([]string, 0, len(p.Proof)),
	}
	for _, h := range p.Proof {
		out.Proof = append(out.Proof, fmtHash(h))
	}
	a.writeJSON(w, r, http.StatusOK, out)
}

// ---- GET /v1/exits

type exitJSON struct {
	ID         string  `json:"id"`
	Owner      string  `json:"owner"`
	Token      string  `json:"token"`
	Amount     string  `json:"amount"`
	Nonce      string  `json:"nonce"`
	Block      string  `json:"block"`
	ExitableAt string  `json:"exitableAt"`
	Position   *string `json:"position"`
	Status     string  `json:"status"`
}

type exitsJSON struct {
	Exits []exitJSON `json:"exits"`
	Next  *string    `json:"next"`
}

func (a *api) exits(w http.ResponseWriter, r *http.Request) {
	from, limit, err := a.page(r)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	q, _ := parseQuery(r) // page already refused a malformed query
	f := ExitFilter{From: from, Limit: limit + 1}
	if f.Token, err = queryAddress(q, "token"); err != nil {
		a.writeError(w, r, err)
		return
	}
	if f.Owner, err = queryAddress(q, "owner"); err != nil {
		a.writeError(w, r, err)
		return
	}
	if s, ok, err := queryOne(q, "status"); err != nil {
		a.writeError(w, r, err)
		return
	} else if ok {
		switch st := ExitStatus(s); st {
		case ExitOpen, ExitFinalized, ExitReplaced:
			f.Status = st
		default:
			a.writeError(w, r, invalid("status", "must be one of open, finalized, replaced"))
			return
		}
	}
	es, err := a.b.Exits(r.Context(), f)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	out := exitsJSON{Exits: make([]exitJSON, 0, min(len(es), limit))}
	for i := range es {
		e := &es[i]
		if i == limit {
			out.Next = ptr(fmtU64(e.ID))
			break
		}
		out.Exits = append(out.Exits, exitJSON{
			ID:         fmtU64(e.ID),
			Owner:      fmtAddr(e.Owner),
			Token:      fmtAddr(e.Token),
			Amount:     fmtU256(&e.Amount),
			Nonce:      fmtU64(e.Nonce),
			Block:      fmtU64(e.Block),
			ExitableAt: fmtU64(e.ExitableAt),
			Position:   fmtU64Ptr(e.Position),
			Status:     string(e.Status),
		})
	}
	a.writeJSON(w, r, http.StatusOK, out)
}

// ---- GET /v1/deposits

type depositJSON struct {
	Index   string  `json:"index"`
	Owner   string  `json:"owner"`
	Token   string  `json:"token"`
	Amount  string  `json:"amount"`
	Status  string  `json:"status"`
	Block   *string `json:"block"`
	L1Tx    *string `json:"l1Tx"`
	L1Block *string `json:"l1Block"`
}

type depositsJSON struct {
	Deposits []depositJSON `json:"deposits"`
	Next     *string       `json:"next"`
}

func (a *api) deposits(w http.ResponseWriter, r *http.Request) {
	from, limit, err := a.page(r)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	q, _ := parseQuery(r) // page already refused a malformed query
	f := DepositFilter{From: from, Limit: limit + 1}
	if f.Owner, err = queryAddress(q, "owner"); err != nil {
		a.writeError(w, r, err)
		return
	}
	if f.Token, err = queryAddress(q, "token"); err != nil {
		a.writeError(w, r, err)
		return
	}
	ds, err := a.b.Deposits(r.Context(), f)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	out := depositsJSON{Deposits: make([]depositJSON, 0, min(len(ds), limit))}
	for i := range ds {
		d := &ds[i]
		if i == limit {
			out.Next = ptr(fmtU64(d.Index))
			break
		}
		out.Deposits = append(out.Deposits, depositJSON{
			Index:   fmtU64(d.Index),
			Owner:   fmtAddr(d.Owner),
			Token:   fmtAddr(d.Token),
			Amount:  fmtU256(&d.Amount),
			Status:  string(d.Status),
			Block:   fmtU64Ptr(d.Block),
			L1Tx:    fmtHashPtr(d.L1Tx),
			L1Block: fmtU64Ptr(d.L1Block),
		})
	}
	a.writeJSON(w, r, http.StatusOK, out)
}

// ---- query parameters

func ptr[T any](v T) *T { return &v }

// parseQuery parses the query string, refusing a malformed one instead of
// silently dropping its bad pairs as URL.Query does.
func parseQuery(r *http.Request) (url.Values, error) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, invalid("query", "malformed")
	}
	return q, nil
}

// queryOne returns the single value of a query parameter. An empty value
// counts as absent, so `?from=&limit=` is the first page.
func queryOne(q url.Values, name string) (string, bool, error) {
	vs := q[name]
	switch {
	case len(vs) > 1:
		return "", false, invalid(name, "given more than once")
	case len(vs) == 0 || vs[0] == "":
		return "", false, nil
	}
	return vs[0], true, nil
}

func queryAddress(q url.Values, name string) (*common.Address, error) {
	s, ok, err := queryOne(q, name)
	if err != nil || !ok {
		return nil, err
	}
	addr, err := parseAddress(name, s)
	if err != nil {
		return nil, err
	}
	return &addr, nil
}

// page reads `from` (default 0) and `limit` (default DefaultPageLimit,
// clamped to MaxPageLimit).
func (a *api) page(r *http.Request) (from uint64, limit int, err error) {
	q, err := parseQuery(r)
	if err != nil {
		return 0, 0, err
	}
	if s, ok, err := queryOne(q, "from"); err != nil {
		return 0, 0, err
	} else if ok {
		if from, err = parseUint64("from", s); err != nil {
			return 0, 0, err
		}
	}
	limit = min(DefaultPageLimit, a.opts.MaxPageLimit)
	if s, ok, err := queryOne(q, "limit"); err != nil {
		return 0, 0, err
	} else if ok {
		n, err := parseUint64("limit", s)
		if err != nil {
			return 0, 0, err
		}
		if n == 0 {
			return 0, 0, invalid("limit", "must be at least 1")
		}
		limit = int(min(n, uint64(a.opts.MaxPageLimit)))
	}
	return from, limit, nil
}
