package wallet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ErrUnreachable wraps every failure to talk to the operator at all
// (connection refused, timeout, a non-JSON answer).
var ErrUnreachable = errors.New("operator unreachable")

// APIError is an error answer of the REST API.
type APIError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Rule    string `json:"rule,omitempty"`
}

func (e *APIError) Error() string {
	s := fmt.Sprintf("operator refused (%s): %s", e.Code, e.Message)
	if e.Rule != "" {
		s += " [rule: " + e.Rule + "]"
	}
	return s
}

// Client talks to the operator's REST API.
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

// NewClient returns a client of the API at baseURL with a 15 s timeout per
// request.
func NewClient(baseURL string) *Client {
	return &Client{BaseURL: strings.TrimRight(baseURL, "/"), HTTP: &http.Client{Timeout: 15 * time.Second}}
}

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("%w at %s: %v", ErrUnreachable, c.BaseURL, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("%w at %s: %v", ErrUnreachable, c.BaseURL, err)
	}
	if resp.StatusCode >= 300 {
		ae := &APIError{Status: resp.StatusCode}
		if json.Unmarshal(raw, ae) != nil || ae.Code == "" {
			if resp.StatusCode >= 500 {
				return fmt.Errorf("%w at %s: HTTP %d", ErrUnreachable, c.BaseURL, resp.StatusCode)
			}
			ae.Code, ae.Message = http.StatusText(resp.StatusCode), strings.TrimSpace(string(raw))
		}
		return ae
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("%w at %s: bad answer to %s: %v", ErrUnreachable, c.BaseURL, path, err)
	}
	return nil
}

// Info is GET /v1/info.
type Info struct {
	ChainID            string          `json:"chainId"`
	Contract           common.Address  `json:"contract"`
	Operator           common.Address  `json:"operator"`
	Domain             json.RawMessage `json:"domain"`
	LatestBlock        string          `json:"latestBlock"`
	CommittedBlock     string          `json:"committedBlock"`
	FinalizedBlock     string          `json:"finalizedBlock"`
	Frozen             bool            `json:"frozen"`
	MinFee             string          `json:"minFee"`
	MinDeadlineMargin  string          `json:"minDeadlineMargin"`
	MaxDeadlineHorizon string          `json:"maxDeadlineHorizon"`
}

// Info fetches /v1/info.
func (c *Client) Info(ctx context.Context) (*Info, error) {
	var i Info
	return &i, c.do(ctx, http.MethodGet, "/v1/info", nil, &i)
}

// Balance is one leaf of an account as the API shows it.
type Balance struct {
	Token   common.Address `json:"token"`
	Balance string         `json:"balance"`
	Nonce   string         `json:"nonce"`
	Spent   string         `json:"spent"`
}

// Account is GET /v1/accounts/{owner}.
type Account struct {
	Owner    common.Address `json:"owner"`
	Block    string         `json:"block"`
	Balances []Balance      `json:"balances"`
}

// Account fetches the owner's leaves at the latest sealed block.
func (c *Client) Account(ctx context.Context, owner common.Address) (*Account, error) {
	var a Account
	return &a, c.do(ctx, http.MethodGet, "/v1/accounts/"+owner.Hex(), nil, &a)
}

// Leaf returns the owner's leaf of token (zeros when absent).
func (a *Account) Leaf(token common.Address) Balance {
	for _, b := range a.Balances {
		if b.Token == token {
			return b
		}
	}
	return Balance{Token: token, Balance: "0", Nonce: "0", Spent: "0"}
}

// TransferJSON is a transfer in the API's encoding.
type TransferJSON struct {
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

// TransferStatus is the answer of POST /v1/transfers and GET
// /v1/transfers/{hash}.
type TransferStatus struct {
	Hash   string  `json:"hash"`
	Status string  `json:"status"`
	Block  *string `json:"block,omitempty"`
	Index  *string `json:"index,omitempty"`
}

// Submit posts a signed transfer.
func (c *Client) Submit(ctx context.Context, t *TransferJSON) (*TransferStatus, error) {
	var s TransferStatus
	return &s, c.do(ctx, http.MethodPost, "/v1/transfers", t, &s)
}

// Transfer fetches a transfer's status by hash.
func (c *Client) Transfer(ctx context.Context, hash common.Hash) (*TransferStatus, error) {
	var s TransferStatus
	return &s, c.do(ctx, http.MethodGet, "/v1/transfers/"+hash.Hex(), nil, &s)
}

// ProofRaw fetches /v1/proofs/{owner}/{token} (at block, or the newest
// committed block when block is nil) and returns the answer byte for byte,
// so a saved proof file is exactly what the operator served.
func (c *Client) ProofRaw(ctx context.Context, owner, token common.Address, block *uint64) ([]byte, error) {
	path := "/v1/proofs/" + owner.Hex() + "/" + token.Hex()
	if block != nil {
		path += "?block=" + url.QueryEscape(strconv.FormatUint(*block, 10))
	}
	var raw json.RawMessage
	if err := c.do(ctx, http.MethodGet, path, nil, &raw); err != nil {
		return nil, err
	}
	return raw, nil
}

// BlockJSON is one block as GET /v1/blocks shows it.
type BlockJSON struct {
	Number    string         `json:"number"`
	Status    string         `json:"status"`
	Transfers []TransferJSON `json:"transfers"`
}

// Blocks fetches up to limit blocks from from; next is the next page's
// start, nil at the end.
func (c *Client) Blocks(ctx context.Context, from uint64, limit int) ([]BlockJSON, *string, error) {
	var page struct {
		Blocks []BlockJSON `json:"blocks"`
		Next   *string     `json:"next"`
	}
	err := c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/blocks?from=%d&limit=%d", from, limit), nil, &page)
	return page.Blocks, page.Next, err
}

// DepositJSON is one deposit as GET /v1/deposits shows it.
type DepositJSON struct {
	Index   string  `json:"index"`
	Owner   string  `json:"owner"`
	Token   string  `json:"token"`
	Amount  string  `json:"amount"`
	Status  string  `json:"status"` // pending or credited
	Block   *string `json:"block"`  // the block that credited it
	L1Tx    *string `json:"l1Tx"`
	L1Block *string `json:"l1Block"`
}

// Deposits fetches every deposit of owner in token, oldest first.
func (c *Client) Deposits(ctx context.Context, owner, token common.Address) ([]DepositJSON, error) {
	var all []DepositJSON
	for from := uint64(0); ; {
		var page struct {
			Deposits []DepositJSON `json:"deposits"`
			Next     *string       `json:"next"`
		}
		q := url.Values{"owner": {owner.Hex()}, "token": {token.Hex()}, "from": {strconv.FormatUint(from, 10)}}
		if err := c.do(ctx, http.MethodGet, "/v1/deposits?"+q.Encode(), nil, &page); err != nil {
			return nil, err
		}
		all = append(all, page.Deposits...)
		if page.Next == nil || len(page.Deposits) == 0 {
			return all, nil
		}
		n, err := strconv.ParseUint(*page.Next, 10, 64)
		if err != nil || n <= from {
			return all, nil
		}
		from = n
	}
}

// DepositByTx returns the deposit the L1 transaction tx made, or nil while
// the operator has not seen it.
func (c *Client) DepositByTx(ctx context.Context, owner, token common.Address, tx common.Hash) (*DepositJSON, error) {
	ds, err := c.Deposits(ctx, owner, token)
	if err != nil {
		return nil, err
	}
	for i := range ds {
		if ds[i].L1Tx != nil && common.HexToHash(*ds[i].L1Tx) == tx {
			return &ds[i], nil
		}
	}
	return nil, nil
}
