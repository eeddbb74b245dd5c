package proofs

import (
	"crypto/ecdsa"
	"math/big"
	"strconv"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"

	plasma "github.com/avlplasma/avlplasma"
)

// EIP-712 names of PROTOCOL §3 and §6. The type strings are the ones the
// contract hashes; a change to either side breaks every signature.
const (
	DomainName    = "AVL Plasma"
	DomainVersion = "1"

	TransferType          = "Transfer(address from,address to,address token,uint256 amount,uint64 nonce,uint256 fee,uint256 spent,uint64 deadline)"
	ExitAuthorizationType = "ExitAuthorization(address owner,address token,address executor,uint64 deadline)"
	domainType            = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	TransferTypeHash          = keccak([]byte(TransferType))
	ExitAuthorizationTypeHash = keccak([]byte(ExitAuthorizationType))
	domainTypeHash            = keccak([]byte(domainType))
	domainNameHash            = keccak([]byte(DomainName))
	domainVersionHash         = keccak([]byte(DomainVersion))
)

// Domain is the EIP-712 domain of one deployment: name "AVL Plasma",
// version "1", the L1 chain id and the PlasmaChain address. Signatures made
// for one domain never verify in another (PROTOCOL §11.14). A nil ChainID
// hashes as 0.
type Domain struct {
	ChainID  *big.Int
	Contract common.Address
}

func (d Domain) chainWord() (w [32]byte) {
	if d.ChainID != nil {
		var c uint256.Int
		c.SetFromBig(d.ChainID)
		c.PutUint256(w[:])
	}
	return w
}

// separatorCache remembers the last separator computed: a process serves
// one domain, and the separator is a third of a digest's Keccak work.
type separatorCache struct {
	chain    [32]byte
	contract common.Address
	sep      common.Hash
}

var lastSeparator atomic.Pointer[separatorCache]

// Separator is the EIP-712 domain separator (hashStruct of the domain).
func (d Domain) Separator() common.Hash {
	cw := d.chainWord()
	if c := lastSeparator.Load(); c != nil && c.chain == cw && c.contract == d.Contract {
		return c.sep
	}
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], domainNameHash[:])
	copy(buf[64:], domainVersionHash[:])
	copy(buf[96:], cw[:])
	copy(buf[140:], d.Contract[:])
	sep := keccak(buf[:])
	lastSeparator.Store(&separatorCache{chain: cw, contract: d.Contract, sep: sep})
	return sep
}

func putAddress(w []byte, a common.Address) { copy(w[12:32], a[:]) }

func putUint64(w []byte, v uint64) {
	for i := 0; i < 8; i++ {
		w[31-i] = byte(v >> (8 * i))
	}
}

// TransferStructHash is the EIP-712 hashStruct of t; its keccak256 is the
// txRoot leaf (PROTOCOL §4).
func TransferStructHash(t *plasma.Transfer) common.Hash {
	var buf [9 * 32]byte
	copy(buf[0:], TransferTypeHash[:])
	putAddress(buf[32:], t.From)
	putAddress(buf[64:], t.To)
	putAddress(buf[96:], t.Token)
	t.Amount.PutUint256(buf[128:])
	putUint64(buf[160:], t.Nonce)
	t.Fee.PutUint256(buf[192:])
	t.Spent.PutUint256(buf[224:])
	putUint64(buf[256:], t.Deadline)
	return keccak(buf[:])
}

// ExitAuthorizationStructHash is the EIP-712 hashStruct of an
// ExitAuthorization (PROTOCOL §6).
func ExitAuthorizationStructHash(owner, token, executor common.Address, deadline uint64) common.Hash {
	var buf [5 * 32]byte
	copy(buf[0:], ExitAuthorizationTypeHash[:])
	putAddress(buf[32:], owner)
	putAddress(buf[64:], token)
	putAddress(buf[96:], executor)
	putUint64(buf[128:], deadline)
	return keccak(buf[:])
}

// Digest is keccak256(0x19 0x01 ‖ separator ‖ structHash), what is signed.
func (d Domain) Digest(structHash common.Hash) common.Hash {
	var buf [2 + 32 + 32]byte
	buf[0], buf[1] = 0x19, 0x01
	sep := d.Separator()
	copy(buf[2:], sep[:])
	copy(buf[34:], structHash[:])
	return keccak(buf[:])
}

// TransferDigest is the EIP-712 digest of t: what its sender signs and the
// transfer's "hash" in the API.
func (d Domain) TransferDigest(t *plasma.Transfer) common.Hash {
	return d.Digest(TransferStructHash(t))
}

// ExitAuthorizationDigest is the EIP-712 digest an owner signs to let
// executor start its exit of token until deadline.
func (d Domain) ExitAuthorizationDigest(owner, token, executor common.Address, deadline uint64) common.Hash {
	return d.Digest(ExitAuthorizationStructHash(owner, token, executor, deadline))
}

// SignTransfer signs t's digest with key and sets t.Signature (v 27/28).
// It does not check that key belongs to t.From.
func (d Domain) SignTransfer(key *ecdsa.PrivateKey, t *plasma.Transfer) {
	t.Signature = SignDigest(key, d.TransferDigest(t))
}

// Types of the typed-data payloads, EIP712Domain included as
// eth_signTypedData_v4 wants it. (ethers' signTypedData(domain, types,
// value) wants the types without EIP712Domain.)
var (
	domainTypes = []apitypes.Type{
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	}
	transferTypes = []apitypes.Type{
		{Name: "from", Type: "address"},
		{Name: "to", Type: "address"},
		{Name: "token", Type: "address"},
		{Name: "amount", Type: "uint256"},
		{Name: "nonce", Type: "uint64"},
		{Name: "fee", Type: "uint256"},
		{Name: "spent", Type: "uint256"},
		{Name: "deadline", Type: "uint64"},
	}
	exitAuthorizationTypes = []apitypes.Type{
		{Name: "owner", Type: "address"},
		{Name: "token", Type: "address"},
		{Name: "executor", Type: "address"},
		{Name: "deadline", Type: "uint64"},
	}
)

func (d Domain) typedDataDomain() apitypes.TypedDataDomain {
	chainID := new(big.Int)
	if d.ChainID != nil {
		chainID.Set(d.ChainID)
	}
	return apitypes.TypedDataDomain{
		Name:              DomainName,
		Version:           DomainVersion,
		ChainId:           (*math.HexOrDecimal256)(chainID),
		VerifyingContract: d.Contract.Hex(),
	}
}

// TypedData is t as an eth_signTypedData_v4 payload. Integers are decimal
// strings, so JSON keeps uint256 values exact. Note that the JSON of
// apitypes.TypedDataDomain carries `"salt": ""` and a hex chainId; to hand
// the domain alone to a wallet (ethers rejects an empty salt), use Wallet.
func (d Domain) TypedData(t *plasma.Transfer) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": domainTypes, "Transfer": transferTypes},
		PrimaryType: "Transfer",
		Domain:      d.typedDataDomain(),
		Message: apitypes.TypedDataMessage{
			"from":     t.From.Hex(),
			"to":       t.To.Hex(),
			"token":    t.Token.Hex(),
			"amount":   t.Amount.Dec(),
			"nonce":    strconv.FormatUint(t.Nonce, 10),
			"fee":      t.Fee.Dec(),
			"spent":    t.Spent.Dec(),
			"deadline": strconv.FormatUint(t.Deadline, 10),
		},
	}
}

// ExitAuthorizationTypedData is an ExitAuthorization as an
// eth_signTypedData_v4 payload.
func (d Domain) ExitAuthorizationTypedData(owner, token, executor common.Address, deadline uint64) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": domainTypes, "ExitAuthorization": exitAuthorizationTypes},
		PrimaryType: "ExitAuthorization",
		Domain:      d.typedDataDomain(),
		Message: apitypes.TypedDataMessage{
			"owner":    owner.Hex(),
			"token":    token.Hex(),
			"executor": executor.Hex(),
			"deadline": strconv.FormatUint(deadline, 10),
		},
	}
}

// WalletDomain is the EIP-712 domain object as wallets take it (the
// /v1/info "domain"; ethers' signTypedData(domain, …)): exactly the four
// fields of the domain type, chainId a JSON number.
type WalletDomain struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           *big.Int       `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"`
}

// Wallet returns the domain object for wallets.
func (d Domain) Wallet() WalletDomain {
	chainID := new(big.Int)
	if d.ChainID != nil {
		chainID.Set(d.ChainID)
	}
	return WalletDomain{Name: DomainName, Version: DomainVersion, ChainID: chainID, VerifyingContract: d.Contract}
}
